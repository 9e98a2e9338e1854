"""Engine rewrites that keep the answers: ORDER BY done on the rows, parameters also given as VALUES."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from pledgegraph.query import available, load, open_graph, rewrite, run
from pledgegraph.query.terms import normalise

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_a_final_order_by_of_variables_is_split_off():
    text, keys = rewrite.split("SELECT ?a ?b WHERE { ?a ?p ?b } ORDER BY ?a DESC(?b) # newest first\n")
    assert text == "SELECT ?a ?b WHERE { ?a ?p ?b } " and keys == [("a", False), ("b", True)]


@pytest.mark.parametrize("query", [
    "SELECT ?a WHERE { ?a ?p ?b } ORDER BY ?a LIMIT 3",
    "SELECT ?a WHERE { ?a ?p ?b } ORDER BY STR(?a)",
    "SELECT ?a WHERE { ?a ?p ?b }",
    'SELECT ?a WHERE { ?a ?p "ORDER BY ?a" }',
])
def test_other_orders_stay_with_the_engine(query):
    assert rewrite.split(query) is None


def test_unprojected_keys_are_projected_only_where_that_keeps_the_rows():
    assert rewrite.extend("SELECT ?a WHERE { ?a ?p ?b }", ["b"]) == "SELECT ?a  ?b WHERE { ?a ?p ?b }"
    for query in ("SELECT DISTINCT ?a WHERE { ?a ?p ?b }", "SELECT * WHERE { ?a ?p ?b }",
                  "SELECT (COUNT(?a) AS ?n) WHERE { ?a ?p ?b }", "SELECT ?a WHERE { ?a ?p ?b } GROUP BY ?a"):
        assert rewrite.extend(query, ["b"]) is None


def test_bindings_become_a_values_block_at_the_start_of_the_where_group():
    terms = {"s": ox.NamedNode("http://example.org/a"), "o": ox.Literal('say "hi"\n')}
    assert rewrite.with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", terms) == (
        'CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?o { "say \\"hi\\"\\n" } VALUES ?s { <http://example.org/a> } ?s ?p ?o }')
    assert rewrite.with_values("ASK { ?s ?p ?o }", {"s": terms["s"]}).startswith("ASK { VALUES ?s")
    assert rewrite.with_values("CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }", terms) == "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }"


def _literal(value: str, datatype: str | None = None, language: str | None = None):
    return ox.Literal(value, language=language) if language else ox.Literal(value, datatype=ox.NamedNode(XSD + (datatype or "string")))


@pytest.mark.parametrize("values", [
    [_literal("b"), None, ox.NamedNode("http://x/z"), _literal("a"), _literal("é"), _literal("Z")],
    [_literal("10", "integer"), _literal("9", "integer"), _literal("-1.5", "decimal")],
    [_literal("true", "boolean"), _literal("false", "boolean")],
    [_literal("a", language="ja"), _literal("a", language="en"), _literal("B", language="ru")],
    [_literal("2001-02-03", "date"), _literal("1999-12-31", "date")],
])
@pytest.mark.parametrize("descending", [False, True])
def test_rows_are_sorted_as_pyoxigraph_sorts_them(values, descending):
    store = ox.Store()
    for number, value in enumerate(values):
        subject = ox.NamedNode(f"http://example.org/{number}")
        store.add(ox.Quad(subject, ox.NamedNode("http://example.org/n"), _literal(str(number), "integer")))
        if value is not None:
            store.add(ox.Quad(subject, ox.NamedNode("http://example.org/v"), value))
    order = "DESC(?v)" if descending else "?v"
    query = f"SELECT ?v WHERE {{ ?s <http://example.org/n> ?n OPTIONAL {{ ?s <http://example.org/v> ?v }} }} ORDER BY {order}"
    expected = [tuple(s) for s in store.query(query)]
    text, keys = rewrite.split(query)
    assert rewrite.sort(["v"], [tuple(s) for s in store.query(text)], keys) == expected


def test_a_column_of_mixed_literals_is_left_to_the_engine():
    rows = [(_literal("a"),), (_literal("1", "integer"),)]
    assert rewrite.sort(["v"], rows, [("v", False)]) is None


@pytest.mark.parametrize("name", available())
def test_every_query_comes_back_in_the_order_pyoxigraph_gives(name, bundled_build):
    """Rows equal pyoxigraph's own ORDER BY, up to rows that tie on every key (their order is unspecified)."""
    graph = open_graph(bundled_build.out / "store")
    text = load(name).text
    ours = run(graph, text)
    theirs = [tuple(map(normalise, s)) for s in graph.query(text, use_default_graph_as_union=True)]
    assert sorted(ours.rows, key=repr) == sorted(theirs, key=repr)
    split = rewrite.split(text)
    keys = [ours.columns.index(k) for k, _ in split[1] if k in ours.columns] if split else []
    assert [tuple(r[i] for i in keys) for r in ours.rows] == [tuple(r[i] for i in keys) for r in theirs]


def test_a_bound_parameter_gives_the_rows_of_substitution_alone(bundled_build):
    graph = open_graph(bundled_build.out / "store")
    provision = URIRef(next(r[0] for r in run(graph, load("chain").text).rows))
    ours = run(graph, load("chain").text, {"provision": provision})
    theirs = graph.query(load("chain").text, substitutions={ox.Variable("provision"): ox.NamedNode(str(provision))},
                         use_default_graph_as_union=True)
    assert sorted(ours.rows) == sorted(tuple(map(normalise, s)) for s in theirs)
    assert ours.rows and {r[0] for r in ours.rows} == {str(provision)}


@pytest.mark.parametrize(("query", "names"), [
    ("SELECT ?a ?b WHERE { ?a ?p ?b }", ["a", "b"]),
    ("SELECT ?a (COUNT(?b) AS ?n) (STR(?c) AS ?text) WHERE { ?a ?p ?b }", ["a", "n", "text"]),
    ("SELECT DISTINCT ?a # ?commented\n WHERE { ?a ?p ?b }", ["a"]),
    ("SELECT * WHERE { ?a ?p ?b }", None),
    ("ASK { ?a ?p ?b }", None),
])
def test_the_projected_variables_are_read_from_the_select_list(query, names):
    assert rewrite.projection(query) == names


def test_a_key_the_query_does_not_project_is_projected_for_the_sort_and_dropped(mini):
    pg = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#> "
    rows = run(mini, pg + "SELECT ?provision WHERE { ?provision pg:locator ?locator } ORDER BY DESC(?locator) ?provision")
    assert rows.columns == ["provision"] and len(rows) > 10
    locators = run(mini, pg + "SELECT ?provision ?locator WHERE { ?provision pg:locator ?locator } "
                              "ORDER BY DESC(?locator) ?provision")
    assert rows.rows == [row[:1] for row in locators.rows]
