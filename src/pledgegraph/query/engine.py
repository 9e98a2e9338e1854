"""Run SPARQL on pyoxigraph (default, fast) or rdflib (the builder's library, second opinion).

Parameters are bound as terms (pyoxigraph ``substitutions``, rdflib ``initBindings``), never pasted into text.
``SERVICE`` (a request to another server) is refused unless the caller allows it.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParseBaseException
from rdflib import Graph, Variable
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery

from ..errors import E, PledgegraphError
from ..rdf.io import flat_message, read_graph
from . import catalog, lexer, terms
from .table import Result, Table

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
    """A queryable store for a path (cached until the file changes) or the store itself; E202/E205 when unusable."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if isinstance(source, (ox.Store, Graph)):
        return source
    path = Path(source)
    key = (str(path.resolve()), engine)
    mtime = path.stat().st_mtime_ns if path.is_file() else None
    cached = _CACHE.get(key)
    if cached and cached[0] == mtime:
        return cached[1]
    store = read_graph(path, lambda p: _read(p, engine))
    _CACHE[key] = (mtime, store)
    return store


def _syntax_error(origin: str, detail: object, line: int | None = None, column: int | None = None) -> PledgegraphError:
    where = f", line {line}, column {column}" if line is not None else ""
    return PledgegraphError(E.E204, path=origin, where=where, detail=flat_message(detail))


def _run_oxigraph(store: ox.Store, query: str, bindings: Mapping[str, object], origin: str) -> Result:
    substitutions = {ox.Variable(k): terms.to_oxigraph(v) for k, v in bindings.items()}
    try:
        solutions = store.query(query, substitutions=substitutions or None)
    except SyntaxError as err:  # "error at 5:2: expected ..."
        m = re.match(r"error at (\d+):(\d+): (.*)", str(err), re.DOTALL)
        raise (_syntax_error(origin, m[3], m[1], m[2]) if m else _syntax_error(origin, err)) from err
    except RuntimeError as err:  # e.g. a substituted variable that the SELECT does not project
        if not bindings:
            raise
        name = ", ".join(sorted(bindings))
        raise PledgegraphError(E.E203, name=name, value="", detail=err) from err
    if isinstance(solutions, ox.QueryBoolean):
        return bool(solutions)
    if isinstance(solutions, ox.QueryTriples):
        return Graph().parse(data=solutions.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    columns = [v.value for v in solutions.variables]
    rows = [tuple(terms.normalise(solution[c]) for c in columns) for solution in solutions]
    return Table(columns, rows)


def _run_rdflib(graph: Graph, query: str, bindings: Mapping[str, object], origin: str) -> Result:
    init = {Variable(k): terms.to_rdflib(v) for k, v in bindings.items()}
    try:  # the graph's prefixes count as declared, as in rdflib's Graph.query
        parsed = translateQuery(parseQuery(query), initNs=dict(graph.namespaces()))
    except ParseBaseException as err:
        raise _syntax_error(origin, err.msg, err.lineno, err.col) from err
    except Exception as err:  # rdflib's algebra raises plain Exception, e.g. "Unknown namespace prefix : ex"
        raise _syntax_error(origin, err) from err
    result = graph.query(parsed, initBindings=init)
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    columns = [str(v) for v in result.vars]
    rows = [tuple(terms.normalise(value) for value in row) for row in result]
    return Table(columns, rows)


def run(source: GraphSource, query: str, bindings: Mapping[str, object] | None = None,
        engine: str = "oxigraph", allow_service: bool = False, origin: str = "the query") -> Result:
    """Run a SPARQL query text on a graph file or store.

    Args:
        source: path of a graph file (.ttl, .nt, .jsonld, .rdf) or an already open pyoxigraph Store / rdflib Graph.
        query: SPARQL text (SELECT, ASK, CONSTRUCT or DESCRIBE).
        bindings: variable name (without ``?``) -> rdflib ``URIRef``/``Literal`` (a plain str is a string literal).
        engine: ``oxigraph`` or ``rdflib``; ignored when ``source`` is a store of either kind.
        allow_service: run ``SERVICE`` clauses (requests to other servers); refused with E208 by default.
        origin: what the query is called in error messages (its file).

    Returns:
        A :class:`Table` for SELECT, a bool for ASK, an rdflib ``Graph`` for CONSTRUCT and DESCRIBE
        (:func:`render` prints any of them). E204 for a syntax error, with line and column when the engine gives them.
    """
    line = None if allow_service else lexer.keyword_line(query, "SERVICE")
    if line is not None:
        raise PledgegraphError(E.E208, path=origin, line=line)
    store = open_graph(source, engine)
    bindings = dict(bindings or {})
    if isinstance(store, ox.Store):
        return _run_oxigraph(store, query, bindings, origin)
    return _run_rdflib(store, query, bindings, origin)


def run_named(source: GraphSource, name: str, params: Mapping[str, str] | None = None,
              engine: str = "oxigraph", folder: Path | None = None, allow_service: bool = False) -> Result:
    """Run ``queries/<name>.rq`` (or a .rq path) with command-line style string parameters.

    Values are converted by the parameter types the query header declares. E203 for a name the header does not
    declare (or, in a query that declares none, a variable it does not mention) and for a value of the wrong shape.

    Args:
        folder: the user's own queries, searched before the bundled ones (see ``catalog.search_path``).
    """
    named = catalog.load(name, folder)
    mentioned = lexer.variables(named.text)
    bindings = {}
    for key, value in (params or {}).items():
        key = key.lstrip("?$")
        param = named.params.get(key)
        if param is None and (named.params or key not in mentioned):
            takes = ", ".join("?" + p for p in (named.params or sorted(mentioned))) or "no parameters"
            raise PledgegraphError(E.E203, name=key, value=value, detail=f"'{named.name}' takes {takes}")
        bindings[key] = terms.parse_value(key, value, param)
    return run(source, named.text, bindings, engine, allow_service, str(named.path))
