"""Dates in 'en' text; month names, eras, number words and date patterns are in dates.yaml next to this file."""
from __future__ import annotations

from pledgegraph.timeparse import DateMatch
from pledgegraph.timeparse import find_dates as _find_dates

LANGUAGE = "en"


def find_dates(text: str) -> list[DateMatch]:
    """Dates found in ``text`` (offsets into it, ISO values), in text order."""
    return _find_dates(text, LANGUAGE)
