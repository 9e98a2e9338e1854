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

from ..model import Citation, Document, Provision
from . import works
from .citations import attach_cites, find_citations
from .evolution import Linker, link, linker_profiles
from .status import PledgeStatus, statuses
from .strength import strength

Pair = tuple[str, str]


def alignments(documents: list[Document], provisions: list[Provision], citations: list[Citation] | None = None,
               linker: Linker | None = None) -> tuple[list[Pair], list[Pair]]:
    """Documents that are expressions of one work, and their provisions aligned clause by clause.

    Args:
        documents: the corpus documents.
        provisions: their provisions.
        citations: document citations (see :func:`find_citations`); found again when not given.
        linker: the :class:`~pledgegraph.link.evolution.Linker` that :func:`link` used (its profiles and
            versions); made when not given.

    Returns:
        ``(versions, aligned)``: sorted pairs of document sources that are one work, and sorted pairs of
        ``Provision.key`` (each pair sorted) that are the same clause in two such documents.
    """
    citations = find_citations(documents) if citations is None else citations
    linker = Linker(documents, provisions, citations) if linker is None else linker
    by_source = linker.by_source
    pairs = sorted(tuple(sorted(pair)) for pair in linker.same_work)
    aligned = sorted(tuple(sorted(keys)) for a, b in pairs for keys in works.align(by_source[a], by_source[b]))
    return pairs, aligned


def versions(documents: list[Document], provisions: list[Provision]) -> list[Pair]:
    """Sorted pairs of document sources that are expressions of one work (never linked as evolution)."""
    return alignments(documents, provisions)[0]


__all__ = ["Linker", "PledgeStatus", "alignments", "attach_cites", "find_citations", "link", "linker_profiles",
           "statuses", "strength", "versions"]
