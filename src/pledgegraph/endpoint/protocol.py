"""The SPARQL 1.1 Protocol, read-only: which query a request asks, and in which format to answer.

A query comes by ``GET ?query=...``, by ``POST`` of a form (``application/x-www-form-urlencoded``, ``query=...``) or
by ``POST`` of the query itself (``application/sparql-query``), with optional ``default-graph-uri`` and
``named-graph-uri`` parameters (https://www.w3.org/TR/sparql11-protocol/#query-operation). An update
(``application/sparql-update`` or an ``update=`` form) is refused with 403: the store is read-only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

import pyoxigraph as ox

PATHS = ("/sparql", "/query")  # the endpoint answers on either
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
SOLUTIONS = {  # media type -> format, the first being the default
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


class ProtocolError(Exception):
    """A request the endpoint does not answer: its HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class QueryRequest:
    """A query and the dataset it names (none: the union of every graph of the store)."""

    query: str
    default_graphs: tuple[str, ...] = field(default_factory=tuple)
    named_graphs: tuple[str, ...] = field(default_factory=tuple)


def parse(method: str, path: str, query_string: str, content_type: str, body: bytes) -> QueryRequest:
    """The query a request asks for; :class:`ProtocolError` (400, 403, 404, 405, 415) otherwise."""
    if path.rstrip("/") == "/update":
        raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
    if path.rstrip("/") not in PATHS:
        raise ProtocolError(404, f"no such resource; the SPARQL endpoint is {PATHS[0]}")
    if method not in ("GET", "POST"):
        raise ProtocolError(405, f"{method} is not allowed: use GET or POST (read-only)")
    params = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";")[0].strip().lower()
    text = None
    if method == "POST":
        if media == UPDATE:
            raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
        if media == FORM:
            form = parse_qs(_text(body), keep_blank_values=True)
            params = {**params, **form}
        elif media == QUERY:
            text = _text(body)
        else:
            raise ProtocolError(415, f"unsupported Content-Type {media or '(none)'}: use {FORM} or {QUERY}")
    if "update" in params:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
    queries = params.get("query", [])
    if text is None and len(queries) != 1 or text is not None and queries:
        raise ProtocolError(400, "give exactly one query (the query parameter, or a POSTed sparql-query body)")
    return QueryRequest(text if text is not None else queries[0], tuple(params.get("default-graph-uri", [])),
                        tuple(params.get("named-graph-uri", [])))


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the request body is not UTF-8 ({err})") from None


def negotiate(accept: str, offers: dict[str, object]) -> tuple[str, object]:
    """The media type (and format) of ``offers`` that an ``Accept`` header prefers; the first offer for none or
    ``*/*``; 406 when it accepts none of them."""
    ranked = []
    for position, item in enumerate(part.strip() for part in (accept or "*/*").split(",")):
        media, *options = [piece.strip() for piece in item.split(";")]
        quality = 1.0
        for option in options:
            name, _, value = option.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(ranked):
        if negative_quality >= 0:
            break
        if media in offers:
            return media, offers[media]
        if media in ("*/*", media.split("/")[0] + "/*"):
            match = next((m for m in offers if media == "*/*" or m.startswith(media[:-1])), None)
            if match is not None:
                return match, offers[match]
    raise ProtocolError(406, f"cannot answer in {accept}; available: {', '.join(offers)}")
