"""Every analyst query gives the same rows on pyoxigraph and rdflib: the same terms, lexical forms, datatypes and
language tags (not only the same printed values), on the hand-made graph and on the bundled build."""
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
    assert Counter(ox.terms) == Counter(rl.terms)  # lexical forms, datatypes and language tags too


def test_typed_terms_keep_lexical_forms_and_tags(any_graph):
    """The strict comparison sees what the printed rows hide: a quote's tag, a decimal's datatype."""
    quotes = run(any_graph, load("one-sided").text, engine="rdflib")
    assert quotes.terms and {row[quotes.columns.index("quote")].lang for row in quotes.terms} <= {"en", "ja", "zh", "ru"}
    links = run(any_graph, load("evolution").text, engine="rdflib")
    assert links.terms and all(row[links.columns.index("score")].datatype.endswith("#decimal") for row in links.terms)


@pytest.mark.parametrize("name", NAMES)
def test_rows_come_back_in_the_same_order_twice(name, mini):
    text = load(name).text
    assert run(mini, text).rows == run(mini, text).rows
