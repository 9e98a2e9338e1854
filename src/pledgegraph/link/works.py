"""Translations and versions: two texts of one statement are expressions of one work, not an evolution.

Two documents are one work when they are about the same states, dated within a few days of each other, and either
carry the same title or most provisions of BOTH align one-to-one with a clause of the other.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document
from .data import rules
from .dates import gap_days, interval
from .evidence import Profile, normalise
from .identity import pair_keys, relationships
from .pairing import match


def align(first: list[Profile], second: list[Profile]) -> list[tuple[str, str]]:
    """One-to-one alignment of the clauses of two versions, greedy by match score (sorted pairs of keys).

    Two clauses align when their match scores at least ``works.align_threshold`` (the match is symmetric: the
    higher of the two coverages, or the text similarity).
    """
    threshold = rules()["works"]["align_threshold"]
    scored = []
    for a in first:
        for b in second:
            found = match(a, b)
            if found is not None and found.score >= threshold:
                scored.append((-found.score, a.provision.key, b.provision.key))
    used_a, used_b, pairs = set(), set(), []
    for _, ka, kb in sorted(scored):
        if ka not in used_a and kb not in used_b:
            used_a.add(ka)
            used_b.add(kb)
            pairs.append((ka, kb))
    return sorted(pairs)


def _title_key(title: str) -> str:
    return re.sub(r"[\W_]+", "", normalise(title).casefold())


def _same_title(a: Document, b: Document) -> bool:
    return bool(_title_key(a.title)) and _title_key(a.title) == _title_key(b.title)


def same_work(a: Document, b: Document, pa: list[Profile], pb: list[Profile]) -> bool:
    """True when two documents are expressions (translation, version) of one work."""
    cfg = rules()["works"]
    gap = gap_days(a.date, b.date)
    if gap is None or gap > cfg["max_days"]:
        return False
    if _same_title(a, b):
        return True
    if not pa or not pb:
        return False
    aligned = len(align(pa, pb))
    return aligned >= cfg["min_aligned"] * len(pa) and aligned >= cfg["min_aligned"] * len(pb)


def versions(documents: list[Document], by_source: dict[str, list[Profile]]) -> set[frozenset[str]]:
    """Unordered pairs of document sources that are expressions of one work.

    Only documents of one relationship (two versions of a statement are about the same states) dated within
    ``works.max_days`` of each other are compared, each with at most ``works.max_candidates`` documents dated next
    after it (a sweep over each relationship's documents in date order), so the work grows with the archive, not
    with its square.
    """
    max_days, max_candidates = rules()["works"]["max_days"], rules()["works"]["max_candidates"]
    relationship = relationships(documents, [pr.provision for profs in by_source.values() for pr in profs])
    groups: dict[frozenset[str], list] = defaultdict(list)
    for d in documents:
        span = interval(d.date)
        if span is not None:
            for key in pair_keys(relationship.get(d.source, frozenset())) or (frozenset(),):
                groups[key].append((span, d))
    found, seen = set(), set()
    for key in sorted(groups, key=sorted):
        dated = sorted(groups[key], key=lambda sd: (sd[0][0], sd[0][1], sd[1].source))
        for i, (span, a) in enumerate(dated):
            for other_span, b in dated[i + 1: i + 1 + max_candidates]:
                if (other_span[0] - span[1]).days > max_days:
                    break  # every later document starts later still
                pair = frozenset((a.source, b.source))
                if pair not in seen:
                    seen.add(pair)
                    if same_work(a, b, by_source.get(a.source, []), by_source.get(b.source, [])):
                        found.add(pair)
    return found
