"""One date and numeral subsystem for every stage: document dates (ingest), deadlines (extract.timex), dates of
cited documents (link.citations), paragraph numbers written in CJK numerals (segment).

The data are per language in ``lang/<iso>/dates.yaml`` (same keys in every language): month names, eras, number
words and the patterns of whole dates.
"""
from __future__ import annotations

from .calendar import Calendar, calendar
from .dates import DateMatch, find_dates, fold_text, iso, parse_date
from .numerals import number

__all__ = ["Calendar", "DateMatch", "calendar", "find_dates", "fold_text", "iso", "number", "parse_date"]
