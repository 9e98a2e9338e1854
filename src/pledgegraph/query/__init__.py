"""Analysts' questions: SPARQL files in ``queries/`` run on pyoxigraph (default) or rdflib.

>>> table = run_named("out/graph.ttl", "themes-per-year", {}, "oxigraph")  # doctest: +SKIP
>>> print(table.format("csv"))  # doctest: +SKIP
"""
from __future__ import annotations

from .catalog import NamedQuery, available, load, queries_dir
from .engine import ENGINES, open_graph, run, run_named
from .table import FORMATS, Table
from .trace import format_trace, trace

__all__ = [
    "ENGINES", "FORMATS", "NamedQuery", "Table", "available", "format_trace", "load", "open_graph",
    "queries_dir", "run", "run_named", "trace",
]
