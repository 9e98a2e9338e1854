"""The explorer page: self-contained, safe JSON, vocabularies from the thesaurus, CJK font embedded, same bytes."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

from pledgegraph.link.vocab import modalities_by_rank, relations, statuses
from pledgegraph.viz import write_html
from pledgegraph.viz.html import payload, render


class _Page(HTMLParser):
    """Tags, external references and the text of the data script."""

    def __init__(self):
        super().__init__()
        self.references, self.scripts, self._in_data = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if name in attrs:
                self.references.append(attrs[name])
        self._in_data = tag == "script"
        if tag == "script":
            self.scripts.append("")

    def handle_data(self, data):
        if self._in_data:
            self.scripts[-1] += data


def _data(text: str) -> dict:
    page = _Page()
    page.feed(text)
    assert page.references == [] and len(page.scripts) == 2
    return json.loads(page.scripts[0])


def test_page_is_self_contained_and_fetches_nothing(mini, tmp_path):
    text = write_html(mini, tmp_path / "g.html").read_text(encoding="utf-8")
    data = _data(text)
    assert "default-src 'none'" in text and "font-src data:" in text  # the browser refuses any request
    assert not re.search(r"url\((?!data:)", text) and "@import" not in text
    assert len(data["pledges"]) == 14 and len(data["links"]) == 6 and data["missingGlyphs"] == 0
    assert "双方は" in text and '@font-face { font-family: "pledgegraph CJK"' in text


def test_vocabularies_come_from_the_thesaurus(mini_records):
    vocab = payload(mini_records)["vocab"]
    assert vocab["modalities"] == list(modalities_by_rank())
    assert list(vocab["relations"]) == list(relations()) and list(vocab["statuses"]) == list(statuses())


def test_quotes_cannot_end_the_data_script(mini_records):
    hostile = "</script><script>alert(1)</script><!-- & “x”"
    pledges = [dict(mini_records.pledges[0], quote=hostile), *mini_records.pledges[1:]]
    text = render(replace(mini_records, pledges=pledges))
    assert "alert(1)</script>" not in text and "<!--" not in text.split('id="pg-data"', 1)[1]
    assert _data(text)["pledges"][0]["quote"] == hostile


def test_page_is_byte_identical(mini, tmp_path):
    assert write_html(mini, tmp_path / "a.html").read_bytes() == write_html(mini, tmp_path / "b.html").read_bytes()
