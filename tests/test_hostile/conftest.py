"""Fixtures of the hostile-input tests: an existing output folder that a failed build must keep."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph import manifest
from pledgegraph.cli import main

PREVIOUS = "previous graph"


def previous_output(out: Path) -> Path:
    """An output folder as an earlier build leaves it: one output and the manifest that lists it."""
    out.mkdir()
    (out / "graph.ttl").write_text(PREVIOUS, encoding="utf-8")
    manifest.write(out, manifest.Manifest(files={"graph.ttl": manifest.sha256(out / "graph.ttl")}), "test")
    return out


@pytest.fixture
def previous_out(tmp_path) -> Path:
    """An output folder from an earlier build."""
    return previous_output(tmp_path / "out")


@pytest.fixture
def cli(capsys):
    """Run ``pledgegraph`` in-process; returns ``(exit code, stdout, stderr)``."""

    def run(*args: object) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def assert_untouched(out: Path) -> None:
    """The previous output is intact and no staging or backup folder is left in or beside it."""
    assert (out / "graph.ttl").read_text(encoding="utf-8") == PREVIOUS
    assert sorted(p.name for p in out.iterdir() if p.name != manifest.LOCK) == [manifest.NAME, "graph.ttl"]
    assert manifest.read(out).files == {"graph.ttl": manifest.sha256(out / "graph.ttl")}
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []
