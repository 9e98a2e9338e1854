"""Shared fixtures: the bundled corpus built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory):
    """``pledgegraph build`` of the bundled corpus into a temporary folder (a BuildResult)."""
    from pledgegraph.publish import build

    return build([CORPUS], tmp_path_factory.mktemp("build") / "out")


@pytest.fixture(scope="session")
def bundled_graph(bundled_build) -> Path:
    """Path of the bundled build's graph.ttl."""
    return bundled_build.out / "graph.ttl"
