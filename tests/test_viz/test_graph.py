"""The networkx graph and its Gephi files: unique edge ids, numeric years, dynamic GEXF, round trips."""
from __future__ import annotations

import re
from collections import Counter

import networkx as nx
import pytest

from pledgegraph.viz import to_networkx, write_gexf, write_graphml

from .conftest import ID


@pytest.fixture(scope="module")
def nxgraph(mini):
    return to_networkx(mini)


def test_nodes_and_edges_by_kind(nxgraph):
    nodes = Counter(d["kind"] for _, d in nxgraph.nodes(data=True))
    edges = Counter(d["kind"] for *_, d in nxgraph.edges(data=True))
    assert nodes == {"provision": 14, "theme": 7, "document": 3, "country": 2, "external-document": 1}
    assert edges["evolution"] == 6 and edges["cites"] == 4 and edges["in-document"] == 14


def test_evolution_edges_run_earlier_to_later_with_label_and_weight(nxgraph):
    (edge,) = nxgraph.get_edge_data(f"{ID}doc/b2002/prov/1/1", f"{ID}doc/c2013/prov/5/1").values()
    assert edge["relation"] == edge["label"] == "strengthens" and edge["score"] == pytest.approx(0.68)
    assert edge["weight"] == edge["confidence"] and (edge["year"], edge["start"]) == (2013, "2013-04-29")


def test_provisions_have_a_year_and_one_attribute_per_theme(nxgraph):
    node = nxgraph.nodes[f"{ID}doc/a2000/prov/I.3/1"]
    assert (node["modality"], node["locator"], node["date"], node["committal"]) == ("intend", "I.3", "2000-09-05", True)
    assert node["year"] == 2000 and node["start"] == "2000-09-05"
    assert node["theme_counter-terrorism"] is True and node["theme_wto-accession"] is False
    assert node["themes"] == "counter-terrorism security-defense" and node["quote"].startswith("Both sides will hold")
    assert nxgraph.nodes[f"{ID}doc/a2000"]["label"].endswith("(2000-09-05)")  # a title, not a file name


def _edge_ids(text: str) -> list[str]:
    return re.findall(r'<edge [^>]*\bid="([^"]+)"', text)


@pytest.mark.parametrize("writer, reader", [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_gephi_files_have_unique_edge_ids_and_read_back_whole(nxgraph, tmp_path, writer, reader):
    path = writer(nxgraph, tmp_path / "g.out")
    text = path.read_text(encoding="utf-8")
    ids = _edge_ids(text)
    assert len(ids) == len(set(ids)) == nxgraph.number_of_edges() and "None" not in text
    back = reader(path)
    assert back.number_of_nodes() == nxgraph.number_of_nodes() and back.number_of_edges() == nxgraph.number_of_edges()
    assert sorted(ids) == sorted(str(key) for *_, key in nxgraph.edges(keys=True))
    node = back.nodes[f"{ID}doc/a2000/prov/I.3/1"]
    assert node["year"] == 2000 and node["strength"] == 5 and node["theme_counter-terrorism"] is True


def test_gexf_is_dynamic_and_byte_identical(nxgraph, tmp_path):
    first = write_gexf(nxgraph, tmp_path / "a.gexf").read_bytes()
    assert first == write_gexf(nxgraph, tmp_path / "b.gexf").read_bytes()
    text = first.decode("utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and 'start="2013-04-29"' in text
    assert 'label="strengthens"' in text and "lastmodifieddate" not in text
    # a pledge taken up later ends where its successor starts; the last of a chain stays open
    back = nx.read_gexf(tmp_path / "a.gexf")
    assert back.nodes[f"{ID}doc/b2002/prov/1/1"]["end"] == "2013-04-29"
    assert "end" not in back.nodes[f"{ID}doc/c2013/prov/5/1"]


@pytest.mark.parametrize("writer, reader", [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_edge_labels_weights_and_years_read_back(nxgraph, tmp_path, writer, reader):
    back = reader(writer(nxgraph, tmp_path / "g.out"))
    edge = back.get_edge_data(f"{ID}doc/b2002/prov/1/1", f"{ID}doc/c2013/prov/5/1")
    (original,) = nxgraph.get_edge_data(f"{ID}doc/b2002/prov/1/1", f"{ID}doc/c2013/prov/5/1").values()
    assert (edge["label"], edge["year"]) == ("strengthens", 2013)
    assert edge["weight"] == pytest.approx(original["confidence"])


@pytest.mark.parametrize("name", ["graph.graphml", "graph.gexf"])
def test_bundled_gephi_files_have_unique_edge_ids_and_numeric_years(bundled_build, name):
    """The files ``build`` writes for Gephi: no edge id twice, an integer year on every dated pledge and edge."""
    path = bundled_build.out / name
    ids = _edge_ids(path.read_text(encoding="utf-8"))
    assert ids and len(ids) == len(set(ids))
    back = nx.read_graphml(path) if name.endswith("graphml") else nx.read_gexf(path)
    assert back.number_of_edges() == len(ids)
    pledges = [d for _, d in back.nodes(data=True) if d["kind"] == "provision"]
    assert pledges and all(isinstance(d["year"], int) and 1900 < d["year"] < 2100 for d in pledges)
    assert all(isinstance(d["year"], int) for *_, d in back.edges(data=True))
