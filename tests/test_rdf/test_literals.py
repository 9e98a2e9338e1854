"""Canonical literals: the lexical forms every engine prints the same way."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from pledgegraph.rdf import literals, turtle


@pytest.mark.parametrize("value, places, expected", [
    (0.6, 2, "0.6"), (0.60, 2, "0.6"), (1.0, 2, "1"), (0.0, 2, "0"), (0.855, 2, "0.85"), (0.72, 2, "0.72"),
    (Decimal("0.605"), 2, "0.6"), ("1.00", None, "1"), ("100", None, "100"), (-0.0, 2, "0"), ("-1.50", None, "-1.5"),
])
def test_decimal_is_canonical(value, places, expected):
    assert literals.canonical_decimal(value, places) == expected


@pytest.mark.parametrize("value, expected", [
    ("P1Y", "P1Y"), ("P12M", "P1Y"), ("P6M", "P6M"), ("P1Y13M", "P2Y1M"), ("P14D", "P14D"), ("PT24H", "P1D"),
    ("PT90M", "PT1H30M"), ("P0Y", "PT0S"), ("PT1.50S", "PT1.5S"),
])
def test_duration_is_canonical(value, expected):
    assert literals.canonical_duration(value) == expected


@pytest.mark.parametrize("bad", ["annually", "P", "PT", "P1W", "1Y"])
def test_duration_rejects_what_is_not_one(bad):
    with pytest.raises(ValueError):
        literals.canonical_duration(bad)


def test_booleans_integers_dates_and_texts():
    assert str(literals.boolean(1)) == "true" and literals.boolean(0).datatype == XSD.boolean
    assert str(literals.integer(7)) == "7" and literals.integer(7).datatype == XSD.integer
    assert [literals.date(v).datatype for v in ("2000", "2000-09", "2000-09-05")] == [XSD.gYear, XSD.gYearMonth,
                                                                                     XSD.date]
    assert literals.text("双方", "ja").language == "ja" and literals.text("x", None).language is None


def test_turtle_keeps_the_lexical_form_of_an_integral_decimal():
    """rdflib alone writes "1"^^xsd:decimal as 1.0, which reads back as another lexical form."""
    g = Graph()
    for n, value in enumerate([literals.decimal(1.0), literals.decimal(0.6), literals.boolean(True),
                               literals.integer(3), literals.duration("P12M"), literals.text("x", "en")]):
        g.add((URIRef("http://example.org/s"), URIRef(f"http://example.org/p{n}"), value))
    text = turtle.serialize(g).decode("utf-8")
    assert '"1"^^xsd:decimal' in text and "1.0" not in text
    again = Graph().parse(data=text, format="turtle")
    assert {(str(o), o.datatype, o.language) for o in again.objects()} == \
        {(str(o), o.datatype, o.language) for o in g.objects()}
    assert Literal("1", datatype=XSD.decimal) in set(again.objects())


def test_instance_iris_are_written_in_full_and_vocabulary_terms_as_prefixed_names():
    from rdflib import Graph, URIRef

    from pledgegraph.rdf.namespaces import ID, PG
    from pledgegraph.rdf.turtle import serialize

    g = Graph()
    g.bind("pg", str(PG))
    g.bind("id", str(ID))
    g.add((URIRef(ID + "doc/a/prov/p1/1"), PG.locator, URIRef(ID + "doc/a/block/p1")))
    text = serialize(g).decode("utf-8")
    assert f"<{ID}doc/a/prov/p1/1> pg:locator <{ID}doc/a/block/p1>" in text
    assert "@prefix id:" not in text
