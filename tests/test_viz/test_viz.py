"""networkx graph, GraphML, timeline, HTML and JSON-LD exports of mini.ttl."""
from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from pledgegraph.export import to_jsonld
from pledgegraph.viz import draw_timeline, to_networkx, write_graphml, write_html

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
ID = "https://w3id.org/pledgegraph/id/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(MINI)


@pytest.fixture(scope="module")
def nxgraph(graph):
    return to_networkx(graph)


def test_nodes_and_edges_by_kind(nxgraph):
    nodes = Counter(d["kind"] for _, d in nxgraph.nodes(data=True))
    edges = Counter(d["kind"] for *_, d in nxgraph.edges(data=True))
    assert nodes == {"provision": 14, "theme": 7, "document": 3, "country": 2, "external-document": 1}
    assert edges["evolution"] == 6 and edges["cites"] == 4 and edges["in-document"] == 14


def test_evolution_edges_run_earlier_to_later_with_relation(nxgraph):
    data = nxgraph.get_edge_data(f"{ID}doc/b2002/prov/1/1", f"{ID}doc/c2013/prov/5/1")
    (edge,) = data.values()
    assert edge["relation"] == "strengthens" and edge["score"] == pytest.approx(0.68)


def test_provision_attributes(nxgraph):
    node = nxgraph.nodes[f"{ID}doc/a2000/prov/I.3/1"]
    assert (node["modality"], node["locator"], node["date"], node["committal"]) == ("intend", "I.3", "2000-09-05", True)
    assert node["themes"] == "counter-terrorism security-defense" and node["quote"].startswith("Both sides will hold")


def test_graphml_reloads_with_typed_attributes_and_no_none(nxgraph, tmp_path):
    path = write_graphml(nxgraph, tmp_path / "g.graphml")
    text = path.read_text(encoding="utf-8")
    assert "None" not in text
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == 27 and back.number_of_edges() == nxgraph.number_of_edges()
    assert back.nodes[f"{ID}doc/a2000/prov/I.3/1"]["strength"] == 5


def test_timeline_is_written_and_deterministic(graph, tmp_path):
    first = draw_timeline(graph, tmp_path / "a.png", tmp_path / "a.svg")
    second = draw_timeline(graph, tmp_path / "b.png", tmp_path / "b.svg")
    assert [p.suffix for p in first] == [".png", ".svg"]
    assert first[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first[0].read_bytes() == second[0].read_bytes()
    svg = first[1].read_text(encoding="utf-8")
    assert svg == second[1].read_text(encoding="utf-8")
    assert "Counter-terrorism" in svg and "strengthens" in svg and "<dc:date>" not in svg


class _TagChecker(HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr", "circle", "line", "path"}

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.tags = [], [], Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            if name in ("src", "href") or (value and "url(http" in value):
                self.errors.append(f"external reference {name}={value}")
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")


def test_html_is_self_contained_and_balanced(graph, tmp_path):
    path = write_html(graph, tmp_path / "g.html")
    text = path.read_text(encoding="utf-8")
    checker = _TagChecker()
    checker.feed(text)
    assert checker.errors == [] and checker.stack == []
    assert checker.tags["g"] >= 27 + 2 and checker.tags["line"] == 64 and checker.tags["script"] == 1
    assert "@import" not in text and "cdn" not in text.lower()
    assert 'value="counter-terrorism"' in text and "双方は" in text  # theme filter and original quotes
    assert write_html(graph, tmp_path / "h.html").read_text(encoding="utf-8") == text  # seeded layout


def test_jsonld_round_trips_and_uses_project_prefixes(graph, tmp_path):
    path = to_jsonld(graph, tmp_path / "g.jsonld")
    text = path.read_text(encoding="utf-8")
    assert '"pg": "https://w3id.org/pledgegraph/ontology#"' in text and "pg:Provision" in text
    assert isomorphic(Graph().parse(path, format="json-ld"), graph)
