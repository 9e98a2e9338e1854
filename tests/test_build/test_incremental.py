"""A rebuild analyses only the new and changed documents, reads the others (and what later stages made of them) from
the cache, and writes the same bytes as a clean build: every output file, and the same store."""
from __future__ import annotations

import dataclasses
import gc
import gzip
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from pledgegraph import cache, incremental, manifest, pipeline, publish
from pledgegraph.ingest import read_source
from pledgegraph.publish import BuildResult, build
from pledgegraph.rdf import parts as rdf_parts
from pledgegraph.rdf import store
from pledgegraph.rdf.namespaces import PG
from pledgegraph.rdf.turtle import NotAssemblable
from pledgegraph.viz.records import store_records

from .conftest import ADDED, CHANGED, KEPT, name_of, outputs, store_contents


@dataclass
class Recorder:
    """A progress callback that keeps the last counts of each stage, and the garbage collector's thresholds."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    thresholds: set[tuple[int, ...]] = field(default_factory=set)

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        self.counts[stage] = (done, total)
        self.thresholds.add(gc.get_threshold())


@contextmanager
def made() -> Iterator[list[str]]:
    """The documents whose RDF part is made (not read from the cache), while the context lasts."""
    seen: list[str] = []
    real = rdf_parts.document_part

    def spy(doc, blocks, provisions):
        seen.append(doc.source)
        return real(doc, blocks, provisions)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(rdf_parts, "document_part", spy)
        yield seen


@contextmanager
def analysed() -> Iterator[list[str]]:
    """The documents extraction runs on, in order, while the context lasts."""
    seen: list[str] = []
    real = pipeline.extract

    def spy(doc, blocks):
        seen.append(doc.source)
        return real(doc, blocks)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "extract", spy)
        yield seen


@dataclass
class Rebuild:
    first: list[str]  # analysed by the first build
    second: list[str]  # analysed by the rebuild
    progress: Recorder
    result: BuildResult


@pytest.fixture(scope="module")
def rebuilt(versions, tmp_path_factory) -> Rebuild:
    """A build of the first version, then of the second into the same folder, both with the folder's cache."""
    out = tmp_path_factory.mktemp("incremental") / "out"
    progress = Recorder()
    with analysed() as first:
        build([versions[0]], out, cache=True)
    with analysed() as second:
        result = build([versions[1]], out, progress, cache=True)
    return Rebuild(first, second, progress, result)


def test_a_rebuild_analyses_only_what_changed_and_writes_the_same_bytes(rebuilt, versions, reference):
    assert len(rebuilt.first) == len(KEPT)
    assert sorted(rebuilt.second) == sorted([name_of(versions[1], CHANGED), name_of(versions[1], ADDED)])
    assert rebuilt.progress.counts["cache"] == (len(KEPT) - 1, len(KEPT) + 2)  # every kept one, not the bad file
    assert rebuilt.progress.counts["analyse"] == (3, 3)  # the changed one, the new one and the bad file
    assert outputs(rebuilt.result.out) == reference


def test_the_store_is_written_in_the_staging_folder(versions, tmp_path, monkeypatch, reference):
    written: list[Path] = []
    real = store._write_nquads

    def write_nquads(nquads, path):
        written.append(Path(path))
        return real(nquads, path)

    monkeypatch.setattr(store, "_write_nquads", write_nquads)
    result = build([versions[1]], tmp_path / "out")
    assert len(written) == 1 and written[0].parent.name.startswith(manifest.STAGING_PREFIX)
    assert written[0].parent.parent == result.out and not written[0].exists()
    assert outputs(result.out) == reference


def test_a_build_collects_garbage_less_often_and_then_as_before(rebuilt):
    assert rebuilt.progress.thresholds == {publish.GC_THRESHOLD} != {gc.get_threshold()}


def test_a_build_leaves_the_older_generations_alone(rebuilt):
    """The survivors of young collections (what the build read and keeps) are scanned again only every thousand
    young collections, not every twenty."""
    (young, middle, old), = rebuilt.progress.thresholds
    assert young >= 50_000 and middle >= 1_000 and old >= 1_000


def test_a_rebuild_writes_the_store_of_a_clean_build(rebuilt, reference_out):
    assert store_contents(rebuilt.result.out) == store_contents(reference_out)


def entries(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("*/*" + cache.SUFFIX)}


def result_entry(folder: Path, index: int) -> str:
    """The name of the cache entry of the result of statement ``index`` in ``folder``."""
    return cache.DocumentCache(folder).key_of(read_source(folder / name_of(folder, index))) + cache.SUFFIX


def test_the_cache_keeps_only_what_the_last_build_used(rebuilt, versions):
    kept = entries(rebuilt.result.out / cache.NAME)
    assert result_entry(versions[0], CHANGED) not in kept and result_entry(versions[1], CHANGED) in kept


def test_an_unchanged_rebuild_analyses_nothing_and_keeps_nothing_new(rebuilt, versions, reference):
    before = entries(rebuilt.result.out / cache.NAME)
    with analysed() as seen, made() as parts_made:
        result = build([versions[1]], rebuilt.result.out, cache=True)
    assert seen == [] and parts_made == [] and outputs(result.out) == reference
    assert entries(result.out / cache.NAME) <= before


def test_a_rebuild_with_the_same_provisions_and_links_reads_their_statements_without_making_them(rebuilt, versions,
                                                                                                 reference,
                                                                                                 monkeypatch):
    monkeypatch.setattr(rdf_parts, "corpus_statements", lambda *args: pytest.fail("statements made again"))
    result = build([versions[1]], rebuilt.result.out, cache=True)
    assert outputs(result.out) == reference


def test_the_statements_digest_follows_the_provisions_and_the_links(rebuilt):
    corpus = rebuilt.result.corpus
    assert corpus.links
    fewer_links = dataclasses.replace(corpus, links=corpus.links[1:])
    fewer_provisions = dataclasses.replace(corpus, provisions=corpus.provisions[1:])
    found = {rdf_parts.statements_digest(c) for c in (corpus, fewer_links, fewer_provisions)}
    assert len(found) == 3


def test_a_cache_folder_of_ones_own_is_shared_and_never_pruned(versions, tmp_path):
    shared = tmp_path / "cache"
    documents = cache.DocumentCache(shared)
    pipeline.run([versions[0]], strict=False, cache=documents)
    documents.commit()
    with analysed() as seen:
        build([versions[1]], tmp_path / "b", cache=shared)
    kept = entries(shared)
    assert len(seen) == 2 and {result_entry(v, i) for v in versions for i in KEPT} <= kept
    assert result_entry(versions[1], ADDED) in kept and not (tmp_path / "b" / cache.NAME).exists()


def test_a_rebuild_after_removing_a_document_writes_what_a_clean_build_writes(versions, tmp_path):
    fewer = tmp_path / "fewer"
    shutil.copytree(versions[1], fewer)
    (fewer / name_of(fewer, KEPT[2])).unlink()
    build([versions[1]], tmp_path / "out", cache=True)
    with analysed() as seen:
        rebuilt = build([fewer], tmp_path / "out", cache=True)
    clean = build([fewer], tmp_path / "clean")
    assert seen == [] and outputs(rebuilt.out) == outputs(clean.out)
    assert store_contents(rebuilt.out) == store_contents(clean.out)


def test_nothing_kept_by_another_code_version_is_used(versions, tmp_path, monkeypatch, reference):
    build([versions[1]], tmp_path / "out", cache=True)
    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    with analysed() as seen, made() as parts_made:
        result = build([versions[1]], tmp_path / "out", cache=True)
    assert len(seen) == len(parts_made) == len(KEPT) + 1  # every document (the bad file is none)
    assert outputs(result.out) == reference


def test_damaged_kept_entries_are_made_again(versions, tmp_path, reference):
    build([versions[0]], tmp_path / "out", cache=True)
    for entry in (tmp_path / "out" / cache.NAME).glob("*/*" + cache.SUFFIX):
        entry.write_bytes(gzip.compress(b'{"lines": 1}'))  # JSON, but nothing a build kept
    result = build([versions[1]], tmp_path / "out", cache=True)
    assert outputs(result.out) == reference


def test_a_store_that_does_not_list_its_graphs_is_written_whole(versions, tmp_path, reference_out):
    build([versions[0]], tmp_path / "out", cache=True)
    (tmp_path / "out" / store.NAME / store.GRAPHS).unlink()
    result = build([versions[1]], tmp_path / "out", cache=True)
    assert store_contents(result.out) == store_contents(reference_out)
    assert (result.out / store.NAME / store.GRAPHS).is_file()


def test_a_changed_code_version_analyses_everything_again(versions, tmp_path, monkeypatch):
    documents = cache.DocumentCache(tmp_path / "cache")
    pipeline.run([versions[0]], strict=False, cache=documents)
    documents.commit()
    monkeypatch.setattr(cache, "code_version", lambda: "another version")
    with analysed() as seen:
        pipeline.run([versions[0]], strict=False, cache=cache.DocumentCache(tmp_path / "cache"))
    assert len(seen) == len(KEPT)


def test_the_same_code_reads_everything_from_the_cache(versions, tmp_path):
    documents = cache.DocumentCache(tmp_path / "cache")
    first = pipeline.run([versions[0]], strict=False, cache=documents)
    documents.commit()
    with analysed() as seen:
        again = pipeline.run([versions[0]], strict=False, cache=cache.DocumentCache(tmp_path / "cache"))
    assert seen == [] and again == first


def test_a_graph_ttl_the_parts_cannot_give_is_the_whole_graph_serialized(versions, tmp_path, monkeypatch, reference):
    def cannot(self):
        raise NotAssemblable("as if two parts gave one subject different literals of one predicate")

    monkeypatch.setattr(rdf_parts.Dataset, "turtle", cannot)
    assert outputs(build([versions[1]], tmp_path / "out").out) == reference


@contextmanager
def queried() -> Iterator[list[set[str]]]:
    """The documents in each store the explorer's rows are read from, while the context lasts."""
    found: list[set[str]] = []
    real = incremental.owned_rows

    def spy(store):
        found.append({str(q.object) for q in store.quads_for_pattern(None, ox.NamedNode(str(PG.sourceFile)), None)})
        return real(store)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(incremental, "owned_rows", spy)
        yield found


def test_the_explorer_reads_the_rows_each_part_keeps_and_queries_only_the_changed_ones(versions, tmp_path,
                                                                                     reference):
    with queried() as first:
        result = build([versions[0]], tmp_path / "out", cache=True)
    assert len(first) == 1 and len(first[0]) == len(KEPT)  # a clean build: the whole graph, once
    with queried() as second:
        result = build([versions[1]], tmp_path / "out", cache=True)
    changed = {f'"{name_of(versions[1], i)}"' for i in (CHANGED, ADDED)}
    assert second == [changed]  # the changed and added documents (and new corpus items), not the others
    assert outputs(result.out) == reference
    with queried() as third:
        build([versions[1]], tmp_path / "out", cache=True)
    assert all(not documents for documents in third)  # the build activity's part, made anew, at most


def test_the_records_put_together_from_parts_are_those_of_the_whole_graph(versions, tmp_path):
    kept = cache.DocumentCache(tmp_path / "cache")
    corpus = pipeline.run([versions[1]], strict=False, cache=kept)
    parts = incremental.Incremental(kept)
    data = parts.dataset(corpus)
    whole = ox.Store()
    whole.bulk_load(data.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    assert parts.records(data, whole) == store_records(whole)
    assert all(part.rows for part in data.parts)
