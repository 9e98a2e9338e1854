"""Analysts' questions: SPARQL files in ``queries/`` run on pyoxigraph (default) or rdflib.

>>> table = run_named("out/store", "themes-per-year", {}, "oxigraph")  # doctest: +SKIP   (or "out/graph.ttl")
>>> print(render(table, "csv"))  # doctest: +SKIP
"""
from __future__ import annotations

from .catalog import QUERIES_ENV, NamedQuery, available, listing, load, queries_dir
from .engine import ENGINES, default_source, open_graph, run, run_named
from .table import FORMATS, Result, Table, render
from .trace import format_trace, trace

__all__ = [
    "ENGINES", "FORMATS", "QUERIES_ENV", "NamedQuery", "Result", "Table", "available", "default_source", "format_trace",
    "listing",
    "load", "open_graph", "queries_dir", "render", "run", "run_named", "trace",
]
