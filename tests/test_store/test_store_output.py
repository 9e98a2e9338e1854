"""The persistent store a build writes beside graph.ttl: queried instead of the file, replaced atomically."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from pledgegraph import manifest, publish
from pledgegraph.errors import PledgegraphError
from pledgegraph.query import available, default_source, load, run
from pledgegraph.rdf import store

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_a_build_writes_a_store_that_its_manifest_lists(bundled_build):
    out = bundled_build.out
    assert store.is_store(out / store.NAME) and (out / store.NAME).is_symlink()
    assert store.NAME in manifest.read(out).files
    assert len(store.open_store(out / store.NAME)) == bundled_build.triples


@pytest.mark.parametrize("name", available())
def test_the_store_answers_as_graph_ttl_does(name, bundled_build, bundled_graph):
    text = load(name).text
    from_store = run(bundled_build.out / store.NAME, text)
    from_file = run(bundled_graph, text)
    assert from_store.columns == from_file.columns
    assert Counter(from_store.rows) == Counter(from_file.rows)


def test_rdflib_reads_the_store_as_the_union_of_its_graphs(bundled_build):
    text = load("documents").text
    assert Counter(run(bundled_build.out / "store", text, engine="rdflib").rows) == Counter(
        run(bundled_build.out / "store", text).rows)


def test_query_and_trace_default_to_the_store_when_there_is_one(tmp_path, monkeypatch, bundled_build):
    monkeypatch.chdir(tmp_path)
    assert default_source() == Path("out/graph.ttl")
    os.symlink(bundled_build.out, tmp_path / "out")
    assert default_source() == Path("out/store")


def test_the_store_is_readable_read_only(bundled_build):
    opened = store.open_store(bundled_build.out / "store")
    with pytest.raises(RuntimeError):
        opened.update("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")


def test_a_folder_that_is_no_store_is_e202(tmp_path):
    with pytest.raises(PledgegraphError) as err:
        store.open_store(tmp_path)
    assert err.value.code == "E202"


@pytest.fixture
def small_build(tmp_path):
    out = tmp_path / "out"
    publish.build([CORPUS / "003_eb0704a5b58683b1.txt"], out)
    return out


def test_a_rebuild_of_the_same_documents_reuses_the_store(small_build):
    before = os.readlink(small_build / "store")
    publish.build([CORPUS / "003_eb0704a5b58683b1.txt"], small_build)
    assert os.readlink(small_build / "store") == before
    assert [p.name for p in small_build.glob(store.FOLDER_PREFIX + "*")] == [before]


def test_a_failed_build_leaves_the_previous_store_usable(small_build, monkeypatch):
    before = os.readlink(small_build / "store")
    rows = run(small_build / "store", load("documents").text).rows

    def killed(*args):
        raise KeyboardInterrupt  # killed after the new store was written, before it was swapped in
    monkeypatch.setattr(publish, "_swap_in", killed)
    with pytest.raises(KeyboardInterrupt):
        publish.build([CORPUS / "003_eb0704a5b58683b1.txt", CORPUS / "004_221bd36f80d5b736.txt"], small_build)
    assert os.readlink(small_build / "store") == before
    assert run(small_build / "store", load("documents").text).rows == rows
    monkeypatch.undo()
    publish.build([CORPUS / "003_eb0704a5b58683b1.txt", CORPUS / "004_221bd36f80d5b736.txt"], small_build)
    assert len(run(small_build / "store", load("documents").text).rows) == 2
    assert len(list(small_build.glob(store.FOLDER_PREFIX + "*"))) <= 2  # the new one, and the one just left


def test_someone_elses_store_folder_is_not_replaced(tmp_path):
    out = tmp_path / "out"
    publish.build([CORPUS / "003_eb0704a5b58683b1.txt"], out)
    (out / "store").unlink()
    (out / "store").mkdir()
    (out / "store" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(PledgegraphError) as err:
        publish.build([CORPUS / "003_eb0704a5b58683b1.txt"], out)
    assert err.value.code == "E104" and "store" in str(err.value)
    assert (out / "store" / "notes.txt").read_text(encoding="utf-8") == "mine"
