"""Queries reshaped for large stores give the rows of the versions they replace.

``data/before/<name>.rq`` is a query as it was before it was shaped for speed: ``chain.rq`` walked the links with a
transitive path before the build wrote their closure as pg:descendsFrom; others joined through property paths
(``pg:modality/skos:notation``), filtered inside an OPTIONAL (one lookup per row), or were one basic graph pattern.
Both versions run on the hand-made graph (both engines), on the bundled build's store and on a store of the
benchmark's synthetic archive, without and with each declared parameter; their rows must be the same, in the same
order up to rows that tie on every key of the ORDER BY (SPARQL leaves their order open).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pledgegraph.query import load, rewrite, run

BEFORE = Path(__file__).resolve().parent / "data" / "before"
NAMES = sorted(p.stem for p in BEFORE.glob("*.rq"))


def assert_same_rows(source, name: str, engine: str = "oxigraph", bindings: dict | None = None) -> int:
    before = run(source, (BEFORE / f"{name}.rq").read_text(encoding="utf-8"), bindings, engine)
    after = run(source, load(name).text, bindings, engine)
    assert after.columns == before.columns
    assert Counter(after.terms) == Counter(before.terms)  # lexical forms, datatypes and language tags too
    keys = [after.columns.index(k) for k, _ in rewrite.split(load(name).text)[1] if k in after.columns]
    assert [[row[i] for i in keys] for row in after.rows] == [[row[i] for i in keys] for row in before.rows]
    return len(after)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_the_hand_made_graph(name, engine, mini):
    assert assert_same_rows(mini, name, engine)


@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_the_bundled_build(name, bundled_build):
    assert assert_same_rows(bundled_build.out / "store", name)


@pytest.mark.parametrize("name", NAMES)
def test_same_rows_on_a_synthetic_archive(name, synthetic_store):
    assert assert_same_rows(synthetic_store, name) > 0


BOUND = [(name, variable) for name in NAMES for variable in load(name).params]


@pytest.mark.parametrize(("name", "variable"), BOUND)
def test_same_rows_with_a_parameter(name, variable, synthetic_store):
    """Each declared parameter bound to a value of its column in the middle of the answer."""
    from pledgegraph.query.terms import parse_value

    rows = run(synthetic_store, load(name).text).records()
    value = rows[len(rows) // 2][variable]
    text = f"<{value}>" if load(name).params[variable].kind == "IRI" else value
    assert assert_same_rows(synthetic_store, name, bindings={variable: parse_value(variable, text, None)})


def test_every_parameter_is_tried():
    assert {name for name, _ in BOUND} >= {"actors", "chain", "one-sided", "strengthened", "theme-timeline",
                                           "themes-per-year"}
