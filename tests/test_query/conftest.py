"""Fixtures for the query tests: the hand-made mini graph and, when the suite provides it, the bundled build."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
ID = "https://w3id.org/pledgegraph/id/"
BENCH = Path(__file__).resolve().parents[2] / "bench" / "query_speed.py"


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


@pytest.fixture(scope="session")
def synthetic_store(tmp_path_factory) -> Path:
    """A store of the benchmark's synthetic archive: 3 pairs of states, 60 statements, chains up to 20 long."""
    from pledgegraph.rdf import store
    from pledgegraph.rdf.build import build_graph

    spec = importlib.util.spec_from_file_location("query_speed", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path_factory.mktemp("synthetic") / "store"
    store.write(build_graph(bench.synthetic_corpus(60, pairs=3, translations=7)), path)
    return path
