"""A rebuild analyses only the new and changed documents, reads the others from the cache, and writes the same
bytes as a clean build."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

from pledgegraph import cache, pipeline
from pledgegraph.publish import BuildResult, build

from .conftest import ADDED, CHANGED, KEPT, name_of, outputs


@dataclass
class Recorder:
    """A progress callback that keeps the last counts of each stage."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        self.counts[stage] = (done, total)


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


def test_the_cache_keeps_only_what_the_last_build_used(rebuilt):
    entries = list((rebuilt.result.out / cache.NAME).glob("*/*" + cache.SUFFIX))
    assert len(entries) == len(KEPT) + 1  # not the bad file: its problem names the path it was found at


def test_an_unchanged_rebuild_analyses_nothing(rebuilt, versions, reference):
    with analysed() as seen:
        result = build([versions[1]], rebuilt.result.out, cache=True)
    assert seen == [] and outputs(result.out) == reference


def test_a_cache_folder_of_ones_own_is_shared_and_never_pruned(versions, tmp_path):
    shared = tmp_path / "cache"
    documents = cache.DocumentCache(shared)
    pipeline.run([versions[0]], strict=False, cache=documents)
    documents.commit()
    with analysed() as seen:
        build([versions[1]], tmp_path / "b", cache=shared)
    assert len(seen) == 2 and len(list(shared.glob("*/*" + cache.SUFFIX))) == len(KEPT) + 2
    assert not (tmp_path / "b" / cache.NAME).exists()


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
