"""The corpus as named graphs: one per document, one for what spans documents, one for the thesaurus."""
from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from pledgegraph.rdf import dataset, iris
from pledgegraph.rdf.namespaces import PG

GRAPH = dataset.GRAPH


def test_every_triple_lands_in_exactly_one_graph(bundled_build):
    quads = dataset.quads(bundled_build.graph)
    assert len(quads) == len(bundled_build.graph)
    names = Counter(q.graph_name.value for q in quads)
    documents = {str(dataset.document_graph(d.source)) for d in bundled_build.corpus.documents}
    assert set(names) == documents | {str(dataset.CORPUS), str(dataset.THESAURUS)}


def test_a_document_graph_holds_its_document_blocks_provisions_and_persons(bundled_build):
    doc = bundled_build.corpus.documents[0]
    graph = dict(dataset.named_graphs(bundled_build.graph))[dataset.document_graph(doc.source)]
    subject = iris.document(doc.source)
    assert (subject, PG.sourceFile, None) in graph
    assert all(str(s).startswith(str(subject)) for s in graph.subjects())
    provisions = [p for p in bundled_build.corpus.provisions if p.source == doc.source]
    assert all((iris.provision(p.source, p.locator, p.index), PG.quote, None) in graph for p in provisions)


def test_links_statuses_citations_and_cross_document_triples_are_in_the_corpus_graph(bundled_build):
    graph = dict(dataset.named_graphs(bundled_build.graph))[dataset.CORPUS]
    assert set(graph.subjects(PG.earlier, None)) and set(graph.subjects(PG.statusOf, None))
    assert set(graph.subjects(PG.cites, None))
    documents = dict(dataset.named_graphs(bundled_build.graph))
    for name, g in documents.items():
        if "/doc/" in str(name):  # no document graph points into another document
            slug = str(name).rsplit("/", 1)[1]
            for _, _, o in g:
                if isinstance(o, URIRef) and str(o).startswith(str(iris.ID)):
                    assert str(o).startswith(f"{iris.ID}doc/{slug}")


def test_the_thesaurus_has_a_graph_of_its_own(bundled_build):
    graph = dict(dataset.named_graphs(bundled_build.graph))[dataset.THESAURUS]
    assert not any(str(s).startswith(str(iris.ID)) for s in graph.subjects())
    assert len(graph) > 1000


def test_nquads_are_byte_identical_and_the_same_from_the_turtle_export(bundled_build, bundled_graph):
    first = dataset.to_nquads(bundled_build.graph)
    assert first == dataset.to_nquads(bundled_build.graph)
    assert first == dataset.to_nquads(Graph().parse(bundled_graph))
    assert first == dataset.to_nquads(ox.parse(path=str(bundled_graph), format=ox.RdfFormat.TURTLE))


def test_trig_reads_back_as_the_same_dataset(bundled_build):
    read = Dataset()
    read.parse(data=dataset.to_trig(bundled_build.graph), format="trig")
    expected = {(str(g), str(s), str(p), str(o)) for g, graph in dataset.named_graphs(bundled_build.graph)
                for s, p, o in graph}
    found = {(str(g), str(s), str(p), str(o)) for s, p, o, g in read.quads((None, None, None, None))
             if str(g).startswith(GRAPH)}
    assert found == expected
