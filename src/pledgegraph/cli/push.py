"""``pledgegraph push --endpoint URL [--store DIR|--graph FILE]``: named graphs into a Graph Store Protocol server."""
from __future__ import annotations

from . import source
from .output import emit


def add_parser(sub) -> None:
    p = sub.add_parser("push", help="load the named graphs into a SPARQL 1.1 Graph Store Protocol server "
                                    "(Oxigraph, Fuseki, ...), replacing the graphs that changed")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the server's Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
                        "http://127.0.0.1:3030/pledges/data (Fuseki)")
    source.add_arguments(p)
    p.add_argument("--force", action="store_true", help="send every graph, changed or not")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds to wait for each request")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..endpoint import push

    emit(push(source.source(args), args.endpoint, args.force, args.timeout).text())
    return 0
