"""mini.ttl as a graph and as the pictures' records."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from pledgegraph.viz import read_records

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
ID = "https://w3id.org/pledgegraph/id/"


@pytest.fixture(scope="session")
def mini() -> Graph:
    return Graph().parse(MINI)


@pytest.fixture(scope="session")
def mini_records(mini):
    return read_records(mini)
