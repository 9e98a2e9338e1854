"""Patterns compiled only for a text that could hold a match: the linker's glossary and concept patterns.

The glossary and the thesaurus give about 2,000 patterns; compiling them took about 0.5 s of every process that
reads a clause's evidence (a rebuild reads one document's, :mod:`~pledgegraph.link.evidence`). Every match of one of
them holds a literal word of it (the first word of a term, a whole CJK term, an acronym as written), its *needle*:
a :class:`Lazy` pattern is compiled when a text holds one of its needles, and a text that holds none is not searched.

Case is compared as ``re.IGNORECASE`` compares it: :func:`fold` maps every character to one representative of the
characters that flag makes equal to it (their simple lower case, and the few that ``re`` adds, such as "ı" for "i",
"ſ" for "s", "ς" for "σ"), so a needle that a match would spell in another case or form is still found.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, cached_property

try:
    from re._casefix import _EXTRA_CASES  # the characters re.IGNORECASE makes equal beyond their lower case
except ImportError:  # pragma: no cover - an interpreter without the table: str.lower's and casefold's own
    _EXTRA_CASES = {}

Needle = tuple[str, bool]  # a literal every match holds, and whether it is compared ignoring case (then folded)


@cache
def _classes() -> dict[int, str]:
    """Lower-case character -> the representative of the characters ``re.IGNORECASE`` makes equal to it."""
    table: dict[int, str] = {}
    for lower, others in _EXTRA_CASES.items():
        table[lower] = chr(min(lower, *others))
    return table


def fold(text: str) -> str:
    """``text`` with each character replaced by its ``re.IGNORECASE`` class's representative (same length): "İ"
    (whose ``str.lower`` is two characters; ``re`` reads it as "i") first becomes "i", then ``str.lower`` gives each
    character's lower case (as ``re``'s simple one, and a final sigma as "ς", which ``re`` holds equal to "σ")."""
    return text.replace("\u0130", "i").lower().translate(_classes())


class Lazy:
    """A pattern compiled when first used, with the needles that every match of it holds."""

    def __init__(self, pattern: str, flags: int, needles: list[Needle]) -> None:
        self.pattern, self.flags = pattern, flags
        self.needles = tuple((fold(n) if ignore_case else n, ignore_case) for n, ignore_case in needles)

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern, self.flags)

    def may_match(self, text: str, folded: str) -> bool:
        """False when ``text`` (``folded``: :func:`fold` of it) holds none of the needles: no match then."""
        return any(n in (folded if ignore_case else text) for n, ignore_case in self.needles)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.regex.finditer(text)

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text)
