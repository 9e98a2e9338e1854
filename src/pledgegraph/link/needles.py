"""Patterns compiled only for a text that could hold a match: the linker's glossary and concept patterns.

The glossary and the thesaurus give about 2,000 patterns; compiling them took about 0.5 s of every process that
reads a clause's evidence (a rebuild reads one document's, :mod:`~pledgegraph.link.evidence`). Every match of one of
them holds a literal word of it (the first word of a term, a whole CJK term, an acronym as written), its *needle*:
a :class:`Lazy` pattern is compiled when a text holds one of its needles, and a text that holds none is not searched.

Case is compared as ``re.IGNORECASE`` compares it, in the case fold the cue screen uses too
(:func:`pledgegraph.extract.literals.fold`: every character mapped to one representative of the characters that flag
makes equal to it), so a needle that a match would spell in another case or form is still found.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from ..extract.literals import fold

Needle = tuple[str, bool]  # a literal every match holds, and whether it is compared ignoring case (then folded)


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
