"""JSON-LD export of mini.ttl (the pictures: test_records.py, test_graph.py, test_timeline.py, test_html.py)."""
from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from pledgegraph.export import to_jsonld


def test_jsonld_round_trips_and_uses_project_prefixes(mini, tmp_path):
    path = to_jsonld(mini, tmp_path / "g.jsonld")
    text = path.read_text(encoding="utf-8")
    assert '"pg": "https://w3id.org/pledgegraph/ontology#"' in text and "pg:Provision" in text
    assert isomorphic(Graph().parse(path, format="json-ld"), mini)
