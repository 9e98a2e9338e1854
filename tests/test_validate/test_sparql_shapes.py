"""SHACL-SPARQL constraints (shapes/sparql/, `validate --deep`): each fires on its invalid example, with its message."""
from __future__ import annotations

import pytest
import rdflib

from pledgegraph.cli import main
from pledgegraph.validate import validate
from pledgegraph.validate.shacl import load_shapes

from .examples import BASE_EXAMPLE, DATA, load_invalid, load_valid

# invalid example -> (SPARQL shape, words of its message)
FIRES = {
    "provision-quote-mismatch": ("QuoteMatchesText", "is not the document text between offsets 127 and 183"),
    "span-end-beyond-text": ("SpanInsideText", "Span 127..190"),
    "link-backwards-in-time": ("LinkForwardInTime", "(2000-09-05) is dated before the earlier provision's (2002-02-02)"),
    "provision-frequency-not-duration": ("FrequencyIsDuration", "annually is not a valid xsd:duration"),
    "provision-deadline-before-document": ("DeadlineNotBeforeDocument", "1999 is before the document date 2000-09-05"),
}
SPARQL_SHAPES = {shape for shape, _ in FIRES.values()}


def sparql_problems(report) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in report.messages():
        shape, _, message = line.partition(": ")
        if shape in SPARQL_SHAPES:
            found.setdefault(shape, []).append(message)
    return found


def test_valid_example_conforms_deeply():
    report = validate(load_valid(BASE_EXAMPLE), deep=True)
    assert report.conforms, report.text()


@pytest.mark.parametrize("example", sorted(FIRES))
def test_constraint_fires_with_its_message(example):
    shape, words = FIRES[example]
    problems = sparql_problems(validate(load_invalid(DATA / "invalid" / f"{example}.ttl"), deep=True))
    assert list(problems) == [shape]
    assert len(problems[shape]) == 1 and words in problems[shape][0]


def test_default_validation_has_no_sparql_constraints():
    sh_sparql = rdflib.URIRef("http://www.w3.org/ns/shacl#sparql")
    assert not list(load_shapes().triples((None, sh_sparql, None)))
    assert len(list(load_shapes(deep=True).triples((None, sh_sparql, None)))) == len(FIRES)


def test_cli_deep_flag(tmp_path, capsys):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    load_valid(BASE_EXAMPLE).serialize(good, format="turtle")
    load_invalid(DATA / "invalid" / "provision-quote-mismatch.ttl").serialize(bad, format="turtle")
    assert main(["validate", "--deep", str(good)]) == 0
    assert main(["validate", "--deep", str(bad)]) == 1
    assert "QuoteMatchesText" in capsys.readouterr().out
