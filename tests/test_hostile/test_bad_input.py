"""Bad input end to end: a coded message naming the file, exit 2, no traceback, previous output kept."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgegraph.ingest import decode

from .conftest import assert_untouched
from .samples import ARABIC, EN, JA, KOREAN, PNG, write

BAD_FILES = {
    # name: (bytes, expected code)
    "undecodable.txt": (bytes(range(0x80, 0x100)) * 8, "[E001]"),
    "damaged-utf8.txt": (JA.encode()[:40] + b"\xff" + JA.encode()[40:], "[E001]"),
    "ascii-stray-byte.txt": (EN.encode()[:30] + b"\xe9" + EN.encode()[30:], "[E001]"),  # not re-read as cp1251
    "empty.txt": (b"", "[E002]"),
    "whitespace.txt": (b"  \n\t\r\n \xe3\x80\x80\n", "[E002]"),  # includes an ideographic space
    "bom-only.txt": (b"\xef\xbb\xbf\n", "[E002]"),
    "image.txt": (PNG, "[E003]"),
    "nul-byte.txt": (EN.encode()[:30] + b"\x00" + EN.encode()[30:], "[E003]"),
    "korean.txt": (KOREAN.encode(), "[E004]"),
    "arabic.txt": (ARABIC.encode(), "[E004]"),
    "no-letters.txt": (b"1.\n2.\n3.\n", "[E004]"),
}


def assert_clean_failure(result: tuple[int, str, str], code: str, name: str) -> None:
    exit_code, _, err = result
    assert exit_code == 2
    assert code in err and name in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_a_coded_error(name, tmp_path, previous_out, cli):
    data, code = BAD_FILES[name]
    path = write(tmp_path / "in", name, data)
    assert_clean_failure(cli("build", path, "--out", previous_out), code, name)
    assert_untouched(previous_out)


@pytest.mark.parametrize("name", ["undecodable.txt", "image.txt", "empty.txt"])
def test_one_bad_file_fails_the_whole_folder_when_strict(name, tmp_path, previous_out, cli):
    folder = tmp_path / "in"
    write(folder, "a-good.txt", EN)
    write(folder, name, BAD_FILES[name][0])
    assert_clean_failure(cli("build", folder, "--out", previous_out, "--strict"), BAD_FILES[name][1], name)
    assert_untouched(previous_out)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_one_bad_file_is_skipped_and_reported_and_the_rest_builds(name, tmp_path, previous_out, cli):
    folder = tmp_path / "in"
    write(folder, "a-good.txt", EN)
    write(folder, name, BAD_FILES[name][0])
    code, out, err = cli("build", folder, "--out", previous_out)
    assert code == 3 and "Traceback" not in err
    assert out.startswith("1 documents") and BAD_FILES[name][1] in err and name in err
    report = json.loads((previous_out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 1 and report["skipped"] == 1
    assert [(Path(p["file"]).name, "[" + p["code"] + "]", p["action"]) for p in report["problems"]] == [
        (name, BAD_FILES[name][1], "skipped")]


@pytest.mark.parametrize("sidecar, text", [
    ("good.txt.meta.yaml", "title: [unclosed\n"),
    ("good.txt.meta.yaml", "- just\n- a list\n"),
    ("good.txt.meta.yaml", "title: 42\n"),
    ("good.txt.meta.yaml", "persons:\n  - role: Minister\n"),
    ("good.meta.json", "{not json"),
])
def test_malformed_sidecar_is_e005(sidecar, text, tmp_path, previous_out, cli):
    folder = tmp_path / "in"
    write(folder, "good.txt", EN)
    write(folder, sidecar, text)
    assert_clean_failure(cli("build", folder, "--out", previous_out), "[E005]", sidecar)
    assert_untouched(previous_out)


def test_sidecar_that_is_not_utf8_is_e005(tmp_path, previous_out, cli):
    folder = tmp_path / "in"
    write(folder, "good.txt", EN)
    write(folder, "good.txt.meta.yaml", "title: 共同声明\n".encode("cp932"))
    assert_clean_failure(cli("build", folder, "--out", previous_out), "[E005]", "good.txt.meta.yaml")


def test_missing_path_and_folder_without_text(tmp_path, previous_out, cli):
    assert_clean_failure(cli("build", tmp_path / "nowhere", "--out", previous_out), "[E006]", "nowhere")
    (tmp_path / "pictures").mkdir()
    write(tmp_path / "pictures", "a.png", PNG)
    assert_clean_failure(cli("build", tmp_path / "pictures", "--out", previous_out), "[E007]", "pictures")
    assert_untouched(previous_out)


def test_file_over_the_size_limit_is_e008(tmp_path, previous_out, cli, monkeypatch):
    monkeypatch.setattr(decode, "MAX_BYTES", 100)
    path = write(tmp_path / "in", "long.txt", EN)
    assert_clean_failure(cli("build", path, "--out", previous_out), "[E008]", "long.txt")
    assert_untouched(previous_out)


@pytest.mark.parametrize("where", ["file", "inside-a-file", "system"])
def test_unwritable_output_is_e102(where, tmp_path, cli):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    out = {"file": blocker, "inside-a-file": blocker / "out", "system": "/proc/pledgegraph-out"}[where]
    path = write(tmp_path / "in", "good.txt", EN)
    code, _, err = cli("build", path, "--out", out)
    assert code == 2 and "[E102]" in err and "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_two_files_with_the_same_name_are_e009(tmp_path, previous_out, cli):
    write(tmp_path / "in" / "a", "statement.txt", EN)
    write(tmp_path / "in" / "b", "statement.txt", JA)
    assert_clean_failure(cli("build", tmp_path / "in", "--out", previous_out), "[E009]", "statement.txt")
    assert_untouched(previous_out)
