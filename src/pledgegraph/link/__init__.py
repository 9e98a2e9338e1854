"""Cross-document evolution linking, pledge strength and document-level citations.

Public contract:
  ``link(documents, provisions, citations=None) -> list[Link]``: earlier -> later links between provisions of
  one relationship (documents sharing their states) in different, differently dated documents that take up the
  same specific pledge object: per object, a later provision links to the provisions of the most recent earlier
  date of that object's chain (of a document it cites first). Each link carries its relation (by the guideline's
  definitions, ``relation.py``), the shared objects, its rule, score and confidence.
  ``statuses(documents, provisions, links) -> list[PledgeStatus]``: what became of every pledge (implemented,
  strengthened, weakened, restated, dropped, open), with the links that decided it.
  ``strength(provision) -> int``: modality base strength (thesaurus ``pg:strength``) + 1 for a schedule.
  ``find_citations(documents) -> list[Citation]`` and ``attach_cites(provisions, citations)``.
  ``versions(documents, provisions)``: pairs of documents that are one work (translations, versions).
  ``alignments(documents, provisions, citations=None)``: those pairs plus the pairs of provisions aligned
  across them (the same clause in two versions; never an evolution).
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Citation, Document, Provision
from . import works
from .citations import attach_cites, find_citations, kind_of
from .evidence import Profile, profiles
from .evolution import link
from .status import PledgeStatus, statuses
from .strength import strength

Pair = tuple[str, str]


def _profiles_by_source(documents: list[Document], provisions: list[Provision],
                        citations: list[Citation]) -> dict[str, list[Profile]]:
    """Provision profiles per document source, with the spans of cited documents hidden (as :func:`link` does)."""
    by_source = defaultdict(list)
    for pr in profiles(documents, provisions, [c for c in citations if kind_of(c.title)]):
        by_source[pr.provision.source].append(pr)
    return by_source


def alignments(documents: list[Document], provisions: list[Provision],
               citations: list[Citation] | None = None) -> tuple[list[Pair], list[Pair]]:
    """Documents that are expressions of one work, and their provisions aligned clause by clause.

    Args:
        documents: the corpus documents.
        provisions: their provisions.
        citations: document citations (see :func:`find_citations`); found again when not given.

    Returns:
        ``(versions, aligned)``: sorted pairs of document sources that are one work, and sorted pairs of
        ``Provision.key`` (each pair sorted) that are the same clause in two such documents.
    """
    citations = find_citations(documents) if citations is None else citations
    by_source = _profiles_by_source(documents, provisions, citations)
    pairs = sorted(tuple(sorted(pair)) for pair in works.versions(documents, by_source))
    aligned = sorted(tuple(sorted(keys)) for a, b in pairs for keys in works.align(by_source[a], by_source[b]))
    return pairs, aligned


def versions(documents: list[Document], provisions: list[Provision]) -> list[Pair]:
    """Sorted pairs of document sources that are expressions of one work (never linked as evolution)."""
    return alignments(documents, provisions)[0]


__all__ = ["PledgeStatus", "alignments", "attach_cites", "find_citations", "link", "statuses", "strength",
           "versions"]
