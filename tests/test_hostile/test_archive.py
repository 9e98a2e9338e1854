"""An archive builds even when some documents are hard: they are reported, the others keep every provision."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from pledgegraph import pipeline
from pledgegraph.extract import extract
from pledgegraph.ingest import load
from pledgegraph.publish import build
from pledgegraph.segment import segment

from .samples import EN, write

BENCH = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
CRASHING = "s00007_en_cn-kz_2014.txt"  # extraction raises on it
BROKEN = "s00008_en_jp-mn_2021.txt"  # one of its provisions breaks a shape


def generator():
    spec = importlib.util.spec_from_file_location("generate", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_provisions(folder: Path, skip: set[str]) -> set[tuple]:
    """Each usable document's provisions, extracted on its own."""
    found = set()
    for path in sorted(folder.glob("s*.txt")):
        if path.name not in skip:
            doc = load(path)
            found |= {(p.source, p.locator, p.index, p.start, p.end) for p in extract(doc, segment(doc))}
    return found


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """60 generated statements, 4 unusable files, one statement the extractor crashes on and one whose
    graph breaks a shape, built into a fresh folder."""
    folder = tmp_path_factory.mktemp("archive")
    paths = generator().generate(60, folder, bad=4)
    assert CRASHING in {p.name for p in paths} and BROKEN in {p.name for p in paths}
    real_extract = pipeline.extract

    def hard(doc, blocks):
        if doc.source == CRASHING:
            raise IndexError("list index out of range")
        provisions = real_extract(doc, blocks)
        if doc.source == BROKEN:
            provisions[0] = replace(provisions[0], confidence=7.0)  # outside [0, 1]: sh:maxInclusive
        return provisions

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "extract", hard)
        result = build([folder], tmp_path_factory.mktemp("o") / "out")
    return folder, result


def test_the_hard_documents_are_reported_with_their_codes(archive):
    _, result = archive
    report = json.loads((result.out / "report.json").read_text(encoding="utf-8"))
    problems = {(Path(p["file"]).name, p["code"], p["action"]) for p in report["problems"]}
    assert problems == {
        ("bad-binary.txt", "E003", "skipped"), ("bad-empty.txt", "E002", "skipped"),
        ("bad-korean.txt", "E004", "skipped"), ("bad-undecodable.txt", "E001", "skipped"),
        (CRASHING, "E012", "skipped"), (BROKEN, "E014", "omitted"),
    }
    assert report["documents"] == 59 and report["skipped"] == 5
    assert sorted(result.skipped, key=lambda f: Path(f).name)[0].endswith("bad-binary.txt")


def test_every_other_provision_is_kept(archive):
    folder, result = archive
    built = {(p.source, p.locator, p.index, p.start, p.end) for p in result.corpus.provisions}
    expected = expected_provisions(folder, {CRASHING})
    omitted = {k for k in expected if k[0] == BROKEN and k[1:3] == ("1", 1)}
    assert len(omitted) == 1 and len(expected) > 200
    assert built == expected - omitted


def test_the_graph_conforms_and_holds_only_good_documents(archive):
    _, result = archive
    sources = {str(s) for s in result.graph.objects(None, result.graph.namespace_manager.expand_curie("pg:sourceFile"))}
    assert len(sources) == 59 and CRASHING not in sources and not any(s.startswith("bad-") for s in sources)
    assert "conforms" in (result.out / "validation.txt").read_text(encoding="utf-8")


def test_strict_fails_on_the_first_hard_document(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt", EN)
    write(folder, "b.txt", b"")
    with pytest.raises(Exception, match=r"\[E002\]"):
        build([folder], tmp_path / "out", strict=True)
    assert not (tmp_path / "out").exists()


def test_when_every_document_breaks_the_shapes_nothing_is_built_and_that_is_said(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "a.txt", EN)
    real_segment = pipeline.segment

    def empty_block(doc):
        blocks = real_segment(doc)
        blocks[0] = replace(blocks[0], end=blocks[0].start)  # an empty span: Span-start
        return blocks

    monkeypatch.setattr(pipeline, "segment", empty_block)
    with pytest.raises(Exception, match=r"(?s)\[E010\].*\[E014\]") as raised:
        build([folder], tmp_path / "out")
    assert "E101" not in str(raised.value)
