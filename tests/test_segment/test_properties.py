"""segment() never crashes and its blocks stay inside the text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import document_from_text, load
from pledgegraph.segment import segment

PIECES = ["1. ", "(1)", "(イ) ", "１ ", "I. ", "一、", "（一）", "(a) ", "①", "5.", "3) ", "第六条", "Статья 2",
          "Both sides agree.", "両首脳は合意した。", "双方将合作。", "\n", "\n\n", " ", "\n \n", "2002年2月2日",
          "In Tokyo, 5 September, 2000."]


def check(doc):
    blocks = segment(doc)
    locators = [b.locator for b in blocks]
    assert len(locators) == len(set(locators))
    for block in blocks:
        assert 0 <= block.start < block.end <= len(doc.raw)  # an empty block breaks the shapes (Span-start)
        text = doc.raw[block.start:block.end]
        assert text == text.strip()
    return blocks


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_segment_never_crashes(text):
    try:
        doc = document_from_text(text)
    except PledgegraphError:
        return
    check(doc)


@pytest.mark.parametrize("path", sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt")),
                         ids=lambda p: p.name[:3])
def test_corpus_blocks_are_sane(path):
    blocks = check(load(path))
    assert sum(not b.heading for b in blocks) >= 5


def test_a_bracketed_heading_line_is_a_heading_of_its_own():
    from pledgegraph.segment import segment_text

    raw = ("首相 合意は国と国との約束だ。\n\n 【北朝鮮】\n\n 首相 北朝鮮の微笑外交に目を奪われてはならない。\n\n"
           " 大統領 再交渉を求めない。\n")
    blocks = segment_text(raw, "ja")
    texts = [(raw[b.start:b.end].strip(), b.heading) for b in blocks]
    assert ("【北朝鮮】", True) in texts
    assert ("首相 北朝鮮の微笑外交に目を奪われてはならない。", False) in texts
