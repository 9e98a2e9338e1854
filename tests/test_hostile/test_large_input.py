"""A large statement (2.5 MB) goes through ingest and segmentation with valid offsets (no timing asserts:
bench/ingest_speed.py prints the figures)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from pledgegraph.ingest import load
from pledgegraph.segment import segment


def synthetic_statement(megabytes: float, language: str) -> str:
    """The benchmark's generator (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("ingest_speed", Path(__file__).resolve().parents[2] / "bench" / "ingest_speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.statement(megabytes, language)


def test_large_japanese_statement_has_valid_offsets(tmp_path):
    path = tmp_path / "large.txt"
    path.write_text(synthetic_statement(2.5, "ja").replace("\n", "\r\n"), encoding="utf-8")
    doc = load(path)
    assert doc.language == "ja" and len(doc.raw) > 800_000 and "\r" not in doc.raw
    assert len(doc.norm_to_raw) == len(doc.norm) + 1
    assert all(a <= b for a, b in zip(doc.norm_to_raw[::997], doc.norm_to_raw[997::997]))
    assert doc.norm_to_raw[-1] <= len(doc.raw)
    blocks = segment(doc)
    body = [b for b in blocks if not b.heading]
    assert len(body) > 900
    assert all(0 <= b.start < b.end <= len(doc.raw) for b in blocks)
    assert body[0].locator == "1" and doc.raw[body[0].start:body[0].start + 4] == "両首脳は"
