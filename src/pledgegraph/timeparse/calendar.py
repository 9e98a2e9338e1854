"""The date table of a language, ``lang/<iso>/dates.yaml``: month names, eras, number words and the ways a
whole date is written. It is the only such table: ingest (document dates), extraction (deadlines) and the
linker (dates of cited documents) all read it through this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import bundled, yamltext
from .numerals import CJK_NUMERAL, FIRST, number

NEVER = "(?!)"


@dataclass(frozen=True)
class Calendar:
    """Month names (lower case) -> 1..12, era names -> the era's first year, number words -> value, and the
    date patterns of one language."""

    language: str
    months: dict[str, int]
    eras: dict[str, int]
    numbers: dict[str, int]
    patterns: tuple[str, ...]

    def number(self, text: str) -> int | None:
        """A number written in this language (digits, CJK numeral, 元, number word)."""
        return number(text, self.numbers)

    def month(self, text: str | None) -> int | None:
        """The month a month name or a month number stands for, None when it is neither."""
        if not text:
            return None
        value = self.months.get(text.strip().lower())
        if value is None:
            value = self.number(text)
        return value if value is not None and 1 <= value <= 12 else None

    def year(self, text: str | None, era: str | None = None) -> int | None:
        """A year as written; with ``era``, the year of that era (元年 and 1年 are its first year)."""
        if not text:
            return None
        value = self.number(text)
        if value is None:
            return None
        if era:
            return self.eras[era] + value - 1 if era in self.eras and value >= 1 else None
        return value

    def placeholders(self) -> dict[str, str]:
        """Regex fragments a pattern may name: {MONTH} (month names), {ERA} (era names), {NUM} (a number in
        digits, CJK numerals or 元) and {NUMBER} (digits or a number word)."""
        return {
            "MONTH": _alternation(self.months) or NEVER,
            "ERA": _alternation(self.eras) or NEVER,
            "NUM": rf"(?:\d{{1,4}}|{CJK_NUMERAL}|{FIRST})",
            "NUMBER": _alternation(self.numbers) or r"\d+",
        }

    def fill(self, pattern: str, extra: dict[str, str] | None = None) -> str:
        """``pattern`` with its placeholders replaced: those of ``extra`` first (they may name the others), then
        those of :meth:`placeholders`."""
        for values in (extra or {}, self.placeholders()):
            for key, value in values.items():
                pattern = pattern.replace("{" + key + "}", value)
        return pattern


def _alternation(words: dict[str, int]) -> str:
    """A regex alternation of ``words``, longest first (so "sept" is tried before "sep")."""
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


@cache
def calendar(language: str) -> Calendar:
    """The date table of ``language`` (empty when the language has no ``dates.yaml``)."""
    path = bundled.lang() / language / "dates.yaml"
    data = yamltext.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data = data or {}
    return Calendar(
        language=language,
        months={str(k).lower(): int(v) for k, v in (data.get("months") or {}).items()},
        eras={str(k): int(v) for k, v in (data.get("eras") or {}).items()},
        numbers={str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()},
        patterns=tuple(data.get("patterns") or ()),
    )
