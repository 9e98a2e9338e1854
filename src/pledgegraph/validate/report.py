"""Validation results and their readable text report."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby


@dataclass(frozen=True)
class ShaclResult:
    """One SHACL validation result, with what a reader needs to find and fix the problem."""

    shape: str  # source shape IRI (named property or node shape)
    focus: str  # focus node IRI
    message: str
    severity: str = "Violation"
    path: str = ""
    value: str = ""
    fix: str = ""  # the shape's rdfs:comment
    node: str = ""  # the node at fault: the focus node, or the block/provision a document-level constraint names
    locator: str = ""  # that node's pg:locator, when it has one
    quote: str = ""  # that node's pg:quote, when it has one
    component: str = ""  # sh:sourceConstraintComponent, e.g. http://www.w3.org/ns/shacl#DatatypeConstraintComponent
    value_term: object = field(default=None, compare=False)  # sh:value as the RDF term it was (for the report graph)


@dataclass
class CheckResult:
    """Rows returned by one integrity check (``queries/checks/<name>-violation.rq``); no rows is good."""

    name: str
    title: str
    detects: str
    fix: str
    rows: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Report:
    """SHACL results plus integrity-check results for one graph."""

    shacl: list[ShaclResult] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def violations(self) -> list[ShaclResult]:
        """SHACL results of severity Violation (warnings and infos do not break conformance)."""
        return [r for r in self.shacl if r.severity == "Violation"]

    @property
    def failed_checks(self) -> list[CheckResult]:
        """Integrity checks that returned rows."""
        return [c for c in self.checks if c.rows]

    @property
    def conforms(self) -> bool:
        """True when there is no SHACL violation and every check returned zero rows."""
        return not self.violations and not self.failed_checks

    @property
    def count(self) -> int:
        """Total number of problems: SHACL violations plus check rows."""
        return len(self.violations) + sum(len(c.rows) for c in self.checks)

    def counts(self) -> dict[str, int]:
        """Number of problems per shape and per check (``check:<name>``), sorted by name."""
        counter = Counter(short(r.shape) for r in self.violations)
        counter.update({f"check:{c.name}": len(c.rows) for c in self.failed_checks})
        return dict(sorted(counter.items()))

    def messages(self) -> list[str]:
        """Every problem as '<shape or check:name>: <message>' (handy in tests and logs)."""
        lines = [f"{short(r.shape)}: {r.message}" for r in self.shacl]
        lines += [f"check:{c.name}: {c.title}" for c in self.failed_checks for _ in c.rows]
        return lines

    def text(self, limit: int = 20) -> str:
        """A readable report grouped by shape and by check, with a "how to fix" line for each group.

        Args:
            limit: focus nodes (or rows) shown per group; the rest are counted.
        """
        status = "conforms" if self.conforms else f"does NOT conform ({self.count} problems)"
        lines = [f"Validation report: the graph {status}."]
        ordered = sorted(self.shacl, key=lambda r: (short(r.shape), r.focus, r.message))
        for shape, group in groupby(ordered, key=lambda r: short(r.shape)):
            results = list(group)
            lines += ["", f"[{results[0].severity}] {shape}: {len(results)} result(s)"]
            lines += [_result_line(r) for r in results[:limit]]
            lines += _more(len(results), limit)
            if results[0].fix:
                lines.append(f"  how to fix: {results[0].fix}")
        for check in self.failed_checks:
            lines += ["", f"[Check] {check.name}: {check.title} ({len(check.rows)} row(s))"]
            lines += ["  - " + ", ".join(f"{k}={v}" for k, v in row.items()) for row in check.rows[:limit]]
            lines += _more(len(check.rows), limit)
            if check.fix:
                lines.append(f"  how to fix: {check.fix}")
        return "\n".join(lines) + "\n"


def short(iri: str) -> str:
    """Compact form of an IRI for display: the part after the last '#' or '/'."""
    for sep in ("#", "/"):
        if sep in iri:
            return iri.rsplit(sep, 1)[1] or iri
    return iri


def _result_line(result: ShaclResult) -> str:
    where = f" [{result.locator}]" if result.locator else ""
    line = f"  - {result.node or result.focus}{where}: {result.message}"
    if result.value and result.value != result.node:
        line += f" (value: {_clip(result.value)})"
    if result.quote:
        line += f'\n      quote: "{_clip(result.quote)}"'
    return line


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _more(total: int, limit: int) -> list[str]:
    return [f"  ... and {total - limit} more"] if total > limit else []
