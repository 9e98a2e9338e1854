"""``pledgegraph trace THEME|CONCEPT``: how one pledge topic evolved, as a readable chain."""
from __future__ import annotations

from ..query import format_trace, trace
from . import source
from .output import emit


def _confidence(value: str) -> float:
    import argparse

    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number between 0 and 1")
    return number


def add_parser(sub) -> None:
    p = sub.add_parser("trace", help="print the evolution chain of a theme or concept")
    p.add_argument("topic", help="theme or concept notation (e.g. counter-terrorism, wto), or its IRI")
    source.add_arguments(p)
    p.add_argument("--format", default="tree", choices=["tree", "json"],
                   help="tree (default): the chain as indented text; json: one record per pledge")
    p.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
                   help="show only links whose confidence is at least X (0 to 1; default 0: every link)")
    p.set_defaults(run=run)


def run(args) -> int:
    emit(format_trace(trace(source.source(args), args.topic, min_confidence=args.min_confidence), args.format))
    return 0
