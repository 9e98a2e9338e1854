"""Translations and versions: two texts of one statement are expressions of one work, not an evolution.

Two documents are one work when they are dated within a few days of each other and either carry the same
title or most provisions of BOTH align one-to-one with a clause of the other.
"""
from __future__ import annotations

import re
from itertools import combinations

from ..model import Document
from .data import rules
from .dates import gap_days
from .evidence import Profile, normalise
from .pairing import match


def align(first: list[Profile], second: list[Profile]) -> list[tuple[str, str]]:
    """One-to-one alignment of the clauses of two versions, greedy by match score (sorted pairs of keys).

    Two clauses align when each covers the other (the lower of the two directed match scores counts).
    """
    threshold = rules()["works"]["align_threshold"]
    scored = []
    for a in first:
        for b in second:
            there, back = match(a, b), match(b, a)
            score = min(there.score, back.score) if there and back else 0.0
            if score >= threshold:
                scored.append((-score, a.provision.key, b.provision.key))
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
    """Unordered pairs of document sources that are expressions of one work."""
    found = set()
    for a, b in combinations(sorted(documents, key=lambda d: d.source), 2):
        if same_work(a, b, by_source.get(a.source, []), by_source.get(b.source, [])):
            found.add(frozenset((a.source, b.source)))
    return found
