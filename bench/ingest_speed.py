"""Speed and peak memory of ingest + segment + extract on large synthetic statements (figures, no asserts).

Usage: python bench/ingest_speed.py [--sizes 1 10 50] [--language en|ja] [--extract-up-to MB] [--profile]
Writes a numbered joint statement of each size (MB of UTF-8) into a temporary folder, runs the stages on it in
a fresh process and prints seconds and MB/s per stage and the process's peak memory. Extraction runs only up
to ``--extract-up-to`` MB (default 1): a dense statement yields ~11,000 provisions per MB; extraction runs
at about 0.2-0.5 MB/s (see bench/extract_speed.py). ``--profile`` prints the 25 most expensive functions instead (cProfile, cumulative time).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pledgegraph.extract import extract
from pledgegraph.ingest import load
from pledgegraph.segment import segment

HEADINGS = {
    "en": "Joint Statement between Japan and the Russian Federation\n\nMoscow, 29 April 2013\n\n",
    "ja": "日本国とロシア連邦との間の共同声明\n\n２０１３年４月２９日　モスクワ\n\n",
}
PARAGRAPHS = {
    "en": (
        "{n}. The two leaders agreed to hold consultations between their foreign ministers at least once a year "
        "and confirmed their intention to strengthen cooperation in counter-terrorism, energy and trade.\n"
        "Japan expressed its support for the Russian Federation's accession to the OECD by 2015, and both "
        "sides welcomed the progress of the Joint Economic Committee.\n\n"
    ),
    "ja": (
        "{n}．両首脳は、両国外相間の協議を少なくとも年一回行うことで一致し、テロ対策、エネルギー及び貿易の分野"
        "における協力を強化する意図を確認した。\n日本側は、２０１５年までのロシアのＯＥＣＤ加盟への支持を表明し、"
        "双方は日露経済委員会の進展を歓迎した。\n\n"
    ),
}
CLOSING = {"en": "Prime Minister of Japan\nPresident of the Russian Federation\n", "ja": "日本国内閣総理大臣\nロシア連邦大統領\n"}


def statement(megabytes: float, language: str = "en") -> str:
    """A numbered joint statement of about ``megabytes`` MB of UTF-8."""
    head, tail = HEADINGS[language], CLOSING[language]
    size = int(megabytes * 1_000_000)
    parts, total, n = [head], len(head.encode()), 0
    while total < size:
        n += 1
        part = PARAGRAPHS[language].format(n=n)
        parts.append(part)
        total += len(part.encode())
    return "".join(parts) + tail


def timed(figures: list[tuple[str, float]], stage: str, fn, *args):
    t0 = time.perf_counter()
    value = fn(*args)
    figures.append((stage, time.perf_counter() - t0))
    return value


def run_one(path: Path, with_extract: bool) -> None:
    """Run the stages on one file and print its figures (called in a fresh process)."""
    megabytes = path.stat().st_size / 1e6
    figures: list[tuple[str, float]] = []
    doc = timed(figures, "ingest", load, path)
    blocks = timed(figures, "segment", segment, doc)
    provisions = timed(figures, "extract", lambda: list(extract(doc, blocks))) if with_extract else None
    print(f"{megabytes:.1f} MB: {len(doc.raw):,} characters, {len(blocks):,} blocks, "
          + (f"{len(provisions):,} provisions" if provisions is not None else "extraction skipped"))
    for stage, seconds in figures:
        print(f"  {stage:<8} {seconds:7.2f} s  {megabytes / max(seconds, 1e-9):7.2f} MB/s")
    total = sum(seconds for _, seconds in figures)
    print(f"  {'total':<8} {total:7.2f} s  {megabytes / max(total, 1e-9):7.2f} MB/s  "
          f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50], help="sizes in MB")
    ap.add_argument("--language", choices=sorted(HEADINGS), default="en")
    ap.add_argument("--extract-up-to", type=float, default=1, metavar="MB", help="run extraction up to this size")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary instead of figures")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: measure one file in this process
    args = ap.parse_args()
    if args.one:
        run_one(args.one, args.one.stat().st_size / 1e6 <= args.extract_up_to)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic-{size:g}mb.txt"
            path.write_text(statement(size, args.language), encoding="utf-8")
            if args.profile:
                profiler = cProfile.Profile()
                profiler.runcall(lambda: list(extract(doc := load(path), segment(doc))))
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
                continue
            subprocess.run([sys.executable, __file__, "--one", str(path), "--extract-up-to", str(args.extract_up_to)],
                           check=True)


if __name__ == "__main__":
    main()
