"""``pledgegraph build [PATH ...] [--out DIR]``: documents in, graph and pictures out."""
from __future__ import annotations

from pathlib import Path

from .. import bundled
from ..publish import build
from .progress import progress


def add_parser(sub) -> None:
    p = sub.add_parser("build", help="build the knowledge graph and pictures from documents")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled corpus/)")
    p.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    p.set_defaults(run=run)


def run(args) -> int:
    paths = args.paths or [bundled.corpus()]
    with progress() as step:
        result = build(paths, args.out, step)
    c = result.corpus
    print(f"{len(c.documents)} documents, {len(c.provisions)} provisions, {len(c.links)} evolution links, "
          f"{result.triples} triples -> {result.out}")
    return 0
