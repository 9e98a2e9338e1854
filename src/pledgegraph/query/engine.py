"""Run SPARQL on pyoxigraph (default, fast) or rdflib (the builder's library, second opinion).

A source is a graph file, a build's persistent store (``out/store``, opened read-only; its named graphs are
queried as one default graph, so every query runs unchanged), or an open pyoxigraph ``Store`` / rdflib ``Graph``.
Parameters are bound as terms (pyoxigraph ``substitutions``, rdflib ``initBindings``), never pasted into text.
``SERVICE`` (a request to another server) is refused unless the caller allows it. rdflib's SPARQL machinery is
imported only when the rdflib engine runs (``rdflib_engine``), so that a query on the store starts fast.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from ..errors import E, PledgegraphError
from ..rdf import store as persistent
from ..rdf.io import flat_message, read_graph
from . import catalog, lexer, rewrite, terms
from .table import Result, Table, collector_paused

ENGINES = ("oxigraph", "rdflib")
_FORMATS = {  # suffix -> pyoxigraph format (rdflib_engine has the rdflib names)
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
_CACHE: dict[tuple[str, str], tuple[int, object]] = {}  # (path, engine) -> (mtime_ns, store)
GraphSource = str | Path | ox.Store  # or an rdflib Graph


def default_source(out: Path = Path("out")) -> Path:
    """What ``query``, ``trace``, ``serve`` and ``push`` read by default: ``out/store`` when a build wrote one,
    else ``out/graph.ttl``."""
    return out / persistent.NAME if persistent.is_store(out / persistent.NAME) else out / "graph.ttl"


def _is_rdflib_graph(source: object) -> bool:
    rdflib = sys.modules.get("rdflib")  # an rdflib Graph cannot exist unless rdflib was imported
    return rdflib is not None and isinstance(source, rdflib.Graph)


def _store_path(path: Path) -> Path | None:
    """The store ``path`` names: a store folder, or an output folder holding one."""
    for candidate in (path, path / persistent.NAME):
        if persistent.is_store(candidate):
            return candidate
    return None


def _read_file(path: Path, engine: str):
    if engine == "rdflib":
        from . import rdflib_engine

        return rdflib_engine.read(path)
    store = ox.Store()
    store.load(path=str(path), format=_FORMATS.get(path.suffix.lower(), _FORMATS[".ttl"]))
    return store


def open_graph(source: GraphSource, engine: str = "oxigraph"):
    """A queryable store for a path (cached until it changes) or the store itself; E202/E205 when unusable.

    A store folder (or an output folder holding ``store``) is opened read-only; with the rdflib engine its quads
    are read into an rdflib Dataset whose default graph is the union of the named graphs.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if isinstance(source, ox.Store) or _is_rdflib_graph(source):
        return source
    path = Path(source)
    folder = _store_path(path) if path.is_dir() else None
    stamp_of = (folder / "CURRENT") if folder is not None else path
    key = (os.path.realpath(folder or path), engine)
    mtime = stamp_of.stat().st_mtime_ns if stamp_of.is_file() else None
    cached = _CACHE.get(key)
    if cached and cached[0] == mtime:
        return cached[1]
    if folder is not None:
        graph = persistent.open_store(folder)
        if engine == "rdflib":
            from . import rdflib_engine

            graph = rdflib_engine.from_store(graph)
    else:
        graph = read_graph(path, lambda p: _read_file(p, engine))
    _CACHE[key] = (mtime, graph)
    return graph


def syntax_error(origin: str, detail: object, line: int | None = None, column: int | None = None) -> PledgegraphError:
    """E204 for a query that does not parse, with the line and column when the engine gives them."""
    where = f", line {line}, column {column}" if line is not None else ""
    return PledgegraphError(E.E204, path=origin, where=where, detail=flat_message(detail))


def _evaluate(store: ox.Store, query: str, bindings: Mapping[str, object], origin: str):
    values = {name: terms.to_oxigraph(value) for name, value in bindings.items()}
    substitutions = {ox.Variable(name): term for name, term in values.items()}
    try:  # VALUES as well as substitutions: the planner starts from the bound terms (rewrite.py)
        return store.query(rewrite.with_values(query, values), substitutions=substitutions or None,
                           **persistent.UNION)
    except SyntaxError as err:  # "error at 5:2: expected ..."
        m = re.match(r"error at (\d+):(\d+): (.*)", str(err), re.DOTALL)
        raise (syntax_error(origin, m[3], m[1], m[2]) if m else syntax_error(origin, err)) from err
    except RuntimeError as err:  # e.g. a substituted variable that the SELECT does not project
        if not bindings:
            raise
        name = ", ".join(sorted(bindings))
        raise PledgegraphError(E.E203, name=name, value="", detail=err) from err


def _run_oxigraph(store: ox.Store, query: str, bindings: Mapping[str, object], origin: str) -> Result:
    """Run on pyoxigraph; a final ``ORDER BY`` of plain variables is done here, on the rows (``rewrite.py``): the
    query runs once without it, projecting the keys it orders by as well (dropped after the sort)."""
    split = rewrite.split(query)
    text, keys, added = query, [], []
    if split:
        projected = rewrite.projection(split[0])
        added = [name for name, _ in split[1] if projected is not None and name not in projected]
        extended = rewrite.extend(split[0], added) if added else split[0]
        if projected is not None and extended is not None:
            text, keys = extended, split[1]
    try:
        solutions = _evaluate(store, text, bindings, origin)
    except PledgegraphError:
        if not added:
            raise
        text, keys, added = query, [], []  # the projection cannot take the keys after all: pyoxigraph orders
        solutions = _evaluate(store, text, bindings, origin)
    if isinstance(solutions, ox.QueryBoolean):
        return bool(solutions)
    if isinstance(solutions, ox.QueryTriples):
        from rdflib import Graph

        return Graph().parse(data=solutions.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    columns = [v.value for v in solutions.variables]
    width = len(columns) - len(added)
    with collector_paused():
        if not keys:
            return Table.of_terms(columns, solutions)
        rows = rewrite.sort(columns, [tuple(s) for s in solutions], keys)
        if rows is None:  # keys rewrite.py cannot order for sure: pyoxigraph orders
            return Table.of_terms(columns[:width], _evaluate(store, query, bindings, origin))
        return Table.of_terms(columns[:width], [row[:width] for row in rows] if added else rows)


def run(source: GraphSource, query: str, bindings: Mapping[str, object] | None = None,
        engine: str = "oxigraph", allow_service: bool = False, origin: str = "the query") -> Result:
    """Run a SPARQL query text on a graph file, a store or an open graph.

    Args:
        source: path of a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf), of a store folder (``out/store``, or
            the output folder holding it), or an already open pyoxigraph Store / rdflib Graph.
        query: SPARQL text (SELECT, ASK, CONSTRUCT or DESCRIBE).
        bindings: variable name (without ``?``) -> rdflib ``URIRef``/``Literal`` (a plain str is a string literal).
        engine: ``oxigraph`` or ``rdflib``; ignored when ``source`` is an open store of either kind.
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
    from . import rdflib_engine

    return rdflib_engine.run(store, query, bindings, origin)


def run_named(source: GraphSource, name: str, params: Mapping[str, str] | None = None,
              engine: str = "oxigraph", folder: Path | None = None, allow_service: bool = False) -> Result:
    """Run ``queries/<name>.rq`` (or a .rq path) with command-line style string parameters.

    Values are converted by the parameter types the query header declares; a query's shape for a bound parameter
    (``queries/bound/<name>.<parameter>.rq``, see ``catalog.load``) runs when that parameter is given. E203 for a name the header does not
    declare (or, in a query that declares none, a variable it does not mention) and for a value of the wrong shape.

    Args:
        folder: the user's own queries, searched before the bundled ones (see ``catalog.search_path``).
    """
    params = {key.lstrip("?$"): value for key, value in (params or {}).items()}
    named = catalog.load(name, folder, bound=params)  # the query's shape for a bound parameter, if it has one
    mentioned = lexer.variables(named.text)
    bindings = {}
    for key, value in params.items():
        param = named.params.get(key)
        if param is None and (named.params or key not in mentioned):
            takes = ", ".join("?" + p for p in (named.params or sorted(mentioned))) or "no parameters"
            raise PledgegraphError(E.E203, name=key, value=value, detail=f"'{named.name}' takes {takes}")
        bindings[key] = terms.parse_value(key, value, param)
    return run(source, named.text, bindings, engine, allow_service, str(named.path))
