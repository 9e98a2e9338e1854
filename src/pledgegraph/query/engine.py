"""Run SPARQL on pyoxigraph (default, fast) or rdflib (the builder's library, second opinion).

Parameters are bound as terms (pyoxigraph ``substitutions``, rdflib ``initBindings``), never pasted into text.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Variable

from ..errors import E, PledgegraphError
from . import catalog, terms
from .table import Table

ENGINES = ("oxigraph", "rdflib")
_FORMATS = {  # suffix -> (pyoxigraph format, rdflib format)
    ".ttl": (ox.RdfFormat.TURTLE, "turtle"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    ".jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
    ".rdf": (ox.RdfFormat.RDF_XML, "xml"),
    ".owl": (ox.RdfFormat.RDF_XML, "xml"),
}
_CACHE: dict[tuple[str, str], tuple[int, object]] = {}  # (path, engine) -> (mtime_ns, store)
GraphSource = str | Path | ox.Store | Graph


def _read(path: Path, engine: str) -> ox.Store | Graph:
    ox_format, rdflib_format = _FORMATS.get(path.suffix.lower(), _FORMATS[".ttl"])
    if engine == "oxigraph":
        store = ox.Store()
        store.load(path=str(path), format=ox_format)
        return store
    return Graph().parse(path, format=rdflib_format)


def open_graph(source: GraphSource, engine: str = "oxigraph") -> ox.Store | Graph:
    """A queryable store for a path (cached until the file changes) or the store itself; E202 when unreadable."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if isinstance(source, (ox.Store, Graph)):
        return source
    path = Path(source)
    if not path.is_file():
        raise PledgegraphError(E.E202, path=path, detail="no such file (run `pledgegraph build` first?)")
    key = (str(path.resolve()), engine)
    mtime = path.stat().st_mtime_ns
    cached = _CACHE.get(key)
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        store = _read(path, engine)
    except Exception as err:  # parsers raise SyntaxError, ValueError, OSError, BadSyntax ...
        raise PledgegraphError(E.E202, path=path, detail=err) from err
    _CACHE[key] = (mtime, store)
    return store


def _run_oxigraph(store: ox.Store, query: str, bindings: Mapping[str, object]) -> Table:
    substitutions = {ox.Variable(k): terms.to_oxigraph(v) for k, v in bindings.items()}
    try:
        solutions = store.query(query, substitutions=substitutions or None)
    except RuntimeError as err:  # e.g. a substituted variable that the SELECT does not project
        name = ", ".join(sorted(bindings))
        raise PledgegraphError(E.E203, name=name, value="", detail=err) from err
    if not isinstance(solutions, ox.QuerySolutions):
        raise ValueError("only SELECT queries give a table")
    columns = [v.value for v in solutions.variables]
    rows = [tuple(terms.normalise(solution[c]) for c in columns) for solution in solutions]
    return Table(columns, rows)


def _run_rdflib(graph: Graph, query: str, bindings: Mapping[str, object]) -> Table:
    init = {Variable(k): terms.to_rdflib(v) for k, v in bindings.items()}
    result = graph.query(query, initBindings=init)
    if result.type != "SELECT":
        raise ValueError("only SELECT queries give a table")
    columns = [str(v) for v in result.vars]
    rows = [tuple(terms.normalise(value) for value in row) for row in result]
    return Table(columns, rows)


def run(source: GraphSource, query: str, bindings: Mapping[str, object] | None = None,
        engine: str = "oxigraph") -> Table:
    """Run a SELECT query text on a graph file or store.

    Args:
        source: path of a graph file (.ttl, .nt, .jsonld, .rdf) or an already open pyoxigraph Store / rdflib Graph.
        query: SPARQL SELECT text.
        bindings: variable name (without ``?``) -> rdflib ``URIRef``/``Literal`` (a plain str is a string literal).
        engine: ``oxigraph`` or ``rdflib``; ignored when ``source`` is a store of either kind.
    """
    store = open_graph(source, engine)
    bindings = dict(bindings or {})
    if isinstance(store, ox.Store):
        return _run_oxigraph(store, query, bindings)
    return _run_rdflib(store, query, bindings)


def run_named(source: GraphSource, name: str, params: Mapping[str, str] | None = None,
              engine: str = "oxigraph") -> Table:
    """Run ``queries/<name>.rq`` (or a .rq path) with command-line style string parameters.

    Values are converted by the parameter types the query header declares (E203 for an undeclared
    name or a value of the wrong shape).
    """
    named = catalog.load(name)
    bindings = {}
    for key, value in (params or {}).items():
        key = key.lstrip("?")
        param = named.params.get(key)
        if param is None and named.params:
            raise PledgegraphError(E.E203, name=key, value=value,
                                   detail=f"'{named.name}' takes {', '.join('?' + p for p in named.params)}")
        bindings[key] = terms.parse_value(key, value, param)
    return run(source, named.text, bindings, engine)
