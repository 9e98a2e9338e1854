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
from dataclasses import dataclass, field

from pledgegraph.lang import countries

ANY_CLASS = "counterpart"  # a person introduced as someone's counterpart faces a person of any title
# "Uhuru Kenyatta's nomination": the name is "Uhuru Kenyatta"; "…hosted by Prime Minister Lee. Prime…": "Lee"
POSSESSIVE = re.compile(r"(?:[’']s|(?<=[a-z]{2})\.)$")
WINDOW = 80  # characters after (or before) a country mention searched for a title and a name


@dataclass(frozen=True)
class SpeakerRules:
    after: tuple[re.Pattern, ...]
    before: re.Pattern | None
    name_after: re.Pattern | None
    untitled: tuple[re.Pattern, ...]  # a title and a name with no state ("Prime Minister Narendra Modi")
    name_ending: str  # inflectional endings a name may take (Russian: "Путиным")
    classes: tuple[tuple[str, re.Pattern], ...] = ()  # kind of title: foreign minister, head of government ...
    home_titles: tuple[re.Pattern, ...] = ()  # a title only the writing state uses, and a name ("国家主席习近平")
    name_line: re.Pattern | None = None  # a line that is only a name, above a line with the title and state
    name_of: re.Pattern | None = None  # a title and a name right before "of <state>" ("President X of Argentina")

    def title_class(self, title: str) -> str:
        """The kind of a title ("Foreign Secretary" and "Minister for Foreign Affairs" are one kind)."""
        return next((kind for kind, rx in self.classes if rx.search(title)), title)


@dataclass
class Speakers:
    """What a document says of its persons: names -> state, and titles held by one known person -> state."""

    names: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # "Foreign Secretary" -> GB ("the Foreign Secretary said")


def introduced(text: str, language: str, spec: SpeakerRules, parties: tuple[str, ...], home: str = "") -> Speakers:
    """Persons introduced with a state in ``text`` (parties only), and the titles that name one of them; ``home``:
    the state whose own titles ``spec.home_titles`` name (the writing state of the language), when a party."""
    found = Speakers()
    titles: dict[str, list[str]] = {}  # state -> titles (as written) of its persons found
    for code, start, end in countries.find(text, language):
        if parties and code not in parties:
            continue
        following = text[end:end + WINDOW].split("\n", 1)[0]  # a title and name never cross a line
        preceding = text[max(0, start - WINDOW):start].rsplit("\n", 1)[-1]
        of = spec.name_of.search(preceding) if spec.name_of else None
        name, title = (of.group("name").strip(), _title(of)) if of else _name_after(following, spec)
        before = spec.before.search(preceding) if spec.before and name is None else None
        if before is not None:
            title = _title(before)
            if before.groupdict().get("name"):
                name = before.group("name").strip()
            else:
                m = spec.name_after.match(following) if spec.name_after else None
                name = m.group("name").strip() if m else _name_above(text, start - len(preceding), spec)
        name = POSSESSIVE.sub("", name) if name else name
        if name and name not in found.names:
            found.names[name] = code
            titles.setdefault(code, []).append(title)
    if home in parties:
        for pattern in spec.home_titles:
            for m in pattern.finditer(text):
                if m.group("name") not in found.names:  # "越南国家主席…" was named with its state above
                    found.names[m.group("name")] = home
                    titles.setdefault(home, []).append(_title(m))
    if spec.untitled and len(parties) == 2 and len(titles) == 1:
        other = next(p for p in parties if p not in titles)
        known = {part for name in found.names for part in name.split()}
        classes = {spec.title_class(t) for ts in titles.values() for t in ts}
        for pattern in spec.untitled:
            for m in pattern.finditer(text):
                name, title = POSSESSIVE.sub("", m.group("name").strip()), _title(m)
                # "Minister Maas" is "Heiko Maas", known already; an untitled person is the counterpart of one
                # with the same kind of title ("Prime Minister Modi" facing the Vietnamese Prime Minister)
                if countries.find(title, language):
                    continue  # "Republic of Korea President Moon": a title naming a state is no untitled one
                if not known & set(name.split()) and not _same_person(name, found.names) and (
                        spec.title_class(title) in classes or ANY_CLASS in classes):
                    if found.names.setdefault(name, other) == other:
                        titles.setdefault(other, []).append(title)
    holders: dict[str, set[str]] = {}  # title -> the states of the persons holding it
    for code, ts in titles.items():
        for t in ts:
            if t:
                holders.setdefault(t, set()).add(code)
    found.roles = {t: next(iter(codes)) for t, codes in holders.items() if len(codes) == 1}
    return found


def _same_person(name: str, names: dict[str, str]) -> bool:
    """Whether ``name`` is a known name written in part ("岸田" of "岸田文雄": names without spaces)."""
    return any(known.startswith(name) or name.startswith(known) for known in names if " " not in known)


def _name_above(text: str, line_start: int, spec: SpeakerRules) -> str | None:
    """The name on the line above a title line ("The Honourable James Marape MP" over "Prime Minister of Papua New
    Guinea", as in a statement's header or signature block)."""
    if not spec.name_line or line_start <= 0:
        return None
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    m = spec.name_line.fullmatch(above.strip())
    return m.group("name") if m else None


def _name_after(following: str, spec: SpeakerRules) -> tuple[str | None, str]:
    for pattern in spec.after:
        m = pattern.match(following)
        if m:
            return m.group("name").strip(), _title(m)
    return None, ""


def _title(match: re.Match) -> str:
    """The title a pattern captured (group ``title``), as written but without a joining word before it ("and Prime
    Minister" in "President X and Prime Minister Y" is Y's "Prime Minister"); "" when it has none."""
    return LEADING_JOIN.sub("", " ".join((match.groupdict().get("title") or "").split()))


LEADING_JOIN = re.compile(r"^(?:(?:and|of|for)\s+)+")
