"""Dates in 'ja' text; the patterns, month names and era table are in metadata.yaml next to this file."""
from __future__ import annotations

from pledgegraph.ingest.dates import DateMatch
from pledgegraph.ingest.dates import find_dates as _find_dates

LANGUAGE = "ja"


def find_dates(text: str) -> list[DateMatch]:
    """Dates found in ``text`` (offsets into it, ISO values), in text order."""
    return _find_dates(text, LANGUAGE)
