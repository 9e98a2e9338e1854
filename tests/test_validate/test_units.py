"""Validation in units (validate.units), as a build validates: the same report as validating the whole graph."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from pledgegraph.rdf.parts import Dataset
from pledgegraph.validate import units, validate, validate_dataset

from .examples import DATA, load_invalid, load_valid

EXAMPLES = sorted((DATA / "valid").glob("*.ttl")) + sorted((DATA / "invalid").glob("*.ttl"))


def _memory(data: Dataset) -> ox.Store:
    store = ox.Store()
    store.bulk_load(data.ntriples(), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_units_report_what_the_whole_graph_reports(path):
    graph = load_valid(path) if path.parent.name == "valid" else load_invalid(path)
    data = Dataset.of_graph(graph)
    whole, in_units = validate(graph), validate_dataset(data, _memory(data), "version")
    assert in_units.shacl == whole.shacl and in_units.checks == whole.checks
    assert in_units.text() == whole.text()


def test_a_unit_kept_is_not_validated_again(monkeypatch):
    data = Dataset.of_graph(load_invalid(DATA / "invalid" / "provision-without-actor.ttl"))
    kept = units.KeptResults()
    first = validate_dataset(data, _memory(data), "version", kept)
    again = units.KeptResults(kept.used())
    monkeypatch.setattr(units, "_validate", lambda *args: pytest.fail("validated again"))
    assert validate_dataset(data, _memory(data), "version", again).shacl == first.shacl and not first.conforms


def test_another_version_validates_again():
    data = Dataset.of_graph(load_valid(DATA / "valid" / "two-documents.ttl"))
    keys = {unit.key for unit in units.units(data, "one")}
    assert keys and not keys & {unit.key for unit in units.units(data, "two")}


def test_the_build_activity_is_kept_under_a_placeholder_and_reported_by_its_name():
    graph = load_invalid(DATA / "invalid" / "activity-without-agent.ttl")
    data = Dataset.of_graph(graph)
    names = {unit.name for unit in units.units(data, "version")}
    assert units.PLACEHOLDER in names and data.activity not in names
    report = validate_dataset(data, _memory(data), "version")
    assert any(r.focus == data.activity for r in report.shacl)
