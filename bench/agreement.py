"""Agreement between two blind annotations of the same real excerpts, scored like the extractor.

Usage: python bench/agreement.py [SECOND_GOLD_DIR] [--texts DIR]   (default: bench/real/agreement)

The first annotation is the real corpus gold (``bench/real/gold/dev`` and ``test``); the second, made by another
annotator who saw neither the first nor the extractor, is read as if it were a system's output (each provision's
whole clause text as its span), so the figures are directly comparable with ``bench/quality.py --real``: they say
how far two careful people agree, a ceiling for any extractor judged against one of them. Prints one line per
language and one for all, keyed as the scorer's summary.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as q  # noqa: E402


def as_system(gold: dict[str, dict], text_dirs: list[Path]) -> list[q.Scored]:
    """The provisions of ``gold`` as scored system output (span: the clause text, else the anchor)."""
    out = []
    for name, doc in gold.items():
        text = q.read_source(name, text_dirs)
        for p in doc["provisions"]:
            start = text.find(p["text"])
            span = (start, start + len(p["text"])) if start >= 0 else tuple(p["span"])
            out.append(q.Scored(source=name, span=span, actor=set(p["actor"]), modality=p["modality"],
                                committal=q.gold_committal(p), theme=set(p.get("themes", [])),
                                frequency=None if p.get("frequency") is None else str(p["frequency"]),
                                deadline=None if p.get("deadline") is None else str(p["deadline"])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("second", type=Path, nargs="?", default=q.REAL / "agreement",
                    help="folder of the second annotation's gold files")
    ap.add_argument("--texts", type=Path, default=q.REAL / "texts")
    args = ap.parse_args()
    langs = {r["file"]: r["lang"] for r in json.loads((q.REAL / "sources.json").read_text(encoding="utf-8"))}
    second = q.load_gold(args.second, [args.texts])
    first = {}
    for half in ("dev", "test"):
        first.update(q.load_gold(q.REAL / "gold" / half, [args.texts], set(second)))
    for lang in sorted({langs[n] for n in second}) + ["all"]:
        names = {n for n in second if lang in ("all", langs[n])}
        figures = q.score({n: first[n] for n in names}, as_system({n: second[n] for n in names}, [args.texts]))
        q.report(f"agreement {lang}", figures, len(names), brief=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
