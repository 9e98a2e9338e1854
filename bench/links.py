#!/usr/bin/env python3
"""Evolution-link benchmark: link P/R/F1 and relation accuracy on the seeds, the real dev half and the test half.

Three gold sets, each scored with provisions from the extractor and (``oracle``) with provisions taken from the
gold itself, so that the linker is measured apart from extraction:

- ``seeds``: the five bundled documents of ``corpus/`` (gold provisions in ``tests/data/gold`` and
  ``tests/data/gold-extra``, links in both ``links.json``);
- ``dev``: the real development half (``bench/real/gold/dev``, texts in ``bench/real/texts``);
- ``test``: the real held-back half (``bench/real/gold/test``): figures only, never its errors.

Gold provision ids are mapped to system provisions by anchor overlap (same source, greedy one-to-one by overlap
size, as the scorer does); a system link counts when both ends map onto the ends of a gold link. Relation
accuracy is over the links found. Documents keep the date ingest reads; when ingest reads none, the gold date
is used (``oracle`` uses the gold date throughout: document metadata is part of what it takes from the gold).

  PYTHONPATH=src python bench/links.py [--set seeds dev test] [--mode extracted oracle] [--show]
                                       [--min-confidence X]

``--show`` lists every system and missed link of the seeds and the dev half (never of the test half), with its
confidence, rule and shared objects. ``--min-confidence X`` scores only the links at least that sure (what
``trace --min-confidence X`` shows): precision should rise with X.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pledgegraph.extract.parties import detect_parties  # noqa: E402
from pledgegraph.ingest import load  # noqa: E402
from pledgegraph.link import attach_cites, find_citations, link, strength  # noqa: E402
from pledgegraph.model import Document, Provision, TimeQualifier  # noqa: E402

CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"
GOLD_EXTRA = ROOT / "tests" / "data" / "gold-extra"
REAL = ROOT / "bench" / "real"
COMMITTAL = {"agree", "intend", "support", "ready"}


@dataclass
class GoldSet:
    """One scored set: where its gold provisions, links and texts are."""

    name: str
    gold_dirs: list[Path]
    texts: Path
    held_back: bool = False
    docs: dict[str, dict] = field(default_factory=dict)  # source -> gold JSON (provisions with "span")
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # (earlier id, later id) -> relation

    def load(self) -> GoldSet:
        for gold_dir in self.gold_dirs:
            for path in sorted(gold_dir.glob("*.json")):
                data = json.loads(path.read_text(encoding="utf-8"))
                if "links" in data:
                    self.links.update({(g["earlier"], g["later"]): g["relation"] for g in data["links"]})
                    continue
                text = (self.texts / data["source"]).read_text(encoding="utf-8")
                for g in data["provisions"]:
                    i = text.find(g["anchor"])  # a line printed twice in a real page: the first one
                    if i < 0:
                        raise ValueError(f"anchor of {g['id']} is not in {data['source']}")
                    g["span"] = (i, i + len(g["anchor"]))
                self.docs[data["source"]] = data
        return self


def gold_sets() -> dict[str, GoldSet]:
    return {"seeds": GoldSet("seeds", [GOLD, GOLD_EXTRA], CORPUS),
            "dev": GoldSet("dev", [REAL / "gold" / "dev"], REAL / "texts"),
            "test": GoldSet("test", [REAL / "gold" / "test"], REAL / "texts", held_back=True)}


def gold_documents() -> dict[str, dict]:
    """Gold JSON of the seed documents 000/002/003 (``tests/data/gold``), each provision with its anchor span."""
    return GoldSet("seeds", [GOLD], CORPUS).load().docs


def oracle_provisions(gold: dict[str, dict]) -> list[Provision]:
    """Provisions made from the gold annotation (anchor span, clause text as quote)."""
    found, counters = [], Counter()
    for source, data in gold.items():
        for g in data["provisions"]:
            counters[(source, g["locator"])] += 1
            time_ = TimeQualifier(frequency=g.get("frequency"), frequency_qualifier=g.get("frequency_qualifier"),
                                  deadline=g.get("deadline") and str(g["deadline"]))
            found.append(Provision(source, g["locator"], counters[(source, g["locator"])], g["span"][0],
                                   g["span"][1], g["text"], list(g["actor"]), g["modality"],
                                   g["modality"] in COMMITTAL, list(g.get("themes", [])), time_))
    return found


def system_provisions(documents) -> list[Provision]:
    from pledgegraph.extract import extract
    from pledgegraph.segment import segment

    return [p for doc in documents for p in extract(doc, segment(doc))]


def id_map(gold: dict[str, dict], provisions: list[Provision]) -> dict[str, str]:
    """System provision key -> gold id, greedy one-to-one by overlap of the gold anchor and the system span."""
    by_source: dict[str, list[Provision]] = {}
    for p in provisions:
        by_source.setdefault(p.source, []).append(p)
    cand = []
    for source, data in gold.items():
        for g in data["provisions"]:
            for p in by_source.get(source, []):
                overlap = min(g["span"][1], p.end) - max(g["span"][0], p.start)
                if overlap > 0:
                    cand.append((-overlap, g["id"], p.key))
    used_g, used_s, mapping = set(), set(), {}
    for _, gid, key in sorted(cand):
        if gid not in used_g and key not in used_s:
            used_g.add(gid)
            used_s.add(key)
            mapping[key] = gid
    return mapping


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_document(path: Path) -> Document:
    """``ingest.load``, or a bare document when ingest fails (the bench must still measure the linker)."""
    try:
        return load(path)
    except Exception as err:  # noqa: BLE001 - report and fall back
        print(f"note: ingest failed on {path.name} ({type(err).__name__}); using the bare text")
        raw = path.read_text(encoding="utf-8")
        language = "ja" if re.search(r"[\u3040-\u30ff]", raw) else "zh" if re.search(r"[\u4e00-\u9fff]", raw) else "en"
        return Document(source=path.name, raw=raw, language=language)


@dataclass
class Result:
    """The figures of one set in one mode."""

    gold: int
    system: int
    tp: int
    right: int
    dates_from_gold: int
    seconds: float
    listing: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p, r, f = prf(self.tp, self.system, self.gold)
        acc = self.right / self.tp if self.tp else 0.0
        return (f"{name:<22} P={p:.3f} R={r:.3f} F1={f:.3f}  relation={acc:.2f} ({self.right}/{self.tp})  "
                f"gold={self.gold} system={self.system}  [gold dates: {self.dates_from_gold}, {self.seconds:.1f}s]")


def run(gs: GoldSet, oracle: bool, show: bool, min_confidence: float = 0.0) -> Result:
    documents = [load_document(gs.texts / source) for source in sorted(gs.docs)]
    from_gold = 0
    for doc in documents:
        data = gs.docs[doc.source]
        if oracle or doc.date is None:
            from_gold += doc.date != str(data["date"])
            doc.date = str(data["date"])
        if not doc.doc_type:
            doc.doc_type = data.get("doc_type", "")
    provisions = oracle_provisions(gs.docs) if oracle else system_provisions(documents)
    if oracle:  # the parties as the pipeline finds them (extraction does it for the extracted provisions)
        for doc in documents:
            doc.parties = doc.parties or detect_parties(doc)
    for p in provisions:
        p.strength = strength(p)
    started = time.perf_counter()
    citations = find_citations(documents)
    attach_cites(provisions, citations, documents)  # as the pipeline does
    links = [l for l in link(documents, provisions, citations) if l.confidence >= min_confidence]
    seconds = time.perf_counter() - started
    mapping = id_map(gs.docs, provisions)
    system = {(mapping.get(l.earlier, "?" + l.earlier), mapping.get(l.later, "?" + l.later)): l for l in links}
    hits = [k for k in system if k in gs.links]
    right = sum(system[k].relation == gs.links[k] for k in hits)
    result = Result(len(gs.links), len(system), len(hits), right, from_gold, seconds)
    if show and not gs.held_back:
        for k, l in sorted(system.items()):
            mark = ("OK  " if system[k].relation == gs.links[k] else "REL ") if k in gs.links else "FALSE"
            gold_rel = f" gold={gs.links[k]}" if k in gs.links else ""
            result.listing.append(f"{mark} {k[0]:>10} -> {k[1]:<10} {l.relation:<11}{gold_rel:<17} {l.score:.2f} "
                                  f"conf={l.confidence:.2f} {l.rule} {' '.join(l.objects)}")
        for k in sorted(gs.links):
            if k not in system:
                result.listing.append(f"MISS  {k[0]:>10} -> {k[1]:<10} {gs.links[k]}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="+", choices=["seeds", "dev", "test"], default=["seeds", "dev", "test"])
    ap.add_argument("--mode", nargs="+", choices=["extracted", "oracle"], default=["extracted", "oracle"])
    ap.add_argument("--oracle", action="store_true", help="same as --mode oracle")
    ap.add_argument("--show", action="store_true", help="list every system and missed link (seeds and dev only)")
    ap.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                    help="score only the links whose confidence is at least X (as `trace --min-confidence` shows them)")
    args = ap.parse_args()
    modes = ["oracle"] if args.oracle else args.mode
    sets = gold_sets()
    for name in args.set:
        gs = sets[name]
        if not gs.texts.is_dir() or not any(gs.texts.glob("*.txt")):
            print(f"{name}: texts missing in {gs.texts} (re-retrieve them as bench/real/SOURCES.md says)")
            continue
        gs.load()
        for mode in modes:
            result = run(gs, mode == "oracle", args.show, args.min_confidence)
            label = f"{name}{' (held back)' if gs.held_back else ''} {mode}"
            print(result.line(label))
            for line in result.listing:
                print("   " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
