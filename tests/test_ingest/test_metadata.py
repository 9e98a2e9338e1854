"""Metadata detected from the bundled corpus and from small texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import document_from_text, load

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def corpus():
    return {p.name[:3]: load(p) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.mark.parametrize("short, language, date, doc_type, place", [
    ("000", "zh", "2002-02-02", "un-letter", "东京"),  # the annexed statement's date, not the letter's
    ("001", "en", "2002-11-13", "press-statement", "Tokyo"),
    ("002", "ja", "2002-02-02", "meeting-summary", "外務省飯倉公館"),
    ("003", "en", "2000-09-05", "joint-statement", "Tokyo"),
    ("004", "ja", "2013-04-29", "joint-statement", "モスクワ"),
])
def test_corpus_metadata(corpus, short, language, date, doc_type, place):
    doc = corpus[short]
    assert (doc.language, doc.date, doc.doc_type, doc.place) == (language, date, doc_type, place)
    assert {"date", "doc_type", "title"} <= set(doc.metadata_rules)


def test_titles(corpus):
    assert corpus["003"].title.startswith("Joint Statement on Cooperation Between Japan")
    assert corpus["002"].title == "日露外相会談 (結果概要)"
    assert corpus["004"].title.endswith("共同声明")


def test_signatories_and_participants(corpus):
    signed = {(p.name, p.role) for p in corpus["003"].persons if p.signatory}
    assert signed == {("Yoshiro Mori", "Prime Minister of Japan"),
                      ("Vladimir Vladimirovich Putin", "President of the Russian Federation")}
    zh = {p.name: p for p in corpus["000"].persons}
    assert zh["川口顺子"].signatory and zh["川口顺子"].role == "日本外务大臣"
    ja = {p.name: p.role for p in corpus["002"].persons}
    assert ja["植竹"] == "外務副大臣" and ja["丹波"] == "駐露大使" and ja["パノフ"] == "在日ロシア大使"
    en = {p.name: p.role for p in corpus["001"].persons}
    assert en["Hiroshi Shigeta"] == "Head of the Delegation of Japan"
    assert all(p.country == "" for d in corpus.values() for p in d.persons)


def test_signature_date_beats_dates_in_the_body():
    text = ("共同声明\n\n１ 両首脳は，２０１２年１０月２３日に署名された覚書を歓迎した。\n\n"
            "２ 両首脳は，協力を拡大することで一致した。\n\n平成２５年４月２９日\n\n於モスクワ\n")
    doc = document_from_text(text)
    assert doc.date == "2013-04-29"
    assert doc.place == "モスクワ"


def test_sidecar_adds_fields_but_keeps_date_and_language(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("Joint Statement\n\nIn Tokyo, 5 September, 2000.\n\n1. Both sides agree.\n", encoding="utf-8")
    (tmp_path / "doc.txt.meta.yaml").write_text(
        "title: Better title\ndate: 1999-01-01\nlanguage: ja\npersons:\n  - {name: A B, role: Envoy}\n",
        encoding="utf-8")
    doc = load(path)
    assert doc.title == "Better title" and doc.metadata_rules["title"] == "sidecar"
    assert doc.date == "2000-09-05" and doc.language == "en"
    assert doc.persons[0].name == "A B"


@pytest.mark.parametrize("content", ["title: [unclosed", "- just\n- a list\n", "persons: 3\n", "title: 5\n"])
def test_malformed_sidecar_is_e005(tmp_path, content):
    path = tmp_path / "doc.txt"
    path.write_text("Both sides agree.", encoding="utf-8")
    (tmp_path / "doc.txt.meta.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code == "E005"
