"""Helpers for extractor tests: documents built from literal strings, one block per paragraph."""
from __future__ import annotations

import re

import pytest

from pledgegraph.model import Block, Document, Person


def make_doc(text: str, language: str, parties: list[str], persons: list[Person] | None = None) -> Document:
    """A Document whose normalised view is the raw text itself."""
    return Document(source="t.txt", raw=text, language=language, norm=text,
                    norm_to_raw=list(range(len(text) + 1)), date="2023-01-01",
                    parties=parties, persons=persons or [])


def paragraphs(text: str) -> list[Block]:
    """One block per blank-line separated paragraph, located p1, p2, ..."""
    return [Block(f"p{i}", m.start(), m.end())
            for i, m in enumerate(re.finditer(r"\S(?:.|\n(?!\s*\n))*", text), 1)]


@pytest.fixture
def extract_text():
    """Run the default extractor on a literal text: (text, language, parties) -> provisions."""
    from pledgegraph.extract import extract

    def run(text: str, language: str, parties: list[str], persons=None, blocks=None):
        doc = make_doc(text, language, parties, persons)
        return extract(doc, blocks if blocks is not None else paragraphs(text))
    return run
