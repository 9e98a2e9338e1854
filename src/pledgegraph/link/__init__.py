"""Cross-document evolution linking, pledge strength and document-level citations.

Public contract:
  ``link(documents, provisions, citations=None) -> list[Link]``: earlier -> later links between provisions of
  different, differently dated documents that take up the same specific pledge object: each later provision
  links to its best one or two predecessors in the documents it cites, else in the nearest earlier date.
  ``strength(provision) -> int``: modality base strength (ontology ``pg:strength``) + 1 for a schedule.
  ``find_citations(documents) -> list[Citation]`` and ``attach_cites(provisions, citations)``.
  ``versions(documents, provisions)``: pairs of documents that are one work (translations, versions).
"""
from __future__ import annotations

from ..model import Document, Provision
from .citations import attach_cites, find_citations
from .evolution import link
from .strength import strength


def versions(documents: list[Document], provisions: list[Provision]) -> list[tuple[str, str]]:
    """Sorted pairs of document sources that are expressions of one work (never linked as evolution)."""
    from collections import defaultdict

    from .evidence import profiles
    from .works import versions as same_work_pairs

    by_source = defaultdict(list)
    for pr in profiles(documents, provisions):
        by_source[pr.provision.source].append(pr)
    return sorted(tuple(sorted(pair)) for pair in same_work_pairs(documents, by_source))


__all__ = ["attach_cites", "find_citations", "link", "strength", "versions"]
