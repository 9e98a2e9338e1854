"""Chain provisions of different documents that take up the same specific pledge object, earlier -> later.

Each later provision links to its nearest earlier predecessor(s): among the earlier documents that hold a
matching provision, only those of the most recent date; within them, every provision scoring close to the best.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Citation, Document, Link, Provision
from .citations import cited_by, find_citations
from .data import rules
from .dates import before, interval
from .evidence import Profile, profiles
from .pairing import Match, match, shared_notations
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


def _predecessors(later: Profile, candidates: list[Profile], cited: set[str]) -> list[tuple[Match, Profile]]:
    """Best matches of ``later`` within the most recent earlier date that has any."""
    cfg = rules()["link"]
    by_date = defaultdict(list)
    for cand in candidates:
        by_date[cand.date].append(cand)
    for date in sorted(by_date, key=lambda d: interval(d), reverse=True):
        found = []
        for cand in by_date[date]:
            m = match(cand, later, cand.provision.source in cited)
            if m and m.score >= cfg["threshold"]:
                found.append((m, cand))
        if found:
            best = max(m.score for m, _ in found)
            return [(m, c) for m, c in found if m.score >= cfg["margin"] * best]
    return []


def link(documents: list[Document], provisions: list[Provision],
         citations: list[Citation] | None = None) -> list[Link]:
    """Evolution links between provisions of different documents, sorted by (earlier, later).

    Args:
        documents: the corpus documents (their ``date`` orders them; undated documents are not linked).
        provisions: provisions of those documents.
        citations: document citations (see :func:`find_citations`); found again when not given.
    """
    profs = profiles(documents, provisions)
    by_source = defaultdict(list)
    for pr in profs:
        by_source[pr.provision.source].append(pr)
    same_work = versions(documents, by_source)
    cited = _cited_sources(profs, find_citations(documents) if citations is None else citations, documents)
    index = _index(profs)
    links = []
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
        for m, earlier in _predecessors(later, candidates, cited.get(later.provision.key, set())):
            relation, relation_rule = classify(earlier.provision, later.provision)
            links.append(Link(earlier.provision.key, later.provision.key, relation, round(m.score, 2),
                              shared_notations(m), f"{m.rule}+{relation_rule}"))
    return sorted(links, key=lambda l: (l.earlier, l.later))
