#!/usr/bin/env python3
"""Document metadata accuracy on the real corpus: detected date, genre and parties against ``bench/real/sources.json``.

Usage:
  PYTHONPATH=src python bench/metadata.py [--show]

Per half (dev, test) it prints the share of documents whose detected date is exactly the recorded one, falls in
the same year and month, or in the same year, the share whose detected genre is the recorded one, and the share
whose detected parties are the recorded pair. ``--show`` lists the documents of the dev half whose date, genre or
parties are wrong; the test half is scored only,
never listed (it is held back from tuning).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "bench" / "real"


def date_scores(gold: str, found: str | None) -> tuple[bool, bool, bool]:
    """(exact, same year-month, same year) of a detected date against the recorded one."""
    if not found:
        return False, False, False
    same_month = len(gold) >= 7 and len(found) >= 7 and found[:7] == gold[:7]
    return found == gold, same_month, found[:4] == gold[:4]


def evaluate(rows: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Figures for the documents of ``rows`` and one line per document with a wrong date or genre."""
    from pledgegraph.extract.parties import detect_parties
    from pledgegraph.ingest import load

    totals = {"exact": 0, "year_month": 0, "year": 0, "genre": 0, "parties": 0}
    wrong = []
    for row in rows:
        doc = load(REAL / "texts" / row["file"])
        exact, month, year = date_scores(row["date"], doc.date)
        genre = doc.genre == row["genre"]
        found = sorted(doc.parties or detect_parties(doc))
        parties = "-".join(found).lower() == row["pair"]
        for key, ok in zip(totals, (exact, month, year, genre, parties)):
            totals[key] += ok
        if not (exact and genre and parties):
            wrong.append(f"{row['file']:<24} date {doc.date!s:<10} gold {row['date']:<10} "
                         f"[{doc.metadata_rules.get('date', '')}]  genre {doc.genre} gold {row['genre']} "
                         f"[{doc.metadata_rules.get('genre', '')}]  "
                         f"parties {'-'.join(found).lower()} gold {row['pair']}")
    n = len(rows) or 1
    return {k: v / n for k, v in totals.items()} | {"documents": len(rows)}, wrong


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the dev documents with a wrong date, genre or parties")
    a = ap.parse_args()
    rows = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
    missing = sorted(r["file"] for r in rows if not (REAL / "texts" / r["file"]).is_file())
    if missing:
        print(f"{len(missing)} texts are missing from bench/real/texts/ (re-retrieve them as SOURCES.md says)")
        return 1
    for half in ("dev", "test"):
        figures, wrong = evaluate([r for r in rows if r["split"] == half])
        if a.show and half == "dev":
            print("\n".join(wrong))
        print(f"real {half}: documents={figures['documents']} date_exact={figures['exact']:.3f} "
              f"date_year_month={figures['year_month']:.3f} date_year={figures['year']:.3f} "
              f"genre={figures['genre']:.3f} parties={figures['parties']:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
