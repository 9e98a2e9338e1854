"""Time in provisions: the failure classes found on real documents (issue 9), driven by ``failure_classes.yaml``
(made-up clauses in four languages): deadlines missed, months dropped, years taken from names, a frequency
invented from a past recurrence, recurrences every n years."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from pledgegraph.extract.timex import find

CASES = yaml.safe_load((Path(__file__).parent / "failure_classes.yaml").read_text(encoding="utf-8"))


def cases(*sections: str) -> list:
    """(text, lang, document date, expected) of the sections, dates as ISO strings."""
    return [pytest.param(text, lang, date and str(date), want and str(want), id=f"{section}-{lang}-{i}")
            for section in sections for i, (text, lang, date, want) in enumerate(CASES[section], 1)]


def time_of(text: str, lang: str, doc_date: str | None):
    return find(unicodedata.normalize("NFKC", text), lang, doc_date)


@pytest.mark.parametrize("text,lang,doc_date,deadline",
                         cases("deadlines_missed", "months_kept", "years_in_names", "past_decisions",
                               "terms_and_past_months"))
def test_deadline(text, lang, doc_date, deadline):
    found = time_of(text, lang, doc_date)
    assert found.deadline == deadline
    assert ("timex.deadline" in found.rule) == (deadline is not None)


@pytest.mark.parametrize("text,lang,doc_date,frequency", cases("past_recurrence", "every_n"))
def test_frequency(text, lang, doc_date, frequency):
    found = time_of(text, lang, doc_date)
    assert found.frequency == frequency
    assert ("timex.frequency" in found.rule) == (frequency is not None)
