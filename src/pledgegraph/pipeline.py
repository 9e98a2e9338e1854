"""The pipeline in one place: ingest -> segment -> extract -> link, as plain data (no RDF here)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .ingest import load_paths
from .model import Corpus, Document
from .segment import segment
from .extract import extract
from .link import alignments, attach_cites, find_citations, link, strength

Progress = Callable[[str], None]


def analyse(documents: list[Document], progress: Progress = lambda _: None) -> Corpus:
    """Segment, extract and link already loaded documents."""
    corpus = Corpus(documents=documents)
    for doc in documents:
        progress(f"extract {doc.source}")
        blocks = segment(doc)
        corpus.blocks[doc.source] = blocks
        corpus.provisions.extend(extract(doc, blocks))
    for p in corpus.provisions:
        p.strength = strength(p)
    progress("link")
    corpus.citations = find_citations(documents)
    attach_cites(corpus.provisions, corpus.citations, documents)
    corpus.links = link(documents, corpus.provisions, corpus.citations)
    corpus.versions, corpus.alignments = alignments(documents, corpus.provisions, corpus.citations)
    return corpus


def run(paths: Iterable[Path], progress: Progress = lambda _: None) -> Corpus:
    """Load files and folders and run every stage."""
    progress("ingest")
    return analyse(load_paths(list(paths)), progress)
