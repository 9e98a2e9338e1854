"""What a provision pledges something about: thesaurus concepts, pledge-object terms, themes and n-grams.

Each provision gets a :class:`Profile`: an idf-weighted evidence vector (language independent, so an English
and a Japanese provision can be compared) and a character n-gram TF-IDF vector (compared within one language).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..lang import countries
from ..lang.chinese import simplified
from ..timeparse import calendar
from ..model import Citation, Document, Provision
from . import needles
from .data import objects, rules
from .vocab import concept_labels, concept_neighbours

LETTER = r"[A-Za-z0-9\u0400-\u04FF]"  # a word boundary means: not next to one of these (CJK text has no spaces)
WORD_START = re.compile(LETTER)
CAPITAL = "A-Z\u0401\u0410-\u042F"  # Latin and Cyrillic capital letters
ACRONYM = re.compile(rf"[{CAPITAL}0-9+\-]{{2,}}")  # "WTO", "ВТО", "2+2": matched as written, as a whole word
SPECIFIC_KINDS = ("concept", "term", "name", "form", "related", "compound", "listed-compound",
                  "theme-compound")  # of a specific object
OBJECT_KINDS = ("concept", "term", "name", "form", "related", "compound",
                "listed-compound")  # what a clause is about: looked up in chains
INDEX_KINDS = OBJECT_KINDS + ("theme-compound",)  # under which a clause is found: a clause referring back ("these
# consultations") on a theme finds the clauses with the same qualified action on that theme
DIRECT_KINDS = ("concept", "term", "name", "form", "compound", "listed-compound")  # ... named in the clause itself (not inferred)
ROLES = {None: "term", "qualified": "qualified", "topic": "topic", "generic": "generic"}  # objects.yaml role -> kind
YO = str.maketrans("ёЁ", "еЕ")
CJK = r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"


@dataclass
class Profile:
    """One provision seen by the linker."""

    provision: Provision
    language: str
    date: str | None
    keys: dict[str, str]  # evidence key ("concept:wto", "term:poaching", "theme:fisheries") -> kind
    grams: Counter
    vector: dict[str, float] = field(default_factory=dict)  # idf-weighted evidence
    text_vector: dict[str, float] = field(default_factory=dict)  # TF-IDF of character n-grams
    periods: frozenset[tuple[int, int]] = frozenset()  # the year ranges the clause names ("2020-24": (2020, 2024))

    @property
    def specific(self) -> set[str]:
        """Keys that name a specific pledge object (not a theme, not a generic term)."""
        return {k for k, kind in self.keys.items() if kind in SPECIFIC_KINDS}

    @property
    def objects(self) -> set[str]:
        """The specific pledge objects a provision is about: looked up in the chains of its relationship."""
        return {k for k, kind in self.keys.items() if kind in OBJECT_KINDS}

    @property
    def index_keys(self) -> set[str]:
        """The chains a provision is filed under: its objects, and its qualified actions on each of its themes."""
        return {k for k, kind in self.keys.items() if kind in INDEX_KINDS}

    @property
    def direct(self) -> set[str]:
        """Specific keys named in the clause itself (or by a reference in it), not inferred from the thesaurus."""
        return {k for k, kind in self.keys.items() if kind in DIRECT_KINDS}


def read_as(text: str, language: str) -> str:
    """The text as the glossary and the cues spell it: Chinese in Simplified characters (one for one, so offsets
    hold), any other language as it is."""
    return simplified(text) if language == "zh" else text


def normalise(text: str) -> str:
    """NFKC, whitespace collapsed, no whitespace next to CJK characters (line breaks inside CJK words), and the
    Russian ё written е, as most texts write it ("партнёрство" is "партнерство")."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().translate(YO)
    return re.sub(rf"(?<={CJK}) | (?={CJK})", "", text)


def _term_regex(term: str, ignore_case: bool) -> str:
    """A term as a regex (see :func:`_term_needle` for the literal every match of it holds)."""
    term = normalise(term)
    if not WORD_START.match(term):
        return re.escape(term)  # CJK: plain substring
    words = [re.escape(w) for w in re.split(r"[\s]+", term)]
    body = r"\w*[\s\-]+".join(words)
    return rf"(?<!{LETTER}){body}" if ignore_case else rf"(?<!{LETTER}){body}(?!{LETTER})"


def _term_needle(term: str) -> str:
    """The literal every match of :func:`_term_regex` holds: the term's first word (a CJK term: all of it)."""
    term = normalise(term)
    return re.split(r"[\s]+", term)[0] if WORD_START.match(term) else term


ENTRY_FIELDS = ("role", "concepts")  # glossary entry fields that are not per-language terms


def _entry_kind(key: str, entry: dict) -> str:
    role = entry.get("role")
    if role not in ROLES:
        raise ValueError(f"objects.yaml: {key} has role {role!r}; use one of {sorted(r for r in ROLES if r)}")
    return ROLES[role]


@cache
def _term_matchers() -> tuple[tuple[str, str, needles.Lazy], ...]:
    """(key, kind, regex) for every single term of the glossary (compiled when a text may hold a match)."""
    found = []
    for key, entry in sorted(objects().items()):
        kind = _entry_kind(key, entry)
        for lang, terms in sorted(entry.items()):
            if lang not in ENTRY_FIELDS:
                found.extend((f"term:{key}", kind, _term_matcher(str(t))) for t in terms)
    return tuple(found)


def _term_matcher(term: str) -> needles.Lazy:
    """A glossary term as a regex: a word stem, matched in any case at a word start ("cooperat"); an acronym
    (no space, two capitals or more: "BRI", "ВТО", "MoU") matched as written and not followed by another capital
    or digit, so that "bring", "вторник" and "BRICS" name no Belt and Road, no WTO (a Russian case ending may
    follow: "МИДа")."""
    norm = normalise(term)
    if WORD_START.match(norm) and " " not in norm and len(re.findall(f"[{CAPITAL}]", norm)) >= 2:
        return needles.Lazy(rf"(?<!{LETTER}){re.escape(norm)}(?![{CAPITAL}0-9])", 0, [(norm, False)])
    return needles.Lazy(_term_regex(term, True), re.IGNORECASE, [(_term_needle(term), True)])


@cache
def _implied_terms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Concept notation -> (term key, kind) of the glossary objects it is a kind of (``concepts:`` field)."""
    implied: dict[str, list[tuple[str, str]]] = {}
    for key, entry in sorted(objects().items()):
        for notation in entry.get("concepts") or ():
            kind = _entry_kind(key, entry)
            implied.setdefault(notation, []).append((f"term:{key}", "related" if kind == "term" else kind))
    return {k: tuple(v) for k, v in implied.items()}


@cache
def _glossary_names() -> dict[str, frozenset[str]]:
    """Term (normalised, case folded) -> the concepts a glossary object named by it may stand for: its own key
    and its ``concepts:`` (only objects of their own, not qualified actions, topics or generic words)."""
    names: dict[str, set[str]] = {}
    for key, entry in objects().items():
        if entry.get("role"):
            continue
        for lang, terms in entry.items():
            if lang not in ENTRY_FIELDS:
                for t in terms:
                    names.setdefault(normalise(str(t)).casefold(), set()).update({key, *(entry.get("concepts") or ())})
    return {k: frozenset(v) for k, v in names.items()}


def _unambiguous(notation: str, label: str) -> bool:
    """False for a concept label that the glossary gives to another object: "Road Map" (the Middle East peace
    plan) is also any "roadmap" of two states; the words then name the glossary object, not the concept."""
    meant = _glossary_names().get(normalise(label).casefold())
    return meant is None or notation in meant


@cache
def _concept_matchers() -> tuple[tuple[str, str, needles.Lazy], ...]:
    """(key, kind, regex) for every thesaurus concept (acronym labels match case-sensitively; labels the glossary
    gives to another object are left to the glossary), compiled when a text may hold a match."""
    found = []
    for notation, all_labels in concept_labels().items():
        labels = [l for l in all_labels if _unambiguous(notation, l)]
        exact = [l for l in labels if ACRONYM.fullmatch(normalise(l))]
        loose = [l for l in labels if not ACRONYM.fullmatch(normalise(l))]
        if exact or loose:
            pattern = "|".join([_term_regex(l, False) for l in exact] + [f"(?i:{_term_regex(l, True)})" for l in loose])
            found.append((f"concept:{notation}", _concept_kind(notation), needles.Lazy(
                pattern, 0, [(_term_needle(l), False) for l in exact] + [(_term_needle(l), True) for l in loose])))
    return tuple(found)


def _concept_kind(notation: str) -> str:
    return "generic" if notation in rules().get("venue_concepts", []) else "concept"


def _hits(text: str, matchers) -> list[tuple[int, int, str, str]]:
    """(start, end, key, kind) of every match, longest first; a longer match hides the shorter ones inside it."""
    folded = needles.fold(text)
    hits = sorted(((m.start(), m.end(), key, kind) for key, kind, regex in matchers if regex.may_match(text, folded)
                   for m in regex.finditer(text) if m.end() > m.start()), key=lambda h: (h[0] - h[1], h[0], h[2]))
    kept: list[tuple[int, int, str, str]] = []
    for hit in hits:
        if not any(hit[0] < e and s < hit[1] for s, e, _, _ in kept):
            kept.append(hit)
    return kept


def _mask(text: str, spans) -> str:
    """The text with the given spans blanked out (so the words of a named instrument are not matched again)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@cache
def _anaphora(language: str) -> re.Pattern | None:
    pattern = rules().get("anaphora", {}).get(language)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def anaphor_nouns(text: str, language: str, named: list[tuple[int, int]] = ()) -> list[str]:
    """Head nouns of demonstrative references ("this convention", "该公约", "同条約") a clause does not name itself.

    Args:
        text: the normalised clause.
        language: ISO 639-1 code (patterns are ``anaphora`` in ``link/rules.yaml``).
        named: spans of concept names in the clause; a reference inside one is already resolved
            ("这十二项公约" names the twelve conventions).
    """
    return _nouns(_anaphora(language), text, named)


def short_names(text: str, language: str, named: list[tuple[int, int]] = ()) -> list[str]:
    """Head nouns of definite references to a thing by its head alone ("the Treaty would be ...", "The Framework
    will be implemented ..."): the short name of something the document named in full before."""
    return _nouns(_named_anaphora(language), text, named)


def _nouns(pattern: re.Pattern | None, text: str, named: list[tuple[int, int]]) -> list[str]:
    if pattern is None:
        return []
    return [m.group("noun").casefold() for m in pattern.finditer(text)
            if not any(m.start("noun") < e and s < m.end("noun") for s, e in named)]


@cache
def _named_anaphora(language: str) -> re.Pattern | None:
    """A definite reference by a capitalised head noun alone ("the Treaty would be ...", "The Framework will be
    implemented ..."): the short name of a thing named in full before (``named_objects.<language>.definite``); not
    when more capitalised words or a complement follow ("the Treaty of Friendship": a name of its own)."""
    cfg = (rules()["link"].get("named_objects") or {}).get(language) or {}
    if not cfg.get("definite"):
        return None
    heads = sorted({str(w) for words in cfg["heads"].values() for w in words}, key=lambda w: (-len(w), w))
    definite = "|".join(re.escape(str(w)) for w in cfg["definite"])
    joiners = "|".join(re.escape(str(w)) for w in cfg["joiners"])
    capitalised = "|".join(re.escape(w[:1].upper() + w[1:]) for w in heads)
    return re.compile(rf"(?<![\w-])(?i:{definite})\s+(?P<noun>{capitalised})(?![\w-])"
                      rf"(?!\s+(?:{joiners})\s+[A-Z0-9])(?!\s+[A-Z0-9])")


def _neighbour_keys(keys: dict[str, str]) -> dict[str, str]:
    """What named concepts imply: the concepts the thesaurus relates them to (skos:broader / skos:related) and
    the glossary objects they are a kind of. Inferred evidence, weaker than what a clause names."""
    found = {}
    for key in [k for k, kind in keys.items() if kind == "concept"]:
        notation = key.split(":", 1)[1]
        for other in concept_neighbours().get(notation, ()):
            kind = _concept_kind(other)
            found[f"concept:{other}"] = "related" if kind == "concept" else kind
            found.update(_implied_terms().get(other, ()))
        found.update(_implied_terms().get(notation, ()))
    return found


@cache
def _frames(language: str) -> re.Pattern | None:
    pattern = rules().get("frames", {}).get(language)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def frame_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of the frame a pledge is made in ("in accordance with the UN Charter", "根据…的规定"): what is named
    there is the basis of the pledge, not its object."""
    pattern = _frames(language)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


@dataclass(frozen=True)
class Shortened:
    """What a document names in full once and shortens after, read from its whole text: the acronyms it defines
    ("the Enhanced Partnership (EP)" ... "the five pillars of the EP"), the quoted short names that end one fuller
    quoted name of it ("《南海各方行为宣言》" ... "落实《宣言》"), and the one number it gives a numbered event ("TICAD VI"
    ... "アフリカ開発会議(TICAD)")."""

    full: tuple[tuple[str, str], ...] = ()  # (short form as written, its full form), longest first
    numbers: tuple[tuple[str, int], ...] = ()  # (numbered event, the one number the document gives it)

    def expand(self, text: str) -> str:
        """The text with every short form written in full (not the definition "(EP)" itself)."""
        for short, full in self.full:
            if short[:1].isalpha():  # an acronym: a whole word, not the one in parentheses that defines it
                text = re.sub(rf"(?<![\w(]){re.escape(short)}(?![\w)])", full, text)
            else:
                text = text.replace(short, full)
        return text


def shortened(text: str, language: str) -> Shortened:
    """What the document ``text`` (normalised, read as the glossary spells it) shortens (see :class:`Shortened`)."""
    full = {**defined_acronyms(text, language), **short_quoted_names(text, language)}
    numbers: dict[str, set[int]] = {}
    for key in numbered_objects(text, language):
        name, number = key[len("term:"):].split("#")
        numbers.setdefault(name, set()).add(int(number))
    return Shortened(tuple(sorted(full.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
                     tuple(sorted((name, n.pop()) for name, n in numbers.items() if len(n) == 1)))


ACRONYM_DEFINED = re.compile(r"\(\s*(?P<a>[A-Z][A-Za-z]{1,7})\s*\)")


def defined_acronyms(text: str, language: str) -> dict[str, str]:
    """Acronyms a text defines, written in parentheses right after what they stand for, whose capitals are the
    initials of its words (joiners aside): "Philippines-Australia Ministerial Meeting (PAMM)" -> {"PAMM":
    "Philippines-Australia Ministerial Meeting"}. Only in a language with capitals and ``named_objects`` joiners."""
    form = _named_form(language)
    joiners = form[1] if form else frozenset()
    if not joiners:
        return {}
    found = {}
    for m in ACRONYM_DEFINED.finditer(text):
        letters = [c for c in m.group("a") if c.isupper()]
        window = text[max(0, m.start() - 160):m.start()]
        words = list(re.finditer(r"[^\W\d_]+", window))
        if len(letters) < 2 or not words or window[words[-1].end():].strip():
            continue
        i, start = len(letters) - 1, None
        for w in reversed(words):
            if w.group().islower() and w.group() in joiners:
                continue  # "Joint Fund for Rivers (JFR)"
            if w.group()[0].upper() != letters[i]:
                break
            i, start = i - 1, w.start()
            if i < 0:
                break
        if i < 0:
            found.setdefault(m.group("a"), window[start:words[-1].end()])
    return found


def short_quoted_names(text: str, language: str) -> dict[str, str]:
    """Quoted short names (shorter than a name, ``quoted_names.min``: a head alone) that end exactly one fuller quoted
    name of the same text, in a language whose names end in what they name (``quoted_names.head_final``):
    {"《宣言》": "《南海各方行为宣言》"}; not 「サウジ・ビジョン2030」, a name of its own that 「日・サウジ・ビジョン2030」 ends in."""
    cfg = rules()["link"]["quoted_names"]
    if language not in cfg.get("head_final", ()):
        return {}
    found = {}
    for o, c in cfg["marks"]:
        names = set(re.findall(f"{re.escape(o)}([^{re.escape(o + c)}。.;；]{{1,{cfg['max']}}}){re.escape(c)}", text))
        for short in (name for name in names if len(name) < cfg["min"]):
            longer = {name for name in names if name != short and name.endswith(short)}
            if len(longer) == 1:
                found[o + short + c] = o + longer.pop() + c
    return found


def evidence_keys(p: Provision, language: str = "", antecedents: list[dict[str, str]] = (),
                  hidden: list[tuple[int, int]] = (), context: str = "",
                  before: list[dict[str, str]] = (), short: Shortened = Shortened()) -> dict[str, str]:
    """Evidence keys of a provision: named concepts, object terms, themes (key -> kind).

    Words inside a named concept ("the Convention for the Suppression of the Financing of Terrorism") are not
    matched as object terms again; what is named in a frame ("in accordance with international law") counts
    as generic evidence only. A demonstrative reference ("this convention") takes over the concepts of that
    kind named by the nearest antecedent clause that names one.

    Args:
        p: the provision.
        language: its document's language (for references and frames).
        antecedents: evidence keys of the clauses before it, nearest first.
        hidden: raw spans not to read (citations of other documents: a cited title is not the pledge object).
        context: the text before the clause: where "these consultations" find their topic.
        before: evidence keys of every clause of the document before it, nearest first: where a short name ("the
            Treaty") finds the thing named in full ("the Bilateral Security Treaty"), however far back.
        short: what the document shortens (:func:`shortened`): the clause is read with its short forms in full.
    """
    text = short.expand(normalise(_mask(read_as(p.quote, language),
                                        [(max(s - p.start, 0), max(e - p.start, 0)) for s, e in hidden])))
    frames = frame_spans(text, language)

    def kind_at(start: int, end: int, kind: str) -> str:  # a topic stays a topic inside a frame
        framed = kind not in ("generic", "topic") and any(s <= start and end <= e for s, e in frames)
        return "generic" if framed else kind

    named = _hits(text, _concept_matchers())
    keys: dict[str, str] = {}
    for start, end, key, kind in named:
        kind = kind_at(start, end, kind)
        if keys.get(key) in (None, "generic"):
            keys[key] = kind
    for c in p.concepts:
        keys.setdefault(f"concept:{c}", _concept_kind(c))
    for noun in anaphor_nouns(text, language, [(s, e) for s, e, _, _ in named]):
        keys.update(_resolve(noun, antecedents, language))
    for noun in short_names(text, language, [(s, e) for s, e, _, _ in named]):
        keys.update(_resolve(noun, before or antecedents, language))
    for key, kind in _neighbour_keys(keys).items():
        keys.setdefault(key, kind)
    masked = _mask(text, [(s, e) for s, e, _, kind in named if kind == "concept"])
    terms = _hits(masked, _term_matchers())
    modifiers = name_modifiers(text, language, terms)
    for start, end, key, kind in terms:
        kind = "generic" if (start, end) in modifiers else kind_at(start, end, kind)
        if keys.get(key) in (None, "generic"):
            keys[key] = kind
    for name in quoted_names(text, language):
        keys.setdefault(name, "name")
    known = [(s, e) for s, e, _, kind in terms if kind == "term"]  # the glossary's objects: already known
    for start, end, name, (head_start, head_end) in named_objects(masked, language):
        if any(s <= head_start and head_end <= e for s, e in known):
            continue  # the glossary knows the thing the name heads ("Framework for Security Cooperation")
        kind = kind_at(start, end, "form")
        if keys.get(name) in (None, "generic"):
            keys[name] = kind
    numbered = numbered_objects(text, language)
    told = {key.split("#")[0] for key in numbered}  # an event the clause numbers itself is that one
    for key in numbered + [k for k in bare_numbered(text, language, short) if k.split("#")[0] not in told]:
        keys.setdefault(key, "term")
    keys.update({f"theme:{t}": "theme" for t in p.themes})
    # a clause refers back by a demonstrative ("these consultations") or by citing an earlier document
    referring = bool(hidden or p.cites) or (bool(anaphor_nouns(text, language) or short_names(text, language))
                                            if language else False)
    keys.update(_compounds(keys, context, referring))
    return keys


def _compounds(keys: dict[str, str], context: str = "", referring: bool = False) -> dict[str, str]:
    """Qualified actions with their topics: "consultations" in a clause on terrorism is the object
    ``term:dialogue@term:terrorism``, "the entry into force of the CTBT" ``term:entry-into-force@concept:ctbt``.
    The topics are the topic terms and the named concepts (not venues) of the clause; else, for a clause that
    refers back (``referring``: "these consultations", or a clause citing an earlier document) and names no object
    of its own, the topic terms named just before it ("... consultations on counter-terrorism. They agreed to hold
    these consultations once a year"), else its themes. A clause that does not refer back takes no topic from
    before it: "They also cooperate with the United Nations" after a clause on cultural values is no cultural
    cooperation.

    A clause that lists many fields ("能源、农业、基础设施、金融等领域务实合作", ``link.listed_fields``) names the
    breadth of a relationship, not a pledge in any one of them: its actions on its topics are ``listed-compound``,
    which ``confidence.kinds`` weighs below a link of its own."""
    qualified = sorted(k for k, kind in keys.items() if kind == "qualified")
    if not qualified:
        return {}
    topics = sorted(k for k, kind in keys.items() if kind in ("topic", "concept"))
    own_object = any(kind in ("term", "concept", "name", "form") for kind in keys.values())
    if not topics and not own_object and context and referring:
        topics = sorted({key for _, _, key, kind in _hits(normalise(context), _term_matchers()) if kind == "topic"})
    themes = sorted(k for k, kind in keys.items() if kind == "theme")
    found = {f"{k}@{t}": "theme-compound" for k in qualified for t in themes}
    if not topics and referring:
        topics = themes
    listed = rules()["link"]["listed_fields"]
    fields = {f"term:{f}" for f in listed["fields"]} & set(keys)
    kind = "listed-compound" if len(fields) >= listed["least"] else "compound"
    found.update({f"{k}@{t}": kind for k in qualified for t in topics})
    return found


def text_before(raw: str, start: int, window: int) -> str:
    """The ``window`` characters of the document before ``start`` (line breaks do not end a context: many texts
    wrap their lines with blank lines)."""
    return raw[max(0, start - window):start]


@cache
def _quotes() -> re.Pattern:
    marks = rules()["link"]["quoted_names"]
    return re.compile("|".join(f"{re.escape(o)}(?P<q{i}>[^{re.escape(o + c)}。.;；]{{{marks['min']},{marks['max']}}})"
                               f"{re.escape(c)}" for i, (o, c) in enumerate(marks["marks"])))


def quoted_names(text: str, language: str = "") -> list[str]:
    """Names a clause quotes (“好邻居、好朋友”, 「日露投資プラットフォーム」, 《越中陆地边界条约》): each the name of one
    thing (a guideline, a programme, a treaty), as a key ``name:<core>`` (see :func:`name_core`); a quote of states'
    names alone names no object (:func:`names_only_states`)."""
    found = []
    for m in _quotes().finditer(text):
        quoted = next(v for v in m.groupdict().values() if v)
        if names_only_states(quoted, language):
            continue
        found.append("name:" + name_core(quoted, language))
    return sorted(set(found))


def name_modifiers(text: str, language: str, hits: list[tuple[int, int, str, str]]) -> set[tuple[int, int]]:
    """Spans of glossary objects that only qualify another in a language whose names end in their head
    (``quoted_names.head_final``): inside a quoted name ending in an object (in 《落实全面战略合作伙伴关系行动计划》 the
    name is of an action plan, and the partnership is what the plan serves, not a second object), or written right
    before another object, maybe across qualified or generic words ("陆地边界合作联合委员会" is a joint commission)."""
    if language not in rules()["link"]["quoted_names"].get("head_final", ()):
        return set()
    found = set()
    for m in _quotes().finditer(text):
        start, end = m.start() + 1, m.end() - 1
        inside = [h for h in hits if start <= h[0] and h[1] <= end and h[3] == "term"]
        if any(h[1] == end for h in inside):
            found.update((h[0], h[1]) for h in inside if h[1] != end)
    # unquoted: an object written right before another one, maybe across qualified or generic words between them
    # ("陆地边界合作联合委员会" is a joint commission; the border only says which)
    ordered = sorted(hits)
    for i, (s, e, _, kind) in enumerate(ordered):
        if kind != "term":
            continue
        end = e
        for s2, e2, _, kind2 in ordered[i + 1:]:
            if s2 != end:
                break
            if kind2 == "term":
                found.add((s, e))
                break
            if kind2 not in ("qualified", "generic"):
                break
            end = e2
    return found


NAME_TOKEN = re.compile(r"[^\W_](?:[\w'’+\-]|\.(?=\w))*")  # a word, "Kenya-U.S", "2+2", "Ministers’"


@cache
def _named_form(language: str) -> tuple[dict[str, str], frozenset[str], frozenset[str], int] | None:
    """(head noun -> its class (the first noun of its list), joiners, words skipped at the start, least words of a
    core, or characters in a language without spaces) of a language's ``named_objects`` in ``link/rules.yaml``;
    None for a language that has none."""
    cfg = rules()["link"].get("named_objects") or {}
    lang = cfg.get(language)
    if not lang:
        return None
    heads = {str(w).casefold(): str(words[0]) for words in lang["heads"].values() for w in words}
    least = int(lang.get("min_words", cfg.get("min_words", 2)))
    return (heads, frozenset(str(w).casefold() for w in lang.get("joiners", ())),
            frozenset(str(w).casefold() for w in lang.get("skip", ())), least)


def _capitalised_runs(text: str, joiners: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (or numbers) a space apart, maybe joined by small words ("Framework for Security
    Cooperation"); a joiner not followed by a capitalised word ends the run before it."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for m in NAME_TOKEN.finditer(text):
        word = m.group()
        adjacent = bool(run) and not text[run[-1][1]:m.start()].strip()
        if word[0].isupper() or word[0].isdigit():
            if run and not adjacent:
                runs.append(run)
                run = []
            run.append((m.start(), m.end(), word))
        elif run and adjacent and word.casefold() in joiners and _capital_follows(text, m.end(), joiners):
            run.append((m.start(), m.end(), word))
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    found = []
    for run in runs:
        while run and run[-1][2].casefold() in joiners and not run[-1][2][0].isupper():
            run = run[:-1]
        found.append(run)
    return found


def _head(run: list[tuple[int, int, str]], heads: dict[str, str], joiners: frozenset[str]) -> tuple[int, int]:
    """Span of the head of a name: the last head noun before its complement ("Foreign Ministers' Framework
    Dialogue", "Declaration on the Strategic Partnership"), else the first after it."""
    cut = next((i for i, (_, _, w) in enumerate(run) if w.casefold() in joiners), len(run))
    before = [(s, e) for s, e, w in run[:cut] if w.casefold() in heads]
    return before[-1] if before else next((s, e) for s, e, w in run if w.casefold() in heads)


def _capital_follows(text: str, end: int, joiners: frozenset[str]) -> bool:
    """True when the next word after ``end`` that is no joiner starts with a capital letter: "Framework for
    Security", "Declaration on the Strategic Partnership", not "Agreement on 7 December"."""
    for m in NAME_TOKEN.finditer(text, end):
        if m.group().casefold() not in joiners or m.group()[0].isupper():
            return m.group()[0].isupper()
    return False


def named_objects(text: str, language: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Mechanisms, instruments and meetings a clause names by their form (``named_objects`` in ``link/rules.yaml``):
    a run of capitalised words holding a head noun ("the Bilateral Security Treaty", "a Framework for Security
    Cooperation", "the Supreme Coordination Council"), or in a language without capitals the name characters
    right before one ("日・モンゴル官民合同協議会"), as ``(start, end, "name:<core>", head span)``: the core spelt as a
    quoted name's (:func:`name_core`: the states in it left out), each head written as its class, so that the
    "Bilateral Security Treaty" being negotiated is the "Bilateral Security Agreement" signed. Words that do not say
    which one (an article, "annual", "二国間") are left out at its start; a core of too few words names no one
    thing."""
    form = _named_form(language)
    if form is None:
        return []
    heads, joiners, skip, least = form
    if not joiners:  # a language without capitals (Japanese, Chinese): the run of name characters before a head
        return _head_final_names(text, language, heads, skip, least)
    found = []
    for run in _capitalised_runs(text, joiners):
        while run and (run[0][2].casefold() in skip or run[0][2].casefold() in joiners):
            run = run[1:]
        if len(run) < 2 or not any(w.casefold() in heads for _, _, w in run):
            continue
        words = name_core(" ".join(heads.get(w.casefold(), w) for _, _, w in run), language).split()
        while words and words[-1] in joiners:  # "... Treaty between Papua New Guinea and Australia": the states gone
            words.pop()
        if len(words) >= least:
            head = _head(run, heads, joiners)
            found.append((run[0][0], run[-1][1], "name:" + _spelled(" ".join(words), language), head))
    return found


@cache
def _name_chars(language: str) -> re.Pattern:
    cfg = rules()["link"]["named_objects"][language]
    return re.compile(f"{cfg['name_chars']}+$")


def _head_final_names(text: str, language: str, heads: dict[str, str], skip: frozenset[str],
                      least: int) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Names written without capitals, ending in their head (「日・モンゴル官民合同協議会」 without the marks): the run of
    name characters (``named_objects.<language>.name_chars``: kanji and katakana, not the kana that join words)
    right before a head noun, the states left out, with at least ``least`` characters besides the head."""
    found = []
    chars = _name_chars(language)
    for head in sorted(heads, key=len, reverse=True):
        for m in re.finditer(re.escape(head), text):
            if any(s <= m.start() < e for s, e, _, _ in found):
                continue
            run = chars.search(text[:m.start()])
            start = run.start() if run else m.start()
            core = name_core(text[start:m.start()], language).strip("・") if run else ""
            core = re.sub(r"^(?:[^・]{1,2}・)+", "", core)  # a state abbreviated before a point ("日・")
            for word in skip:  # words that do not say which one ("二国間対話", "定期協議")
                core = core[len(word):] if core.startswith(word) else core
            if len(core) >= least:
                found.append((start, m.end(), "name:" + _spelled(core + heads[head], language), m.span()))
    return found


NAME_JOINERS = re.compile(r"^(?:[\s和与及・、,\-–—/]|and\b|и\b)*$", re.IGNORECASE)


def _without_states(name: str, language: str) -> str:
    """``name`` with the states it names (and the words that join them) blanked out."""
    states = sorted((s, e) for _, s, e in countries.find(name, language)) if language else []
    merged: list[list[int]] = []
    for s, e in states:
        if merged and NAME_JOINERS.match(name[merged[-1][1]:s]):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    core = name
    for s, e in reversed(merged):
        core = core[:s] + " " + core[e:]
    return core


def names_only_states(name: str, language: str) -> bool:
    """Whether a quoted name is only the names of states (「ジョージア」, quoted as a country's new spelling): no
    pledge object, since a relationship's chain already says which states, and every clause names them."""
    return bool(language) and not re.search(r"\w", _without_states(name, language))


def name_core(name: str, language: str = "") -> str:
    """A quoted name as a key, spelt the same however the states in it are named: the states (and the words that
    join them) left out, case folded, spaces removed in CJK text ("中俄睦邻友好合作条约" and "中华人民共和国和俄罗斯联邦睦邻友好合作条约"
    are one treaty; a relationship's chain already says which states). A name that is only states stays whole."""
    core = _without_states(name, language)
    core, whole = _spelled(core, language).strip(), _spelled(name, language).strip()
    return core if len(core) >= rules()["link"]["quoted_names"]["min"] else whole


def _spelled(text: str, language: str) -> str:
    """Text as names are compared: case folded, spaces removed in CJK text; elsewhere its words, one space apart,
    with a space at either end (so that a name is found only as whole words); a word some names spell two ways
    written one way (``quoted_names.variants``: 《南中国海各方行为宣言》 is 《南海各方行为宣言》)."""
    text = normalise(text).casefold()
    for variant, usual in _name_variants(language):
        text = text.replace(variant, usual)
    if language in ("ja", "zh") or not WORD_START.search(text):
        return re.sub(r"\s+", "", text)
    return " " + " ".join(re.findall(r"[\w-]+", text)) + " "


@cache
def _name_variants(language: str) -> tuple[tuple[str, str], ...]:
    variants = (rules()["link"]["quoted_names"].get("variants") or {}).get(language) or {}
    return tuple(sorted(((normalise(str(v)).casefold(), normalise(str(u)).casefold()) for v, u in variants.items()),
                        key=lambda vu: (-len(vu[0]), vu[0])))


def named_again(found: list[Profile]) -> None:
    """A name quoted in one clause, or known by its form, names the same thing where another clause of that language
    writes it without quotes or capitals ("シャトル外交を復活して", "the law and justice partnership"): add its key
    there. Names are looked up by their first two characters, so the work grows with the text, not with the number
    of names."""
    for language in sorted({pr.language for pr in found}):
        same = [pr for pr in found if pr.language == language]
        least = rules()["link"]["quoted_names"]["min_named_again"]
        names = {k[len("name:"):] for pr in same for k, kind in pr.keys.items()
                 if kind == "name" and len(k) - len("name:") >= least}
        cjk = language in ("ja", "zh")
        needles = {name if cjk else f" {name} ": (name, "name") for name in names}
        # a name known by its form is spelt as it is compared already (" law and justice partnership ")
        needles.update({k[len("name:"):]: (k[len("name:"):], "form") for pr in same for k, kind in pr.keys.items()
                        if kind == "form"})
        by_start: dict[str, list[str]] = {}
        for needle in needles:
            by_start.setdefault(needle[:2], []).append(needle)
        if not by_start:
            continue
        for pr in same:
            text = _spelled(read_as(pr.provision.quote, language), language)
            for i in range(len(text) - 1):
                for needle in by_start.get(text[i:i + 2], ()):
                    if text.startswith(needle, i):
                        name, kind = needles[needle]
                        pr.keys.setdefault("name:" + name, kind)


_calendar = cache(calendar)  # the number words of a language


@cache
def _numbered(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(pattern, re.IGNORECASE))
                 for name, patterns in sorted((rules()["link"].get("numbered") or {}).items())
                 for pattern in patterns.get(language, ()))


def numbered_objects(text: str, language: str) -> list[str]:
    """Events a clause names by their number ("the 10th anniversary", "建交70周年"): one key each,
    ``term:<name>#<number>`` (``numbered`` in ``link/rules.yaml``), so that the 40th and the 50th anniversary are
    two objects."""
    ordinals = rules()["link"].get("ordinals") or {}
    found = set()
    for name, pattern in _numbered(language):
        for m in pattern.finditer(text):
            word = m.group("n").casefold()
            value = ordinals.get(word) or _calendar(language).number(word) or roman(word)
            if value:
                found.add(f"term:{name}#{value}")
    return sorted(found)


@cache
def _bare(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, re.compile(pattern, re.IGNORECASE))
                 for name, patterns in sorted((rules()["link"].get("numbered") or {}).items())
                 for pattern in (patterns.get("bare") or {}).get(language, ()))


def bare_numbered(text: str, language: str, short: Shortened) -> list[str]:
    """Numbered events a clause names without their number ("アフリカ開発会議(TICAD)", ``numbered.<name>.bare``), keyed
    with the one number the document gives the event elsewhere ("TICAD VI"); none where it gives none or several."""
    numbers = dict(short.numbers)
    return sorted({f"term:{name}#{numbers[name]}" for name, pattern in _bare(language)
                   if name in numbers and pattern.search(text)})


@cache
def _period_pattern() -> re.Pattern:
    return re.compile(rules()["link"]["periods"]["pattern"], re.IGNORECASE)


def periods(text: str) -> frozenset[tuple[int, int]]:
    """The year ranges a clause names ("for the period of 2024-2028", "Action Plan 2020-24", "2021年至2023年"), as
    (first year, last year): what tells one plan of a series from the next (``link.periods``)."""
    found = set()
    for m in _period_pattern().finditer(normalise(text)):
        first, last = int(m.group("first")), m.group("last")
        last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if first < last <= first + int(rules()["link"]["periods"]["max_years"]):
            found.add((first, last))
    return frozenset(found)


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(word: str) -> int | None:
    """The value of a Roman numeral ("vi" -> 6, "xiv" -> 14; the sixth TICAD is "TICAD VI"), None for other words."""
    if not word or not re.fullmatch(r"[ivxlc]+", word.casefold()):
        return None
    values = [ROMAN[c] for c in word.casefold()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _resolve(noun: str, antecedents: list[dict[str, str]], language: str = "") -> dict[str, str]:
    """The keys of the nearest antecedent naming a thing of the kind ``noun`` says: a concept whose label contains
    it, a glossary object one of whose terms does, or a name (quoted, or known by its form) whose words do (a
    head noun read as its class: "the Treaty" is the "Bilateral Security Treaty", keyed as an agreement)."""
    form = _named_form(language)
    word = form[0].get(noun, noun) if form else noun
    for keys in antecedents:
        found = {k: "concept" for k, kind in keys.items() if kind == "concept"
                 and any(noun in normalise(label).casefold() for label in concept_labels().get(k.split(":", 1)[1], ()))}
        found.update({k: kind for k, kind in keys.items() if kind == "term" and noun in _glossary_terms(k)})
        found.update({k: kind for k, kind in keys.items() if kind in ("name", "form")
                      and (f" {word} " in k[len("name:"):] or (not WORD_START.match(noun) and word in k))})
        if found:
            return found
    return {}


@cache
def _glossary_terms(key: str) -> str:
    """Every term of a glossary object (``term:<key>``), in every language, case folded, one line each; of a numbered
    event (``term:<name>#<number>``), the nouns a reference to it may use (``numbered.<name>.nouns``)."""
    name, _, number = key.split(":", 1)[1].partition("#")
    if number:
        nouns = ((rules()["link"].get("numbered") or {}).get(name) or {}).get("nouns") or ()
        return "\n".join(normalise(str(t)).casefold() for t in nouns)
    entry = objects().get(name) or {}
    return "\n".join(normalise(str(t)).casefold() for lang, terms in entry.items() if lang not in ENTRY_FIELDS
                     for t in terms)


def char_ngrams(text: str, n: int) -> Counter:
    """Character n-grams of the letters and digits of a text (case folded)."""
    letters = re.sub(r"[\W_]+", " ", normalise(text).casefold()).strip()
    return Counter(letters[i:i + n] for i in range(max(0, len(letters) - n + 1)))


def _idf(bags: list) -> dict[str, float]:
    df = Counter(k for bag in bags for k in set(bag))
    n = len(bags)
    return {k: math.log((n + 1) / (c + 1)) + 1.0 for k, c in df.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(k, 0.0) for k, w in a.items())
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))


def _keys_in_order(provisions: list[Provision], language: str, hidden: list[tuple[int, int]],
                   raw: str = "") -> dict[str, dict[str, str]]:
    """Evidence keys of one document's provisions, read in text order so references find their antecedents."""
    window = int(rules()["link"]["anaphora_window"])
    short = shortened(normalise(read_as(raw, language)), language) if raw else Shortened()
    done: list[tuple[Provision, dict[str, str]]] = []
    for p in sorted(provisions, key=lambda p: (p.start, p.end, p.key)):
        antecedents = [keys for q, keys in reversed(done) if 0 <= p.start - q.end <= window]
        inside = [(s, e) for s, e in hidden if s < p.end and p.start < e]
        context = read_as(text_before(raw, p.start, int(rules()["link"]["context_window"])), language) if raw else ""
        before = [keys for _, keys in reversed(done)]
        done.append((p, evidence_keys(p, language, antecedents, inside, context, before, short)))
    return {p.key: keys for p, keys in done}


def coverage(later: Profile, earlier: Profile, ignore: frozenset[str] = frozenset()) -> float:
    """Share of what ``later`` is about (its weighted evidence, themes and ``ignore`` aside) that ``earlier`` is about
    too.

    A key counts with the smaller of its two weights (a concept only inferred on one side counts as inferred).
    """
    keys = [k for k, kind in later.keys.items() if kind != "theme" and k not in ignore]
    total = sum(later.vector[k] for k in keys)
    if not total:
        return 0.0
    return sum(min(later.vector[k], earlier.vector[k]) for k in keys if k in earlier.vector) / total


def document_keys(doc: Document, provisions: list[Provision],
                  hidden: list[tuple[int, int]]) -> dict[str, dict[str, str]]:
    """Evidence keys of one document's provisions (provision key -> keys), the spans ``hidden`` left unread: all
    that :func:`profiles` reads of a document, and the costly part (so a build may keep it, ``pipeline``)."""
    return _keys_in_order(provisions, doc.language, hidden, doc.raw)


KeysOf = Callable[[Document, list[Provision], list[tuple[int, int]]], dict[str, dict[str, str]]]


def profiles(documents: list[Document], provisions: list[Provision],
             citations: list[Citation] = (), keys_of: KeysOf = document_keys) -> list[Profile]:
    """Profiles of all provisions whose document is known, sorted by provision key.

    Args:
        documents: the corpus documents.
        provisions: their provisions.
        citations: citations of documents (statements, plans); their spans are not read as evidence.
        keys_of: :func:`document_keys`, or a function that returns what it would (one that keeps them).
    """
    docs = {d.source: d for d in documents}
    sizes = rules()["link"]["ngram"]
    by_source: dict[str, list[Provision]] = {}
    for p in provisions:
        by_source.setdefault(p.source, []).append(p)
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in citations:
        spans.setdefault(c.source, []).append((c.start, c.end))
    keys: dict[str, dict[str, str]] = {}
    for doc in docs.values():
        keys.update(keys_of(doc, by_source.get(doc.source, []), spans.get(doc.source, [])))
    found = []
    for p in sorted(provisions, key=lambda p: p.key):
        doc = docs.get(p.source)
        if doc is None:
            continue
        n = int(sizes.get(doc.language, sizes["default"]))
        found.append(Profile(p, doc.language, doc.date, keys[p.key], char_ngrams(read_as(p.quote, doc.language), n),
                             periods=periods(p.quote)))
    named_again(found)
    weights = rules()["weights"]
    idf = _idf([pr.keys for pr in found])
    for pr in found:
        pr.vector = {k: weights[kind] * idf[k] for k, kind in pr.keys.items()}
    for language in sorted({pr.language for pr in found}):
        same = [pr for pr in found if pr.language == language]
        text_idf = _idf([pr.grams for pr in same])
        for pr in same:
            pr.text_vector = {g: (1 + math.log(c)) * text_idf[g] for g, c in pr.grams.items()}
    return found
