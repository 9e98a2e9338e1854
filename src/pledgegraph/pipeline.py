"""The pipeline in one place: ingest (with segmentation) -> extract -> link, as plain data (no RDF here).

Content never fails an archive: unless ``strict``, a document that cannot be read or analysed, and a
provision whose actor cannot be determined, are left out and recorded in ``Corpus.problems``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import E, PledgegraphError
from .extract import extract
from .extract.parties import detect_parties
from .ingest import load_paths
from .link import alignments, attach_cites, find_citations, link, strength
from .model import Corpus, Document, Problem, Provision
from .segment import segment

Progress = Callable[[str], None]


def analyse(documents: list[Document], progress: Progress = lambda _: None, strict: bool = True) -> Corpus:
    """Extract and link already loaded documents (ingest segmented them: ``Document.blocks``)."""
    corpus = Corpus()
    for doc in documents:
        progress(f"extract {doc.source}")
        try:
            blocks = segment(doc)  # the blocks ingest found, not a second segmentation
            if not doc.parties:
                doc.parties = detect_parties(doc)  # metadata of the whole document, settled before extraction
            provisions = extract(doc, blocks)
        except Exception as err:  # a bug on one document must not cost the rest of the archive
            if strict:
                raise
            error = PledgegraphError(E.E012, path=doc.source, detail=f"{type(err).__name__}: {err}")
            corpus.problems.append(Problem(doc.source, error.code, str(error)))
            continue
        corpus.documents.append(doc)
        corpus.blocks[doc.source] = blocks
        corpus.provisions.extend(_with_actors(provisions, corpus.problems, strict))
    for p in corpus.provisions:
        p.strength = strength(p)
    progress("link")
    documents = corpus.documents
    corpus.citations = find_citations(documents)
    attach_cites(corpus.provisions, corpus.citations, documents)
    corpus.links = link(documents, corpus.provisions, corpus.citations)
    corpus.versions, corpus.alignments = alignments(documents, corpus.provisions, corpus.citations)
    return corpus


def _with_actors(provisions: list[Provision], problems: list[Problem], strict: bool) -> list[Provision]:
    """The provisions that name an actor; the others are reported (or raise E013 when ``strict``)."""
    kept = []
    for p in provisions:
        if p.actors:
            kept.append(p)
            continue
        error = PledgegraphError(E.E013, path=p.source, locator=p.locator)
        if strict:
            raise error
        problems.append(Problem(p.source, error.code, str(error), action="omitted", locator=p.locator))
    return kept


def run(paths: Iterable[Path], progress: Progress = lambda _: None, strict: bool = True) -> Corpus:
    """Load files and folders and run every stage; ``strict=False`` reports bad documents instead of failing."""
    progress("ingest")
    problems: list[Problem] | None = None if strict else []
    corpus = analyse(load_paths(list(paths), problems), progress, strict)
    corpus.problems[:0] = problems or []
    return corpus
