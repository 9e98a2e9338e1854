"""Chain provisions of different documents that take up the same specific pledge object, earlier -> later.

Each later provision links to its nearest earlier predecessor(s): among the earlier documents that hold a
matching provision, only those of the most recent date; within them, the best one or two (scoring close to the
best). Seen from the earlier side, a pledge is taken up in a later document by the clauses that restate the
most of it: a clause sharing only part of what another clause of the same later document shares with it is an
elaboration, not a successor; and no more than a few clauses of one later document succeed one clause.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Citation, Document, Link, Provision
from .citations import cited_by, find_citations, kind_of
from .data import rules
from .dates import before, interval
from .evidence import Profile, profiles
from .pairing import Match, match, shared_notations, stance_tier
from .relation import classify
from .works import versions


def _index(profs: list[Profile]) -> dict[str, list[Profile]]:
    index = defaultdict(list)
    for pr in profs:
        for key, kind in pr.keys.items():
            if kind != "generic":
                index[key].append(pr)
    return index


def _cited_sources(profs: list[Profile], citations: list[Citation],
                   documents: list[Document]) -> dict[str, set[str]]:
    """Provision key -> sources of the corpus documents its clause cites."""
    raws = {d.source: d.raw for d in documents}
    cited = defaultdict(set)
    for c in citations:
        if not c.target:
            continue
        for pr in profs:
            if cited_by(c, pr.provision, raws.get(c.source)):
                cited[pr.provision.key].add(c.target)
    return cited


def _best(later: Profile, found: list[tuple[Match, Profile]]) -> list[tuple[Match, Profile]]:
    """The best one or two matches: same kind of stance preferred, then those close to the best score."""
    cfg = rules()["link"]
    found = sorted(found, key=lambda mc: (-mc[0].score, mc[1].provision.key))
    tier = stance_tier(later.provision.modality)
    alike = [mc for mc in found if stance_tier(mc[1].provision.modality) == tier]
    if alike and alike[0][0].score >= cfg["stance_floor"] * found[0][0].score:
        found = alike
    best = found[0][0].score
    return [mc for mc in found if mc[0].score >= cfg["margin"] * best][: cfg["max_predecessors"]]


def _predecessors(later: Profile, candidates: list[Profile], cited: set[str]) -> list[tuple[Match, Profile]]:
    """Best matches of ``later`` in the documents its clause cites, else within the most recent earlier date
    that has any."""
    threshold = rules()["link"]["threshold"]
    found = [(m, cand) for cand in candidates if cand.provision.source in cited
             and (m := match(cand, later, True)) and m.score >= threshold]
    if found:
        return _best(later, found)
    by_date = defaultdict(list)
    for cand in candidates:
        by_date[cand.date].append(cand)
    for date in sorted(by_date, key=lambda d: interval(d), reverse=True):
        found = [(m, cand) for cand in by_date[date] if (m := match(cand, later)) and m.score >= threshold]
        if found:
            return _best(later, found)
    return []


def _fewest_successors(pairs: list[tuple[Match, Profile, Profile]]) -> list[tuple[Match, Profile, Profile]]:
    """At most ``max_successors`` best-scoring successors of one earlier clause in one later document: a
    clause taken up by many clauses of one text shares a broad topic with them, not one pledge object."""
    limit = rules()["link"]["max_successors"]
    by_target = defaultdict(list)
    for pair in pairs:
        by_target[(pair[1].provision.key, pair[2].provision.source)].append(pair)
    kept = []
    for group in by_target.values():
        kept.extend(sorted(group, key=lambda mel: (-mel[0].score, mel[2].provision.key))[:limit])
    return kept


def _undominated(pairs: list[tuple[Match, Profile, Profile]]) -> list[tuple[Match, Profile, Profile]]:
    """Drop (earlier, later) pairs whose directly shared keys are a strict subset of those another clause of the
    same later document shares with the same earlier clause. Pairs found on other grounds (citation, text
    similarity: no directly shared keys) are kept."""
    by_target = defaultdict(list)
    for m, earlier, later in pairs:
        by_target[(earlier.provision.key, later.provision.source)].append(set(m.direct))
    return [(m, e, l) for m, e, l in pairs
            if not m.direct or not any(set(m.direct) < other
                                       for other in by_target[(e.provision.key, l.provision.source)])]


def link(documents: list[Document], provisions: list[Provision],
         citations: list[Citation] | None = None) -> list[Link]:
    """Evolution links between provisions of different documents, sorted by (earlier, later).

    Args:
        documents: the corpus documents (their ``date`` orders them; undated documents are not linked).
        provisions: provisions of those documents.
        citations: document citations (see :func:`find_citations`); found again when not given.
    """
    citations = find_citations(documents) if citations is None else citations
    profs = profiles(documents, provisions, [c for c in citations if kind_of(c.title)])
    by_source = defaultdict(list)
    for pr in profs:
        by_source[pr.provision.source].append(pr)
    same_work = versions(documents, by_source)
    cited = _cited_sources(profs, citations, documents)
    index = _index(profs)
    pairs = []
    for later in profs:
        seen, candidates = set(), []
        for key in later.keys:
            for cand in index.get(key, []):
                src = cand.provision.source
                if (cand.provision.key not in seen and src != later.provision.source
                        and before(cand.date, later.date)
                        and frozenset((src, later.provision.source)) not in same_work):
                    seen.add(cand.provision.key)
                    candidates.append(cand)
        pairs.extend((m, earlier, later)
                     for m, earlier in _predecessors(later, candidates, cited.get(later.provision.key, set())))
    links = []
    for m, earlier, later in _fewest_successors(_undominated(pairs)):
        detail = tuple(sorted(later.direct - earlier.specific)) if m.direct else ()
        relation, relation_rule = classify(earlier.provision, later.provision, detail)
        links.append(Link(earlier.provision.key, later.provision.key, relation, round(min(m.score, 1.0), 2),
                          shared_notations(m), f"{m.rule}+{relation_rule}"))
    return sorted(links, key=lambda l: (l.earlier, l.later))
