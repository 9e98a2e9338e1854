"""The document cache: exact round trips, keys that change with what changes a result, and folders that are
never someone else's."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pledgegraph import cache, serial
from pledgegraph.cli import main
from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import read_source
from pledgegraph.model import DocumentResult, Source, TimeQualifier
from pledgegraph.pipeline import process_document
from pledgegraph.publish import build, check_target

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def result() -> tuple[Source, DocumentResult]:
    source = read_source(sorted(CORPUS.glob("*.txt"))[0])
    return source, process_document(source)


def stored(folder: Path, result: tuple[Source, DocumentResult]) -> tuple[cache.DocumentCache, str]:
    """A cache in ``folder`` holding one result, and its key."""
    source, found = result
    store = cache.DocumentCache(folder)
    key = store.key_of(source)
    store.hold(key, found)
    store.commit()
    return store, key


def test_a_result_survives_the_cache_exactly(result, tmp_path):
    found = result[1]
    key = stored(tmp_path / "c", result)[1]
    again = cache.DocumentCache(tmp_path / "c").get(key)
    assert again == found and again.provisions and again.document.norm_to_raw == found.document.norm_to_raw


def test_the_key_follows_name_bytes_sidecar_and_code(tmp_path):
    store = cache.DocumentCache(tmp_path / "c")
    base = Source("in/a.txt", b"text", "", b"")
    same = {store.key_of(base), store.key_of(Source("elsewhere/a.txt", b"text"))}
    others = {store.key_of(Source("in/b.txt", b"text")), store.key_of(Source("in/a.txt", b"text!")),
              store.key_of(Source("in/a.txt", b"text", "in/a.txt.meta.yaml", b"title: x")),
              cache.key([b"a.txt", b"text", b"", b""], "another code version")}
    assert len(same) == 1 and len(others | same) == 5


def test_a_damaged_entry_is_analysed_again(result, tmp_path):
    store, key = stored(tmp_path / "c", result)
    entry = next((tmp_path / "c").glob("*/*" + cache.SUFFIX))
    entry.write_bytes(entry.read_bytes()[:100])
    assert store.get(key) is None
    entry.write_bytes(b"not gzip")
    assert store.get(key) is None


def test_files_that_could_not_be_read_are_not_kept(tmp_path):
    source = Source(str(tmp_path / "empty.txt"), b"")
    failed = process_document(source)
    assert not failed.ingested and failed.problems[0].code == "E002"
    store = cache.DocumentCache(tmp_path / "c")
    store.hold(store.key_of(source), failed)
    assert not store.pending


def test_serial_round_trips_optional_nested_and_tuple_values():
    value = TimeQualifier(frequency="P1Y", deadline=None, rule="r")
    assert serial.load(TimeQualifier, json.loads(json.dumps(serial.dump(value)))) == value
    assert serial.load(tuple[int, ...], [1, 2]) == (1, 2)
    with pytest.raises(ValueError):
        serial.load(TimeQualifier, {"frequency": 1})


def test_a_users_folder_is_refused_as_cache_and_left_alone(tmp_path, capsys):
    docs, mine = tmp_path / "docs", tmp_path / "mine"
    docs.mkdir()
    (docs / "a.txt").write_text("Joint Statement\n\n1. Japan and India agreed to meet every year.\n", encoding="utf-8")
    mine.mkdir()
    (mine / "notes.md").write_text("my notes", encoding="utf-8")
    assert main(["build", str(docs), "--out", str(tmp_path / "out"), "--cache", str(mine)]) == 2
    assert "[E108]" in capsys.readouterr().err
    assert [p.name for p in mine.iterdir()] == ["notes.md"] and not (tmp_path / "out").exists()


def test_a_file_named_like_the_cache_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / cache.NAME).write_text("mine", encoding="utf-8")
    with pytest.raises(PledgegraphError, match=r"\[E103\]"):
        check_target(out)
    with pytest.raises(PledgegraphError, match=r"\[E108\]"):
        build([CORPUS], tmp_path / "other", cache=out / cache.NAME)
    assert (out / cache.NAME).read_text(encoding="utf-8") == "mine"


def test_an_output_folder_holding_only_its_cache_is_accepted(tmp_path, result):
    stored(tmp_path / "out" / cache.NAME, result)
    assert check_target(tmp_path / "out") is None


def test_only_entries_are_pruned(tmp_path, result):
    folder = tmp_path / "c"
    store = stored(folder, result)[0]
    (folder / "ab").mkdir(exist_ok=True)  # a shard folder; the entry itself may be in it, depending on its key
    (folder / "ab" / "keep.txt").write_text("not an entry", encoding="utf-8")
    assert store.prune(set()) == 1
    assert (folder / "ab" / "keep.txt").exists() and (folder / cache.TAG).exists()


def test_a_text_is_kept_as_it_is_and_a_damaged_one_is_none(tmp_path):
    """A text entry (the corpus graph's N-Triples lines) round-trips as UTF-8, quotes and line breaks unescaped."""
    store = cache.DocumentCache(tmp_path / "c")
    key = store.derived_key("graph", "digest")
    text = '<urn:a> <urn:p> "引用 \\"x\\"" .\n' * 3
    store.hold_text(key, text)
    store.commit()
    assert cache.DocumentCache(tmp_path / "c").get_text(key) == text
    entry = next((tmp_path / "c").glob("*/*" + cache.SUFFIX))
    assert gzip.decompress(entry.read_bytes()) == text.encode("utf-8")  # not JSON
    entry.write_bytes(b"not gzip")
    assert store.get_text(key) is None


@pytest.mark.parametrize("damage", ["flipped", "truncated", "bad crc"])
def test_an_entry_damaged_inside_its_compressed_data_is_none_for_every_reader(tmp_path, damage):
    """A bit flipped in the deflate stream (zlib's own error, not an OSError), a cut-off entry, a wrong checksum:
    each reader gives None (a result is analysed again, a kept part made again), none raises."""
    store = cache.DocumentCache(tmp_path / "c")
    keys = {kind: store.derived_key(kind, damage) for kind in ("data", "text", "result")}
    store.hold_data(keys["data"], {"lines": "x" * 5000})
    store.hold_text(keys["text"], "y" * 5000)
    store.pending[keys["result"]] = gzip.compress(b'{"path": "' + b"z" * 5000 + b'"}', mtime=0)
    store.commit()
    for key in keys.values():
        entry = store._path(key)
        data = bytearray(entry.read_bytes())
        if damage == "flipped":
            data[20] ^= 0xFF
        elif damage == "truncated":
            data = data[: len(data) // 2]
        else:
            data[-8] ^= 0xFF  # the CRC32 of the gzip trailer
        entry.write_bytes(bytes(data))
    again = cache.DocumentCache(tmp_path / "c")
    assert again.get_data(keys["data"]) is None and again.get_text(keys["text"]) is None
    assert again.get(keys["result"]) is None
