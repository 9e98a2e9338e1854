"""``pledgegraph query NAME|FILE.rq [--param k=v ...] [--format ...]``: run an analyst question."""
from __future__ import annotations

from pathlib import Path

from ..errors import E, PledgegraphError
from ..query import run_named


def add_parser(sub) -> None:
    p = sub.add_parser("query", help="run a query from queries/ by name, or a .rq file")
    p.add_argument("name", help="query name (e.g. commitments) or path to a .rq file")
    p.add_argument("--graph", type=Path, default=Path("out/graph.ttl"))
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a query variable")
    p.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    p.add_argument("--engine", default="oxigraph", choices=["oxigraph", "rdflib"])
    p.set_defaults(run=run)


def parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise PledgegraphError(E.E203, name=pair, value="", detail="expected NAME=VALUE")
        params[name.lstrip("?")] = value
    return params


def run(args) -> int:
    table = run_named(args.graph, args.name, parse_params(args.param), args.engine)
    print(table.format(args.format))
    return 0
