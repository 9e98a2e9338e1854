#!/usr/bin/env python3
"""How the build scales: N generated statements, built clean, then rebuilt after one changed statement.

Usage: python bench/scale.py [N ...] [--jobs J] [--rebuild N] [--keep DIR]

For each N (default 100 and 1000) it writes N statements (``bench/generate.py``: mixed languages, country pairs
and years), runs ``pledgegraph build`` on them in a fresh process (all cores, the document cache in the output
folder) and prints, as each build ends: the wall time of every stage (as the build reports its stages), documents
per second, peak RSS of the build process (and summed with its worker processes), its CPU time per stage (the
workers' CPU is not counted; on a shared machine the CPU times are the steadier figures), triples, and the ratio of its time to the
previous N's. For the N given by ``--rebuild`` (default 1000) it then changes one statement and builds again into
the same folder: the rebuild's time per stage, each stage's share of the same stage of the clean build, and the
rebuild's share of the clean build. Figures only, no asserts; the
goals of issue 11 are printed beside them: 10x the documents at most 11x the time (100 -> 1000), 1000 documents in
under 10 minutes on 2 cores, a rebuild after one change under 10% of a clean build.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402

GOAL_RATIO, GOAL_SECONDS, GOAL_REBUILD = 11.0, 600.0, 0.10


def build_once(folder: Path, out: Path, jobs: int | None) -> dict:
    """One build in this process (called in a child process by :func:`measure`): seconds per stage and counts."""
    from pledgegraph.publish import build

    marks: list[tuple[str, float, float]] = []

    def progress(stage: str, done: int = 0, total: int = 0) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter(), time.process_time()))
            if len(marks) > 1:  # as it goes, for builds too long to wait for
                (last, t0, c0), (_, t1, c1) = marks[-2:]
                print(f"  .. {last} {t1 - t0:.1f} s (CPU {c1 - c0:.1f} s), RSS so far "
                      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", file=sys.stderr, flush=True)

    started = time.perf_counter()
    result = build([folder], out, progress, jobs=jobs, cache=True)
    marks.append(("end", time.perf_counter(), time.process_time()))
    stages: dict[str, list[float]] = {}
    for (stage, t0, c0), (_, t1, c1) in zip(marks, marks[1:]):
        wall, cpu = stages.setdefault(stage, [0.0, 0.0])
        stages[stage] = [wall + t1 - t0, cpu + c1 - c0]
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time(),
        "stages": stages,
        "documents": len(result.corpus.documents),
        "provisions": len(result.corpus.provisions),
        "links": len(result.corpus.links),
        "triples": result.triples,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(folder: Path, out: Path, jobs: int | None) -> dict:
    """:func:`build_once` in a fresh Python process, so that its peak RSS is its own; the peak of the RSS summed
    over it and its worker processes is sampled twice a second."""
    command = [sys.executable, __file__, "--child", str(folder), str(out)] + (["--jobs", str(jobs)] if jobs else [])
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_rss_kb(child.pid))
            time.sleep(0.5)
        output = child.stdout.read()
    if child.returncode:
        raise SystemExit(f"the build failed with status {child.returncode}")
    figures = json.loads(output.splitlines()[-1])
    figures["tree_rss_mb"] = max(peak / 1024, figures["rss_mb"])
    return figures


def tree_rss_kb(pid: int) -> int:
    """RSS of a process and all its descendants, in KiB (Linux /proc; 0 elsewhere)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total


def change_one(folder: Path) -> Path:
    """Rewrite one statement (its first pledge becomes a pledge to meet twice a year)."""
    path = sorted(folder.glob("s*.txt"))[len(list(folder.glob("s*.txt"))) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("1. ", "1. In addition to what was said before, ", 1), encoding="utf-8")
    return path


def show(label: str, figures: dict, previous: dict | None) -> None:
    seconds = figures["seconds"]
    ratio = f"{seconds / previous['seconds']:5.1f}x the time of {previous['documents']}" if previous else ""
    print(f"{label}: {figures['documents']} documents, {figures['provisions']} provisions, {figures['links']} links, "
          f"{figures['triples']} triples: {seconds:7.1f} s, {figures['documents'] / seconds:6.1f} documents/s, "
          f"peak RSS {figures['rss_mb']:.0f} MB (with its workers {figures['tree_rss_mb']:.0f} MB) {ratio}")
    print(f"    CPU of the build process {figures['cpu']:.1f} s; per stage, wall s (its CPU s):")
    print("    " + "  ".join(f"{stage} {wall:.1f} ({cpu:.1f})" for stage, (wall, cpu) in figures["stages"].items()),
          flush=True)


def share_per_stage(rebuild: dict, clean: dict) -> str:
    """Each stage of the rebuild: its wall time and its share of the same stage of the clean build."""
    shares = []
    for stage, (wall, _) in rebuild["stages"].items():
        before = clean["stages"].get(stage, [0.0])[0]
        shares.append(f"{stage} {wall:.1f} s" + (f" ({wall / before:.0%})" if before >= 0.05 else ""))
    return "per stage, wall s (share of the clean build's): " + "  ".join(shares)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("counts", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    ap.add_argument("--rebuild", type=int, default=1000, help="after the build of this N, change one statement "
                                                              "and rebuild (0: never)")
    ap.add_argument("--keep", type=Path, default=None, help="write the archives and outputs here, not in /tmp")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(build_once(*args.child, args.jobs)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        previous = None
        for count in args.counts:
            folder, out = root / f"in-{count}", root / f"out-{count}"
            generate.generate(count, folder)
            figures = measure(folder, out, args.jobs)
            show(f"clean {count:>6}", figures, previous)
            if previous and previous["documents"] * 10 == figures["documents"]:
                print(f"    goal: 10x the documents in at most {GOAL_RATIO:.0f}x the time: "
                      f"{figures['seconds'] / previous['seconds']:.1f}x")
            if count == 1000:
                print(f"    goal: 1000 documents in under {GOAL_SECONDS:.0f} s: {figures['seconds']:.0f} s")
            if count == args.rebuild:
                changed = change_one(folder)
                again = measure(folder, out, args.jobs)
                show(f"rebuild {count:>4} ({changed.name} changed)", again, None)
                print("    " + share_per_stage(again, figures))
                print(f"    goal: a rebuild under {GOAL_REBUILD:.0%} of the clean build: "
                      f"{again['seconds'] / figures['seconds']:.1%}")
            previous = figures
    return 0


if __name__ == "__main__":
    sys.exit(main())
