"""The states party to a document, and the state of each named person.

Generic: mentions of any state in the thesaurus are weighed by where they occur (title, opening lines,
signatories' roles, the whole text); nothing here names a particular country.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ..lang import countries
from ..lang.chinese import simplified
from ..model import Document, Person
from .lexicon import NEVER, load as load_lexicon

OPENING_CHARS = 600
WEIGHTS = {"title": 5.0, "opening": 2.0, "role": 3.0, "text": 1.0}
TOPIC_WEIGHT = 0.5  # a state named after a preposition ("в Ливии", "on Libya") is more often a topic than a party
ASIDE_REACH = 20  # characters before a mention searched for the words that make it a topic or a place
SECOND_PARTY_SHARE = 0.15  # the runner-up is a party when it scores at least this share of the leader
TITLE_PARTY_SHARE = 0.75  # a third state of the title is a party when it scores this share of the second
MAX_PARTIES = 4
HEADLINE_CHARS = 160
HEADLINE_END = re.compile(r"[.。!?！？:：;；]\W*$")


def _text(doc: Document) -> str:
    return doc.norm or doc.raw


def _first_seen(text: str, lang: str) -> dict[str, int]:
    """Offset of each state's first mention."""
    if lang == "zh":
        text = simplified(text)
    seen: dict[str, int] = {}
    for code, start, _ in countries.find(text, lang) if text else ():
        seen.setdefault(code, start)
    return seen


def _in_title(doc: Document, named: tuple[str, ...]) -> list[str]:
    """States the title names other than as the place of its event ("习近平在莫斯科会见委内瑞拉总统"); ``named``: see
    :func:`_named`."""
    place = load_lexicon(doc.language).place_before
    return sorted({code for code, _, aside in _mentions(doc.title or "", doc.language, place, named) if not aside})


def _named(doc: Document) -> tuple[str, ...]:
    """The states the document names in full, most often first (an abbreviation in its title is one of them)."""
    text = _text(doc)
    return countries.named_in_full(simplified(text) if doc.language == "zh" else text, doc.language)


def _mentions(text: str, lang: str, aside: re.Pattern = NEVER,
              prefer: tuple[str, ...] = ()) -> list[tuple[str, int, bool]]:
    """(code, offset, whether ``aside`` matches the words before it) of each state mention of ``text``: ``aside``
    tells a topic or a place ("в Ливии", "在莫斯科") from a party; ``prefer``: what an abbreviation of several
    states stands for."""
    if lang == "zh":  # Traditional Chinese is read in Simplified characters, as the thesaurus spells it
        text = simplified(text)
    return [(code, start, bool(aside.search(text, max(0, start - ASIDE_REACH), start)))
            for code, start, _ in countries.find(text, lang, prefer)] if text else []


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


def party_scores(doc: Document, named: tuple[str, ...] | None = None) -> Counter:
    """Weighted mention counts per ISO code; ``named``: :func:`_named` when the caller has it."""
    scores: Counter = Counter()
    text = _text(doc)
    sources = {
        "title": [doc.title] + [line for line in _front_lines(doc) if line != doc.title],
        "opening": [text[:OPENING_CHARS]],
        "role": [p.role for p in doc.persons if p.signatory] or [p.role for p in doc.persons],
        "text": [text],
    }
    lex = load_lexicon(doc.language)
    asides = {"text": lex.not_subject_before, "title": lex.place_before}  # a topic in the text, a place in a title
    named = _named(doc) if named is None else named
    for where, texts in sources.items():
        found = [m for part in texts for m in _mentions(part, doc.language, asides.get(where, NEVER), named)]
        if where == "title":  # a state counts once in the front matter (a line of tags repeats them)
            found = list({m[0]: m for m in reversed(found)}.values())
        for code, _, aside in found:
            scores[code] += WEIGHTS[where] * (TOPIC_WEIGHT if aside else 1.0)
    for person in doc.persons:
        if person.country:
            scores[person.country] += WEIGHTS["role"]
    writer = load_lexicon(doc.language).writing_state
    if writer and (scores[writer] > WEIGHTS["text"] or _home_side_named(doc)):
        # a Japanese readout is the Japanese side's: its writer took part (named more than once in passing)
        scores[writer] += WEIGHTS["title"]
    return +scores


def _front_lines(doc: Document) -> list[str]:
    """The heading lines before the body, and the body's first line (past labels such as "Иерусалим:") when it reads
    as a headline (short, one line, no full stop): a news page may print its site's name above the headline."""
    from ..ingest.metadata import block_text, is_label

    front = [block_text(doc, b) for b in doc.blocks if b.heading and b.locator.startswith("t")]
    first = next((b for b in doc.blocks if not b.locator.startswith(("t", "s")) and not is_label(block_text(doc, b))),
                 None)
    if first is not None:
        line = doc.raw[first.start:first.end].strip()
        if "\n" not in line and len(line) <= HEADLINE_CHARS and not HEADLINE_END.search(line):
            front.append(block_text(doc, first))
    return front


def _home_side_named(doc: Document) -> bool:
    """Whether the document names an official of its writing state (河野外務大臣, 総理)."""
    return any(rx.search(_text(doc)) for rx in load_lexicon(doc.language).home_side)


def _only_other_of_two(doc: Document, ranked: list[str]) -> bool:
    """Whether the runner-up is the only other state named and the text speaks of both sides together ("the
    two Prime Ministers", "both countries"): a bilateral text names its second party however rarely."""
    return len(ranked) == 2 and any(rx.search(_text(doc)) for rx in load_lexicon(doc.language).all_parties)


def detect_parties(doc: Document) -> list[str]:
    """ISO codes of the states party to ``doc`` (usually two), sorted; also fills ``Person.country``.

    ``doc.persons`` is replaced by copies whose ``country`` is set where the role names a state.
    """
    doc.persons = _with_countries(doc.persons, doc.language)
    named = _named(doc)
    in_title = _in_title(doc, named)
    scores = party_scores(doc, named)
    first = _first_seen(_text(doc), doc.language)
    if len(in_title) >= 2:
        # a state the title names in passing ("…, China and Viet Nam") is no party unless the body weighs it
        ranked = sorted(in_title, key=lambda c: (-scores[c], first.get(c, len(_text(doc))), c))
        second = scores[ranked[1]]
        return sorted(ranked[:2] + [c for c in ranked[2:MAX_PARTIES] if scores[c] >= TITLE_PARTY_SHARE * second])
    if not scores:
        return []
    # ties go to the state named first
    ranked = sorted(scores, key=lambda c: (-scores[c], first.get(c, len(_text(doc))), c))
    leader = scores[ranked[0]]
    parties = [ranked[0]] + [c for c in ranked[1:2]
                             if scores[c] >= SECOND_PARTY_SHARE * leader or _only_other_of_two(doc, ranked)]
    writer = load_lexicon(doc.language).writing_state
    if writer and writer not in parties and (len(parties) == 1 or _home_side_named(doc)):
        # a Japanese readout of a meeting with Thailand names only Thailand, or names a third state as often
        parties = [c for c in ranked if c != writer][:1] + [writer]
    return sorted(parties)
