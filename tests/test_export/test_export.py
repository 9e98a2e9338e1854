"""``pledgegraph export``: every format from one graph, the same bytes twice, coded errors for bad input."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph

from pledgegraph.cli import main
from pledgegraph.export import FORMATS, export
from pledgegraph.rdf.dataset import CORPUS, THESAURUS, document_graph

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"


@pytest.fixture(scope="module")
def graph(bundled_graph) -> Graph:
    return Graph().parse(bundled_graph, format="turtle")


@pytest.fixture(scope="module")
def mini() -> Graph:
    return Graph().parse(MINI, format="turtle")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_gives_the_same_bytes_twice(fmt, mini):
    first = export(mini, fmt)
    assert first and first == export(mini, fmt)


def test_the_same_bytes_in_another_process():
    """Hash seeds differ between processes: JSON-LD and the OWL export's blank nodes must not depend on them."""
    for fmt in ("jsonld", "owl"):
        runs = [subprocess.run([sys.executable, "-m", "pledgegraph", "export", "--format", fmt, "--graph", str(MINI)],
                               capture_output=True, check=True, timeout=300).stdout for _ in range(2)]
        assert runs[0] == runs[1]


def test_quads_have_a_named_graph_per_document_plus_corpus_and_thesaurus(graph):
    names = {q.graph_name.value for q in ox.parse(export(graph, "nquads"), format=ox.RdfFormat.N_QUADS)}
    sources = {str(s) for s in graph.objects(None, graph.namespace_manager.expand_curie("pg:sourceFile"))}
    assert names == {str(document_graph(s)) for s in sources} | {str(CORPUS), str(THESAURUS)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_files_are_the_viz_writers_output(fmt, tmp_path):
    path = tmp_path / "gephi" / f"g.{fmt}"  # its folder is made
    assert main(["export", "--format", fmt, "--graph", str(MINI), "--out", str(path)]) == 0
    read = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert read.number_of_nodes() > 14  # documents, pledges, states, themes
    edge_ids = [e.get("id") for e in ET.parse(path).getroot().iter() if e.tag.endswith("edge")]
    assert len(edge_ids) == len(set(edge_ids))


def test_stdout_when_no_out_is_given(capfdbinary):
    assert main(["export", "--format", "nquads", "--graph", str(MINI)]) == 0
    out = capfdbinary.readouterr().out
    assert len(list(ox.parse(out, format=ox.RdfFormat.N_QUADS))) == len(Graph().parse(MINI, format="turtle"))


def test_unknown_format_in_the_library():
    with pytest.raises(ValueError):
        export(Graph(), "xml")


def test_owl_export_is_what_a_user_can_reason_on_as_it_is(tmp_path, mini):
    """Loaded from the file by owlready2, without pledgegraph's own conversion, HermiT finds it consistent and
    infers commitments."""
    import owlready2

    path = tmp_path / "pledges.owl"
    path.write_bytes(export(mini, "owl"))
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load()
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    pg = world.get_namespace("https://w3id.org/pledgegraph/ontology#")
    assert len(list(pg.Commitment.instances(world=world))) >= 8
