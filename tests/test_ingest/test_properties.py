"""Property tests: the offset map and load() on arbitrary input."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import load
from pledgegraph.ingest.normalize import normalise

TEXTISH = st.text(alphabet=st.sampled_from(list("ab .。，\n 　１２３ＡＢ日本国両首脳はた。㈱①Ⅰ(イ)ﾃｽﾄ\u3000\ufeff外務省 English 検索")),
                  max_size=200)


@settings(max_examples=200, deadline=None)
@given(TEXTISH | st.text(max_size=120))
def test_offset_map_is_monotone_and_in_range(raw):
    norm, offsets = normalise(raw)
    assert len(offsets) == len(norm) + 1
    assert all(0 <= o <= len(raw) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, list(offsets)[1:]))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | TEXTISH.map(lambda t: t.encode("utf-8")))
def test_load_returns_a_document_or_raises_a_coded_error(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(data)
        try:
            doc = load(path)
        except PledgegraphError as err:
            assert err.code.startswith("E0")
        else:
            assert doc.raw == open(path, encoding=doc.encoding if doc.encoding != "utf-8" else "utf-8",
                                   errors="strict").read() if doc.encoding == "utf-8" else doc.raw
            assert len(doc.norm_to_raw) == len(doc.norm) + 1
