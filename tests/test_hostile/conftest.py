"""Fixtures of the hostile-input tests: an existing output folder that a failed build must keep."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph.cli import main

PREVIOUS = "previous graph"


@pytest.fixture
def previous_out(tmp_path) -> Path:
    """An output folder from an earlier build (one marker file)."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text(PREVIOUS, encoding="utf-8")
    return out


@pytest.fixture
def cli(capsys):
    """Run ``pledgegraph`` in-process; returns ``(exit code, stdout, stderr)``."""

    def run(*args: object) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def assert_untouched(out: Path) -> None:
    """The previous output is intact and no staging or backup folder is left beside it."""
    assert (out / "graph.ttl").read_text(encoding="utf-8") == PREVIOUS
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")] == []
