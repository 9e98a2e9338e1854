"""Persons introduced in the running text with their state and title, so that a later mention of the name
alone names that state's side ("Vietnamese Prime Minister Pham Minh Chinh ... PM Chinh suggested",
"президент Белоруссии Александр Лукашенко ... — заявил Лукашенко", "越南政府副总理兼外长范平明 ... 范平明强调").

Per-language patterns (``lang/<iso>/actors.yaml`` -> ``speakers``) are tried at every country mention:
``after`` on the text that follows it (group ``name``), ``before`` on the text that precedes it (the title),
with ``name_after`` for the name that follows the country then. In a bilateral document, a person introduced by
title alone ("Prime Minister Narendra Modi") whose counterpart is known belongs to the other party.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pledgegraph.lang import countries

WINDOW = 80  # characters after (or before) a country mention searched for a title and a name


@dataclass(frozen=True)
class SpeakerRules:
    after: tuple[re.Pattern, ...]
    before: re.Pattern | None
    name_after: re.Pattern | None
    untitled: tuple[re.Pattern, ...]  # a title and a name with no state ("Prime Minister Narendra Modi")
    name_ending: str  # inflectional endings a name may take (Russian: "Путиным")


def introduced(text: str, language: str, spec: SpeakerRules, parties: tuple[str, ...]) -> dict[str, str]:
    """Names of persons introduced with a state in ``text`` -> that state's ISO code (parties only)."""
    found: dict[str, str] = {}
    titles: dict[str, set[str]] = {}  # state -> titles of its persons found
    for code, start, end in countries.find(text, language):
        if parties and code not in parties:
            continue
        name, title = _name_after(text[end:end + WINDOW], spec)
        before = spec.before.search(text[max(0, start - WINDOW):start]) if spec.before and name is None else None
        if before is not None:
            title = _title(before)
            if before.groupdict().get("name"):
                name = before.group("name").strip()
            else:
                m = spec.name_after.match(text[end:end + WINDOW]) if spec.name_after else None
                name = m.group("name").strip() if m else None
        if name and name not in found:
            found[name] = code
            titles.setdefault(code, set()).add(title)
    if spec.untitled and len(parties) == 2 and len(set(found.values())) == 1:
        other = next(p for p in parties if p not in found.values())
        known = {part for name in found for part in name.split()}
        counterpart_titles = set().union(*titles.values())
        for pattern in spec.untitled:
            for m in pattern.finditer(text):
                name = m.group("name").strip()
                # "Minister Maas" is "Heiko Maas", known already; an untitled person is the counterpart of one
                # with the same title ("Prime Minister Modi" facing the Vietnamese Prime Minister)
                if not known & set(name.split()) and _title(m) in counterpart_titles:
                    found.setdefault(name, other)
    return found


def _name_after(following: str, spec: SpeakerRules) -> tuple[str | None, str]:
    for pattern in spec.after:
        m = pattern.match(following)
        if m:
            return m.group("name").strip(), _title(m)
    return None, ""


ABBREVIATED_TITLES = {"PM": "Prime Minister"}


def _title(match: re.Match) -> str:
    """The title a pattern captured (group ``title``), spelt out; "" when it has none."""
    title = (match.groupdict().get("title") or "").strip()
    return ABBREVIATED_TITLES.get(title, title)
