"""SPARQL 1.1 query results formats: typed JSON, CSV and TSV from the terms an engine returned."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from pledgegraph.cli import main
from pledgegraph.query import Table, render, run
from pledgegraph.query import results
from pledgegraph.query.results import term_of

IRI = "https://w3id.org/pledgegraph/id/doc/b2002/prov/1/1"
TYPED = Table.of_terms(["s", "quote", "score", "year", "note", "b"], [
    (URIRef(IRI), Literal("双方は、協力を強化する。", lang="ja"), Literal("0.6", datatype=XSD.decimal),
     Literal("2002", datatype=XSD.gYear), Literal('tab\\there, "quoted"\nnext line'), BNode("b0")),
    (URIRef(IRI), None, Literal("1", datatype=XSD.decimal), None, Literal("plain"), None),
])


def test_json_terms_are_typed():
    data = json.loads(TYPED.format("json"))
    assert data["head"]["vars"] == ["s", "quote", "score", "year", "note", "b"]
    first, second = data["results"]["bindings"]
    assert first["s"] == {"type": "uri", "value": IRI}
    assert first["quote"] == {"type": "literal", "value": "双方は、協力を強化する。", "xml:lang": "ja"}
    assert first["score"] == {"type": "literal", "value": "0.6", "datatype": str(XSD.decimal)}
    assert first["year"]["datatype"] == str(XSD.gYear)
    assert first["note"] == {"type": "literal", "value": 'tab\\there, "quoted"\nnext line'}  # xsd:string: no datatype
    assert first["b"] == {"type": "bnode", "value": "b0"}
    assert set(second) == {"s", "score", "note"}  # unbound variables are left out


def test_csv_writes_values_without_types_crlf_and_rfc4180_quoting():
    text = TYPED.format("csv")
    assert text.endswith(",1,,plain,\r\n") and text.count("\r\n") == 3
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["s", "quote", "score", "year", "note", "b"]
    assert rows[1] == [IRI, "双方は、協力を強化する。", "0.6", "2002", 'tab\\there, "quoted"\nnext line', "_:b0"]
    assert rows[2] == [IRI, "", "1", "", "plain", ""]


def test_tsv_writes_n_triples_terms():
    header, first, second, end = TYPED.format("tsv").split("\n")
    assert header == "?s\t?quote\t?score\t?year\t?note\t?b" and end == ""
    assert first.split("\t") == [f"<{IRI}>", '"双方は、協力を強化する。"@ja', f'"0.6"^^<{XSD.decimal}>',
                                 f'"2002"^^<{XSD.gYear}>', '"tab\\\\there, \\"quoted\\"\\nnext line"', "_:b0"]
    assert second.split("\t") == [f"<{IRI}>", "", f'"1"^^<{XSD.decimal}>', "", '"plain"', ""]


def test_both_engines_give_the_same_typed_output(mini):
    query = "SELECT ?p ?q ?c WHERE { ?p <https://w3id.org/pledgegraph/ontology#quote> ?q ; " \
            "<https://w3id.org/pledgegraph/ontology#confidence> ?c } ORDER BY ?p"
    for fmt in ("json", "csv", "tsv"):
        assert run(mini, query, engine="oxigraph").format(fmt) == run(mini, query, engine="rdflib").format(fmt)


def test_ask_in_json_is_a_sparql_boolean(mini):
    assert json.loads(render(run(mini, "ASK { ?s ?p ?o }"), "json")) == {"head": {}, "boolean": True}
    assert render(run(mini, "ASK { ?s ?p ?o }"), "csv") == "true"


def test_construct_in_json_is_json_ld(mini):
    graph = run(mini, "CONSTRUCT { ?d a <https://w3id.org/pledgegraph/ontology#Document> } "
                      "WHERE { ?d a <https://w3id.org/pledgegraph/ontology#Document> }")
    data = json.loads(render(graph, "json"))
    assert "@context" in data and len(data["@graph"]) == 3


def test_term_of_rejects_what_is_not_a_term():
    with pytest.raises(TypeError):
        term_of("plain str")


def test_cli_csv_has_no_trailing_blank_line(mini, capfd):
    assert main(["query", "documents", "--graph", str(mini), "--format", "csv"]) == 0
    out = capfd.readouterr().out
    assert out.endswith("\r\n") and not out.endswith("\r\n\r\n") and not out.endswith("\n\n")


def test_cli_json_is_sparql_json(mini, capsys):
    assert main(["query", "documents", "--graph", str(mini), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"type": "uri", "value": "https://w3id.org/pledgegraph/id/doc/a2000"} in \
        [b["document"] for b in data["results"]["bindings"]]


@pytest.mark.parametrize("node", [
    ox.Literal("".join(map(chr, range(0x80))) + "é日\u2028\x85"), ox.Literal("x", language="en-GB"), ox.Literal(""),
    ox.Literal("1.50", datatype=ox.NamedNode(str(XSD.decimal))), ox.NamedNode(IRI), ox.BlankNode("b1")])
def test_terms_are_written_as_pyoxigraph_writes_them(node):
    """TSV of a pyoxigraph answer is written by pyoxigraph's own term syntax; an rdflib answer's must match it."""
    assert term_of(node).nt() == str(node)


def test_tsv_of_pyoxigraph_terms_is_that_of_their_typed_terms():
    rows = [(ox.NamedNode(IRI), ox.Literal('a\tb "c"\x01', language="ja"), None),
            (None, ox.Literal("0.50", datatype=ox.NamedNode(str(XSD.decimal))), ox.BlankNode("b0"))]
    direct = Table.of_terms(["s", "q", "b"], rows).format("tsv")
    converted = Table.of_terms(["s", "q", "b"], rows)
    assert converted.rows  # converted before writing: goes through the typed terms
    assert direct == converted.format("tsv") == results.to_tsv(["s", "q", "b"], converted.terms)
