"""Extraction throughput (MB/s) and peak memory on large synthetic statements (figures, no asserts).

Usage: python bench/extract_speed.py [--sizes 1 5 20] [--languages en ja] [--giant] [--profile FILE] [--keep DIR]
A statement of each size (MB of UTF-8) is built from a real corpus document of the language: its numbered
paragraphs (with their indented continuation paragraphs) are shuffled per repetition and renumbered 1..999,
then from 1 again (``--giant``: never, so everything after paragraph 999 is one block), between the original
front and closing matter. Each size runs in a fresh process (ingest, segment, extract)
and prints seconds and MB/s per stage and the process's peak memory. ``--profile FILE`` writes a cProfile of
the extraction of the first size to FILE instead (read it with ``python -m pstats FILE``).
"""
from __future__ import annotations

import argparse
import cProfile
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pledgegraph import bundled
from pledgegraph.extract import extract
from pledgegraph.ingest import load
from pledgegraph.segment import segment

#: corpus document, paragraph separator and paragraph-number pattern per language (group 2 is the number)
SOURCES = {
    "en": ("003_*.txt", "\n\n", re.compile(r"^(\s*)(\d+)(\.\s)")),
    "ja": ("004_*.txt", "\n\n \n\n", re.compile(r"^(\s*)([０-９]+)(\s)")),
}
RESTART = 999  # paragraph numbers have at most three digits
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _parts(language: str) -> tuple[list[str], list[list[str]], list[str]]:
    """(front paragraphs, numbered items, closing paragraphs) of the language's corpus document; an item
    is a numbered paragraph plus the indented paragraphs that continue it."""
    pattern, separator, number = SOURCES[language]
    text = next(bundled.corpus().glob(pattern)).read_text(encoding="utf-8")
    paras = [p for p in text.split(separator) if p.strip()]
    numbered = [i for i, p in enumerate(paras) if number.match(p)]
    items, last = [], numbered[-1]
    for i in numbered:
        item = [paras[i]]
        j = i + 1
        while j < len(paras) and j not in numbered and paras[j][:1].isspace() and paras[j].strip()[:1].isupper():
            item.append(paras[j])
            j += 1
        items.append(item)
        if i == last:
            last = j
    return paras[:numbered[0]], items, paras[last:]


def statement(megabytes: float, language: str = "en", seed: int = 0, restart: int = RESTART) -> str:
    """A numbered statement of about ``megabytes`` MB of UTF-8 built from a corpus document; numbering
    starts again at 1 after ``restart`` (0: never, so that what follows the last printable number is one
    giant paragraph)."""
    front, items, closing = _parts(language)
    _, separator, number = SOURCES[language]
    rng = random.Random(seed)
    head, tail = separator.join(front) + separator, separator + separator.join(closing) + "\n"
    size = int(megabytes * 1_000_000)
    out, total, n = [head], len((head + tail).encode()), 0
    while total < size:
        for item in rng.sample(items, len(items)):
            n = n + 1 if n < restart or not restart else 1
            label = str(n).translate(FULL_WIDTH) if language == "ja" else str(n)
            first = number.sub(lambda m: m.group(1) + label + m.group(3), item[0], count=1)
            part = separator.join([first] + item[1:]) + separator
            out.append(part)
            total += len(part.encode())
            if total >= size:
                break
    return "".join(out)[:-len(separator)] + tail


def run_one(path: Path) -> None:
    """Ingest, segment and extract one file and print its figures (called in a fresh process)."""
    megabytes = path.stat().st_size / 1e6
    t0 = time.perf_counter()
    doc = load(path)
    t1 = time.perf_counter()
    blocks = segment(doc)
    t2 = time.perf_counter()
    provisions = extract(doc, blocks)
    t3 = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{path.name}: {megabytes:.1f} MB, {len(blocks):,} blocks, {len(provisions):,} provisions; "
          f"ingest {t1 - t0:.1f} s, segment {t2 - t1:.1f} s, extract {t3 - t2:.1f} s = "
          f"{megabytes / max(t3 - t2, 1e-9):.2f} MB/s; peak memory {peak:.0f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="sizes in MB")
    ap.add_argument("--languages", nargs="+", choices=sorted(SOURCES), default=sorted(SOURCES))
    ap.add_argument("--profile", type=Path, metavar="FILE", help="write a cProfile of extraction to FILE")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write the synthetic texts here and keep them")
    ap.add_argument("--giant", action="store_true",
                    help="never restart the numbering: all text after paragraph 999 is one giant block")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: measure one file in this process
    args = ap.parse_args()
    if args.one:
        run_one(args.one)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for language in args.languages:
            for size in args.sizes:
                path = folder / f"synthetic-{language}-{size:g}mb.txt"
                path.write_text(statement(size, language, restart=0 if args.giant else RESTART), encoding="utf-8")
                if args.profile:
                    doc = load(path)
                    blocks = segment(doc)
                    cProfile.runctx("extract(doc, blocks)", globals(), {"doc": doc, "blocks": blocks},
                                    str(args.profile))
                    print(f"profile of {path.name} written to {args.profile}")
                    return
                subprocess.run([sys.executable, __file__, "--one", str(path)], check=True)


if __name__ == "__main__":
    main()
