"""The states party to a document, and the state of each named person.

Generic: mentions of any state in the thesaurus are weighed by where they occur (title, opening lines,
signatories' roles, the whole text); nothing here names a particular country.
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ..lang import countries
from ..lang.chinese import simplified
from ..model import Document, Person
from .lexicon import load as load_lexicon

OPENING_CHARS = 600
WEIGHTS = {"title": 5.0, "opening": 2.0, "role": 3.0, "text": 1.0}
SECOND_PARTY_SHARE = 0.15  # the runner-up is a party when it scores at least this share of the leader
MAX_PARTIES = 4


def _text(doc: Document) -> str:
    return doc.norm or doc.raw


def _mentioned(text: str, lang: str) -> list[str]:
    if lang == "zh":  # Traditional Chinese is read in Simplified characters, as the thesaurus spells it
        text = simplified(text)
    return [code for code, _, _ in countries.find(text, lang)] if text else []


def person_country(role: str, lang: str) -> str:
    """The state a role names as its own ("President of the Russian Federation" -> RU), "" if none.

    A state named as the posting ("Ambassador of Japan to Russia", 駐露大使) is skipped.
    """
    posted = countries.compound_rules(lang).get("posted_to") or []
    for code, start, _end in countries.find(role, lang):
        if not any(role[:start].endswith(marker) for marker in posted):
            return code
    return ""


def _with_countries(persons: list[Person], lang: str) -> list[Person]:
    out = []
    for person in persons:
        if not person.country and person.role:
            code = person_country(person.role, lang)
            if code:
                person = dataclasses.replace(person, country=code)
        out.append(person)
    return out


def party_scores(doc: Document) -> Counter:
    """Weighted mention counts per ISO code."""
    scores: Counter = Counter()
    text = _text(doc)
    sources = {
        "title": [doc.title],
        "opening": [text[:OPENING_CHARS]],
        "role": [p.role for p in doc.persons if p.signatory] or [p.role for p in doc.persons],
        "text": [text],
    }
    for where, texts in sources.items():
        for part in texts:
            for code in _mentioned(part, doc.language):
                scores[code] += WEIGHTS[where]
    for person in doc.persons:
        if person.country:
            scores[person.country] += WEIGHTS["role"]
    return scores


def detect_parties(doc: Document) -> list[str]:
    """ISO codes of the states party to ``doc`` (usually two), sorted; also fills ``Person.country``.

    ``doc.persons`` is replaced by copies whose ``country`` is set where the role names a state.
    """
    doc.persons = _with_countries(doc.persons, doc.language)
    in_title = sorted(set(_mentioned(doc.title, doc.language)))
    if len(in_title) >= 2:
        return in_title[:MAX_PARTIES]
    scores = party_scores(doc)
    if not scores:
        return []
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    leader = scores[ranked[0]]
    parties = [ranked[0]] + [c for c in ranked[1:2] if scores[c] >= SECOND_PARTY_SHARE * leader]
    writer = load_lexicon(doc.language).writing_state
    if len(parties) == 1 and writer and writer not in parties:
        parties.append(writer)  # a Japanese readout of a meeting with Thailand names only Thailand
    return sorted(parties)
