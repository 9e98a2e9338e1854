"""The office-holder table (``lang/persons.yaml``): well formed, one state per name form."""
from __future__ import annotations

from collections import defaultdict

from pledgegraph import thesaurus
from pledgegraph.lang import persons

LANGUAGES = ("en", "ja", "ru", "zh")


def test_every_person_speaks_for_a_known_state_under_non_empty_names():
    codes = {code for code, *_ in thesaurus.labelled("country")}
    for person in persons._table():
        assert person["code"] in codes, person
        assert any(person.get(lang) for lang in LANGUAGES), person
        assert all(isinstance(f, str) and f.strip() == f and f for lang in LANGUAGES for f in person.get(lang, [])), person


def test_no_name_form_names_two_states():
    states = defaultdict(set)
    for person in persons._table():
        for lang in LANGUAGES:
            for form in person.get(lang, []):
                states[(lang, form)].add(person["code"])
    assert {key: codes for key, codes in states.items() if len(codes) > 1} == {}


def test_only_the_parties_office_holders_are_known():
    assert ("Путин", "RU") in persons.known("ru", ("RU", "VE"))
    assert all(code in ("JP", "VE") for _, code in persons.known("ru", ("JP", "VE")))
