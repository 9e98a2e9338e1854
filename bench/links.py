#!/usr/bin/env python3
"""Evolution-link benchmark: link P/R/F1 and relation accuracy against tests/data/gold/links.json.

Gold provision ids are mapped to system provisions by anchor overlap (as the scorer does: same source,
greedy one-to-one by overlap size). Two figures are printed: over all system links (what the scorer counts)
and over links whose both ends lie in gold-annotated documents (the dev gold has no links for the others).

  PYTHONPATH=src python bench/links.py [--oracle] [--show]

--oracle builds provisions from the gold files themselves (gold spans, text, modality, actors, themes), so the
linker is measured apart from extraction errors.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pledgegraph.ingest import load  # noqa: E402
from pledgegraph.link import attach_cites, find_citations, link, strength  # noqa: E402
from pledgegraph.model import Document, Provision, TimeQualifier  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
CORPUS = ROOT / "corpus"
COMMITTAL = {"agree", "intend", "support", "ready"}


def gold_documents() -> dict[str, dict]:
    """Gold JSON of every annotated document, by source, with each provision's anchor span added."""
    docs = {}
    for path in sorted(GOLD.glob("*.json")):
        if path.name == "links.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (CORPUS / data["source"]).read_text(encoding="utf-8")
        for g in data["provisions"]:
            i = text.index(g["anchor"])
            g["span"] = (i, i + len(g["anchor"]))
        docs[data["source"]] = data
    return docs


def oracle_provisions(gold: dict[str, dict]) -> list[Provision]:
    """Provisions made from the gold annotation (anchor span, clause text as quote)."""
    found, counters = [], Counter()
    for source, data in gold.items():
        for g in data["provisions"]:
            counters[(source, g["locator"])] += 1
            time = TimeQualifier(frequency=g.get("frequency"), deadline=g.get("deadline") and str(g["deadline"]))
            found.append(Provision(source, g["locator"], counters[(source, g["locator"])], g["span"][0],
                                   g["span"][1], g["text"], list(g["actor"]), g["modality"],
                                   g["modality"] in COMMITTAL, list(g.get("themes", [])), time))
    return found


def system_provisions(documents) -> list[Provision]:
    from pledgegraph.extract import extract
    from pledgegraph.segment import segment

    return [p for doc in documents for p in extract(doc, segment(doc))]


def id_map(gold: dict[str, dict], provisions: list[Provision]) -> dict[str, str]:
    """System provision key -> gold id, greedy one-to-one by overlap of the gold anchor and the system span."""
    cand = []
    for source, data in gold.items():
        for g in data["provisions"]:
            for p in provisions:
                if p.source == source:
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oracle", action="store_true", help="use gold provisions instead of the extractor")
    ap.add_argument("--show", action="store_true", help="list every system and missed link")
    args = ap.parse_args()
    gold = gold_documents()
    documents = [load_document(path) for path in sorted(CORPUS.glob("*.txt"))]
    for doc in documents:
        if doc.date is None and doc.source in gold:
            doc.date = str(gold[doc.source]["date"])
            print(f"note: {doc.source} has no date from ingest; using the gold date {doc.date}")
        if not doc.doc_type and doc.source in gold:
            doc.doc_type = gold[doc.source]["doc_type"]
    provisions = oracle_provisions(gold) if args.oracle else system_provisions(documents)
    for p in provisions:
        p.strength = strength(p)
    citations = find_citations(documents)
    attach_cites(provisions, citations, documents)  # as the pipeline does
    links = link(documents, provisions, citations)
    mapping = id_map(gold, provisions)
    gold_links = {(g["earlier"], g["later"]): g["relation"]
                  for g in json.loads((GOLD / "links.json").read_text(encoding="utf-8"))["links"]}
    system = {(mapping.get(l.earlier, "?" + l.earlier), mapping.get(l.later, "?" + l.later)): l for l in links}
    in_gold_docs = {k: l for k, l in system.items()
                    if l.earlier.split("#")[0] in gold and l.later.split("#")[0] in gold}
    hits = [k for k in system if k in gold_links]
    right = sum(system[k].relation == gold_links[k] for k in hits)
    for name, pool in (("all links", system), ("gold docs", in_gold_docs)):
        p, r, f = prf(len(hits), len(pool), len(gold_links))
        print(f"{name:<10} P={p:.3f} R={r:.3f} F1={f:.3f}  (gold={len(gold_links)}, system={len(pool)}, tp={len(hits)})")
    print(f"relation right on matched links: {right}/{len(hits)} = {right / len(hits) if hits else 0:.2f}")
    print(f"citations: {len(citations)} ({sum(c.target is not None for c in citations)} resolved in the corpus)")
    if args.show:
        for k, l in sorted(system.items(), key=lambda kv: kv[0]):
            mark = "OK  " if k in gold_links else "FALSE"
            gold_rel = f" gold={gold_links[k]}" if k in gold_links else ""
            print(f"{mark} {k[0]:>10} -> {k[1]:<10} {l.relation:<11}{gold_rel:<17} {l.score:.2f} {l.rule} {l.shared}")
        for k in sorted(gold_links):
            if k not in system:
                print(f"MISS {k[0]:>10} -> {k[1]:<10} {gold_links[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
