"""The build's Turtle (and every export) reads the same in a second, independent parser: pyoxigraph (Rust) against
rdflib (Python), term by term, lexical forms, datatypes and language tags included."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from pledgegraph.export import export
from pledgegraph.validate.reason import OWL2_DATATYPES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_key(term):
    if isinstance(term, URIRef):
        return ("uri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    if term.language:
        return ("literal", str(term), None, term.language)
    return ("literal", str(term), str(term.datatype) if term.datatype else XSD_STRING, None)


def _ox_key(term):
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    if term.language:
        return ("literal", term.value, None, term.language)
    return ("literal", term.value, term.datatype.value, None)


def _rdflib_triples(graph: Graph) -> set:
    return {tuple(map(_rdflib_key, triple)) for triple in graph}


def _ox_triples(data: bytes, fmt) -> set:
    return {(_ox_key(q.subject), _ox_key(q.predicate), _ox_key(q.object)) for q in ox.parse(data, format=fmt)}


@pytest.fixture(scope="module")
def graph(bundled_graph) -> Graph:
    return Graph().parse(bundled_graph, format="turtle")


@pytest.mark.parametrize("name", ["graph.ttl", "thesaurus.ttl"])
def test_turtle_reads_the_same_in_pyoxigraph(name, bundled_build):
    """pyoxigraph stores values and prints them canonically: any literal not in canonical form would differ."""
    path = bundled_build.out / name
    ours = _rdflib_triples(Graph().parse(path, format="turtle"))
    theirs = _ox_triples(path.read_bytes(), ox.RdfFormat.TURTLE)
    assert ours and ours == theirs


@pytest.mark.parametrize("fmt, ox_format", [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)])
def test_quads_hold_the_same_triples(fmt, ox_format, graph):
    assert _ox_triples(export(graph, fmt), ox_format) == _rdflib_triples(graph)


def test_json_ld_reads_back_as_the_same_graph_in_both(graph):
    data = export(graph, "jsonld")
    assert isomorphic(Graph().parse(data=data, format="json-ld"), graph)
    assert _ox_triples(data, ox.RdfFormat.JSON_LD) == _rdflib_triples(graph)
    assert "@context" in json.loads(data)


def test_owl_export_reads_in_both_and_keeps_to_the_owl2_datatype_map(graph):
    data = export(graph, "owl")
    theirs = ox.parse(data, format=ox.RdfFormat.RDF_XML)
    datatypes = {q.object.datatype.value for q in theirs if isinstance(q.object, ox.Literal) and not q.object.language}
    assert datatypes and datatypes <= {str(d) for d in OWL2_DATATYPES}
    ours = Graph().parse(data=data, format="xml")
    assert len(ours) == len(list(ox.parse(data, format=ox.RdfFormat.RDF_XML))) > len(graph)
    assert not any(isinstance(o, Literal) and o.datatype and o.datatype not in OWL2_DATATYPES for o in ours.objects())
