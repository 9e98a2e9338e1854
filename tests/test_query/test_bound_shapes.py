"""A query's shape for a bound parameter (``queries/bound/<name>.<parameter>.rq``) gives the rows of the query itself
with that parameter bound: the same terms in the same order, on both engines, for a value of every kind of answer
(``status``: a pledge of each status, so with one deciding link, several, or none)."""
from __future__ import annotations

from collections import Counter

import pytest

from pledgegraph.query import catalog, load, run, run_named
from pledgegraph.query.terms import parse_value

SHAPES = sorted(catalog.queries_dir().glob(f"{catalog.BOUND}/*.rq"))
CASES = [(path.name.split(".")[0], path.name.split(".")[1]) for path in SHAPES]


def test_status_of_one_provision_has_its_own_shape():
    assert ("status", "provision") in CASES
    assert load("status", bound=["provision"]).path.name == "status.provision.rq"
    assert load("status", bound=["status"]).path.name == "status.rq"  # no shape of its own: the query's
    assert load("status").text != load("status", bound=["provision"]).text


def test_a_shape_keeps_the_query_s_name_and_parameters():
    for name, variable in CASES:
        shaped = load(name, bound=[variable])
        assert shaped.name == name and shaped.params == load(name).params and variable in shaped.params


def values_of(source, name: str, variable: str) -> list[str]:
    """A value of ``variable`` (an IRI) from the rows of each status (one row for a query without that column), as
    command-line text."""
    rows = run(source, load(name).text).records()
    kinds: dict[str, str] = {}
    for row in rows:
        kinds.setdefault(str(row.get("status", "")), str(row[variable]))
    return [f"<{value}>" for value in kinds.values()]


def assert_same_rows(source, name: str, variable: str, engine: str = "oxigraph") -> int:
    values = values_of(source, name, variable)
    assert values
    for value in values:
        query = load(name)
        shaped = run_named(source, name, {variable: value}, engine)
        unshaped = run(source, query.text, {variable: parse_value(variable, value, query.params[variable])}, engine)
        assert shaped.columns == unshaped.columns
        assert shaped.rows == unshaped.rows and Counter(shaped.terms) == Counter(unshaped.terms)
        assert len(shaped) >= 1
    return len(values)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize(("name", "variable"), CASES)
def test_same_rows_on_the_hand_made_graph(name, variable, engine, mini):
    assert assert_same_rows(mini, name, variable, engine)


@pytest.mark.parametrize(("name", "variable"), CASES)
def test_same_rows_on_the_bundled_build(name, variable, bundled_build):
    assert assert_same_rows(bundled_build.out / "store", name, variable)


@pytest.mark.parametrize(("name", "variable"), CASES)
def test_same_rows_on_a_synthetic_archive(name, variable, synthetic_store):
    assert assert_same_rows(synthetic_store, name, variable) >= 4  # several statuses


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_status_of_one_provision_and_one_status(engine, mini):
    """Both parameters bound: the provision's shape, filtered by the status as the query itself is."""
    query = load("status")
    for row in run(mini, query.text).records():
        for status in (str(row["status"]), "open"):
            params = {"provision": f"<{row['provision']}>", "status": status}
            bindings = {name: parse_value(name, value, query.params[name]) for name, value in params.items()}
            assert run_named(mini, "status", params, engine).rows == run(mini, query.text, bindings, engine).rows
