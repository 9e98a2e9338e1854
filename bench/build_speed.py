"""Speed and memory of a full build, printed as figures (no asserts).

Usage: python bench/build_speed.py [--copies N] [--jobs J]
Builds the bundled corpus, then N renamed copies of it, and prints seconds per stage and peak memory; the
per-document stage runs on J worker processes (default 1: in this process). ``bench/scale.py`` measures the whole
build on generated archives of growing size.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from pledgegraph import bundled, pipeline
from pledgegraph.rdf.build import build_graph, to_turtle
from pledgegraph.validate import validate


def timed(label: str, fn, *args):
    t0 = time.perf_counter()
    value = fn(*args)
    print(f"  {label:<10} {time.perf_counter() - t0:8.2f} s")
    return value


def run(folder: Path, jobs: int) -> None:
    corpus = timed("pipeline", lambda paths: pipeline.run(paths, jobs=jobs), [folder])
    graph = timed("graph", build_graph, corpus)
    timed("turtle", to_turtle, graph)
    timed("shacl", validate, graph)
    print(f"  {len(corpus.documents)} documents, {len(corpus.provisions)} provisions, {len(graph)} triples")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes for the per-document stage")
    args = ap.parse_args()
    corpus = bundled.corpus()
    print("bundled corpus:")
    run(corpus, args.jobs)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.copies):
            for f in sorted(corpus.glob("*.txt")):
                shutil.copy(f, Path(tmp) / f"copy{k:03d}_{f.name}")
        print(f"{args.copies} copies of the corpus:")
        run(Path(tmp), args.jobs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
