"""Integrity checks: SPARQL queries in ``queries/checks/<name>-violation.rq`` that must return zero rows.

Each file starts with a header comment::

    # title: Provision outside its block
    # detects: ...
    # fix: ...
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.plugins.sparql import prepareQuery

from pledgegraph import PROJECT_ROOT
from pledgegraph.validate.report import CheckResult

CHECKS_DIR = PROJECT_ROOT / "queries" / "checks"
SUFFIX = "-violation.rq"
_HEADER = re.compile(r"^#\s*(title|detects|fix):\s*(.*)$")


@lru_cache(maxsize=None)
def _load(path: Path) -> tuple[dict[str, str], object]:
    """The header fields and the prepared query of one check file."""
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            key = match.group(1)
            header[key] = match.group(2).strip()
        elif key:  # continuation line of the previous field
            header[key] += " " + line.lstrip("# ").strip()
    return header, prepareQuery(text)


def check_names() -> list[str]:
    """Names of the available checks (file name without ``-violation.rq``), sorted."""
    return sorted(p.name[: -len(SUFFIX)] for p in CHECKS_DIR.glob("*" + SUFFIX))


def run_check(graph: rdflib.Graph, name: str) -> CheckResult:
    """Run one check on ``graph``; its rows are the violations (sorted, values as strings)."""
    header, query = _load(CHECKS_DIR / f"{name}{SUFFIX}")
    result = graph.query(query)
    names = [str(v) for v in result.vars]
    rows = [{k: str(row[k]) for k in names if row[k] is not None} for row in result]
    rows.sort(key=lambda row: tuple(row.values()))
    return CheckResult(name=name, title=header.get("title", name), detects=header.get("detects", ""),
                       fix=header.get("fix", ""), rows=rows)


def run_checks(graph: rdflib.Graph) -> list[CheckResult]:
    """Run every check on ``graph`` (which must include its thesaurus, as graph.ttl does)."""
    return [run_check(graph, name) for name in check_names()]
