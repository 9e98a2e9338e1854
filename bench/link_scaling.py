#!/usr/bin/env python3
"""Linking time on generated archives of N and 10 N statements: the work per document must stay flat.

Writes N and 10 N statements of 12 country pairs with recurring mechanisms (``bench/generate.py``), extracts
their provisions (not timed) and times the linking stage as the pipeline runs it: citations, evolution links
(``link``: profiles, versions, the (relationship, object) index and the predecessors), alignments of versions and
the pledge statuses. Prints the figures and the ratio of the two times; the goal is at most 11x for 10x the
documents.

  PYTHONPATH=src python bench/link_scaling.py [N] [--repeat R]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402

from pledgegraph.extract import extract  # noqa: E402
from pledgegraph.ingest import load_paths  # noqa: E402
from pledgegraph.link import alignments, attach_cites, find_citations, link, statuses, strength  # noqa: E402
from pledgegraph.model import Problem  # noqa: E402
from pledgegraph.segment import segment  # noqa: E402

STAGES = ("citations", "link", "alignments", "statuses")


def prepared(count: int, folder: Path):
    """Documents and provisions of ``count`` generated statements (ingest, segment, extract: not timed)."""
    paths = generate.generate(count, folder)
    problems: list[Problem] = []
    documents = load_paths(paths, problems)
    provisions = []
    for doc in documents:
        for p in extract(doc, segment(doc)):
            if p.actors:
                p.strength = strength(p)
                provisions.append(p)
    return documents, provisions


def timed(documents, provisions) -> tuple[dict[str, float], int]:
    """Seconds per linking stage, and the number of links."""
    seconds = {}
    started = time.perf_counter()
    citations = find_citations(documents)
    attach_cites(provisions, citations, documents)
    seconds["citations"] = time.perf_counter() - started
    started = time.perf_counter()
    links = link(documents, provisions, citations)
    seconds["link"] = time.perf_counter() - started
    started = time.perf_counter()
    alignments(documents, provisions, citations)
    seconds["alignments"] = time.perf_counter() - started
    started = time.perf_counter()
    statuses(documents, provisions, links)
    seconds["statuses"] = time.perf_counter() - started
    return seconds, len(links)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", type=int, nargs="?", default=50, help="the smaller archive (default 50 statements)")
    ap.add_argument("--repeat", type=int, default=3, help="time each archive this many times, keep the fastest")
    args = ap.parse_args()
    results = {}
    for count in (args.count, 10 * args.count):
        with tempfile.TemporaryDirectory() as tmp:
            documents, provisions = prepared(count, Path(tmp))
        runs = [timed(documents, provisions) for _ in range(args.repeat)]
        best = {stage: min(r[0][stage] for r in runs) for stage in STAGES}
        results[count] = best
        total = sum(best.values())
        print(f"{count:>5} documents  {len(provisions):>6} provisions  {runs[0][1]:>6} links  linking {total:7.2f} s  "
              + "  ".join(f"{stage} {best[stage]:.2f}" for stage in STAGES)
              + f"  ({1000 * total / count:.1f} ms per document)")
    small, large = (sum(results[c].values()) for c in (args.count, 10 * args.count))
    print(f"10x the documents: {large / small:.1f}x the linking time (goal: at most 11x); "
          + "  ".join(f"{stage} {results[10 * args.count][stage] / max(results[args.count][stage], 1e-9):.1f}x"
                      for stage in STAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
