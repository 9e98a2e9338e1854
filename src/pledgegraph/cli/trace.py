"""``pledgegraph trace THEME|CONCEPT``: how one pledge topic evolved, as a readable chain."""
from __future__ import annotations

from pathlib import Path

from ..query import format_trace, trace


def add_parser(sub) -> None:
    p = sub.add_parser("trace", help="print the evolution chain of a theme or concept")
    p.add_argument("topic", help="theme or concept notation (e.g. counter-terrorism, wto)")
    p.add_argument("--graph", type=Path, default=Path("out/graph.ttl"))
    p.add_argument("--format", default="tree", choices=["tree", "json"])
    p.set_defaults(run=run)


def run(args) -> int:
    print(format_trace(trace(args.graph, args.topic), args.format))
    return 0
