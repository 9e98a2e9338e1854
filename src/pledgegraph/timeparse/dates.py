"""Whole dates in text ("5 September, 2000", "平成14年2月2日", "二〇一四年五月二十日", "13-14 ноября 2002 года")
from the ``patterns`` of ``lang/<iso>/dates.yaml``.

Patterns use named groups ``year``, ``month``, ``day`` (optional) and ``era`` (optional) and the placeholders
of :meth:`Calendar.placeholders`. Numbers may be ASCII, full-width or Chinese/Japanese numerals.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .calendar import Calendar, calendar

BARE_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")
MIN_YEAR, MAX_YEAR = 1000, 2999


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: offsets into that text, ISO value and its precision."""

    start: int
    end: int
    iso: str  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    precision: str  # day | month | year


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """"YYYY", "YYYY-MM" or "YYYY-MM-DD" (a day without a month is dropped)."""
    parts = [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if month and day else [])
    return "-".join(parts)


@cache
def compiled_patterns(language: str) -> tuple[re.Pattern, ...]:
    """The date patterns of ``language``, compiled (case-insensitive)."""
    cal = calendar(language)
    return tuple(re.compile(cal.fill(p), re.IGNORECASE) for p in cal.patterns)


def _value(match: re.Match, cal: Calendar) -> tuple[str, str] | None:
    """ISO value and precision of a pattern match; None for an impossible date."""
    groups = match.groupdict()
    year = cal.year(groups["year"], groups.get("era"))
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if groups.get("month") is None:
        return iso(year), "year"
    month = cal.month(groups["month"])
    if month is None:
        return None
    if groups.get("day") is None:
        return iso(year, month), "month"
    day = cal.number(groups["day"])
    try:
        return dt.date(year, month, day or 0).isoformat(), "day"
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def _fold(char: str) -> str:
    """NFKC of a character when it stays one character, else the character itself."""
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


def fold_text(text: str) -> str:
    """NFKC per character where that keeps the length, so offsets into the result are offsets into ``text``."""
    if text.isascii():
        return text
    return text.translate({ord(c): _fold(c) for c in set(text) if not c.isascii()})


def find_dates(text: str, language: str) -> list[DateMatch]:
    """Non-overlapping dates in ``text``, in text order (earlier patterns win overlaps)."""
    cal = calendar(language)
    folded = fold_text(text)
    taken: list[DateMatch] = []  # kept sorted by start; matches never overlap
    for pattern in compiled_patterns(language):
        for match in pattern.finditer(folded):
            i = bisect.bisect_left(taken, match.start(), key=lambda t: t.start)
            if (i < len(taken) and taken[i].start < match.end()) or (i > 0 and taken[i - 1].end > match.start()):
                continue
            value = _value(match, cal)
            if value:
                taken.insert(i, DateMatch(match.start(), match.end(), *value))
    return taken


def parse_date(text: str, language: str) -> str | None:
    """ISO value of a date as written ("2 February 2002", "2002年2月", "1996 г."), the first one when ``text``
    holds several; a bare year counts. None when ``text`` holds no date."""
    found = find_dates(text, language)
    if found:
        return found[0].iso
    year = BARE_YEAR.search(fold_text(text))
    return year.group(0) if year else None
