"""Regression guard on the dev gold links, with gold provisions as input (linker measured apart from extraction)."""
from __future__ import annotations

import importlib.util
import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

from pledgegraph.link import link, strength

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_links", ROOT / "bench" / "links.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_oracle_links_on_dev_gold_keep_their_quality():
    bench = _bench()
    gold = bench.gold_documents()
    with redirect_stdout(io.StringIO()):
        docs = [bench.load_document(p) for p in sorted(bench.CORPUS.glob("*.txt")) if p.name in gold]
    for d in docs:
        d.date, d.doc_type = str(gold[d.source]["date"]), gold[d.source]["doc_type"]
    provisions = bench.oracle_provisions(gold)
    for p in provisions:
        p.strength = strength(p)
    mapping = bench.id_map(gold, provisions)
    found = {(mapping[l.earlier], mapping[l.later]): l.relation for l in link(docs, provisions)}
    expected = {(g["earlier"], g["later"]): g["relation"]
                for g in json.loads((bench.GOLD / "links.json").read_text(encoding="utf-8"))["links"]}
    hits = [k for k in found if k in expected]
    f1 = bench.prf(len(hits), len(found), len(expected))[2]
    assert f1 >= 0.8, f"link F1 {f1:.2f} fell below the 0.8 floor"
    assert sum(found[k] == expected[k] for k in hits) >= 0.8 * len(hits)
    assert not any(a.startswith("000") and b.startswith("002") or a.startswith("002") and b.startswith("000")
                   for a, b in found)  # same-date documents are never linked
