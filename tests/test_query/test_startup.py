"""``pledgegraph query`` on a store starts fast: it imports neither rdflib nor the build's libraries, and opening
the store does not count its quads."""
from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import XSD, Literal, URIRef

from pledgegraph.errors import PledgegraphError
from pledgegraph.query import Table
from pledgegraph.query.terms import parse_value, to_oxigraph, to_rdflib
from pledgegraph.rdf import store

PROBE = """
import contextlib, io, json, sys
from pledgegraph.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    status = main(sys.argv[1:])
heavy = ("rdflib", "pyshacl", "owlready2", "matplotlib", "pledgegraph.publish", "pledgegraph.executor",
         "pledgegraph.export", "pledgegraph.rdf.namespaces")
print(json.dumps([status, sorted(name for name in heavy if name in sys.modules)]))
"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory, mini):
    from rdflib import Graph

    path = tmp_path_factory.mktemp("store") / "store"
    store.write(Graph().parse(mini), path)
    return path


@pytest.mark.parametrize("args", [["query", "versions", "--format", "tsv"],
                                  ["query", "chain", "--param", "provision=<https://w3id.org/pledgegraph/id/doc/c2013/prov/5/1>"]])
def test_query_on_a_store_imports_no_rdflib_and_nothing_of_the_build(args, small_store):
    done = subprocess.run([sys.executable, "-c", PROBE, *args, "--store", str(small_store)], capture_output=True,
                          text=True, check=True)
    assert json.loads(done.stdout) == [0, []]


def test_an_empty_store_is_refused(tmp_path):
    empty = ox.Store(str(tmp_path / "store"))
    del empty  # closed: it can be opened read-only
    with pytest.raises(PledgegraphError, match="E205"):
        store.open_store(tmp_path / "store")


def test_parameters_become_pyoxigraph_terms_and_convert_both_ways():
    iri = parse_value("theme", "theme:energy", None)
    assert iri == ox.NamedNode("https://w3id.org/pledgegraph/theme/energy")
    number = parse_value("n", "07", type("Param", (), {"kind": "integer"})())
    assert number == ox.Literal("7", datatype=ox.NamedNode(str(XSD.integer)))
    assert to_rdflib(iri) == URIRef(iri.value)
    assert to_rdflib(number) == Literal("7", datatype=XSD.integer)
    assert to_rdflib(parse_value("s", "RU", None)) == Literal("RU")
    assert to_rdflib(ox.Literal("a", language="ja")) == Literal("a", lang="ja")
    for term in (URIRef("http://x/a"), Literal("a"), Literal("a", lang="en"), Literal("1", datatype=XSD.integer)):
        assert to_rdflib(to_oxigraph(term)) == term


def test_a_term_in_many_rows_is_converted_once():
    date = ox.Literal("2001-02-03", datatype=ox.NamedNode(str(XSD.date)))
    score = ox.Literal("0.50", datatype=ox.NamedNode(str(XSD.decimal)))
    table = Table.of_terms(["d", "s", "r"], [(date, score, Literal("1.0", datatype=XSD.decimal)),
                                             (date, None, Literal("1.00", datatype=XSD.decimal))])
    assert table.rows == [("2001-02-03", "0.5", "1"), ("2001-02-03", None, "1")]
    assert [row[2].value for row in table.terms] == ["1.0", "1.00"]  # lexical forms kept
    assert table.terms[0][0] is table.terms[1][0] and table.terms[0][1].value == "0.50"
