"""A validation :class:`Report` for programs: a JSON summary, or the SHACL validation report graph.

The graph is a W3C SHACL validation report (``sh:ValidationReport`` with ``sh:conforms`` and one
``sh:ValidationResult`` per problem). An integrity check's rows (``queries/checks/``) are results too: their
source shape is the check (``https://w3id.org/pledgegraph/checks#<name>``) and their constraint component
``sh:SPARQLConstraintComponent``, so that ``sh:conforms`` is what the exit status says. Blank nodes get labels
from the results' order, so the same report is the same bytes.
"""
from __future__ import annotations

import json

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from ..rdf.namespaces import CHECK
from ..rdf.turtle import serialize
from .reason import ReasonResult
from .report import Report, ShaclResult


def report_json(report: Report, reasoning: ReasonResult | None = None) -> str:
    """Conformance, counts, every SHACL result and every failed check with its rows (and HermiT's verdict)."""
    data = {
        "conforms": report.conforms and (reasoning is None or reasoning.consistent),
        "problems": report.count,
        "counts": report.counts(),
        "shacl": [_shacl_record(r) for r in sorted(report.shacl, key=_order)],
        "checks": [{"name": c.name, "title": c.title, "detects": c.detects, "fix": c.fix, "rows": c.rows}
                   for c in report.failed_checks],
        "checksRun": len(report.checks),
    }
    if reasoning is not None:
        data["reasoning"] = {"consistent": reasoning.consistent, "inferredTypes": len(reasoning.inferred),
                             "detail": reasoning.detail}
    return json.dumps(data, ensure_ascii=False, indent=2)


def report_graph(report: Report) -> Graph:
    """The SHACL validation report graph of ``report``."""
    g = Graph()
    g.bind("sh", str(SH))
    g.bind("pgcheck", str(CHECK))
    root = BNode("report")
    g.add((root, RDF.type, SH.ValidationReport))
    g.add((root, SH.conforms, Literal(report.conforms)))
    number = 0
    for result in sorted(report.shacl, key=_order):
        number += 1
        node = _result(g, root, number, URIRef(result.focus), SH[result.severity], result.message)
        g.add((node, SH.sourceShape, URIRef(result.shape)))
        if result.component:
            g.add((node, SH.sourceConstraintComponent, URIRef(result.component)))
        if result.path:
            g.add((node, SH.resultPath, URIRef(result.path)))
        if result.value_term is not None and not isinstance(result.value_term, BNode):
            g.add((node, SH.value, result.value_term))
    for check in report.failed_checks:
        for row in check.rows:
            number += 1
            node = _result(g, root, number, URIRef(row.get("focus", "")), SH.Violation, check.title)
            g.add((node, SH.sourceShape, CHECK[check.name]))
            g.add((node, SH.sourceConstraintComponent, SH.SPARQLConstraintComponent))
    return g


def report_turtle(report: Report) -> str:
    return serialize(report_graph(report)).decode("utf-8")


def _result(g: Graph, root: BNode, number: int, focus: URIRef, severity: URIRef, message: str) -> BNode:
    node = BNode(f"result{number:06d}")
    g.add((root, SH.result, node))
    g.add((node, RDF.type, SH.ValidationResult))
    g.add((node, SH.focusNode, focus))
    g.add((node, SH.resultSeverity, severity))
    if message:
        g.add((node, SH.resultMessage, Literal(message)))
    return node


def _order(result: ShaclResult) -> tuple[str, str, str, str]:
    return result.shape, result.focus, result.message, result.value


def _shacl_record(result: ShaclResult) -> dict[str, str]:
    record = {"severity": result.severity, "shape": result.shape, "focus": result.focus, "path": result.path,
              "value": result.value, "message": result.message, "fix": result.fix, "node": result.node,
              "locator": result.locator, "quote": result.quote, "component": result.component}
    return {key: value for key, value in record.items() if value}


FORMATS = ("text", "json", "ttl")


def render(report: Report, fmt: str = "text", reasoning: ReasonResult | None = None) -> str:
    """The report as ``text`` (for people; then HermiT's verdict), ``json`` or ``ttl`` (the SHACL report graph;
    HermiT's verdict is not part of it, the exit status still counts it). No final line end."""
    if fmt == "json":
        return report_json(report, reasoning)
    if fmt == "ttl":
        return report_turtle(report).rstrip("\n")
    if fmt != "text":
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    return report.text() + ("\n" + reasoning.text().rstrip("\n") if reasoning is not None else "")
