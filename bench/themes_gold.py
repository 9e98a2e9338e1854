"""Theme micro-F1 of the label matcher against the dev gold (clause text only, and with block context).

Run: ``PYTHONPATH=src python bench/themes_gold.py [-v]``. The "block" of a provision is approximated by
the gold provisions sharing its locator; the heading by the first line of the paragraph in the source.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from pledgegraph.extract.themes import match, match_context

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def provisions():
    for path in sorted(GOLD.glob("0*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        by_block = defaultdict(list)
        for p in doc["provisions"]:
            by_block[p["locator"]].append(unicodedata.normalize("NFKC", p["text"]))
        for p in doc["provisions"]:
            yield doc["language"], p, " ".join(by_block[p["locator"]])


def f1(rows):
    tp = sum(len(set(g) & set(s)) for g, s in rows)
    ns = sum(len(s) for _, s in rows)
    ng = sum(len(g) for g, _ in rows)
    p, r = tp / ns if ns else 0.0, tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(verbose: bool) -> None:
    plain, context = [], []
    for lang, p, block in provisions():
        text = unicodedata.normalize("NFKC", p["text"])
        m = match(text, lang)
        c = match_context(text, block, "", lang)
        plain.append((p["themes"], m.themes))
        context.append((p["themes"], c.themes))
        if verbose and set(c.themes) != set(p["themes"]):
            print(f"{p['id']:8} gold={p['themes']} got={c.themes} {c.rule[:90]} | {text[:70]}")
    for name, rows in (("clause", plain), ("context", context)):
        print(f"theme {name:8} P={f1(rows)[0]:.3f} R={f1(rows)[1]:.3f} F1={f1(rows)[2]:.3f} (n={len(rows)})")


if __name__ == "__main__":
    main("-v" in sys.argv)
