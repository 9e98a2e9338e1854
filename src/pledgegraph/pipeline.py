"""The pipeline as plain data (no RDF here): a document stage per file, then linking across all documents.

The document stage (:func:`process_document`: ingest with segmentation, parties, extraction, pledge strength) is a
pure function from a file's bytes and name to that document's :class:`DocumentResult`, so it runs anywhere: in
this process, on a pool of local processes or on a Dask cluster (``executor.py``), and its results can be cached
(``cache.py``). Linking (citations, evolution links, versions) then runs once on all results, in input order, so
the corpus is the same whatever ran the documents and in which order they finished.

Content never fails an archive: unless ``strict``, a document that cannot be read or analysed, and a
provision whose actor cannot be determined, are left out and recorded in ``Corpus.problems``.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .cache import DocumentCache
from .errors import E, PledgegraphError
from .executor import LOCAL, open_executor
from .extract import extract
from .extract.parties import detect_parties
from .ingest import find_files, load_source, read_source
from .link import Linker, alignments, attach_cites, find_citations, link, linker_profiles, strength
from .link.evidence import KeysOf, document_keys
from .model import Corpus, Document, DocumentResult, Problem, Provision, Source
from .segment import segment

#: ``progress(stage, done, total)``: a stage has started (``done`` 0) or advanced; ``total`` 0 when not counted.
Progress = Callable[..., None]


def quiet(stage: str, done: int = 0, total: int = 0) -> None:
    """A progress callback that reports nothing."""


def process_document(source: Source, strict: bool = False) -> DocumentResult:
    """The document stage: one file in, its document and provisions (or its problems) out.

    With ``strict`` the first problem raises instead (``PledgegraphError``, or the bug's own exception).
    """
    try:
        doc = load_source(source)
    except PledgegraphError as err:
        if strict:
            raise
        return DocumentResult(source.path, problems=[Problem(source.path, err.code, str(err))], ingested=False)
    try:
        blocks = segment(doc)  # the blocks ingest found, not a second segmentation
        if not doc.parties:
            doc.parties = detect_parties(doc)  # metadata of the whole document, settled before extraction
        provisions = extract(doc, blocks)
    except Exception as err:  # a bug on one document must not cost the rest of the archive
        if strict:
            raise
        error = PledgegraphError(E.E012, path=doc.source, detail=f"{type(err).__name__}: {err}")
        return DocumentResult(source.path, problems=[Problem(doc.source, error.code, str(error))])
    problems: list[Problem] = []
    kept = _with_actors(provisions, problems, strict)
    for p in kept:
        p.strength = strength(p)
    return DocumentResult(source.path, doc, blocks, kept, problems)


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


def analyse(sources: Sequence[Source], progress: Progress = quiet, strict: bool = False,
            executor: str | None = LOCAL, jobs: int | None = 1,
            cache: DocumentCache | None = None) -> list[DocumentResult]:
    """The document stage on every source, on the executor, results from ``cache`` where it has them.

    Returns the results in input order. With ``strict``, raises the error of the first failing source in input
    order (the others still running are cancelled).
    """
    keys = [cache.key_of(s) for s in sources] if cache else []
    results: list[DocumentResult | None] = [cache.get(k) for k in keys] if cache else [None] * len(sources)
    if strict:  # a cached result with problems is analysed again, to raise its error
        results = [r if r is None or not r.problems else None for r in results]
    todo = [i for i, r in enumerate(results) if r is None]
    if cache:
        progress("cache", len(sources) - len(todo), len(sources))
    progress("analyse", 0, len(todo))
    if not todo:
        return _known(results, keys, cache)
    failed: dict[int, BaseException] = {}
    with open_executor(executor, jobs, items=len(todo), size=sum(len(sources[i].data) for i in todo)) as runner:
        for done, (n, result, error) in enumerate(runner.map(process_document, [sources[i] for i in todo], strict), 1):
            index = todo[n]
            progress("analyse", done, len(todo))
            if error is not None:
                failed[index] = error
            else:
                results[index] = result
                if cache:
                    cache.hold(keys[index], result)
            first = min(failed, default=None)
            if first is not None and all(results[i] is not None or i in failed for i in todo if i < first):
                raise failed[first]
    return _known(results, keys, cache)


def _known(results: list, keys: list[str], cache: DocumentCache | None) -> list[DocumentResult]:
    """``results``, their documents' keys noted in ``cache`` (``DocumentCache.sources``: what is derived from a
    result is kept under its key)."""
    if cache:
        cache.sources.update((r.document.source, key) for r, key in zip(results, keys) if r.document is not None)
    return results


def link_results(results: Iterable[DocumentResult], unreadable: Sequence[Problem] = (),
                 progress: Progress = quiet, cache: DocumentCache | None = None) -> Corpus:
    """Link the documents of the document stage into a corpus (citations, evolution links, versions).

    ``Corpus.problems`` lists the files that could not be read as documents first (in input order), then the
    ``unreadable`` folders, then what the analysis left out. Each document's evidence keys (the costly part of
    linking) are kept in ``cache`` and read from it.
    """
    results = list(results)
    corpus = Corpus(problems=[p for r in results if not r.ingested for p in r.problems] + list(unreadable))
    for r in results:
        if r.ingested:
            corpus.problems.extend(r.problems)
        if r.document is not None:
            corpus.documents.append(r.document)
            corpus.blocks[r.document.source] = r.blocks
            corpus.provisions.extend(r.provisions)
    progress("link")
    documents = corpus.documents
    corpus.citations = find_citations(documents)
    attach_cites(corpus.provisions, corpus.citations, documents)
    keys_of = _kept_keys(cache)
    found = linker_profiles(documents, corpus.provisions, corpus.citations, keys_of)
    linker = Linker(documents, corpus.provisions, corpus.citations, found)  # one for links and versions
    corpus.links = link(documents, corpus.provisions, corpus.citations, linker)
    corpus.versions, corpus.alignments = alignments(documents, corpus.provisions, corpus.citations, linker)
    return corpus


def _kept_keys(cache: DocumentCache | None) -> KeysOf:
    """``document_keys``, kept in ``cache`` under the document's result key, the citations read in its provisions
    and the spans hidden from them (what linking adds to a document)."""
    if cache is None:
        return document_keys

    def keys_of(doc: Document, provisions: list[Provision], hidden: list[tuple[int, int]]) -> dict:
        result_key = cache.sources.get(doc.source)
        if result_key is None:
            return document_keys(doc, provisions, hidden)
        cites = json.dumps([[p.key, p.cites] for p in provisions] + [sorted(hidden)])
        key = cache.derived_key("evidence", result_key, cites)
        found = cache.get_data(key)
        if not (isinstance(found, dict) and set(found) == {p.key for p in provisions}
                and all(isinstance(keys, dict) for keys in found.values())):  # none kept, or damaged
            found = document_keys(doc, provisions, hidden)
            cache.hold_data(key, found)
        return found
    return keys_of


def read_sources(paths: Iterable[Path], progress: Progress = quiet,
                 strict: bool = True) -> tuple[list[Source | DocumentResult], list[Problem]]:
    """Every file of ``paths`` read into memory (a result with its problem for one that cannot be read), in
    input order, and the folders that could not be read. With ``strict``, the first problem raises."""
    files, unreadable = find_files(list(paths))
    if unreadable and strict:
        raise PledgegraphError(E.E011, path=unreadable[0].file, detail="folder not readable")
    progress("read", 0, len(files))
    read: list[Source | DocumentResult] = []
    for done, path in enumerate(files, 1):
        try:
            read.append(read_source(path))
        except PledgegraphError as err:
            if strict:
                raise
            read.append(DocumentResult(str(path), problems=[Problem(str(path), err.code, str(err))], ingested=False))
        progress("read", done, len(files))
    return read, unreadable


def run(paths: Iterable[Path], progress: Progress = quiet, strict: bool = True, executor: str | None = LOCAL,
        jobs: int | None = 1, cache: DocumentCache | None = None) -> Corpus:
    """Load files and folders and run every stage; ``strict=False`` reports bad documents instead of failing.

    Args:
        paths: files and folders of ``.txt`` documents.
        progress: called as each stage starts and advances.
        strict: fail on the first document that cannot be used.
        executor: where the document stage runs (see ``executor.open_executor``).
        jobs: local worker processes (1: in this process; None: one per core).
        cache: document results of earlier builds (new ones are held for its ``commit``).
    """
    read, unreadable = read_sources(paths, progress, strict)
    analysed = iter(analyse([s for s in read if isinstance(s, Source)], progress, strict, executor, jobs, cache))
    results = [next(analysed) if isinstance(s, Source) else s for s in read]
    return link_results(results, unreadable, progress, cache)
