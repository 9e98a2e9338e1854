"""segment() never crashes and its blocks stay inside the text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import document_from_text, load
from pledgegraph.segment import segment

PIECES = ["1. ", "(1)", "(イ) ", "１ ", "I. ", "一、", "（一）", "(a) ", "①", "5.", "3) ", "Both sides agree.",
          "両首脳は合意した。", "双方将合作。", "\n", "\n\n", " ", "\n \n", "2002年2月2日", "In Tokyo, 5 September, 2000."]


def check(doc):
    blocks = segment(doc)
    locators = [b.locator for b in blocks]
    assert len(locators) == len(set(locators))
    for block in blocks:
        assert 0 <= block.start <= block.end <= len(doc.raw)
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
