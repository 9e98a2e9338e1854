"""``pledgegraph validate GRAPH [--shapes DIR] [--deep] [--reason] [--format text|json|ttl]``: SHACL shapes and
integrity checks.

Optionally SHACL-SPARQL constraints (``--deep``) and OWL reasoning (``--reason``); the report for people, as a JSON
summary or as the SHACL validation report graph (``validate.formats``).
"""
from __future__ import annotations

from pathlib import Path

from ..rdf.io import load_graph
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
    p.add_argument("--format", default="text", choices=("text", "json", "ttl"),
                   help="text (default): the report for people; json: a structured summary; ttl: the SHACL "
                        "validation report graph (sh:ValidationReport) in Turtle")
    p.set_defaults(run=run, check=check)


def check(parser, args) -> None:
    if args.write_inferred and not args.reason:
        parser.error("--write-inferred needs --reason")


def validate(graph, **options):
    """``pledgegraph.validate.validate``, imported on first use: pyshacl is slow to load."""
    from ..validate import validate as run_validation

    return run_validation(graph, **options)


def reason(graph, **options):
    """``pledgegraph.validate.reason``, imported on first use: owlready2 is slow to load."""
    from ..validate import reason as run_reasoner

    return run_reasoner(graph, **options)


def run(args) -> int:
    from ..validate.formats import render

    graph = load_graph(args.graph)
    report = validate(graph, deep=args.deep, shapes_dir=args.shapes)
    reasoning = reason(graph, write_inferred=args.write_inferred) if args.reason else None
    emit(render(report, args.format, reasoning))
    return 0 if report.conforms and (reasoning is None or reasoning.consistent) else 1
