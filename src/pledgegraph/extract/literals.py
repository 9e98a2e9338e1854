"""Skip a regex where it cannot match, without changing any result.

Every match of a pattern contains one of a few literal strings read from the parsed pattern (its
*required literals*: "agree" for ``\\bagree[sd]? (?:on|that)``, {"will", "shall"} for ``\\b(?:will|shall)\\b``).
A :class:`Screen` finds the literals of many patterns in a text in one regex pass; a pattern none of whose
literals occurs is not run, and a pattern whose every match *starts* with one of its literals is tried only
where one occurs (``pattern.match`` at those offsets gives exactly the matches of ``pattern.finditer``).
Literals are compared in the case fold (:func:`fold`), which maps every character to a representative of the
class the regex engine treats as one letter when ignoring case (``ſ`` is ``s``, ``K`` is ``k``, ``İ`` is
``i``), so a case-sensitive or case-insensitive match always implies its literal in the fold.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _casefix, _constants as sre  # noqa: PLC2701 (the regex engine's own tables)
from re import _parser

from ..lang.labelmatch import longest_regex

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@lru_cache(maxsize=1)
def _class_table() -> tuple[dict[int, str], re.Pattern]:
    """Lower-case characters the engine also takes as another letter -> one representative per class, and
    a pattern finding any of them."""
    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    for c, others in _casefix._EXTRA_CASES.items():
        for o in others:
            a, b = root(c), root(o)
            if a != b:
                parent[max(a, b)] = min(a, b)
    table = {c: chr(root(c)) for c in parent if root(c) != c}
    return table, re.compile("[" + "".join(map(chr, sorted(table))) + "]")


def fold(text: str) -> str:
    """``text`` with each character replaced by the representative of its case class (see module doc)."""
    # the engine lower-cases one character at a time (İ -> i, where str.lower gives "i̇"); a final ς and σ,
    # ſ and s, ... fold to one representative
    lowered = text.replace("\u0130", "i").lower()
    table, special = _class_table()
    return lowered.translate(table) if special.search(lowered) else lowered


def required(pattern: re.Pattern) -> tuple[frozenset[str] | None, bool]:
    """Folded literals one of which every match of ``pattern`` contains (None when none is known), and
    whether every match starts with one of them."""
    if not isinstance(pattern.pattern, str):
        return None, False
    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled, so it parses
        return None, False
    leading = _leading(tree)
    found = leading or _required(tree)
    return (frozenset(fold(s) for s in found) if found else None), bool(leading)


def _leading(items: list) -> frozenset[str] | None:
    """Literals one of which every match of the sequence ``items`` starts with (after zero-width tests)."""
    for i, (op, av) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            run = []
            for op, av in items[i:]:
                if op is not sre.LITERAL:
                    break
                run.append(chr(av))
            return frozenset({"".join(run)})
        if op is sre.SUBPATTERN:
            return _leading(list(av[3]))
        if op is sre.ATOMIC_GROUP:
            return _leading(list(av))
        if op in _REPEATS and av[0] >= 1:
            return _leading(list(av[2]))
        if op is sre.BRANCH:
            branches = [_leading(list(p)) for p in av[1]]
            return frozenset().union(*branches) if all(branches) else None
        return None
    return None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two literal sets (longer shortest member, then fewer members)."""
    if not b:
        return a
    if not a:
        return b
    return max((a, b), key=lambda s: (min(map(len, s)), -len(s)))


def _required(items: list) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            best = _better(best, _required(list(av[3])))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _required(list(av)))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _required(list(av[2])))
        elif op is sre.BRANCH:
            branches = [_required(list(p)) for p in av[1]]
            if all(branches):
                best = _better(best, frozenset().union(*branches))
    return best


class Screen:
    """The patterns of a lexicon screened together (see module docstring); :meth:`scan` a text, then ask the
    scan for the matches of a pattern."""

    def __init__(self, patterns: Iterable[re.Pattern]) -> None:
        self.patterns = list(patterns)  # kept alive: patterns are named by their id
        self.index = {id(p): i for i, p in enumerate(self.patterns)}
        needs = [required(p) for p in self.patterns]
        self.always = sum(1 << i for i, (found, _) in enumerate(needs) if not found)
        self.leading = sum(1 << i for i, (found, starts) in enumerate(needs) if found and starts)
        literals = sorted(set().union(*(found for found, _ in needs if found)))
        # a literal found at some offset implies every literal that is a prefix of it
        implied = {lit: [i for i, (found, _) in enumerate(needs) if found and any(lit.startswith(f) for f in found)]
                   for lit in literals}
        self.enables = {lit: sum(1 << i for i in found) for lit, found in implied.items()}
        self.starting = {lit: tuple(i for i in found if self.leading >> i & 1) for lit, found in implied.items()}
        # the longest literal at each offset where one begins
        self.finder = re.compile(f"(?={longest_regex(literals)})") if literals else None

    def scan(self, text: str) -> Scan:
        """The literals of every pattern found in ``text``."""
        return Scan(self, text)


class Scan:
    """The literals found in one text: which patterns may match it, and where the leading ones may start."""

    __slots__ = ("screen", "mask", "starts")

    def __init__(self, screen: Screen, text: str) -> None:
        self.screen = screen
        self.mask = screen.always
        self.starts: dict[int, list[int]] = {}  # pattern index -> offsets where one of its literals begins
        if screen.finder is None:
            return
        for m in screen.finder.finditer(fold(text)):
            lit = m.group(1)
            self.mask |= screen.enables[lit]
            for i in screen.starting[lit]:
                self.starts.setdefault(i, []).append(m.start())

    def admits(self, pattern: re.Pattern) -> bool:
        """False only when ``pattern`` cannot match the scanned text (or any part of it)."""
        i = self.screen.index.get(id(pattern))
        return i is None or bool(self.mask >> i & 1)

    def finditer(self, pattern: re.Pattern, text: str, offset: int = 0) -> Iterator[re.Match]:
        """``pattern.finditer(text)``, where ``text`` is the scanned text or its part from ``offset`` on (a
        pattern that is not screened is simply run)."""
        i = self.screen.index.get(id(pattern))
        if i is None:
            return pattern.finditer(text)
        if not self.mask >> i & 1:
            return iter(())
        if not self.screen.leading >> i & 1:
            return pattern.finditer(text)
        return _matches_at(pattern, text, self.starts.get(i, ()), offset)

    def search(self, pattern: re.Pattern, text: str, offset: int = 0) -> re.Match | None:
        """``pattern.search(text)`` (see :meth:`finditer`)."""
        return next(self.finditer(pattern, text, offset), None)


def _matches_at(pattern: re.Pattern, text: str, starts: Iterable[int], offset: int) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)`` when every match begins at one of ``starts`` - ``offset``
    (ascending): a match attempt there is the same as the one finditer makes, and none overlaps the last."""
    end, size = 0, len(text)
    for start in starts:
        start -= offset
        if start < end:
            continue
        if start >= size:
            break
        m = pattern.match(text, start)
        if m:
            end = m.end()
            yield m
