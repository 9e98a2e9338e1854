"""Every gold locator of the dev documents is among the segmenter's locators, with its anchor inside."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgegraph.ingest import load
from pledgegraph.segment import segment

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted(p for p in (ROOT / "tests" / "data" / "gold").glob("*.json") if p.name != "links.json")


@pytest.mark.parametrize("gold_file", GOLD, ids=lambda p: p.stem[:3])
def test_gold_locators_and_anchors(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    doc = load(ROOT / "corpus" / gold["source"])
    blocks = {b.locator: b for b in segment(doc)}
    for provision in gold["provisions"]:
        block = blocks.get(provision["locator"])
        assert block is not None, provision["locator"]
        anchor_at = doc.raw.index(provision["anchor"])
        assert block.start <= anchor_at < block.end, (provision["id"], provision["locator"])
        assert not block.heading
