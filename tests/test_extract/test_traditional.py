"""Traditional Chinese is read as Simplified (the lexicons' and thesaurus' script), offsets unchanged."""
from __future__ import annotations

from pledgegraph.extract import extract
from pledgegraph.ingest import document_from_text
from pledgegraph.lang.chinese import simplified
from pledgegraph.segment import segment

TEXT = "中法聯合聲明\n\n中法將繼續秉持透明、尊重和互信原則在核能領域展開合作。法方願和中方加強溝通協調。\n"


def test_the_simplified_view_keeps_every_offset():
    assert simplified(TEXT) == "中法联合声明\n\n中法将继续秉持透明、尊重和互信原则在核能领域展开合作。法方愿和中方加强沟通协调。\n"
    assert len(simplified(TEXT)) == len(TEXT)


def test_a_traditional_text_yields_its_pledges_with_verbatim_quotes():
    doc = document_from_text(TEXT, "zh-hant.txt")
    found = extract(doc, segment(doc))
    assert doc.parties == ["CN", "FR"]
    assert [(p.actors, p.modality) for p in found] == [(["CN", "FR"], "intend"), (["FR"], "ready")]
    assert all(doc.raw[p.start:p.end] == p.quote and "將" in found[0].quote for p in found)
