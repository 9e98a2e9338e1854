"""``validate --format json|ttl``: a structured summary, and the SHACL validation report graph."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF, SH, XSD

from pledgegraph.cli import main
from pledgegraph.validate import validate
from pledgegraph.validate.formats import render, report_graph

from .examples import BASE_EXAMPLE, DATA, load_invalid, load_valid

REQUIRED = (SH.focusNode, SH.resultSeverity, SH.sourceConstraintComponent, SH.sourceShape)


@pytest.fixture(scope="module")
def broken():
    """An example that breaks one shape and two integrity checks."""
    return validate(load_invalid(DATA / "invalid" / "span-start-not-before-end.ttl"))


def _report(text: str) -> rdflib.Graph:
    graph = rdflib.Graph().parse(data=text, format="turtle")
    assert len(list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE))) == len(graph)  # a second parser
    return graph


def test_ttl_is_a_shacl_validation_report(broken):
    graph = _report(render(broken, "ttl"))
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(report, SH.conforms) == rdflib.Literal(False, datatype=XSD.boolean)
    results = set(graph.objects(report, SH.result))
    assert len(results) == broken.count == 3
    for result in results:
        assert (result, RDF.type, SH.ValidationResult) in graph
        assert all(graph.value(result, p) is not None for p in REQUIRED)
    shapes = {str(graph.value(r, SH.sourceShape)).rsplit("#", 1)[1] for r in results}
    assert shapes == {"Span-start", "quote-mismatch", "annotation-mismatch"}
    components = {graph.value(r, SH.sourceConstraintComponent) for r in results}
    assert components == {SH.LessThanConstraintComponent, SH.SPARQLConstraintComponent}


def test_ttl_keeps_the_value_as_the_term_it_was(broken):
    graph = report_graph(broken)
    values = set(graph.objects(None, SH.value))
    assert values == {rdflib.Literal(123)}


def test_ttl_of_a_conforming_graph_is_the_same_bytes_each_time(valid_graph):
    report = validate(valid_graph)
    first = render(report, "ttl")
    graph = _report(first)
    assert (None, SH.conforms, rdflib.Literal(True)) in graph and not list(graph.objects(None, SH.result))
    assert first == render(validate(load_valid(BASE_EXAMPLE)), "ttl")


def test_json_summary(broken):
    data = json.loads(render(broken, "json"))
    assert data["conforms"] is False and data["problems"] == 3
    assert data["counts"] == {"Span-start": 1, "check:annotation-mismatch": 1, "check:quote-mismatch": 1}
    (result,) = data["shacl"]
    assert result["shape"].endswith("#Span-start") and result["locator"] == "I.1" and result["value"] == "123"
    assert {c["name"] for c in data["checks"]} == {"annotation-mismatch", "quote-mismatch"}
    assert all(c["rows"] and c["fix"] for c in data["checks"]) and data["checksRun"] > 15


@pytest.mark.parametrize("fmt", ["text", "json", "ttl"])
def test_cli_exit_status_does_not_depend_on_the_format(fmt, tmp_path, capsys):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    load_valid(BASE_EXAMPLE).serialize(good, format="turtle")
    load_invalid(DATA / "invalid" / "provision-quote-mismatch.ttl").serialize(bad, format="turtle")
    assert main(["validate", str(good), "--format", fmt]) == 0
    capsys.readouterr()
    assert main(["validate", str(bad), "--format", fmt]) == 1
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)["conforms"] is False
    elif fmt == "ttl":
        assert (None, SH.conforms, rdflib.Literal(False)) in _report(out)
    else:
        assert out.startswith("Validation report: the graph does NOT conform")
