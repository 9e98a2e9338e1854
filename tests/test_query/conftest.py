"""Fixtures for the query tests: the hand-made mini graph and, when the suite provides it, the bundled build."""
from __future__ import annotations

from pathlib import Path

import pytest

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
ID = "https://w3id.org/pledgegraph/id/"


@pytest.fixture(scope="session")
def mini() -> Path:
    return MINI


@pytest.fixture(params=["mini", "bundled"])
def any_graph(request) -> Path:
    """mini.ttl, and the graph of the bundled corpus when tests/conftest.py offers ``bundled_graph``."""
    if request.param == "mini":
        return MINI
    try:
        return request.getfixturevalue("bundled_graph")
    except pytest.FixtureLookupError:
        pytest.skip("no bundled_graph fixture")
