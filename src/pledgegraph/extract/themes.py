"""Theme and named-concept matching by thesaurus labels (no topic words in code).

Every label of ``theme:scheme`` and ``concept:scheme`` in the clause's language is searched (word stems in
inflected languages); a named concept counts for the theme it is ``skos:broader`` of. A theme's
``skos:hiddenLabel`` is a weak cue (a generic word such as "economic", "dialogue"): it yields the theme only
when no theme has a stronger hit. Themes are ranked by the summed length of their hits, and weak
runners-up (below ``KEEP_RATIO`` of the best) are dropped.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial

from rdflib.namespace import SKOS

from .. import thesaurus
from ..rdf.namespaces import THEME
from ..lang.labelmatch import Hit, LabelIndex, is_acronym

MAX_THEMES = 3
KEEP_RATIO = 0.4  # a theme scoring below this share of the best one is dropped
CONTEXT_CONFIDENCE = 0.4
LENGTH_WEIGHT = 0.02  # a hit counts 1 plus this much per character of its label
WEAK_KIND = "hidden"  # label kind of weak cues
SCORE_CACHE = 64  # texts whose scores are kept (a heading or block context recurs for every clause)


@dataclass
class ThemeMatch:
    """Themes (most specific first, at most 3) and named concepts found in a text."""

    themes: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    rule: str = ""
    confidence: float = 0.0


@lru_cache(maxsize=None)
def _leaf_themes() -> frozenset[str]:
    """Themes that sit under a group (the group concepts themselves are never assigned)."""
    groups = {up for ups in thesaurus.broader("theme").values() for up in ups}
    return frozenset(n for n in thesaurus.notations("theme") if n not in groups)


@lru_cache(maxsize=None)
def _index(lang: str, schemes: tuple[str, ...] = ("theme", "concept")) -> LabelIndex:
    entries = []
    for scheme in schemes:
        for notation, label_lang, kind, label in thesaurus.labelled(scheme):
            # CJK texts write Latin acronyms too (WTO, APEC, G8): borrow the English acronyms
            if label_lang == lang or (lang != "en" and label_lang == "en" and is_acronym(label)):
                entries.append((label, f"{scheme}:{notation}", kind))
    return LabelIndex(entries, lang, inflect=True)


@lru_cache(maxsize=None)
def _subsumed() -> dict[str, set[str]]:
    """Theme -> the themes it makes redundant: ``theme:un-reform skos:broadMatch theme:un``."""
    out: dict[str, set[str]] = defaultdict(set)
    for notation in _leaf_themes():
        for other, kind in thesaurus.objects_of(str(THEME[notation]), str(SKOS.broadMatch)):
            up = thesaurus.first(other, str(SKOS.notation)) if kind is None else None
            if up is not None:
                out[notation].add(up)
    return dict(out)


@lru_cache(maxsize=None)
def _concept_theme() -> dict[str, tuple[str, ...]]:
    leaves = _leaf_themes()
    return {c: tuple(t for t in ups if t in leaves) for c, ups in thesaurus.broader("concept").items()}


@dataclass
class _Scores:
    theme: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # strong hits
    weak: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # weak cues
    fired: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    first: dict[str, int] = field(default_factory=dict)  # theme -> offset of its first hit
    concepts: list[str] = field(default_factory=list)


def _score(text: str, lang: str) -> _Scores:
    return _tally(_index(lang).find(text), _index(lang, ("concept",)).find(text), lang)


@lru_cache(maxsize=SCORE_CACHE)
def _score_cached(text: str, lang: str) -> _Scores:
    """:func:`_score` of a text that recurs (a heading over many clauses); read-only."""
    return _score(text, lang)


def _tally(hits: list[Hit], concept_hits: list[Hit], lang: str) -> _Scores:
    scores = _Scores()
    for hit in hits:
        _add_hit(scores, hit, lang)
    # a concept named inside a longer theme label ("WTO加盟") is still mentioned
    for hit in concept_hits:
        for target, _kind in hit.targets:
            notation = target.split(":", 1)[1]
            if notation not in scores.concepts:
                scores.concepts.append(notation)
    return scores


class BlockLabels:
    """The theme and concept labels of one block, found once: ``scores(start, end)`` scores ``text[start:end]``
    without searching it again, so a block costs one search for all its clauses and their context windows."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._scans = (_index(lang).scan(text), _index(lang, ("concept",)).scan(text))
        self._context: tuple[tuple[int, int], _Scores] | None = None  # the last context window's scores

    def scores(self, start: int, end: int) -> _Scores:
        """Scores of ``text[start:end]``."""
        return _tally(self._scans[0].find(start, end), self._scans[1].find(start, end), self.lang)

    def context_scores(self, start: int, end: int) -> _Scores:
        """:meth:`scores` of a context window (read-only: the clauses of a short block share one window)."""
        if self._context is None or self._context[0] != (start, end):
            self._context = ((start, end), self.scores(start, end))
        return self._context[1]


def _add_hit(scores: _Scores, hit: Hit, lang: str) -> None:
    weight = 1.0 + LENGTH_WEIGHT * len("".join(hit.label.split()))
    via: dict[str, str] = {}  # theme -> "theme" when labelled directly, "concept" via a concept, "weak"
    for target, kind in hit.targets:
        prefix, notation = target.split(":", 1)
        if prefix == "theme" and notation not in _leaf_themes():
            continue  # a group label only blocks shorter labels inside it ("共和国連邦" is not "国連")
        if prefix == "theme":
            via[notation] = "weak" if kind == WEAK_KIND and via.get(notation) != "theme" else "theme"
            continue
        if notation not in scores.concepts:
            scores.concepts.append(notation)
        for theme in _concept_theme().get(notation, ()):
            if via.get(theme, "weak") == "weak":
                via[theme] = "concept"
    for theme, source in sorted(via.items()):
        (scores.weak if source == "weak" else scores.theme)[theme] += weight
        scores.first.setdefault(theme, hit.start)
        scores.fired[theme].append(f"{source}.label:{lang}:{hit.label}")


def _rank(scores: _Scores, weak: bool = True) -> list[str]:
    """Most specific first, at most ``MAX_THEMES``; weak-only themes only when ``weak`` and nothing is strong."""
    pool = scores.theme or (scores.weak if weak else {})
    if not pool:
        return []
    redundant = set().union(*(_subsumed().get(t, set()) for t in pool))
    pool = {t: s for t, s in pool.items() if t not in redundant}
    best = max(pool.values())
    kept = [t for t, s in pool.items() if s >= KEEP_RATIO * best]
    return sorted(kept, key=lambda t: (-pool[t], scores.first[t], t))[:MAX_THEMES]


def _result(scores: _Scores, themes: list[str], confidence: float, tag: str = "") -> ThemeMatch:
    fired = []
    for theme in themes:
        for rule in scores.fired[theme]:
            if rule not in fired:
                fired.append(rule)
    rule = "+".join(fired)
    return ThemeMatch(themes=themes, concepts=sorted(scores.concepts), rule=f"{tag}{rule}", confidence=confidence)


def _confidence(scores: _Scores, themes: list[str]) -> float:
    if not themes:
        return 0.0
    hits = len(scores.fired[themes[0]])
    return round(min(0.95, 0.55 + 0.1 * hits), 2)


def match(text: str, lang: str) -> ThemeMatch:
    """Themes and named concepts of one clause (NFKC-normalised text in ``lang``)."""
    scores = _score(text, lang)
    themes = _rank(scores)
    return _result(scores, themes, _confidence(scores, themes))


def match_context(clause_text: str, block_text: str, heading_text: str, lang: str) -> ThemeMatch:
    """Like :func:`match`, falling back on context when the clause names no theme.

    Order: the clause's strong hits; the top strong theme of its block, then of its heading; the clause's
    weak cues; the top weak theme of the block, then of the heading. Gold themes often come from the
    paragraph topic ("政治対話については", a counter-terrorism statement). Concepts are always those of
    the clause itself.
    """
    contexts = [(tag, partial(_score_cached, text, lang)) for tag, text in
                (("context.block:", block_text), ("context.heading:", heading_text)) if text]
    return _choose(_score(clause_text, lang), contexts)


def match_in_block(block: BlockLabels, clause: tuple[int, int], context: tuple[int, int],
                   heading_text: str) -> ThemeMatch:
    """``match_context(block.text[slice(*clause)], block.text[slice(*context)], heading_text, block.lang)``,
    with the block's labels found once for all its clauses."""
    own = block.scores(*clause)
    start, end = context
    contexts = [("context.block:", partial(block.context_scores, start, end))] \
        if start < min(end, len(block.text)) else []
    if heading_text:
        contexts.append(("context.heading:", partial(_score_cached, heading_text, block.lang)))
    return _choose(own, contexts)


def _choose(own_scores: _Scores, contexts: list[tuple[str, Callable[[], _Scores]]]) -> ThemeMatch:
    """The :func:`match_context` decision; a context is scored only when the clause's own hits do not
    decide (most clauses name their theme)."""
    scored: dict[str, _Scores] = {}
    for weak in (False, True):
        themes = _rank(own_scores, weak)
        if themes:
            return _result(own_scores, themes, _confidence(own_scores, themes))
        for tag, score in contexts:
            if tag not in scored:
                scored[tag] = score()
            scores = scored[tag]
            themes = _rank(scores, weak)[:1]
            if themes:
                found = _result(scores, themes, CONTEXT_CONFIDENCE, tag)
                found.concepts = sorted(own_scores.concepts)
                return found
    return _result(own_scores, [], 0.0)
