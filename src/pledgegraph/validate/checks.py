"""Integrity checks: SPARQL queries in ``queries/checks/<name>-violation.rq`` that must return zero rows.

They run on pyoxigraph (the rdflib graph is copied once): rdflib's SPARQL engine took seconds on a
five-document graph for the self-joins these rules need.

Each file starts with a header comment::

    # title: Provision outside its block
    # detects: ...
    # fix: ...
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyoxigraph
import rdflib

from pledgegraph import bundled
from pledgegraph.validate.report import CheckResult

CHECKS_DIR = bundled.checks()
SUFFIX = "-violation.rq"
_HEADER = re.compile(r"^#\s*(title|detects|fix):\s*(.*)$")


@lru_cache(maxsize=None)
def _load(path: Path) -> tuple[dict[str, str], str]:
    """The header fields and the query text of one check file."""
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
    return header, text


def check_names() -> list[str]:
    """Names of the available checks (file name without ``-violation.rq``), sorted."""
    return sorted(p.name[: -len(SUFFIX)] for p in CHECKS_DIR.glob("*" + SUFFIX))


def to_store(graph: rdflib.Graph) -> pyoxigraph.Store:
    """An in-memory pyoxigraph copy of ``graph``."""
    store = pyoxigraph.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def run_check(store: pyoxigraph.Store | rdflib.Graph, name: str) -> CheckResult:
    """Run one check; its rows are the violations (values as strings, sorted)."""
    if isinstance(store, rdflib.Graph):
        store = to_store(store)
    header, query = _load(CHECKS_DIR / f"{name}{SUFFIX}")
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    rows = [{k: row[k].value for k in names if row[k] is not None} for row in solutions]
    rows.sort(key=lambda row: tuple(row.values()))
    return CheckResult(name=name, title=header.get("title", name), detects=header.get("detects", ""),
                       fix=header.get("fix", ""), rows=rows)


def run_checks(graph: rdflib.Graph) -> list[CheckResult]:
    """Run every check on ``graph`` (which must include its thesaurus, as graph.ttl does)."""
    store = to_store(graph)
    return [run_check(store, name) for name in check_names()]
