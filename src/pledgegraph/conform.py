"""The corpus graph, made to conform: what breaks the shapes is left out and reported, not fatal.

A provision named by a violation is omitted; a violation on any other node of a document (the document, a
block, a person) skips that document; a violating evolution link is dropped. Each is recorded as a
``Problem`` with its code (E014, E105). What cannot be attributed to a document or link is a real bug: E101.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pyoxigraph as ox

from .errors import E, PledgegraphError
from .incremental import Incremental
from .model import Corpus, Problem
from .rdf import iris
from .rdf.parts import Dataset
from .validate import Report, validate_dataset


def conforming_dataset(corpus: Corpus, strict: bool = False, progress: Callable[[str], None] = lambda _: None,
                       kept: Incremental | None = None) -> tuple[Corpus, Dataset, ox.Store, Report]:
    """Build and validate the graph as parts (``rdf.parts``, reading and keeping what ``kept`` keeps); unless
    ``strict``, leave out what breaks the shapes once and build again. Returns the corpus, its dataset, an in-memory
    store of the same triples (one default graph) and the report."""
    kept = kept or Incremental(None)
    data, store = _dataset(corpus, kept)
    progress("validate")
    report = validate_dataset(data, store, kept.version, kept.results())
    if not report.conforms and not strict:
        leaner = _without_culprits(corpus, report)
        if leaner is not None and not leaner.documents:  # every document broke the shapes: nothing to build
            raise PledgegraphError(E.E010, count=len(leaner.problems),
                                   problems="\n".join(p.message for p in leaner.problems))
        if leaner is not None:
            corpus = leaner
            data, store = _dataset(corpus, kept)
            report = validate_dataset(data, store, kept.version, kept.results())
    if not report.conforms:
        raise PledgegraphError(E.E101, count=report.count, report=report.text())
    return corpus, data, store, report


def _dataset(corpus: Corpus, kept: Incremental) -> tuple[Dataset, ox.Store]:
    data = kept.dataset(corpus)
    store = ox.Store()
    store.bulk_load(data.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return data, store


def _culprits(report: Report) -> set[str]:
    """IRIs of the nodes the report blames: SHACL focus nodes and every IRI in a failed check's rows."""
    nodes = {r.node or r.focus for r in report.violations}
    nodes |= {value for check in report.failed_checks for row in check.rows for value in row.values()}
    return nodes


def _without_culprits(corpus: Corpus, report: Report) -> Corpus | None:
    """A copy of ``corpus`` without the blamed provisions, documents and links; None when a culprit is
    not attributable (then the problem is not the content's)."""
    provisions = {str(iris.provision(p.source, p.locator, p.index)): p for p in corpus.provisions}
    links = {str(iris.link(link.earlier, link.later)): link for link in corpus.links}
    documents = {str(iris.document(d.source)): d.source for d in corpus.documents}
    detail = "; ".join(sorted(report.counts()))
    culprits = sorted(_culprits(report))
    skip = {source for node in culprits if node not in provisions and (source := _document_of(node, documents))}
    problems = list(corpus.problems)
    for source in sorted(skip):
        error = PledgegraphError(E.E014, path=source, detail=detail)
        problems.append(Problem(source, error.code, str(error)))
    omit, drop = set(), set()
    for node in culprits:
        if node in provisions:
            p = provisions[node]
            if p.source in skip:
                continue
            omit.add(p.key)
            error = PledgegraphError(E.E014, path=p.source, detail=detail)
            problems.append(Problem(p.source, error.code, str(error), action="omitted", locator=p.locator))
        elif node in links:
            drop.add(node)
            error = PledgegraphError(E.E105, link=node, detail=detail)
            problems.append(Problem(links[node].later.split("#")[0], error.code, str(error), action="dropped"))
        elif node.startswith(str(iris.ID)) and _document_of(node, documents) is None:
            return None
    if not (skip or omit or drop):
        return None
    return _filtered(corpus, skip, omit, drop, problems)


def _document_of(node: str, documents: dict[str, str]) -> str | None:
    """The source of the document whose IRI ``node`` is or lies under (``id:doc/<name>/...``)."""
    prefix = str(iris.ID) + "doc/"
    if not node.startswith(prefix):
        return None
    return documents.get(prefix + node[len(prefix):].split("/", 1)[0])


def _filtered(corpus: Corpus, skip: set[str], omit: set[str], drop: set[str], problems: list[Problem]) -> Corpus:
    provisions = [p for p in corpus.provisions if p.source not in skip and p.key not in omit]
    kept = {p.key for p in provisions}
    return replace(
        corpus,
        documents=[d for d in corpus.documents if d.source not in skip],
        blocks={s: b for s, b in corpus.blocks.items() if s not in skip},
        provisions=provisions,
        links=[link for link in corpus.links if link.earlier in kept and link.later in kept
               and str(iris.link(link.earlier, link.later)) not in drop],
        citations=[c for c in corpus.citations if c.source not in skip and c.target not in skip],
        versions=[v for v in corpus.versions if not skip & set(v)],
        alignments=[a for a in corpus.alignments if set(a) <= kept],
        problems=problems,
    )
