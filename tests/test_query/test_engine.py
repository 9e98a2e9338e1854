"""Loading, binding and error behaviour of the query engine."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from pledgegraph.errors import PledgegraphError
from pledgegraph.query import available, load, open_graph, run, run_named

SELECT_NOTATION = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?concept ?notation WHERE { ?concept skos:notation ?notation } ORDER BY ?notation"""


def test_unknown_query_lists_available_names(mini):
    with pytest.raises(PledgegraphError) as err:
        run_named(mini, "no-such-question")
    assert err.value.code == "E201" and "themes-per-year" in str(err.value)


def test_missing_graph_is_e202(tmp_path):
    with pytest.raises(PledgegraphError) as err:
        run_named(tmp_path / "graph.ttl", "actors")
    assert err.value.code == "E202"


def test_malformed_graph_is_e202(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(PledgegraphError) as err:
            run(bad, SELECT_NOTATION, engine=engine)
        assert err.value.code == "E202"


def test_undeclared_parameter_is_e203(mini):
    with pytest.raises(PledgegraphError) as err:
        run_named(mini, "chain", {"theme": "theme:energy"})
    assert err.value.code == "E203" and "?provision" in str(err.value)


def test_iri_parameter_rejects_a_bare_word(mini):
    with pytest.raises(PledgegraphError) as err:
        run_named(mini, "theme-timeline", {"theme": "energy"})
    assert err.value.code == "E203"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_hostile_string_is_bound_as_a_value_not_as_query_text(mini, engine):
    hostile = 'x" } UNION { ?concept ?p ?notation } #'
    assert len(run(mini, SELECT_NOTATION, {"notation": Literal(hostile)}, engine)) == 0
    assert run(mini, SELECT_NOTATION, {"notation": "energy"}, engine).rows == [
        ("https://w3id.org/pledgegraph/theme/energy", "energy")]


def test_bindings_accept_iris(mini):
    table = run(mini, SELECT_NOTATION, {"concept": URIRef("https://w3id.org/pledgegraph/country/JP")})
    assert table.column("notation") == ["JP"]


def test_open_stores_are_used_as_they_are(mini):
    store = ox.Store()
    store.load(path=str(mini), format=ox.RdfFormat.TURTLE)
    graph = Graph().parse(mini)
    assert run(store, SELECT_NOTATION).rows == run(graph, SELECT_NOTATION).rows


def test_a_path_is_loaded_once_and_reloaded_when_it_changes(tmp_path, mini):
    copy = tmp_path / "g.ttl"
    copy.write_bytes(mini.read_bytes())
    first = open_graph(copy)
    assert open_graph(copy) is first
    copy.write_bytes(mini.read_bytes() + b"\n")
    import os
    os.utime(copy, ns=(0, 1))
    assert open_graph(copy) is not first


def test_a_query_file_path_works_like_a_name(mini):
    path = load("actors").path
    assert run_named(mini, str(path)).rows == run_named(mini, "actors").rows


def test_every_query_has_a_header_with_title_question_and_columns():
    for name in available():
        named = load(name)
        head = named.text.split("PREFIX", 1)[0]
        assert named.title and named.question and "Columns:" in head, name


def test_every_declared_parameter_is_bindable_on_oxigraph(mini):
    samples = {"IRI": "<https://w3id.org/pledgegraph/none>", "string": "none", "integer": "1"}
    for name in available():
        for param in load(name).params.values():
            assert run_named(mini, name, {param.name: samples[param.kind]}).columns, (name, param.name)
