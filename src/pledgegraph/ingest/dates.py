"""Date finding driven by per-language data (``lang/<iso>/metadata.yaml`` -> ``dates``).

Each language module ``pledgegraph.lang.<iso>.dates`` exposes ``find_dates(text)``; they all
delegate here with their own table. Patterns use named groups ``year``, ``month``, ``day``
(optional), ``era`` (optional); placeholders ``{MONTH}``, ``{ERA}``, ``{NUM}`` are filled from the
table. Numbers may be ASCII, full-width or Chinese/Japanese numerals.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pledgegraph.ingest.lexicon import metadata_lexicon, nfkc
from pledgegraph.ingest.numerals import kanji_value

CJK_NUMERAL = "[〇零一二三四五六七八九十]+"


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: offsets into that text, ISO value and its precision."""

    start: int
    end: int
    iso: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: str  # day | month | year


@lru_cache(maxsize=None)
def compiled_patterns(language: str) -> tuple[list[re.Pattern], dict[str, int], dict[str, int]]:
    """Compiled patterns, month-name table and era table of ``language``."""
    table = metadata_lexicon(language).get("dates", {})
    months = {k.lower(): int(v) for k, v in (table.get("months") or {}).items()}
    eras = {k: int(v) for k, v in (table.get("eras") or {}).items()}
    fill = {
        "MONTH": "|".join(sorted(map(re.escape, months), key=len, reverse=True)) or "(?!)",
        "ERA": "|".join(sorted(map(re.escape, eras), key=len, reverse=True)) or "(?!)",
        "NUM": rf"(?:\d{{1,4}}|{CJK_NUMERAL}|元)",
    }
    patterns = [re.compile(p.replace("{MONTH}", fill["MONTH"]).replace("{ERA}", fill["ERA"]).replace("{NUM}", fill["NUM"]),
                           re.IGNORECASE) for p in table.get("patterns", [])]
    return patterns, months, eras


def _number(text: str) -> int:
    text = unicodedata.normalize("NFKC", text).strip()
    if text == "元":
        return 1
    if text.isdigit():
        return int(text)
    return kanji_value(text)


def _iso(match: re.Match, months: dict[str, int], eras: dict[str, int]) -> tuple[str, str] | None:
    groups = match.groupdict()
    year = _number(groups["year"])
    if groups.get("era"):
        year = eras[groups["era"]] + year - 1
    month_text = groups.get("month")
    if month_text is None:
        return (f"{year:04d}", "year") if 1000 <= year <= 2999 else None
    month = months.get(month_text.lower()) or _number(month_text)
    day_text = groups.get("day")
    try:
        if day_text is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}", "month"
        day = _number(day_text)
        return dt.date(year, month, day).isoformat(), "day"
    except (ValueError, OverflowError):
        return None


def _fold(char: str) -> str:
    """NFKC of a character when it stays one character, else the character itself."""
    folded = nfkc(char)
    return folded if len(folded) == 1 else char


def fold_text(text: str) -> str:
    """NFKC per character where that keeps the length, so offsets into the result are offsets into ``text``."""
    if text.isascii():
        return text
    return text.translate({ord(c): _fold(c) for c in set(text) if not c.isascii()})


def find_dates(text: str, language: str) -> list[DateMatch]:
    """Non-overlapping dates in ``text``, in text order (earlier patterns win overlaps)."""
    patterns, months, eras = compiled_patterns(language)
    folded = fold_text(text)
    taken: list[DateMatch] = []  # kept sorted by start; matches never overlap
    for pattern in patterns:
        for match in pattern.finditer(folded):
            i = bisect.bisect_left(taken, match.start(), key=lambda t: t.start)
            if (i < len(taken) and taken[i].start < match.end()) or (i > 0 and taken[i - 1].end > match.start()):
                continue
            try:
                value = _iso(match, months, eras)
            except (KeyError, ValueError):
                value = None
            if value:
                taken.insert(i, DateMatch(match.start(), match.end(), *value))
    return taken
