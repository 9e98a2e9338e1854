"""Speed and peak memory of ingest + segment + extract on large synthetic statements (figures, no asserts).

Usage: python bench/ingest_speed.py [--sizes 1 10 50] [--language en|ja] [--profile]
Writes a numbered joint statement of each size (MB of UTF-8) into a temporary folder, runs the stages on it
and prints seconds, MB/s, provisions and peak traced memory per stage. ``--profile`` prints the 25 most
expensive functions of each run (cProfile, cumulative time).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
import tracemalloc
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


def stages(path: Path) -> list[tuple[str, float, int]]:
    """(stage, seconds, peak bytes) for ingest, segment and extract of one file."""
    figures = []
    tracemalloc.start()
    t0 = time.perf_counter()
    doc = load(path)
    figures.append(("ingest", time.perf_counter() - t0, tracemalloc.get_traced_memory()[1]))
    tracemalloc.reset_peak()
    t0 = time.perf_counter()
    blocks = segment(doc)
    figures.append(("segment", time.perf_counter() - t0, tracemalloc.get_traced_memory()[1]))
    tracemalloc.reset_peak()
    t0 = time.perf_counter()
    provisions = list(extract(doc, blocks))
    figures.append(("extract", time.perf_counter() - t0, tracemalloc.get_traced_memory()[1]))
    tracemalloc.stop()
    print(f"  {len(doc.raw):,} characters, {len(blocks):,} blocks, {len(provisions):,} provisions")
    return figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50], help="sizes in MB")
    ap.add_argument("--language", choices=sorted(HEADINGS), default="en")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary instead of memory figures")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic-{size:g}mb.txt"
            path.write_text(statement(size, args.language), encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            print(f"{megabytes:.1f} MB {args.language} statement:")
            if args.profile:
                profiler = cProfile.Profile()
                profiler.runcall(lambda: list(extract(doc := load(path), segment(doc))))
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
                continue
            figures = stages(path)
            for stage, seconds, peak in figures:
                print(f"  {stage:<8} {seconds:7.2f} s  {megabytes / max(seconds, 1e-9):7.2f} MB/s  "
                      f"peak {peak / 1e6:7.0f} MB")
            total = sum(seconds for _, seconds, _ in figures)
            print(f"  {'total':<8} {total:7.2f} s  {megabytes / max(total, 1e-9):7.2f} MB/s")


if __name__ == "__main__":
    main()
