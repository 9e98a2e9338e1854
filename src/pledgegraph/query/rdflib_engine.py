"""The rdflib engine: reading graphs and stores for it, and running a query on it.

Imported only when it is used (rdflib's SPARQL parser takes a noticeable part of a second to load).
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import Dataset, Graph, Variable
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery

from . import terms
from .engine import syntax_error
from .table import Result, Table

_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".rdf": "xml",
            ".owl": "xml"}
_DATASET_FORMATS = ("nquads", "trig")


def _dataset() -> Dataset:
    """An empty Dataset whose default graph, for queries, is the union of its named graphs."""
    return Dataset(default_union=True)


def read(path: Path) -> Graph:
    """A graph file as an rdflib Graph (N-Quads and TriG as a Dataset queried as the union of its graphs)."""
    rdflib_format = _FORMATS.get(path.suffix.lower(), "turtle")
    graph = _dataset() if rdflib_format in _DATASET_FORMATS else Graph()
    return graph.parse(path, format=rdflib_format)


def from_store(store: ox.Store) -> Dataset:
    """Every quad of a pyoxigraph store in an rdflib Dataset queried as the union of its graphs."""
    return _dataset().parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")


def run(graph: Graph, query: str, bindings: Mapping[str, object], origin: str) -> Result:
    """Run ``query`` with ``bindings`` (rdflib terms or plain strings) on an rdflib graph."""
    init = {Variable(k): terms.to_rdflib(v) for k, v in bindings.items()}
    try:  # the graph's prefixes count as declared, as in rdflib's Graph.query
        parsed = translateQuery(parseQuery(query), initNs=dict(graph.namespaces()))
    except ParseBaseException as err:
        raise syntax_error(origin, err.msg, err.lineno, err.col) from err
    except Exception as err:  # rdflib's algebra raises plain Exception, e.g. "Unknown namespace prefix : ex"
        raise syntax_error(origin, err) from err
    result = graph.query(parsed, initBindings=init)
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    return Table.of_terms([str(v) for v in result.vars], result)
