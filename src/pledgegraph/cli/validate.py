"""``pledgegraph validate GRAPH [--shapes DIR] [--deep] [--reason]``: SHACL shapes and integrity checks.

Optionally SHACL-SPARQL constraints (``--deep``) and OWL reasoning (``--reason``).
"""
from __future__ import annotations

from pathlib import Path

from ..rdf.io import load_graph
from ..validate import reason, validate
from .output import emit


def add_parser(sub) -> None:
    p = sub.add_parser("validate", help="check a graph against shapes/ and queries/checks/ (exit 1 if it does not conform)")
    p.add_argument("graph", type=Path, nargs="?", default=Path("out/graph.ttl"),
                   help="the graph file to check (default: out/graph.ttl)")
    p.add_argument("--shapes", type=Path, metavar="DIR",
                   help="a folder of your own *.shapes.ttl (with --deep also DIR/sparql/*.ttl) "
                        "instead of the bundled shapes")
    p.add_argument("--deep", action="store_true",
                   help="also run the SHACL-SPARQL constraints of shapes/sparql/ (slower; same rules as the checks)")
    p.add_argument("--reason", action="store_true", help="also run the HermiT reasoner (owlready2)")
    p.add_argument("--write-inferred", type=Path, metavar="TTL", help="with --reason: write inferred types here")
    p.set_defaults(run=run, check=check)


def check(parser, args) -> None:
    if args.write_inferred and not args.reason:
        parser.error("--write-inferred needs --reason")


def run(args) -> int:
    graph = load_graph(args.graph)
    report = validate(graph, deep=args.deep, shapes_dir=args.shapes)
    emit(report.text())
    ok = report.conforms
    if args.reason:
        result = reason(graph, write_inferred=args.write_inferred)
        emit(result.text())
        ok = ok and result.consistent
    return 0 if ok else 1
