"""``pledgegraph export --format jsonld|nquads|trig|graphml|gexf|owl [--graph G] [--out FILE]``: the graph for
other tools."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(sub) -> None:
    from ..export import FORMATS

    formats = "\n".join(f"  {name:<8} {about}" for name, (_, _, about) in FORMATS.items())
    p = sub.add_parser("export", help="write the graph as JSON-LD, N-Quads, TriG, GraphML, GEXF or OWL-safe RDF/XML",
                       epilog=f"formats:\n{formats}", formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", required=True, choices=list(FORMATS), help="the format to write")
    p.add_argument("--graph", type=Path, default=Path("out/graph.ttl"),
                   help="the graph file to read (default: out/graph.ttl)")
    p.add_argument("--out", type=Path, metavar="FILE", help="where to write (default: standard output)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..export import export, write
    from ..rdf.io import load_graph

    data = export(load_graph(args.graph), args.format)
    if args.out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write(data, args.out)
    return 0
