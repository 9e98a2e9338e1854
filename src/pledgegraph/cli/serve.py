"""``pledgegraph serve [--store DIR|--graph FILE]``: answer the SPARQL 1.1 Protocol over the store, read-only."""
from __future__ import annotations

import sys

from ..errors import E, PledgegraphError
from . import source

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _positive(kind):
    def parse(value: str):
        import argparse

        try:
            number = kind(value)
        except ValueError:
            number = 0
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
        return number
    return parse


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="answer SPARQL queries over HTTP (SPARQL 1.1 Protocol), read-only")
    source.add_arguments(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7879, help="port to listen on (default: 7879; 0 takes a free one)")
    p.add_argument("--timeout", type=_positive(float), default=30.0, metavar="S",
                   help="stop a query after S seconds and answer 503 (default: 30)")
    p.add_argument("--limit", type=_positive(int), default=100_000, metavar="ROWS",
                   help="answer at most ROWS rows (or triples); a cut answer says so in X-Pledgegraph-Truncated "
                        "(default: 100000)")
    p.add_argument("--workers", type=_positive(int), default=2,
                   help="queries answered at once, each in its own process (default: 2)")
    p.add_argument("--allow-service", action="store_true",
                   help="allow SERVICE clauses, which send requests to other servers (refused by default)")
    p.add_argument("--log", action="store_true", help="print one line per request on standard error")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..endpoint import Endpoint, Settings

    if args.host not in LOOPBACK:
        print(f"pledgegraph: serving on {args.host}: other machines can query this store", file=sys.stderr)
    try:
        endpoint = Endpoint(source.source(args), args.host, args.port, Settings(args.timeout, args.limit, args.log),
                            args.workers, args.allow_service)
    except OSError as err:
        raise PledgegraphError(E.E403, host=args.host, port=args.port, detail=err) from err
    print(f"SPARQL endpoint: {endpoint.url} (read-only; Ctrl-C stops it)", flush=True)
    endpoint.serve_forever()
    return 0
