"""Who takes a stance in a clause (actor), and which stance (modality, committal).

The governing cue follows ``Lexicon.selection``: the first cue after the subject (English, Chinese
main verb), the clause-final predicate (Japanese) or the strongest one. The subject is the first
actor mention that is not governed by a preposition (``subject: first``) or the first mention
followed by a subject/topic particle (``subject: marked``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pledgegraph.lang import countries, persons
from pledgegraph.model import Document, Person

from .lexicon import MODALITY_RANK, NEVER, Cue, Lexicon
from . import morphology
from .morphology import morph_hits
from .speakers import introduced

TITLE_GAP = re.compile(r"[^\W\d]{0,30}?\s?[^\W\d]{0,30}", re.UNICODE)  # a title between a state and a name
WORD = re.compile(r"\w+")
REPORTED_OPENING = re.compile(r"\s*(?:\S+\s+){0,3}")  # words before a reported clause's subject ("in 2025 the")
TITLE_WORDS = re.compile(r"(?:[^\W\d]+[\s.]*){0,5}")  # at most five words, no digits or punctuation but dots
DATELINE_LEAD = " \t*•-"  # what may stand before a dateline's place
SIDE_WORD_CHARS = 4  # characters after a one-character abbreviation searched for its side word (方, 外长)
PLACE_REACH = 12  # characters before a mention searched for a preposition of place
WORD_TAIL = re.compile(r"\w*")  # the rest of a word a mention ends inside ("Вьетнам|а")
COMPOUND_TAIL = re.compile(r"\w*(?:-\w+)+|")  # the parts of a compound after a mention ("российско|-саудовских")
_NAME_SPLIT = re.compile(r"[\s・·.,･]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
WORD_START = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u04ff]")  # a name in an alphabet with word edges (not CJK)


@dataclass(frozen=True)
class CueHit:
    """A cue found in a clause."""

    cue: Cue
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A (group of) actor mention(s) in a clause, with the ISO codes it names."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: str  # all | country | person


@dataclass(frozen=True)
class Stance:
    """The stance found in one clause; ``cue`` is None when no cue governs it."""

    cue: CueHit | None
    subject: Mention | None
    committal: bool
    mentions: tuple[Mention, ...] = ()  # every actor mention of the clause

    @property
    def modality(self) -> str | None:
        """Modality notation of the governing cue."""
        return self.cue.cue.modality if self.cue else None


class ActorTable:
    """Finds actor mentions (both-sides phrases, countries, persons) in a document's clauses."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.parties = tuple(doc.parties)
        self.language = doc.language
        self.lex = lex
        self.home, self.counterpart = _sides(self.parties, lex.home)
        named = []
        rules = lex.speakers
        roles: dict[str, str] = {}
        if rules:  # persons the text introduces with their state come first: they win over guessed sides
            speakers = introduced(doc.norm or doc.raw, doc.language, rules, self.parties, lex.writing_state)
            named += [(n, code) for name, code in sorted(speakers.names.items()) for n in person_names(name)]
            roles = speakers.roles
        named += [(n, code) for p in doc.persons for code in [p.country or self._side_of(p)] if code
                  for n in person_names(p.name)]
        placed = {n for n, _ in named}
        table = [(n, code) for n, code in persons.known(doc.language, self.parties) if n not in placed]
        named += table + _parts_of_present(table, doc.norm or doc.raw, placed)
        # an office only one party has, named without its holder ("His Majesty the King", "the Emir")
        offices = [(rx, persons.sole_holder(office, self.parties)) for office, rx in lex.office_titles]
        self.roles = roles
        self._ending = rules.name_ending if rules else ""
        self.persons = [self._person_rx(n, code) for n, code in named] + [(rx, code) for rx, code in offices if code]
        # a title held by one known person names that person's side ("the Foreign Secretary said")
        self.persons += [(re.compile(r"\b" + re.escape(title) + r"\b"), code) for title, code in sorted(roles.items())
                         if " " in title]

    def _person_rx(self, name: str, code: str) -> tuple[re.Pattern, str]:
        ending = self._ending
        start = r"(?<!\w)" if WORD_START.match(name) else ""  # "Putin", not "Rasputin"; no word edges in CJK
        return re.compile(start + re.escape(name_stem(name, ending)) + ending + (r"\b" if ending else "")), code

    def add_person(self, name: str, code: str) -> None:
        """Name a person of side ``code`` found after the table was made (a speaker placed by what they say)."""
        self.persons += [self._person_rx(n, code) for n in person_names(name)]

    def _side_of(self, person: Person) -> str:
        """The side of a person whose role names no state, in a document of the home side's language: a name
        in the script for foreign names (カタカナ) or a foreign-only title (大統領) is the counterpart's."""
        if not self.home or not self.counterpart:
            return ""
        foreign = self.lex.foreign_name.fullmatch(person.name) or self.lex.foreign_role.search(person.role or "")
        side = self.counterpart if foreign else self.home
        return side[0] if len(side) == 1 else ""

    def mentions(self, text: str) -> list[Mention]:
        """All actor mentions in ``text``, grouped where a connector joins them ("Japan and Russia")."""
        scan = self.lex.actor_screen.scan(text)
        found = [Mention(m.start(), m.end(), self.parties, "all")
                 for rx in self.lex.all_parties for m in scan.finditer(rx, text)]
        for side, patterns in ((self.home, self.lex.home_side + self.lex.home_titles),
                               (self.counterpart, self.lex.counterpart_side)):
            found += [Mention(m.start(), m.end(), side, "country")
                      for rx in (patterns if side else ()) for m in scan.finditer(rx, text)]
        states = [(code, s, e) for code, s, e in country_mentions(text, self.language, self.parties)
                  if not self.parties or code in self.parties]
        singles = [(s, e) for _, s, e in states if e - s == 1]
        spans = [(s, e) for _, s, e in states]
        paired = {s for s, e in singles if any(e == s2 or s == e2 for s2, e2 in spans)}  # 中俄, 中印尼
        # one-character abbreviations count before a side word (露側) or as a pair the country rules accept (中法将…)
        found += [Mention(s, self._side_word_end(text, e) if e - s == 1 else e, (code,), "country")
                  for code, s, e in states if self._long_enough(text, s, e) or s in paired]
        found += [Mention(m.start(), m.end(), (code,), "person")
                  for rx, code in self.persons for m in rx.finditer(text)
                  if not self.parties or code in self.parties]
        return self._group(_drop_overlaps(found), text)

    def _side_word_end(self, text: str, end: int) -> int:
        """The end of a one-character abbreviation with the side word after it (秘|方 -> 秘方): one subject."""
        rx = self.lex.short_mention_suffix
        m = rx.match(text[end:end + SIDE_WORD_CHARS]) if rx else None
        return end + m.end() if m else end

    def _long_enough(self, text: str, start: int, end: int) -> bool:
        """One-character abbreviations (露 in 訪露) count only before a side word (露側)."""
        return end - start > 1 or self.lex.short_mention_suffix is None or self._side_word_end(text, end) > end

    def _group(self, found: list[Mention], text: str) -> list[Mention]:
        groups: list[Mention] = []
        for m in found:
            last = groups[-1] if groups else None
            adjacent = last and m.start == last.end and min(m.end - m.start, last.end - last.start) == 1  # 中法
            # "Indian Prime Minister Narendra Modi": a state, the title of its person and the person are one mention
            titled = self.lex.latin and last and m.kind == "person" and m.codes == last.codes and TITLE_WORDS.fullmatch(
                text[last.end:m.start].strip())
            # in spaced scripts a space alone joins a state and its own official ("России Сергей Лавров"), not a
            # place and another state's person ("перед прибытием в Сеул Путин")
            spaced = self.lex.latin and last and not text[last.end:m.start].strip() and m.codes != last.codes
            if titled:
                groups[-1] = Mention(last.start, m.end, m.codes, m.kind)
            elif last and not spaced and (adjacent or self.lex.connector.match(text[last.end:m.start])):
                codes = tuple(sorted(set(last.codes) | set(m.codes)))
                groups[-1] = Mention(last.start, m.end, codes, "all" if "all" in (last.kind, m.kind) else m.kind)
            else:
                groups.append(m)
        return groups


def _sides(parties: tuple[str, ...], home: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(home side, counterpart side) of a bilateral document; empty when the home state is no party."""
    if not home or home not in parties or len(parties) != 2:
        return (), ()
    return (home,), tuple(p for p in parties if p != home)


def name_stem(name: str, ending: str) -> str:
    """A name without the inflectional ending it was found with ("Путиным" -> "Путин"), when endings apply."""
    if not ending:
        return name
    m = re.fullmatch(r"(.{4,}?)" + ending, name)
    return m.group(1) if m else name


def person_names(name: str) -> list[str]:
    """Forms under which a person may be named: the full name, its parts, a CJK surname."""
    forms = {name.strip()}
    parts = [p for p in _NAME_SPLIT.split(name) if p]
    forms.update(p for p in parts if len(p) >= 3 or (_CJK.match(p) and len(p) >= 2))
    if len(parts) == 1 and _CJK.match(name) and 3 <= len(name) <= 4:
        forms.add(name[:2])  # Japanese/Chinese surname: first two characters
    return sorted(f for f in forms if f)


def _parts_of_present(table: list[tuple[str, str]], text: str, placed: set[str]) -> list[tuple[str, str]]:
    """The parts of the office holders' names the text names in full ("Lawrence Wong" ... "said Mr Wong"), where no
    other person of the table shares the part."""
    parts = [(part, code) for name, code in table if name in text for part in person_names(name)
             if part != name and part not in placed]
    owners: dict[str, set[str]] = {}
    for name, code in table:
        for part in person_names(name):
            owners.setdefault(part, set()).add(code)
    return sorted({(part, code) for part, code in parts if owners[part] == {code}})


def country_mentions(text: str, language: str, prefer: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """Country mentions from the shared country table (``pledgegraph.lang.countries.find``)."""
    from pledgegraph.lang import countries

    return list(countries.find(text, language, prefer))


def _drop_overlaps(found: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def find_cues(text: str, lex: Lexicon) -> list[CueHit]:
    """Every cue occurrence in ``text``."""
    scan = lex.cue_screen.scan(text)
    hits = [CueHit(c, m.start(), m.end()) for c in lex.cues for m in scan.finditer(c.regex, text)]
    return hits + [CueHit(c, s, e) for s, e, c in morph_hits(text, lex.language, lex.morph_cues)]


def subject_of(text: str, groups: list[Mention], lex: Lexicon, limit: int) -> Mention | None:
    """The clause subject among the mention groups that start before ``limit``.

    A person of the same state named right after a governed mention ("同俄罗斯外长拉夫罗夫", "with Russian Foreign
    Minister Lavrov") is governed too: only a title stands between them.
    """
    governed_end, governed_codes = -1, ()
    aside = [m.span() for rx in lex.not_subject_within for m in rx.finditer(text, 0, limit)]
    dateline = dateline_end(text, groups, lex)
    for g in _restarting(text, groups, lex, limit) + groups:
        if g.start >= limit:
            break
        if g.end <= dateline or any(s <= g.start < e for s, e in aside):
            continue
        if lex.subject == "marked":
            if lex.subject_marker.match(text[g.end:]):
                return g
            continue
        if _names_side(text, g, lex):
            return _apposed(text, g, groups)
        if _governed_before(text, g, lex) or (
                g.kind == "person" and governed_end >= 0 and g.codes == governed_codes
                and TITLE_GAP.fullmatch(text[governed_end:g.start])):
            governed_end, governed_codes = g.end, g.codes
            continue
        if _governed_after(text, g, lex):
            continue
        return _apposed(text, g, groups)
    return None


def _restarting(text: str, groups: list[Mention], lex: Lexicon, limit: int) -> list[Mention]:
    """The mention that opens the last comma-separated part before the cue ("马克龙总统…持积极态度，中方对此表示
    赞赏": 中方), in languages whose lexicon says ``subject_restart``."""
    if lex.subject_restart is NEVER:
        return []
    last = [g for g in groups if g.start < limit and lex.subject_restart.search(text, 0, g.start)
            and not lex.subject_restart_gap.search(text, g.end, limit)]
    return last[-1:]


def _names_side(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether the mention and what follows it name a side ("с российской стороны"): whatever its preposition or
    case, that side is who speaks."""
    return bool(lex.holder_after.match(text, g.start))


def _governed_before(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether a preposition before the mention governs it ("with Japan", "с Россией"), unless a holder's title
    stands there ("the Government of Japan")."""
    before = text[:g.start]
    return bool(lex.not_subject_before.search(before) and not lex.holder_before.search(before))


def _governed_after(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether what follows the mention ("Japan's", "中越关系") or its case ("Компартии Вьетнама") makes it no
    subject."""
    return bool(lex.not_subject_after.match(text[g.end:])) or not _can_be_subject(text, g, lex, text[:g.start])


def addressed_party(text: str, groups: list[Mention], lex: Lexicon, parties: tuple[str, ...]) -> str | None:
    """The party of a two-party document that ``text`` names only where no subject stands (an object or a partner:
    "отношений с Южно-Африканской Республикой", "деятельность ЮАР"), while it names the other party, if at all,
    as a subject: the party a speaker speaks to or about."""
    objects, subjects = set(), set()
    for g in groups:
        if g.kind != "country" or len(g.codes) != 1 or _names_side(text, g, lex) or _place_or_attribute(text, g, lex):
            continue
        if lex.subject == "marked":
            (subjects if lex.subject_marker.match(text[g.end:]) else objects).add(g.codes[0])
        elif _governed_before(text, g, lex) or _governed_after(text, g, lex) or _oblique(text, g, lex):
            objects.add(g.codes[0])
        elif _subject_case_only(text, g, lex):  # "ЮАР" may be any case: neither
            subjects.add(g.codes[0])
    only = objects - subjects
    if len(parties) != 2 or len(only) != 1:
        return None
    return next(iter(only))


def dateline_end(text: str, groups: list[Mention], lex: Lexicon) -> int:
    """Where a dateline opening ``text`` ends ("NEW DELHI:", "Islamabad, 07 February 2022:", "VIETNAM, December
    5 - SEOUL —"), 0 if none: the places in it (a capital, a name in capitals) are no subject."""
    end = 0
    for g in groups:
        place = text[g.start:g.end]
        if text[end:g.start].strip(DATELINE_LEAD) or not (place.isupper() or countries.place_only(place, lex.language)):
            break
        tail = lex.dateline_tail.match(text, g.end)
        if not tail:
            break
        end = tail.end()
    return end


def _apposed(text: str, g: Mention, groups: list[Mention]) -> Mention:
    """The subject with the mentions of the same states right after it ("中越两国", "Japan, both countries")."""
    for h in groups:
        if h.start >= g.end and h.codes == g.codes and not text[g.end:h.start].strip(" ,、，"):
            g = Mention(g.start, h.end, g.codes, h.kind if h.kind == "all" else g.kind)
    return g


def _can_be_subject(text: str, g: Mention, lex: Lexicon, before: str) -> bool:
    """A country named in a case no subject takes ("Компартии Вьетнама") is no subject, unless an office
    holder stands before it ("президент России")."""
    if not lex.subject_cases or g.kind != "country" or lex.holder_before.search(before):
        return True
    compound = COMPOUND_TAIL.match(text, g.end).group()
    # "российско-саудовских отношений": the compound's case is its last part's
    words = WORD.findall(compound)[-1:] if compound else _mention_words(text, g)
    return any(lex.subject_cases & (morphology.cases(lex.language, w) or lex.subject_cases) for w in words)


def _mention_words(text: str, g: Mention) -> list[str]:
    """The words of a mention, the last one whole when the mention ends inside it ("Вьетнам|а")."""
    return WORD.findall(text[g.start:g.end] + WORD_TAIL.match(text, g.end).group())


def _place_or_attribute(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether a mention says where ("в Москве", "in Japan") or qualifies a noun ("российские долги"): it says
    nothing of whom a speaker addresses."""
    if lex.place_before.search(text, max(0, g.start - PLACE_REACH), g.start):
        return True
    return any(morphology.adjective(lex.language, w) for w in WORD.findall(text[g.start:g.end])[-1:])


def _oblique(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether the mention's first word is in no case a subject takes ("руководству Российской Федерации")."""
    if not lex.subject_cases:
        return False
    cases = morphology.cases(lex.language, (WORD.findall(text[g.start:g.end]) or [""])[0])
    return bool(cases) and not cases & lex.subject_cases


def _subject_case_only(text: str, g: Mention, lex: Lexicon) -> bool:
    """Whether every reading of the mention is in a case a subject takes (always so without case analysis)."""
    if not lex.subject_cases:
        return True
    return all(morphology.cases(lex.language, w) <= lex.subject_cases for w in _mention_words(text, g))


def _bound_ok(text: str, hit: CueHit, ref: int, lex: Lexicon) -> bool:
    return bool(lex.bound_gap.match(text[ref:hit.start]))


def governing_cue(text: str, hits: list[CueHit], lex: Lexicon, subject: Mention | None) -> CueHit | None:
    """The cue that governs the clause's main predicate (see module docstring)."""
    ref = subject.end if subject else 0
    usable = [h for h in hits if (h.start >= ref or h.cue.frame) and (not h.cue.bound or _bound_ok(text, h, ref, lex))]
    # "巴方对中方愿意参与…表示欢迎": a stance inside the object of another is not the clause's own
    objects = [m.span() for m in lex.cue_object.finditer(text)]
    outside = [h for h in usable if not any(a <= h.start and h.end <= b for a, b in objects)]
    usable = outside or usable
    if not usable:
        return None
    plain = [h for h in usable if not h.cue.frame] or usable
    if lex.selection == "last":
        final = max(plain, key=lambda h: h.end)
        covering = [h for h in plain if h.end > final.start]  # cues sharing the final predicate
        chosen = max(covering, key=lambda h: (h.cue.priority, h.end - h.start, h.end))
        # "…強化する用意があることを確認": what is confirmed is a stronger stance of its own
        embedded = [h for h in plain if h.end <= chosen.start and not h.cue.bound
                    and MODALITY_RANK[h.cue.modality] > MODALITY_RANK[chosen.cue.modality]
                    and lex.embeds.fullmatch(text, h.end, chosen.start)]
        return embedded[-1] if embedded else chosen
    if lex.selection == "strongest":
        return max(plain, key=lambda h: (MODALITY_RANK[h.cue.modality], -h.start, h.end - h.start,
                                         h.cue.priority))
    best = min(plain, key=lambda h: (h.start, -(h.end - h.start), -h.cue.priority))
    # "申明打算" (a stronger stance it leads into), "将继续支持" (the verb an auxiliary carries: its stance)
    coordinated = [h for h in plain if h.start >= best.end and lex.cue_chain.match(text[best.end:h.start])
                   and (MODALITY_RANK[h.cue.modality] > MODALITY_RANK[best.cue.modality]
                        or (best.cue.bound and not h.cue.bound))]
    chosen = coordinated[0] if coordinated else best
    # "中南加强团结合作，符合两国人民共同期待": a bare verb phrase that a later predicate evaluates is that evaluation
    evaluation = [h for h in plain if h.cue.evaluates and h.start >= chosen.end] if chosen.cue.bound else []
    return evaluation[0] if evaluation else chosen


def is_committal(text: str, hit: CueHit, lex: Lexicon) -> bool:
    """Committal per cue, or an affirm clause whose content is the actors' own continuing action."""
    if hit.cue.committal:
        return True
    return hit.cue.modality == "affirm" and any(rx.search(text) for rx in lex.committal_markers)


def analyse(text: str, lex: Lexicon, actors: ActorTable, hits: list[CueHit] | None = None) -> Stance:
    """Subject, governing cue and committal flag of one clause (``hits``: its cues, when known)."""
    hits = find_cues(text, lex) if hits is None else hits
    groups = actors.mentions(text)
    if lex.subject == "first":
        # a bound verb counts only where it opens the clause ("加快推进两国铁路": 两国 is its object)
        limit = min((h.start for h in hits if not h.cue.frame and (not h.cue.bound or _bound_ok(text, h, 0, lex))),
                    default=len(text))
    else:
        limit = len(text)
    subject = subject_of(text, groups, lex, limit)
    hit = governing_cue(text, hits, lex, subject)
    if hit is not None and hit.cue.frame:
        # "Modi said India will provide…": the reported clause's own subject binds its verb
        hit = _reported_cue(text, hits, hit, groups, lex) or hit
    # an evaluation ("…符合两国利益") is the view of whoever speaks, not of the states it names
    if hit is not None and not hit.cue.evaluates:
        if not hit.cue.frame:
            subject = (_reported_subject(text, hits, hit, groups, lex) or _both_reported(text, hit, groups, lex)
                       or subject)
        if subject is None:  # a side inside the cue's own words ("中法表态愿"), unless its object ("视中方为")
            subject = next((g for g in groups if hit.start < g.start and g.end <= hit.end
                            and not lex.not_subject_before.search(text, hit.start, g.start)), None)
    return Stance(cue=hit, subject=subject, committal=bool(hit) and is_committal(text, hit, lex),
                  mentions=tuple(groups))


def _both_reported(text: str, hit: CueHit, groups: list[Mention], lex: Lexicon) -> Mention | None:
    """Both sides named as the subject of what a stance verb reports ("Modi asserted that both nations are
    committed to…"): the stance is about both, whoever voiced it; what one side suggests both should do stays its
    request ("suggested that both sides should meet")."""
    m = lex.complementizer.match(text, hit.end)
    if hit.cue.modality == "request" or m is None or not WORD.search(m.group()):
        return None
    found = _opening_subject(text, m.end(), groups, lex)
    return found if found is not None and found.kind == "all" else None


def _opening_subject(text: str, start: int, groups: list[Mention], lex: Lexicon) -> Mention | None:
    """The subject of the clause that begins at ``start`` (a reported clause), when it opens that clause: at most
    a few words before it ("in 2025 the"), not governed ("cooperation between the two countries")."""
    found = _subject_from(text, start, len(text), groups, lex)
    return found if found is not None and REPORTED_OPENING.fullmatch(text, start, found.start) else None


def _subject_from(text: str, start: int, limit: int, groups: list[Mention], lex: Lexicon) -> Mention | None:
    """:func:`subject_of` the text from ``start`` (mentions before ``limit``), in offsets of the whole text."""
    inside = [Mention(g.start - start, g.end - start, g.codes, g.kind) for g in groups if g.start >= start]
    found = subject_of(text[start:], inside, lex, limit - start)
    return Mention(found.start + start, found.end + start, found.codes, found.kind) if found else None


def _reported_cue(text: str, hits: list[CueHit], frame: CueHit, groups: list[Mention], lex: Lexicon) -> CueHit | None:
    """The cue of the clause a reporting verb reports, governed by that clause's own subject (None when the
    reported clause opens with no subject or has no stance of its own)."""
    m = lex.complementizer.match(text, frame.end)
    reported = _opening_subject(text, m.end(), groups, lex) if m else None
    if reported is None:
        return None
    hit = governing_cue(text, [h for h in hits if h.start >= reported.end], lex, reported)
    return hit if hit is not None and not hit.cue.frame else None


def _reported_subject(text: str, hits: list[CueHit], hit: CueHit, groups: list[Mention],
                      lex: Lexicon) -> Mention | None:
    """In "Putin said that Russia and Viet Nam agreed", the subject of the reported stance is the one after the
    complementizer that follows the reporting verb, not the speaker; so too after a stance verb with its
    complementizer ("Министр подчеркнул, что Нигерия будет…")."""
    for frame in sorted((h for h in hits if h.end <= hit.start and h is not hit), key=lambda h: -h.end):
        m = lex.complementizer.match(text, frame.end)
        if m and (frame.cue.frame or WORD.search(m.group())):
            return _subject_from(text, m.end(), hit.start, groups, lex)
    return None
