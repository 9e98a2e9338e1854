"""Where ``query``, ``trace``, ``serve`` and ``push`` read the graph: ``--store DIR`` or ``--graph FILE``."""
from __future__ import annotations

from pathlib import Path

from ..query import default_source
from ..rdf.store import require


def add_arguments(p) -> None:
    """``--store DIR`` and ``--graph FILE`` (one of them; default: ``out/store``, else ``out/graph.ttl``)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--store", type=Path, metavar="DIR",
                       help="a store written by pledgegraph build (default: out/store when there is one)")
    group.add_argument("--graph", type=Path, metavar="FILE",
                       help="a graph file: .ttl, .nt, .nq, .trig, .jsonld or .rdf (default: out/graph.ttl when "
                            "there is no out/store)")


def source(args) -> Path:
    """The store or graph file the arguments name, else the default."""
    if args.store is not None:
        return require(args.store)
    return args.graph if args.graph is not None else default_source()
