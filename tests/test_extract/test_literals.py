"""The literal pre-screen must give exactly what re.finditer gives, for every lexicon pattern."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.extract.literals import Screen

LANG = Path(__file__).resolve().parents[2] / "src" / "pledgegraph" / "lang"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _cue_patterns() -> list[re.Pattern]:
    patterns = []
    for path in sorted(LANG.glob("*/cues.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        flags = re.IGNORECASE if "i" in str(data.get("flags", "")) else 0
        patterns += [re.compile(c["pattern"], flags) for c in data.get("cues", [])]
    return patterns


PATTERNS = _cue_patterns()
SCREEN = Screen(PATTERNS)
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def _same(text: str) -> None:
    scan = SCREEN.scan(text)
    for pattern in PATTERNS:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan.finditer(pattern, text)] == expected, pattern.pattern


def test_screen_equals_finditer_on_the_corpus():
    assert len(PATTERNS) > 50
    for text in TEXTS:
        _same(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TEXTS), st.integers(0, 4000), st.integers(1, 600), st.booleans())
def test_screen_equals_finditer_on_slices(text, start, length, upper):
    piece = text[start:start + length]
    _same(piece.upper() if upper else piece)


@given(st.text(alphabet="ſKİıΣ agreeWILLsupport歓迎し合意した支持将欢迎ready ", max_size=80))
@settings(max_examples=80, deadline=None)
def test_screen_equals_finditer_on_case_folding_traps(text):
    _same(text)
