"""The normalised view and its offset map."""
from __future__ import annotations

import unicodedata

from pledgegraph.ingest import document_from_text
from pledgegraph.ingest.normalize import normalise, raw_to_norm, trimmed_raw_span


def assert_map_ok(raw: str, norm: str, offsets) -> None:
    assert len(offsets) == len(norm) + 1
    assert all(0 <= o <= len(raw) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, list(offsets)[1:]))


def test_full_width_digits_and_letters_become_ascii():
    raw = "２０１３年４月２９日 ＷＴＯ"
    norm, offsets = normalise(raw)
    assert norm == "2013年4月29日 WTO"
    assert_map_ok(raw, norm, offsets)
    assert raw[offsets[norm.index("WTO")]] == "Ｗ"


def test_expanding_character_maps_every_output_to_its_source():
    raw = "株式会社㈱です"
    norm, offsets = normalise(raw)
    assert "(株)" in norm
    i = norm.index("(株)")
    assert offsets[i] == offsets[i + 1] == offsets[i + 2] == raw.index("㈱")
    assert_map_ok(raw, norm, offsets)


def test_pdf_line_break_inside_cjk_is_joined():
    raw = "俄罗斯联邦外交部长在东京会\n\n议上通过了声明。 \n\n \n\n下一段。"
    norm, offsets = normalise(raw)
    assert "东京会议上通过" in norm
    assert "声明。 \n\n \n\n下一段" in norm  # a sentence end and a wide gap stay
    start = norm.index("东京会议")
    a, b = trimmed_raw_span(raw, offsets, start, start + 4)
    assert raw[a:b] == "东京会\n\n议"


def test_latin_line_breaks_are_kept():
    norm, _ = normalise("Both sides\nagree.")
    assert norm == "Both sides\nagree."


def test_navigation_lines_are_dropped():
    raw = ("外務省 English リンクページ よくある質問集 検索 サイトマップ\n"
           "トップページ 会談・訪問 主な要人の来日日程\n主な要人の来日日程\n\n日露外相会談\n\n本文です。\n\nBACK\nBack to Top\n")
    norm, offsets = normalise(raw)
    assert "サイトマップ" not in norm and "BACK" not in norm and "Back to Top" not in norm
    assert "主な要人" not in norm
    assert "日露外相会談" in norm and "本文です。" in norm
    assert_map_ok(raw, norm, offsets)


def test_a_bar_of_section_names_is_navigation_and_a_title_case_headline_is_not():
    raw = ("News World Business Sport Opinion Culture Science Travel Video Podcasts\n\n"
           "India And Iran Sign Port Deal To Boost Trade Ties\n\nBoth sides agreed to cooperate.\n")
    norm, _ = normalise(raw)
    assert "Opinion" not in norm and "India And Iran Sign Port Deal" in norm


def test_raw_span_text_normalises_to_norm_text():
    doc = document_from_text("１ 両首脳は，平和条約\n\n締結交渉を進めることで合意した。")
    start = doc.norm.index("平和条約締結")
    a, b = doc.raw_span(start, start + 6)
    squeezed = "".join(unicodedata.normalize("NFKC", c) for c in doc.raw[a:b] if not c.isspace())
    assert squeezed == "平和条約締結"
    assert raw_to_norm(doc.norm_to_raw, a) == start
