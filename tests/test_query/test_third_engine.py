"""A third SPARQL engine, where installed: Comunica (``npm install @comunica/query-sparql-file@4``; Node 18-20)
gives the same typed rows as pyoxigraph for every query on the hand-made graph.

Found as ``$PLEDGEGRAPH_COMUNICA`` (the path of ``comunica-sparql-file``) or on the PATH; skipped, saying so,
elsewhere. Only mini.ttl: on the bundled build Comunica answers most queries in 3-20 s but not ``implemented``,
``link-evidence`` and ``strengthened`` within minutes.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter

import pytest

from pledgegraph.query import available, load, run
from pledgegraph.query.results import RDF_LANG_STRING, XSD_STRING, Term

COMUNICA = os.environ.get("PLEDGEGRAPH_COMUNICA") or shutil.which("comunica-sparql-file")
pytestmark = pytest.mark.skipif(not COMUNICA, reason="Comunica (comunica-sparql-file) is not installed")


def _term(binding: dict | None) -> Term | None:
    if binding is None:
        return None
    if binding["type"] != "literal":
        return Term(binding["type"], binding["value"])
    if binding.get("xml:lang"):
        return Term("literal", binding["value"], None, binding["xml:lang"])
    datatype = binding.get("datatype")
    return Term("literal", binding["value"], None if datatype in (None, XSD_STRING, RDF_LANG_STRING) else datatype)


def comunica(graph, query_path) -> tuple[list[str], list[tuple]]:
    done = subprocess.run([COMUNICA, str(graph), "-f", str(query_path), "-t", "application/sparql-results+json"],
                          capture_output=True, text=True, timeout=300, check=True)
    data = json.loads(done.stdout)
    names = data["head"]["vars"]
    return names, [tuple(_term(b.get(name)) for name in names) for b in data["results"]["bindings"]]


@pytest.mark.parametrize("name", available())
def test_comunica_agrees_with_oxigraph(name, mini):
    query = load(name)
    columns, rows = comunica(mini, query.path)
    ox = run(mini, query.text, engine="oxigraph")
    assert columns == ox.columns
    assert Counter(rows) == Counter(ox.terms)
