"""``pledgegraph trace THEME|CONCEPT``: how one pledge topic evolved, as a readable chain."""
from __future__ import annotations

from pathlib import Path

from ..query import format_trace, trace
from .output import emit
from .query import GRAPH_HELP


def add_parser(sub) -> None:
    p = sub.add_parser("trace", help="print the evolution chain of a theme or concept")
    p.add_argument("topic", help="theme or concept notation (e.g. counter-terrorism, wto), or its IRI")
    p.add_argument("--graph", type=Path, default=Path("out/graph.ttl"), help=GRAPH_HELP)
    p.add_argument("--format", default="tree", choices=["tree", "json"],
                   help="tree (default): the chain as indented text; json: one record per pledge")
    p.set_defaults(run=run)


def run(args) -> int:
    emit(format_trace(trace(args.graph, args.topic), args.format))
    return 0
