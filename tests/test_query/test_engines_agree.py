"""Every analyst query gives the same rows on pyoxigraph and rdflib."""
from __future__ import annotations

from collections import Counter

import pytest

from pledgegraph.query import available, load, run

NAMES = available()


def test_queries_folder_is_found():
    assert {"themes-per-year", "theme-timeline", "chain", "dropped", "commitments"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_both_engines(name, any_graph):
    text = load(name).text
    ox = run(any_graph, text, engine="oxigraph")
    rl = run(any_graph, text, engine="rdflib")
    assert ox.columns == rl.columns
    assert Counter(ox.rows) == Counter(rl.rows)


@pytest.mark.parametrize("name", NAMES)
def test_rows_come_back_in_the_same_order_twice(name, mini):
    text = load(name).text
    assert run(mini, text).rows == run(mini, text).rows
