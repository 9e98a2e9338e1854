#!/usr/bin/env python3
"""Extraction quality against a gold standard, straight from ``extract()`` (no graph needed).

Usage:
  PYTHONPATH=src python bench/quality.py [--gold tests/data/gold] [--texts corpus] [--show]
  PYTHONPATH=src python bench/quality.py --real [--show] [--only REGEX]

``--real`` scores the real corpus of ``bench/real/`` (blind gold; texts re-retrieved per ``SOURCES.md`` into the
git-ignored ``bench/real/texts/``): the dev half, the held-back test half, and per language and genre.
``--show`` lists errors of the dev half only: the test half is scored, never read while tuning.

Scoring follows the evaluation kit's scorer: a system provision matches a gold provision when both come
from the same file and the system span overlaps the gold anchor; matching is one-to-one, greedy by
overlap size. Attribute accuracies are over matched pairs; strict F1 counts a committal gold provision
only when found committal with the right actors and modality.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMITTAL = {"agree", "intend", "support", "ready"}


@dataclass
class Scored:
    """One provision reduced to what is scored."""

    source: str
    span: tuple[int, int]
    actor: set[str]
    modality: str
    committal: bool
    theme: set[str] = field(default_factory=set)
    frequency: str | None = None
    deadline: str | None = None
    label: str = ""


def load_gold(gold_dir: Path, text_dirs: list[Path], names: set[str] | None = None) -> dict[str, dict]:
    """Gold documents by source name (only ``names`` when given), each provision with the ``span`` of its
    anchor."""
    docs = {}
    for f in sorted(gold_dir.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        if "provisions" not in data or (names is not None and data["source"] not in names):
            continue
        text = read_source(data["source"], text_dirs)
        for p in data["provisions"]:
            i = text.find(p["anchor"])
            if i < 0:
                raise ValueError(f"anchor of {p['id']} is not a substring of {data['source']}")
            if text.count(p["anchor"]) != 1:  # a line printed twice in a real page: the first one
                print(f"note: anchor of {p['id']} occurs {text.count(p['anchor'])} times; the first is used",
                      file=sys.stderr)
            p["span"] = (i, i + len(p["anchor"]))
        docs[data["source"]] = data
    return docs


def find_source(name: str, text_dirs: list[Path]) -> Path:
    """The file called ``name`` under one of ``text_dirs``."""
    for d in text_dirs:
        hits = sorted(d.rglob(name))
        if hits:
            return hits[0]
    raise FileNotFoundError(f"{name} not found under {[str(d) for d in text_dirs]}")


def read_source(name: str, text_dirs: list[Path]) -> str:
    """Text of a source file as the scorer reads it."""
    return find_source(name, text_dirs).read_text(encoding="utf-8")


def system_provisions(paths: list[Path]) -> list[Scored]:
    """Run ingest, segment and extract on ``paths``."""
    from pledgegraph.extract import extract
    from pledgegraph.ingest import load
    from pledgegraph.segment import segment

    out = []
    for path in paths:
        doc = load(path)
        for p in extract(doc, segment(doc)):
            out.append(Scored(source=doc.source, span=(p.start, p.end), actor=set(p.actors),
                              modality=p.modality, committal=p.committal, theme=set(p.themes),
                              frequency=p.time.frequency, deadline=p.time.deadline,
                              label=f"{p.locator}/{p.index} {p.rule}"))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Length of the overlap of two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_committal(g: dict) -> bool:
    """Whether a gold provision counts as committal."""
    return bool(g.get("committal")) or g["modality"] in COMMITTAL


def match(gold: dict[str, dict], system: list[Scored], only_committal: bool = False):
    """One-to-one greedy matching by overlap size: (pairs, missed gold, false system, n_gold, n_sys)."""
    golds = [(src, g) for src, d in gold.items() for g in d["provisions"]
             if not only_committal or gold_committal(g)]
    syss = [s for s in system if s.source in gold and (not only_committal or s.committal)]
    cand = sorted(((overlap(g["span"], s.span), gi, si) for gi, (src, g) in enumerate(golds)
                   for si, s in enumerate(syss) if s.source == src and overlap(g["span"], s.span) > 0),
                  key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in cand:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((golds[gi][1], syss[si]))
    missed = [g for i, (_, g) in enumerate(golds) if i not in used_g]
    false = [s for i, s in enumerate(syss) if i not in used_s]
    return pairs, missed, false, len(golds), len(syss)


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict], system: list[Scored]) -> dict[str, float]:
    """All figures, keyed as in the scorer's summary line."""
    pairs, _, _, n_gold, n_sys = match(gold, system)
    P, R, F = prf(len(pairs), n_sys, n_gold)
    cpairs, _, _, cn_gold, cn_sys = match(gold, system, only_committal=True)
    strict = sum(1 for g, s in cpairs if set(g["actor"]) == s.actor and g["modality"] == s.modality)
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    themes = [0, 0, 0]
    for g, s in pairs:
        _tally(acc, "actor", set(g["actor"]) == s.actor)
        if len(g["actor"]) == 1:
            _tally(acc, "actor_single", set(g["actor"]) == s.actor)
        _tally(acc, "modality", g["modality"] == s.modality)
        gt = set(g.get("themes", []))
        themes[0] += len(gt & s.theme)
        themes[1] += len(s.theme)
        themes[2] += len(gt)
        for key in ("frequency", "deadline"):
            gv = None if g.get(key) is None else str(g[key])
            sv = getattr(s, key)
            if gv is not None or sv is not None:
                _tally(acc, key, gv == sv)
    figures = {"provision_p": P, "provision_r": R, "provision_f1": F,
               "commitment_f1": prf(len(cpairs), cn_sys, cn_gold)[2],
               "strict_f1": prf(strict, cn_sys, cn_gold)[2], "theme_f1": prf(*themes)[2],
               "gold": n_gold, "system": n_sys}
    figures.update({k: ok / n if n else 0.0 for k, (ok, n) in acc.items()})
    return figures


def _tally(acc: dict[str, list[int]], key: str, ok: bool) -> None:
    acc[key][0] += ok
    acc[key][1] += 1


def evaluate(gold_dir: Path, text_dirs: list[Path]) -> tuple[dict[str, float], dict, list[Scored]]:
    """Extract the gold documents' sources and score them."""
    gold = load_gold(gold_dir, text_dirs)
    system = system_provisions([find_source(src, text_dirs) for src in gold])
    return score(gold, system), gold, system


def show(gold: dict[str, dict], system: list[Scored]) -> None:
    """Print misses, false alarms and wrong attributes."""
    pairs, missed, false, _, _ = match(gold, system)
    for g in missed:
        print(f"MISS  {g['id']:<8} {g['locator']:<8} {g['modality']:<8} {g['anchor']}")
    for s in false:
        print(f"FALSE {s.source}[{s.span[0]}:{s.span[1]}] {s.modality} {s.label}")
    for g, s in pairs:
        bad = []
        if set(g["actor"]) != s.actor:
            bad.append(f"actor {sorted(s.actor)}!={g['actor']}")
        if g["modality"] != s.modality:
            bad.append(f"modality {s.modality}!={g['modality']}")
        if gold_committal(g) != s.committal:
            bad.append(f"committal {s.committal}!={gold_committal(g)}")
        if bad:
            print(f"WRONG {g['id']:<8} {'; '.join(bad)}  [{s.label}]")


REAL = ROOT / "bench" / "real"


def real(show_dev: bool, only: str = "") -> int:
    """Figures on the real corpus: per half, per language and per genre (``bench/real/sources.json``);
    ``only``: a regex the file names scored must match (a batch just added, scored once before it is read)."""
    sources = {row["file"]: row for row in json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
               if re.search(only, row["file"])}
    missing = sorted(f for f in sources if not (REAL / "texts" / f).is_file())
    if missing:
        print(f"{len(missing)} texts are missing from bench/real/texts/ (re-retrieve them as SOURCES.md says): "
              + ", ".join(missing))
        return 1
    changed = sorted(f for f, row in sources.items()
                     if hashlib.sha256((REAL / "texts" / f).read_bytes()).hexdigest() != row["sha256"])
    if changed:
        print(f"{len(changed)} texts differ from the sha256 in sources.json (re-retrieve them): " + ", ".join(changed))
        return 1
    results = {}
    for half in ("dev", "test"):
        gold = load_gold(REAL / "gold" / half, [REAL / "texts"], set(sources))
        system = system_provisions([REAL / "texts" / src for src in gold])
        results[half] = (gold, system)
        if show_dev and half == "dev":
            show(gold, system)
    for half, (gold, system) in results.items():
        if not gold:
            continue
        report(f"real {half}", score(gold, system), len(gold))
    for key in ("lang", "genre"):
        for half, (gold, system) in results.items():
            for value in sorted({sources[src][key] for src in gold}):
                part = {src: d for src, d in gold.items() if sources[src][key] == value}
                report(f"real {half} {key}={value}", score(part, system), len(part), brief=True)
    return 0


def report(name: str, f: dict[str, float], documents: int, brief: bool = False) -> None:
    """The figures of one set; ``brief`` prints the summary line only."""
    if not brief:
        print(f"== {name}: documents: {documents}  gold provisions: {f['gold']}  system provisions: {f['system']}")
    print(f"{name}: documents={documents} gold={f['gold']} " + " ".join(
        f"{k}={f[k]:.3f}" for k in ("provision_f1", "commitment_f1", "strict_f1", "actor", "actor_single",
                                     "modality", "theme_f1", "deadline", "frequency") if k in f))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold")
    ap.add_argument("--texts", type=Path, nargs="*", default=[ROOT / "corpus"])
    ap.add_argument("--show", action="store_true", help="list misses, false alarms and wrong attributes")
    ap.add_argument("--real", action="store_true", help="score the real corpus of bench/real/ (dev, test, per "
                    "language and genre)")
    ap.add_argument("--only", default="", metavar="REGEX", help="with --real: only the files whose names match")
    a = ap.parse_args()
    if a.real:
        return real(a.show, a.only)
    figures, gold, system = evaluate(a.gold, a.texts)
    if a.show:
        show(gold, system)
    f = figures
    print(f"documents: {len(gold)}  gold provisions: {f['gold']}  system provisions: {f['system']}")
    print(f"provisions      P={f['provision_p']:.3f} R={f['provision_r']:.3f} F1={f['provision_f1']:.3f}")
    print(f"commitments     F1={f['commitment_f1']:.3f}")
    print(f"strict commit.  F1={f['strict_f1']:.3f}")
    for key in ("actor", "actor_single", "modality", "frequency", "deadline"):
        value = f"{f[key]:.3f}" if key in f else "n/a (no value on either side)"
        print(f"  {key:<12} accuracy on matched: {value}")
    print(f"  {'theme':<12} F1: {f['theme_f1']:.3f}")
    print("summary: " + " ".join(f"{k}={v:.3f}" for k, v in f.items() if isinstance(v, float)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
