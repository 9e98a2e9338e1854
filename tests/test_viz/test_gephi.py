"""GraphML and GEXF written directly (viz.gephi) are networkx's bytes; the pictures read a store as a graph."""
from __future__ import annotations

import io
import json
import math

import networkx as nx
import pyoxigraph as ox
import pytest
from networkx.readwrite.gexf import GEXFWriter
from rdflib import URIRef

from pledgegraph.rdf import dataset
from pledgegraph.rdf.dataset import named_graphs
from pledgegraph.rdf.view import StoreView
from pledgegraph.viz import gephi
from pledgegraph.viz.graph import ALLOWED, _typed, network_piece, to_networkx, write_gexf, write_graphml
from pledgegraph.viz.records import read_records, store_records
from pledgegraph.viz.timeline import FIELDS, draw_records, timeline_records


def networkx_graphml(G) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(G, out, encoding="utf-8", prettyprint=True)
    return out.getvalue()


def networkx_gexf(G) -> bytes:
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.add_graph(G)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def awkward() -> nx.MultiDiGraph:
    """Markup characters, line breaks, empty and special values, numbers for dates, edges without ids."""
    G = nx.MultiDiGraph()
    G.add_node('a&<>"\n\t\r x', label="L<&>", empty="", f=1.5, i=3, yes=True, inf=math.inf, nan=math.nan,
               start="2020-01-01", end="2021")
    G.add_node("b", start=1995, text="é漢字\u2028")
    G.add_node("alone")
    G.add_edge('a&<>"\n\t\r x', "b", key="k1", label="e", weight=0.5, id="k1", quote="q\"'")
    G.add_edge("b", "b", key="k2", id="k2")
    G.add_edge("b", "alone")
    G.add_edge("b", "alone")
    return G


def flags() -> nx.MultiDiGraph:
    """Booleans repeated on many nodes and edges (a line is written once per flag and value, then reused), one of
    them after a number of the same name, and edge attributes named as GEXF renames them."""
    G = nx.MultiDiGraph()
    for i in range(6):
        G.add_node(f"n{i}", a=i % 2 == 0, b=True, **({"c": i} if i < 2 else {"c": i % 3 == 0}))
    for i in range(5):
        G.add_edge(f"n{i}", f"n{i + 1}", key=i % 2 == 0, networkx_key=True, flag=i > 2)
    return G


@pytest.fixture(scope="module")
def bundled_network(bundled_build):
    return _typed(to_networkx(bundled_build.graph))


def recurring() -> nx.MultiDiGraph:
    """Values that recur (each line is written once, then reused) and values equal in Python that are written
    otherwise: 1, 1.0 and True; 0.0 and -0.0; NaN; one text in two attributes and two scopes."""
    G = nx.MultiDiGraph()
    for i, value in enumerate([1, 1.0, True, 0.0, -0.0, math.nan, math.nan, "x", "x", 1, -0.0, True]):
        G.add_node(f"n{i}", v=value, w="x", kind="provision")
        G.add_edge(f"n{i}", "n0", key=f"e{i}", v=value, w="x", weight=1.0)
    return G


@pytest.mark.parametrize("make", [nx.MultiDiGraph, awkward, flags, recurring],
                         ids=["empty", "awkward", "flags", "recurring"])
def test_gephi_files_are_networkx_s_bytes(make):
    G = make()
    assert gephi.graphml(G) == networkx_graphml(G) and gephi.gexf(G) == networkx_gexf(G)


def test_gephi_files_of_the_bundled_graph_are_networkx_s_bytes(bundled_network):
    G = bundled_network.copy()
    assert gephi.graphml(G) == networkx_graphml(G)
    for _, _, key, data in G.edges(keys=True, data=True):
        data["id"] = key
    assert gephi.gexf(G) == networkx_gexf(G) == gephi.gexf(bundled_network, ids_from_keys=True)


def test_the_network_is_typed_as_the_gephi_files_want_it(bundled_build, tmp_path):
    network = to_networkx(bundled_build.graph)  # what a build writes with typed=True: no copy filters it
    for name, write in (("g.graphml", write_graphml), ("g.gexf", write_gexf)):
        assert (write(network, tmp_path / f"typed-{name}", typed=True).read_bytes()
                == write(network, tmp_path / name).read_bytes())
    values = [v for _, data in network.nodes(data=True) for v in data.values()]
    values += [v for *_, data in network.edges(keys=True, data=True) for v in data.values()]
    assert all(isinstance(value, ALLOWED) for value in values)


@pytest.fixture(scope="module")
def bundled_store(bundled_build):
    store = ox.Store()
    store.bulk_load(bundled_build.graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_the_network_of_a_store_is_the_network_of_its_graph(bundled_build, bundled_store):
    assert gephi.graphml(_typed(to_networkx(StoreView(bundled_store)))) == gephi.graphml(
        _typed(to_networkx(bundled_build.graph)))


def test_the_network_of_pieces_per_document_graph_is_the_network_of_the_graph(bundled_build):
    """A build keeps each document's piece (``network_piece``) and reads it back; the piece of a document's graph is
    the same when made from that graph and the thesaurus alone."""
    graph = bundled_build.graph
    pieces: dict[str, dict] = {}

    def piece_of(name, make):
        pieces[name] = json.loads(json.dumps(make()))  # as kept: JSON
        return pieces[name]

    whole = gephi.graphml(_typed(to_networkx(graph)))
    assert gephi.graphml(_typed(to_networkx(graph, piece_of))) == whole
    named = dict(named_graphs(graph))
    documents = [name for name in pieces if name.startswith(dataset.GRAPH + "doc/")]
    assert len(documents) == len(bundled_build.corpus.documents)
    for name in documents:
        local = named[URIRef(name)] + named[dataset.THESAURUS]
        piece = pieces[name]
        nodes = [(kind, URIRef(iri)) for kind, iri, _ in piece["documents"]], [URIRef(p[0]) for p in piece["provisions"]]
        assert json.loads(json.dumps(network_piece(local, *nodes))) == piece


def test_the_records_of_a_store_are_the_records_of_its_graph(bundled_build, bundled_store):
    assert store_records(bundled_store) == read_records(bundled_build.graph)


def test_the_timeline_reads_only_the_fields_it_keeps(mini_records, tmp_path):
    kept = timeline_records(mini_records)
    assert all(set(row) == set(FIELDS[name]) for name in FIELDS for row in getattr(kept, name))
    draw_records(kept, tmp_path / "kept.png", tmp_path / "kept.svg")
    draw_records(mini_records, tmp_path / "all.png", tmp_path / "all.svg")
    for suffix in ("png", "svg"):
        assert (tmp_path / f"kept.{suffix}").read_bytes() == (tmp_path / f"all.{suffix}").read_bytes()
