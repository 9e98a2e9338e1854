"""Partial ISO dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") as day intervals, for ordering documents."""
from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=None)
def interval(iso: str | None) -> tuple[date, date] | None:
    """First and last day a partial ISO date may denote; None when absent or malformed (memoised: an archive
    repeats few dates, and linking asks for them tens of thousands of times)."""
    if not iso:
        return None
    try:
        parts = [int(x) for x in iso.split("-")[:3]]
        year = parts[0]
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = parts[1]
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def before(a: str | None, b: str | None) -> bool:
    """True when date ``a`` is certainly earlier than date ``b`` (their intervals do not overlap)."""
    ia, ib = interval(a), interval(b)
    return bool(ia and ib and ia[1] < ib[0])


def gap_days(a: str | None, b: str | None) -> int | None:
    """Smallest number of days between two partial dates (0 when they may coincide), None if unknown."""
    ia, ib = interval(a), interval(b)
    if not (ia and ib):
        return None
    if ia[1] < ib[0]:
        return (ib[0] - ia[1]).days
    if ib[1] < ia[0]:
        return (ia[0] - ib[1]).days
    return 0
