"""``pledgegraph build [PATH ...] [--out DIR] [--strict]``: documents in, graph and pictures out."""
from __future__ import annotations

import sys
from pathlib import Path

from .. import bundled
from ..publish import build
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
    p.set_defaults(run=run)


def run(args) -> int:
    paths = args.paths or [bundled.corpus()]
    with progress() as step:
        result = build(paths, args.out, step, strict=args.strict)
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
