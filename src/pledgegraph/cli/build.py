"""``pledgegraph build [PATH ...] [--out DIR] [--strict] [--jobs N] [--executor SPEC] [--cache DIR | --no-cache]``:
documents in, graph and pictures out."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import bundled
from ..executor import DASK, LOCAL, PER_WORKER
from .output import emit
from .progress import progress

#: Exit status of a build that wrote its outputs but skipped some documents.
SKIPPED = 3
LISTED = 20  # problems printed; report.json has them all


def add_parser(sub) -> None:
    p = sub.add_parser("build", help="build the knowledge graph and pictures from documents")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders of .txt documents (default: the bundled corpus)")
    p.add_argument("--out", type=Path, default=Path("out"),
                   help="output folder (default: out/); must be new, empty, or written by pledgegraph before")
    p.add_argument("--strict", action="store_true",
                   help="fail on the first document that cannot be used, instead of skipping and reporting it")
    p.add_argument("--jobs", "-j", type=_positive, default=None, metavar="N",
                   help="worker processes for the per-document stage (default: one per core, once there is "
                        f"{PER_WORKER // 1024} KiB of text a worker to analyse; 1: in this process)")
    p.add_argument("--executor", type=_executor, default=LOCAL, metavar="local|dask://HOST:PORT",
                   help="where the per-document stage runs: local processes (default) or the workers of a Dask "
                        'distributed cluster through its scheduler (pip install "pledgegraph[dask]")')
    cache = p.add_mutually_exclusive_group()
    cache.add_argument("--cache", type=Path, default=None, metavar="DIR",
                       help="keep each document's result in DIR (default: OUT/.pledgegraph-cache), so a rebuild "
                            "analyses only new and changed documents")
    cache.add_argument("--no-cache", action="store_true", help="analyse every document, keep nothing")
    p.set_defaults(run=run)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _executor(text: str) -> str:
    if text != LOCAL and not (text.startswith(DASK) and len(text) > len(DASK)):
        raise argparse.ArgumentTypeError(f"expected '{LOCAL}' or '{DASK}HOST:PORT', got {text!r}")
    return text


def run(args) -> int:
    from ..publish import build  # imported here: it brings matplotlib, pyshacl and owlready2

    paths = args.paths or [bundled.corpus()]
    cache = False if args.no_cache else args.cache or True
    with progress() as step:
        result = build(paths, args.out, step, strict=args.strict, jobs=args.jobs, executor=args.executor,
                       cache=cache)
    c = result.corpus
    emit(f"{len(c.documents)} documents, {len(c.provisions)} provisions, {len(c.links)} evolution links, "
         f"{result.triples} triples -> {result.out}")
    if c.problems:
        print(summary(c.problems, result.out / "report.json"), file=sys.stderr)
    return SKIPPED if result.skipped else 0


def summary(problems, report: Path) -> str:
    """A few lines on what was left out, pointing at the full report."""
    counts = {action: sum(p.action == action for p in problems) for action in ("skipped", "omitted", "dropped")}
    head = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
    lines = [f"pledgegraph: left out: {head} (all listed in {report})"]
    lines += [f"  {p.action} {p.file}{' ' + p.locator if p.locator else ''}: {p.message.splitlines()[0]}"
              for p in problems[:LISTED]]
    if len(problems) > LISTED:
        lines.append(f"  ... and {len(problems) - LISTED} more")
    return "\n".join(lines)
