"""SHACL validation with pySHACL: core constraints by default; ``deep=True`` adds the SHACL-SPARQL shapes.

The SPARQL rules run on every build as fast integrity checks in queries/checks/ (pyoxigraph); the same rules
written as real ``sh:sparql`` constraints live in ``shapes/sparql/`` and run only with ``deep=True``
(``pledgegraph validate --deep``), because pySHACL evaluates them once per focus node with rdflib's SPARQL engine.

No RDFS inference (it multiplies the run time); the shapes check asserted types only. With
``per_document=True`` the graph is cut into units: one per document (the document and every
``id:doc/<slug>/...`` node) plus one for everything else (links, external documents, thesaurus). Each unit is
validated on its own triples plus a small context (types of the nodes it points to, their document and that
document's date), and only results about its own nodes are kept. Whole-graph validation is the default: with
core constraints only it is faster (about 3 s against 4.5 s for five documents, 16k triples); per-document
validation bounds memory on very large graphs. (pySHACL's focus_nodes option is not used: it also filters the
value nodes of nested shapes, which silently disables sh:or and sh:qualifiedValueShape on literals.)
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import pyshacl
import rdflib
from rdflib import RDF, RDFS, SH, URIRef
from rdflib.namespace import DCTERMS

from pledgegraph import bundled
from pledgegraph.errors import E, PledgegraphError
from pledgegraph.rdf.namespaces import ID, PG
from pledgegraph.validate.report import Report, ShaclResult

SHAPES_DIR = bundled.shapes()
DOC_PREFIX = str(ID) + "doc/"
SHARED = "shared"
#: Property paths followed from each node a unit points to, to copy the context its shapes need.
CONTEXT_PATHS: tuple[tuple[URIRef, ...], ...] = (
    (RDF.type,),
    (PG.inDocument, RDF.type),
    (PG.inDocument, DCTERMS.date),
)


@lru_cache(maxsize=4)
def load_shapes(deep: bool = False, folder: Path | None = None) -> rdflib.Graph:
    """All shapes of ``<folder>/*.shapes.ttl`` in one graph (parsed once per process).

    Args:
        deep: also load the SHACL-SPARQL shapes and their prefixes (``<folder>/sparql/*.ttl``).
        folder: the shapes folder; default: the bundled ``shapes/``.

    Raises:
        PledgegraphError: E303 when the folder has no ``*.shapes.ttl`` (no rules would pass any graph),
            E304 when a shapes file does not parse.
    """
    folder = Path(folder) if folder is not None else SHAPES_DIR
    paths = sorted(folder.glob("*.shapes.ttl"))
    if not paths:
        raise PledgegraphError(E.E303, path=folder)
    if deep:
        paths += sorted((folder / "sparql").glob("*.ttl"))
    shapes = rdflib.Graph()
    for path in paths:
        try:
            shapes.parse(path, format="turtle")
        except Exception as err:  # rdflib raises many parser-specific types
            raise PledgegraphError(E.E304, path=path, detail=err) from err
    return shapes


def validate_graph(data: rdflib.Graph, per_document: bool = False, deep: bool = False,
                   shapes_dir: Path | None = None) -> Report:
    """Validate ``data`` against the shapes.

    Args:
        data: the data graph (with its thesaurus, as in graph.ttl).
        per_document: validate each document's subgraph separately (bounded memory, same results); False
            validates the whole graph at once (faster).
        deep: also run the SHACL-SPARQL constraints of ``shapes/sparql/`` (slow; the fast integrity checks
            cover the same rules).
        shapes_dir: a folder of ``*.shapes.ttl`` to use instead of the bundled shapes.

    Returns:
        A :class:`Report` with the SHACL results (checks are added by ``pledgegraph.validate.validate``).
    """
    shapes = load_shapes(deep, shapes_dir)
    units = _units(data) if per_document else [(data, None)]
    results: list[ShaclResult] = []
    for graph, focus in units:
        results += _validate_unit(graph, focus, shapes, data)
    return Report(shacl=sorted(set(results), key=result_order))


def result_order(result: ShaclResult) -> tuple[str, ...]:
    """Results in a report: by shape, focus node, message and value (then the rest, so that the order is total)."""
    return (result.shape, result.focus, result.message, result.value, result.path, result.component,
            result.severity, result.node)


def unit_key(node: rdflib.term.Node) -> str:
    """The unit a subject belongs to: its document IRI for ``id:doc/<slug>...`` nodes, else 'shared'."""
    text = str(node)
    if isinstance(node, URIRef) and text.startswith(DOC_PREFIX):
        return DOC_PREFIX + text[len(DOC_PREFIX):].split("/", 1)[0]
    return SHARED


def _units(data: rdflib.Graph) -> list[tuple[rdflib.Graph, list[URIRef]]]:
    """Split ``data`` into (unit graph with context, focus nodes) pairs, in a stable order."""
    triples: dict[str, list[tuple]] = defaultdict(list)
    for triple in data:
        triples[unit_key(triple[0])].append(triple)
    units = []
    for key in sorted(triples):
        graph = rdflib.Graph()
        for triple in triples[key]:
            graph.add(triple)
        focus = sorted({s for s, _, _ in triples[key] if isinstance(s, URIRef)})
        for triple in _context(data, {o for _, _, o in triples[key] if isinstance(o, URIRef)}):
            graph.add(triple)
        units.append((graph, focus))
    return units


def _context(data: rdflib.Graph, nodes: Iterable[URIRef]) -> Iterator[tuple]:
    """Triples along CONTEXT_PATHS starting at ``nodes``."""
    for node in nodes:
        for path in CONTEXT_PATHS:
            frontier = [node]
            for predicate in path:
                step = [(s, predicate, o) for s in frontier for o in data.objects(s, predicate)]
                yield from step
                frontier = [o for _, _, o in step]


def _validate_unit(graph: rdflib.Graph, focus: list[URIRef] | None, shapes: rdflib.Graph,
                   data: rdflib.Graph) -> list[ShaclResult]:
    if focus is not None and not focus:
        return []
    conforms, results_graph, _ = pyshacl.validate(
        graph, shacl_graph=shapes, inference=None, advanced=False, inplace=True, allow_warnings=True,
    )
    if conforms:
        return []
    wanted = None if focus is None else set(focus)
    return [
        _result(results_graph, node, shapes, data)
        for node in results_graph.subjects(RDF.type, SH.ValidationResult)
        if wanted is None or results_graph.value(node, SH.focusNode) in wanted
    ]


def _result(results: rdflib.Graph, node: rdflib.term.Node, shapes: rdflib.Graph, data: rdflib.Graph) -> ShaclResult:
    return finish(raw_result(results, node), shapes, data.value)


def raw_result(results: rdflib.Graph, node: rdflib.term.Node) -> dict:
    """What a SHACL result says by itself (``finish`` adds what the data and the shapes say about it)."""
    return {
        "shape": str(results.value(node, SH.sourceShape)),
        "focus": str(results.value(node, SH.focusNode)),
        "message": "; ".join(sorted(str(m) for m in results.objects(node, SH.resultMessage))),
        "severity": str(results.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
        "path": _text(results.value(node, SH.resultPath)),
        "component": _text(results.value(node, SH.sourceConstraintComponent)),
        "value": results.value(node, SH.value),
    }


def finish(raw: dict, shapes: rdflib.Graph, value_of) -> ShaclResult:
    """The result of ``raw_result``, with the shape's fix and the node at fault, its locator and quote, read with
    ``value_of(node, predicate)`` (an rdflib Graph's ``value``, or the same over other data)."""
    value, focus = raw["value"], URIRef(raw["focus"])
    # document-level SPARQL constraints report the offending block or provision as the value
    culprit = value if isinstance(value, URIRef) and value_of(value, PG.locator) is not None else focus
    return ShaclResult(
        shape=raw["shape"], focus=raw["focus"], message=raw["message"], severity=raw["severity"], path=raw["path"],
        value=_text(value), fix=_text(shapes.value(URIRef(raw["shape"]), RDFS.comment)), node=str(culprit),
        locator=_text(value_of(culprit, PG.locator)), quote=_text(value_of(culprit, PG.quote)),
        component=raw["component"], value_term=value,
    )


def _text(term: rdflib.term.Node | None) -> str:
    return "" if term is None or isinstance(term, rdflib.BNode) else str(term)
