"""`build --out` never destroys what pledgegraph did not write, and a killed or failed build keeps the old outputs."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pledgegraph import manifest, publish
from pledgegraph.errors import PledgegraphError
from pledgegraph.publish import OUTPUTS, build
from pledgegraph.rdf import store

from .samples import EN, JA, write


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_consistent(out: Path) -> None:
    """Every output is whole, as the manifest lists it, and nothing is staged."""
    written = manifest.read(out)
    assert written is not None and not written.pending
    assert sorted(written.files) == sorted([*OUTPUTS, store.NAME])
    for name, digest in written.files.items():
        assert manifest.sha256(out / name) == digest, name
    assert not list(out.glob(manifest.STAGING_PREFIX + "*"))


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    write(folder, "india-australia.txt", EN)
    write(folder, "japan-russia.txt", JA)
    return folder


@pytest.fixture
def built(docs, tmp_path) -> Path:
    """An output folder of an earlier build."""
    out = tmp_path / "out"
    build([docs], out)
    return out


def test_the_input_folder_as_out_is_refused_and_untouched(docs, cli):
    before = snapshot(docs)
    code, _, err = cli("build", docs, "--out", docs)
    assert code == 2 and "[E103]" in err
    assert snapshot(docs) == before


def test_a_folder_with_a_users_file_is_refused(docs, tmp_path, cli):
    out = tmp_path / "mine"
    write(out, "notes.md", "my notes")
    code, _, err = cli("build", docs, "--out", out)
    assert code == 2 and "[E103]" in err
    assert snapshot(out) == {"notes.md": b"my notes"}


def test_out_dot_in_a_working_folder_is_refused(docs, tmp_path, cli, monkeypatch):
    work = tmp_path / "work"
    write(work, "thesis.tex", "\\documentclass{article}")
    monkeypatch.chdir(work)
    code, _, err = cli("build", docs, "--out", ".")
    assert code == 2 and "[E103]" in err
    assert snapshot(work) == {"thesis.tex": b"\\documentclass{article}"}


def test_an_empty_folder_is_used(docs, tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    build([docs], out)
    assert_consistent(out)


def test_a_rebuild_keeps_a_file_the_user_added(built, docs):
    (built / "my-notes.txt").write_text("keep me", encoding="utf-8")
    build([docs], built)
    assert (built / "my-notes.txt").read_text(encoding="utf-8") == "keep me"
    assert_consistent(built)


def test_an_output_the_user_changed_is_not_overwritten(built, docs, cli):
    (built / "graph.html").write_text("my annotated copy", encoding="utf-8")
    before = snapshot(built)
    code, _, err = cli("build", docs, "--out", built)
    assert code == 2 and "[E104]" in err and "graph.html" in err
    assert snapshot(built) == before


def test_a_users_file_with_an_output_name_is_not_overwritten(tmp_path, docs, cli):
    out = tmp_path / "out"
    build([docs], out)
    (out / "report.json").unlink()
    written = manifest.read(out)
    del written.files["report.json"]
    manifest.write(out, written, "test")
    (out / "report.json").write_text("{}", encoding="utf-8")  # now the user's, not pledgegraph's
    code, _, err = cli("build", docs, "--out", out)
    assert code == 2 and "[E104]" in err and "report.json" in err
    assert (out / "report.json").read_text(encoding="utf-8") == "{}"


def test_an_old_output_no_longer_written_is_removed_only_if_unchanged(built, docs):
    for name, text in (("old-view.svg", "<svg/>"), ("old-list.csv", "a,b")):
        (built / name).write_text(text, encoding="utf-8")
    written = manifest.read(built)
    written.files["old-view.svg"] = manifest.sha256(built / "old-view.svg")
    written.files["old-list.csv"] = "0" * 64  # the user changed it since
    manifest.write(built, written, "test")
    with pytest.raises(PledgegraphError, match=r"\[E104\].*old-list\.csv"):
        build([docs], built)
    (built / "old-list.csv").unlink()
    build([docs], built)
    assert not (built / "old-view.svg").exists()
    assert_consistent(built)


def test_permissions_follow_the_umask(docs, tmp_path):
    old = os.umask(0o027)
    try:
        out = tmp_path / "perm"
        build([docs], out)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o750
    assert {(out / n).stat().st_mode & 0o777 for n in OUTPUTS} == {0o640}


def test_a_build_that_dies_during_the_swap_leaves_a_folder_the_next_build_accepts(built, docs, monkeypatch):
    replaced = []
    real_replace = os.replace

    def dying_replace(src, dst):
        if str(src).endswith(".tmp"):  # the manifest's own atomic write
            return real_replace(src, dst)
        if len(replaced) == 2:
            raise OSError(28, "No space left on device")
        replaced.append(dst)
        return real_replace(src, dst)

    monkeypatch.setattr(publish.os, "replace", dying_replace)
    write(docs, "third.txt", EN.replace("India and Australia", "India and Japan"))
    with pytest.raises(PledgegraphError, match=r"\[E102\]"):
        build([docs], built)
    monkeypatch.setattr(publish.os, "replace", real_replace)
    pending = manifest.read(built)
    assert pending.pending  # half swapped: each file is whole, old or new
    for name in OUTPUTS:
        assert pending.accepts(name, manifest.sha256(built / name)), name
    build([docs], built)
    assert_consistent(built)


def cli_build(docs: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pledgegraph", "build", str(docs), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_kill_9_during_a_build_keeps_the_previous_outputs(built, docs):
    before = snapshot(built)
    write(docs, "third.txt", EN.replace("India and Australia", "India and Japan"))  # new outputs would differ
    process = cli_build(docs, built)
    deadline = time.monotonic() + 60
    while not list(built.glob(manifest.STAGING_PREFIX + "*")) and process.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL  # killed while staging, not finished
    assert {k: v for k, v in snapshot(built).items() if not k.startswith(manifest.STAGING_PREFIX)} == before
    build([docs], built)
    assert_consistent(built)


def test_two_builds_racing_into_one_folder_both_finish_whole(docs, tmp_path):
    out = tmp_path / "race"
    first, second = cli_build(docs, out), cli_build(docs, out)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), results
    assert_consistent(out)
