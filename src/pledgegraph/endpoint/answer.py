"""Answering one query on an open store: the result in the negotiated format, cut at a number of rows.

SELECT and ASK results are SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE results Turtle, N-Triples, RDF/XML
or JSON-LD. A SELECT with more than ``limit`` rows (a graph with more than ``limit`` triples) is cut there and
marked ``truncated``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from ..query import lexer
from ..query.results import term_of
from ..rdf.namespaces import PREFIXES
from .protocol import GRAPHS, SOLUTIONS, ProtocolError, QueryRequest, negotiate

TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type, body and whether rows were left out."""

    status: int
    media: str
    body: bytes
    truncated: bool = False

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, TEXT, (" ".join(message.split()) + "\n").encode("utf-8"))


def _dataset(request: QueryRequest) -> dict:
    """pyoxigraph's dataset options: the union of all graphs, unless the request names graphs."""
    if not request.default_graphs and not request.named_graphs:
        return {"use_default_graph_as_union": True}
    options = {}
    if request.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in request.default_graphs]
    if request.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in request.named_graphs]
    return options


def _solutions(variables: list[str], rows: list, fmt: ox.QueryResultsFormat) -> bytes:
    bindings = [{name: term_of(value).json() for name, value in zip(variables, row) if value is not None}
                for row in rows]
    document = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    if fmt == ox.QueryResultsFormat.JSON:
        return document.encode("utf-8")
    return ox.parse_query_results(document, ox.QueryResultsFormat.JSON).serialize(format=fmt)


def answer(store: ox.Store, request: QueryRequest, accept: str, limit: int, allow_service: bool = False) -> Answer:
    """Run ``request`` on ``store`` and serialise at most ``limit`` rows (or triples) of its result."""
    if not allow_service and lexer.keyword_line(request.query, "SERVICE") is not None:
        return Answer.error(403, "SERVICE (a request to another server) is refused by this endpoint")
    try:
        result = store.query(request.query, **_dataset(request))
        if isinstance(result, ox.QueryBoolean):
            media, fmt = negotiate(accept, SOLUTIONS)
            return Answer(200, media, result.serialize(format=fmt))
        if isinstance(result, ox.QuerySolutions):
            media, fmt = negotiate(accept, SOLUTIONS)
            rows = [tuple(solution) for solution in islice(result, limit + 1)]
            body = _solutions([v.value for v in result.variables], rows[:limit], fmt)
            return Answer(200, media, body, len(rows) > limit)
        media, fmt = negotiate(accept, GRAPHS)
        triples = list(islice(result, limit + 1))
        return Answer(200, media, ox.serialize(triples[:limit], format=fmt, prefixes=PREFIXES), len(triples) > limit)
    except ProtocolError as err:
        return Answer.error(err.status, str(err))
    except SyntaxError as err:
        return Answer.error(400, f"SPARQL syntax error: {err}")
    except (ValueError, RuntimeError) as err:  # a bad graph IRI, an evaluation error
        return Answer.error(400, f"cannot run this query: {err}")
