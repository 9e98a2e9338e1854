"""Decoding: encodings, newlines, BOM, and the coded errors."""
from __future__ import annotations

import random

import pytest

import pledgegraph.ingest.decode as decode_module
from pledgegraph.errors import PledgegraphError
from pledgegraph.ingest import load

JA = "日露首脳会談\n\n１ 両首脳は，平和条約締結交渉を進めることで合意した。\n" * 5
ZH = "俄罗斯联邦和日本的联合声明\n\n1. 双方将加强合作，共同反对国际恐怖主义。\n" * 5


@pytest.mark.parametrize("encoding", ["utf-8", "cp932", "shift_jis", "euc_jp", "utf-16"])
def test_japanese_file_decodes_to_the_same_text(tmp_path, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(JA.encode(encoding))
    doc = load(path)
    assert doc.raw == JA
    assert doc.language == "ja"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_chinese_legacy_encodings(tmp_path, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(ZH.encode(encoding))
    doc = load(path)
    assert doc.raw == ZH and doc.encoding == "gb18030"
    assert doc.language == "zh"


def test_crlf_becomes_lf_like_text_mode_open(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("Both sides agree.\r\n\r\nThey will meet.\rAgain.\r\n".encode())
    doc = load(path)
    assert doc.raw == open(path, encoding="utf-8").read()
    assert "\r" not in doc.raw


def test_utf8_bom_is_kept_like_the_scorer(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("\ufeffBoth sides agree to meet annually.".encode("utf-8"))
    doc = load(path)
    assert doc.raw == open(path, encoding="utf-8").read()
    assert doc.raw[0] == "\ufeff"
    assert doc.norm_to_raw[doc.norm.index("Both")] == 1


def test_missing_file_is_e006(tmp_path):
    with pytest.raises(PledgegraphError) as err:
        load(tmp_path / "nope.txt")
    assert err.value.code == "E006"


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t "])
def test_empty_file_is_e002(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code == "E002"


@pytest.mark.parametrize("content", [b"\x00\x01\x02abc\x00" * 20, bytes(range(1, 32)) * 30])
def test_binary_file_is_e003(tmp_path, content):
    path = tmp_path / "blob.txt"
    path.write_bytes(content)
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code == "E003"


def test_undecodable_file_is_e001_naming_the_file(tmp_path):
    path = tmp_path / "garbage.txt"
    noise = random.Random(7).randbytes(3000).replace(b"\x00", b"\x80")
    path.write_bytes(b"\x80" + noise)
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code in ("E001", "E003")
    assert "garbage.txt" in str(err.value)


def test_too_large_file_is_e008(tmp_path, monkeypatch):
    monkeypatch.setattr(decode_module, "MAX_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("Both sides agree to cooperate.", encoding="utf-8")
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code == "E008"


def test_unsupported_language_is_e004(tmp_path):
    path = tmp_path / "ko.txt"
    path.write_text("양국 정상은 협력을 강화하기로 합의하였다. " * 5, encoding="utf-8")
    with pytest.raises(PledgegraphError) as err:
        load(path)
    assert err.value.code == "E004"


def test_load_paths_walks_folders_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Both sides agree.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Both sides agree.", encoding="utf-8")
    (tmp_path / "skip.md").write_text("not a document", encoding="utf-8")
    from pledgegraph.ingest import load_paths

    assert [d.source for d in load_paths([tmp_path])] == ["a.txt", "2.txt"]


def test_load_paths_empty_folder_is_e007(tmp_path):
    from pledgegraph.ingest import load_paths

    with pytest.raises(PledgegraphError) as err:
        load_paths([tmp_path])
    assert err.value.code == "E007"
