"""Country mentions by thesaurus label (``country:scheme``, local name = ISO 3166-1 alpha-2).

One-character abbreviations (hiddenLabels such as 露, 日, 中) count only inside compounds described by
``lang/<iso>/countries.yaml`` (訪露, 日露, 俄方); every other label matches as in
:mod:`pledgegraph.lang.labelmatch`.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import bundled, thesaurus, yamltext
from .labelmatch import Hit, LabelIndex

SCHEME = "country"
LANG_DIR = bundled.lang()


@lru_cache(maxsize=None)
def compound_rules(lang: str) -> dict:
    """The compound and posting rules of ``lang`` (``lang/<iso>/countries.yaml``; {} when absent)."""
    path = LANG_DIR / lang / "countries.yaml"
    if not path.exists():
        return {}
    return yamltext.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=None)
def _index(lang: str) -> LabelIndex:
    rows = thesaurus.labelled(SCHEME)
    if not any(row[1] == lang for row in rows):
        lang_rows = [r for r in rows if r[1] == "en"]
    else:
        lang_rows = [r for r in rows if r[1] == lang]
    return LabelIndex([(label, code, kind) for code, _lang, kind, label in lang_rows], lang, proper=True)


def _abbreviation(hit: Hit) -> bool:
    return all(kind == "hidden" for _, kind in hit.targets) and len(hit.label) == 1


def _code(hit: Hit) -> str:
    return hit.targets[0][0]


def _in_compound(text: str, hit: Hit, starts: set[int], rules: dict, short: dict[int, int]) -> bool:
    """Whether a one-character abbreviation is a mention: after a prefix (訪露), before a suffix (俄方), or in a run
    of abbreviations (中俄, 日露; also one ending in a short name, 中印尼) ending before a pair suffix; ``starts``:
    where the text's abbreviations start; ``short``: start -> end of its two-character short forms (印尼)."""
    before, after = text[: hit.start], text[hit.end:]
    if any(before.endswith(p) for p in rules.get("prefixes", [])):
        return True
    if any(after.startswith(s) for s in rules.get("suffixes", [])):
        return True
    run_start, run_end = hit.start, hit.end
    while run_start - 1 in starts:
        run_start -= 1
    while run_end in starts:
        run_end += 1
    run_end = short.get(run_end, run_end)
    if not rules.get("pairs") or run_end - run_start < 2:
        return False
    suffixes = rules.get("pair_suffixes") or []
    # the pair may end before the run does: in "中法加强", 加 (Canada) begins the verb 加强
    ends = range(max(hit.end, run_start + 2), run_end + 1)
    return not suffixes or any(text.startswith(s, end) for end in ends for s in suffixes)


def find(text: str, lang: str, prefer: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    """``(code, start, end)`` of every country mention in ``text``, longest match first, no overlaps. An
    abbreviation of several states (阿: Afghanistan, Argentina, Algeria) is the one ``prefer`` lists (the parties of
    the document), else the one ``text`` names in full ("阿根廷 … 阿方"), else the first; where the rules say
    ``initials``, the first character of those states' names abbreviates them too (马方 after 马尔代夫)."""
    hits = _index(lang).find(text)
    named = list(dict.fromkeys(list(prefer) + [_code(h) for h in hits if not _abbreviation(h)]))
    initials = _initials(lang, tuple(named))
    hits = sorted(hits + _initial_hits(text, initials, {h.start for h in hits}), key=lambda h: (h.start, -h.end))
    starts = {h.start for h in hits if _abbreviation(h)}
    # short forms (印尼), not full names (美国: "其中美国将…" is no 中美 pair)
    short = {h.start: h.end for h in hits if h.end - h.start == 2 and all(kind == "alt" for _, kind in h.targets)}
    rules = compound_rules(lang)
    excluded = _not_states(text, lang)
    titles = set(rules.get("titles") or ())
    side_words = set(rules.get("suffixes") or ())
    ends = {h.end for h in hits}
    found = []
    for hit in hits:
        if _abbreviation(hit) and not _in_compound(text, hit, starts, rules, short):
            continue
        if hit.label in titles and hit.start in ends:
            continue  # 文莱苏丹: after a state's name, 苏丹 is its Sultan, not Sudan
        if any(start <= hit.start and hit.end <= end for start, end in excluded):
            continue
        codes = [code for code, _ in hit.targets]
        if _abbreviation(hit) and hit.label in initials:
            codes.insert(0, initials[hit.label])  # 马 in a Maldives document: the Maldives, not Malaysia
        elif prefer and hit.label[:1] in initials and hit.label[1:] in side_words and not set(codes) & set(prefer):
            codes.insert(0, initials[hit.label[0]])  # 巴方 (Pakistan's side) in a Brazil document: Brazil's
        found.append((next((c for c in named if c in codes), codes[0]), hit.start, hit.end))
    return found


def named_in_full(text: str, lang: str) -> tuple[str, ...]:
    """States ``text`` names in full (not by an abbreviation), most often named first: what an abbreviation of
    several states (伊: Iran, Iraq) stands for in a part of the text ("中伊" in a headline of an Iraq story)."""
    counts = Counter(_code(h) for h in _index(lang).find(text) if not _abbreviation(h))
    return tuple(code for code, _ in counts.most_common())


def _initial_hits(text: str, initials: dict[str, str], taken: set[int]) -> list[Hit]:
    """A party's abbreviation by the first character of its name (孟方 for 孟加拉国) where the thesaurus lists
    none; ``initials``: {character: party}."""
    return [Hit(m.start(), m.end(), char, ((code, "hidden"),)) for char, code in initials.items()
            for m in re.finditer(re.escape(char), text) if m.start() not in taken]


@lru_cache(maxsize=4096)
def _initials(lang: str, parties: tuple[str, ...]) -> dict[str, str]:
    """{first character of a party's name: party} in languages whose rules say ``initials`` (Chinese: 马 for
    马尔代夫 as for 马来西亚), except ``not_initials`` (不 of 不丹 is the word "not")."""
    rules = compound_rules(lang)
    if not rules.get("initials"):
        return {}
    names = {n: lbl for n, lg, kind, lbl in thesaurus.labelled(SCHEME) if lg == lang and kind == "pref" and n in parties}
    out: dict[str, str] = {}
    for code in parties:
        name = names.get(code, "")
        if name and name[0] not in rules.get("not_initials", ()):
            out.setdefault(name[0], code)
    return out


def place_only(text: str, lang: str) -> bool:
    """Whether ``text`` is one capital (or adjective) and nothing else, as a dateline is ("NEW DELHI:",
    "ISLAMABAD:"): a place stands for its state in a clause, it is no speaker's label."""
    text = text.strip()
    hits = _index(lang).find(text)
    return len(hits) == 1 and hits[0].end - hits[0].start == len(text) and len(text) > 1 and \
        all(kind == "hidden" for _, kind in hits[0].targets)


def _not_states(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of phrases that name no state though a state's label is in them ("Indian Ocean", 南シナ海)."""
    pattern = _not_states_pattern(lang)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


@lru_cache(maxsize=None)
def _not_states_pattern(lang: str) -> re.Pattern | None:
    phrases = compound_rules(lang).get("not_states") or []
    if not phrases:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)), re.IGNORECASE)


def label(code: str, lang: str = "en") -> str:
    """The country's prefLabel in ``lang`` (English, then the code, when missing)."""
    return thesaurus.pref_label(SCHEME, code, lang)


def codes() -> set[str]:
    """Every ISO code in the country scheme."""
    return set(thesaurus.notations(SCHEME))
