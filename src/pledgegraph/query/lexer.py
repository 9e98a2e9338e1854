"""A light SPARQL scanner: enough to find keywords and variables outside comments, strings and IRIs.

It does not parse; the engines do. It tells ``SERVICE`` the keyword from ``?service``, ``ex:SERVICE``,
``<http://x/SERVICE>``, ``"SERVICE"`` and ``# SERVICE``, and lists the variables a query mentions.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_TOKEN = re.compile(r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\".*?\"\"\"|'''.*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\s]*>)
    | (?P<variable>[?$]\w+)
    | (?P<name>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*)   # prefixed name, e.g. ex:SERVICE or :x
    | (?P<word>[^\W\d]\w*)
""", re.VERBOSE | re.DOTALL)


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """``(kind, text, offset)`` of each comment, string, IRI, variable, prefixed name and bare word."""
    for m in _TOKEN.finditer(text):
        yield m.lastgroup, m.group(), m.start()


def keyword_line(text: str, keyword: str) -> int | None:
    """The 1-based line of the first use of ``keyword`` (any case) as a keyword, or None."""
    for kind, value, offset in tokens(text):
        if kind == "word" and value.upper() == keyword.upper():
            return text.count("\n", 0, offset) + 1
    return None


def variables(text: str) -> set[str]:
    """Names of the variables (``?x`` or ``$x``) the query mentions, without the sigil."""
    return {value[1:] for kind, value, _ in tokens(text) if kind == "variable"}
