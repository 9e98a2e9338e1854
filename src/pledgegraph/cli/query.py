"""``pledgegraph query NAME|FILE.rq [--param k=v ...] [--format ...]``: run an analyst question."""
from __future__ import annotations

import argparse
import gc
from pathlib import Path

from ..errors import E, PledgegraphError
from ..query import ENGINES, FORMATS, QUERIES_ENV, listing, render, run_named
from . import source
from .output import emit


def epilog() -> str:
    try:
        queries = listing()
    except PledgegraphError as err:  # a broken file in $PLEDGEGRAPH_QUERIES must not break every command
        queries = str(err)
    return (f"available queries:\n{queries}\n\n"
            f"environment:\n  {QUERIES_ENV}=DIR  use the .rq files of DIR instead of the bundled queries "
            f"(trace reads theme-timeline.rq there too)")


def add_parser(sub) -> None:
    p = sub.add_parser("query", help="run a query from queries/ by name, or a .rq file",
                       epilog=epilog(), formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("name", nargs="?", help="query name (e.g. commitments; see --list) or path to a .rq file")
    source.add_arguments(p)
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a variable the query declares (repeatable); IRIs as <https://...> or theme:energy")
    p.add_argument("--format", default="table", choices=FORMATS,
                   help="table (default): aligned, for reading; json, csv, tsv: the SPARQL 1.1 query results "
                        "formats (typed terms). ASK prints true/false (SPARQL JSON with json); CONSTRUCT and "
                        "DESCRIBE print Turtle (JSON-LD with json)")
    p.add_argument("--engine", default="oxigraph", choices=ENGINES,
                   help="SPARQL engine: oxigraph (default, fast) or rdflib")
    p.add_argument("--queries", type=Path, metavar="DIR",
                   help="a folder of your own .rq files; names are looked up there first, then in the bundled queries")
    p.add_argument("--list", action="store_true", help="list the available queries with the question each answers")
    p.add_argument("--allow-service", action="store_true",
                   help="allow SERVICE clauses, which send requests to other servers (refused by default)")
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
    if args.list:
        emit(listing(args.queries))
        return 0
    if not args.name:
        raise PledgegraphError(E.E902)
    gc.disable()  # one answer, kept until the process ends: nothing for the cycle collector to find in its rows
    result = run_named(source.source(args), args.name, parse_params(args.param), args.engine, args.queries,
                       args.allow_service)
    text = render(result, args.format)
    emit(text, end="" if text.endswith("\n") else "\n")  # CSV and TSV end with their own line end
    return 0
