"""Validation of the built graph: SHACL shapes, SPARQL integrity checks and OWL reasoning.

``validate(graph)`` runs the SHACL shapes (``shapes/*.shapes.ttl``) and the integrity checks
(``queries/checks/*-violation.rq``) and returns one :class:`Report`; ``reason(...)`` runs HermiT.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import rdflib

from pledgegraph.rdf.parts import Dataset
from pledgegraph.validate.checks import check_names, run_check, run_checks
from pledgegraph.validate.reason import ReasonResult, reason
from pledgegraph.validate.report import CheckResult, Report, ShaclResult
from pledgegraph.validate.shacl import validate_graph
from pledgegraph.validate.units import KeptResults, graph_value_of, validate_units

__all__ = ["CheckResult", "ReasonResult", "Report", "ShaclResult", "reason", "run_checks", "validate",
           "validate_dataset", "validate_graph"]


def validate(graph: rdflib.Graph, per_document: bool = False, deep: bool = False,
             shapes_dir: Path | None = None) -> Report:
    """Validate a data graph (which includes its thesaurus) with the SHACL shapes and the integrity checks.

    ``deep=True`` adds the SHACL-SPARQL constraints of ``shapes/sparql/``; ``shapes_dir`` replaces the bundled
    shapes with a folder of ``*.shapes.ttl`` (see ``validate_graph``).
    """
    report = validate_graph(graph, per_document=per_document, deep=deep, shapes_dir=shapes_dir)
    report.checks = run_checks(graph)
    return report


def validate_dataset(data: Dataset, store: pyoxigraph.Store, version: str, kept: KeptResults | None = None) -> Report:
    """:func:`validate` of the graph ``data`` holds (core shapes), validated unit by unit (``validate.units``: the
    units ``kept`` are not validated again); ``store`` holds the same triples, for the integrity checks."""
    report = Report(shacl=validate_units(data, version, kept or KeptResults(), graph_value_of(data.graphs)))
    report.checks = [run_check(store, name) for name in check_names()]
    return report
