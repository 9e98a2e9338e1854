"""Every supported encoding and line ending builds, and every quote is the text Python's text mode reads."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from pledgegraph.rdf.namespaces import PG

from .samples import EN, JA, UNNUMBERED, ZH, write

# file name: (text, encoding written, newline written)
INPUTS = {
    "en-utf8.txt": (EN, "utf-8", "\n"),
    "en-utf8-bom.txt": (EN, "utf-8-sig", "\n"),
    "en-crlf.txt": (EN, "utf-8", "\r\n"),
    "en-cr.txt": (EN, "utf-8", "\r"),
    "en-utf16.txt": (EN, "utf-16", "\n"),
    "ja-shift-jis.txt": (JA, "shift_jis", "\r\n"),
    "ja-euc-jp.txt": (JA, "euc_jp", "\n"),
    "ja-utf16.txt": (JA, "utf-16", "\r\n"),
    "ja-utf8-bom-crlf.txt": (JA, "utf-8-sig", "\r\n"),
    "zh-gb18030.txt": (ZH, "gb18030", "\n"),
    "zh-gbk.txt": (ZH, "gbk", "\r\n"),
    "mixed-en-ja.txt": (EN + "\n" + JA, "utf-8", "\n"),
    "unnumbered.txt": (UNNUMBERED, "utf-8", "\n"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, rdflib.Graph]:
    """One CLI build of a folder holding every input; (input folder, graph)."""
    from pledgegraph.cli import main

    root = tmp_path_factory.mktemp("encodings")
    for name, (text, encoding, newline) in INPUTS.items():
        write(root / "in", name, text, encoding, newline)
    code = main(["build", str(root / "in"), "--out", str(root / "out")])
    assert code == 0
    assert not [p for p in root.iterdir() if p.name.startswith(".")]  # no staging folder left
    return root / "in", rdflib.Graph().parse(root / "out" / "graph.ttl", format="turtle")


def documents(graph: rdflib.Graph) -> dict[str, rdflib.URIRef]:
    return {str(graph.value(d, PG.sourceFile)): d for d in graph.subjects(rdflib.RDF.type, PG.Document)}


def provisions(graph: rdflib.Graph, doc: rdflib.URIRef) -> list[rdflib.URIRef]:
    return sorted(p for p in graph.subjects(PG.inDocument, doc) if (p, rdflib.RDF.type, PG.Provision) in graph)


def text_mode(path: Path, encoding: str) -> str:
    """The file as ``open(path, encoding=...)`` reads it (universal newlines)."""
    with open(path, encoding=encoding) as handle:
        return handle.read()


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_document_text_is_what_python_text_mode_reads(name, built):
    folder, graph = built
    doc = documents(graph)[name]
    encoding = str(graph.value(doc, PG.encoding))
    text = text_mode(folder / name, encoding)
    assert str(graph.value(doc, PG.text)) == text
    assert "\r" not in text
    found = provisions(graph, doc)
    assert found, f"no provision in {name}"
    for p in found:
        start, end = int(graph.value(p, PG.start)), int(graph.value(p, PG.end))
        assert 0 <= start < end <= len(text)
        assert str(graph.value(p, PG.quote)) == text[start:end]


@pytest.mark.parametrize("name, expected", [
    ("ja-shift-jis.txt", {"shift_jis", "cp932"}), ("ja-euc-jp.txt", {"euc_jp", "euc-jp"}),
    ("zh-gb18030.txt", {"gb18030"}), ("zh-gbk.txt", {"gb18030", "gbk", "gb2312"}), ("en-utf16.txt", {"utf-16"}),
])
def test_legacy_encoding_is_recorded(name, expected, built):
    _, graph = built
    assert str(graph.value(documents(graph)[name], PG.encoding)) in expected


def test_utf8_bom_is_kept_as_a_character_so_offsets_match_python(built):
    folder, graph = built
    text = str(graph.value(documents(graph)["en-utf8-bom.txt"], PG.text))
    assert text.startswith("\ufeff") and text == text_mode(folder / "en-utf8-bom.txt", "utf-8")


def test_language_of_each_document(built):
    _, graph = built
    languages = {name: str(graph.value(doc, rdflib.namespace.DCTERMS.language)) for name, doc in documents(graph).items()}
    assert languages["ja-shift-jis.txt"] == "ja" and languages["zh-gbk.txt"] == "zh"
    assert languages["en-utf16.txt"] == "en"
    assert languages["mixed-en-ja.txt"] in {"en", "ja"}  # the majority script decides


def test_unnumbered_paragraphs_get_p_locators(built):
    _, graph = built
    locators = {str(graph.value(p, PG.locator)) for p in provisions(graph, documents(graph)["unnumbered.txt"])}
    assert locators and all(loc.startswith("p") for loc in locators)
