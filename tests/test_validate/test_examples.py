"""Data-driven: every valid example conforms, every invalid patch fails with exactly the expected problems."""
from __future__ import annotations

import pytest
import rdflib
from rdflib import Namespace

from pledgegraph.validate import validate
from pledgegraph.validate.checks import check_names
from pledgegraph.validate.shacl import SHAPES_DIR

from .examples import DATA, header, load_invalid, load_valid

PGSH = Namespace("https://w3id.org/pledgegraph/shapes#")
VALID = sorted((DATA / "valid").glob("*.ttl"))
INVALID = sorted((DATA / "invalid").glob("*.ttl"))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_conforms(path):
    report = validate(load_valid(path))
    assert report.conforms, report.text()


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_fails_as_expected(path):
    expected = set(header(path, "expect"))
    assert expected, f"{path.name} has no '# expect:' line"
    report = validate(load_invalid(path))
    assert not report.conforms
    assert set(report.counts()) == expected, report.text()


def test_every_shapes_file_and_check_has_an_invalid_example():
    covered = {e for path in INVALID for e in header(path, "expect")}
    assert {f"check:{name}" for name in check_names()} <= covered
    for path in sorted(SHAPES_DIR.glob("*.shapes.ttl")):
        graph = rdflib.Graph().parse(path, format="turtle")
        shapes = {str(s).rsplit("#", 1)[1] for s in graph.subjects() if str(s).startswith(str(PGSH))}
        assert shapes & covered, f"no invalid example for any shape of {path.name}"
