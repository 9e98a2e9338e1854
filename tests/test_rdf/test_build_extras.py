"""What the build adds for other tools: language tags, Web Annotation selectors, the PROV-O activity and the
thesaurus in its own file (on the bundled build)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, XSD

from pledgegraph import __version__, pipeline, thesaurus
from pledgegraph.errors import PledgegraphError
from pledgegraph.rdf import provenance
from pledgegraph.rdf.build import build_graph
from pledgegraph.rdf.namespaces import OA, PG

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def graph(bundled_graph) -> Graph:
    return Graph().parse(bundled_graph, format="turtle")


def test_quotes_texts_and_titles_carry_their_document_language(graph):
    for doc in graph.subjects(RDF.type, PG.Document):
        language = str(graph.value(doc, DCTERMS.language))
        assert graph.value(doc, PG.text).language == language
        assert all(t.language == language for t in graph.objects(doc, DCTERMS.title))
        for provision in graph.subjects(PG.inDocument, doc):
            quote = graph.value(provision, PG.quote)
            assert quote is None or quote.language == language


def test_every_provision_span_is_a_web_annotation(graph):
    provisions = set(graph.subjects(RDF.type, PG.Provision))
    assert provisions and set(graph.objects(None, OA.hasBody)) == provisions
    for annotation in graph.subjects(RDF.type, OA.Annotation):
        provision = graph.value(annotation, OA.hasBody)
        target = graph.value(annotation, OA.hasTarget)
        doc = graph.value(provision, PG.inDocument)
        assert graph.value(target, OA.hasSource) == doc
        selectors = {graph.value(s, RDF.type): s for s in graph.objects(target, OA.hasSelector)}
        text, start, end = str(graph.value(doc, PG.text)), graph.value(provision, PG.start).toPython(), \
            graph.value(provision, PG.end).toPython()
        position, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        assert (graph.value(position, OA.start).toPython(), graph.value(position, OA.end).toPython()) == (start, end)
        assert str(graph.value(quote, OA.exact)) == text[start:end] == str(graph.value(provision, PG.quote))
        prefix = graph.value(quote, OA.prefix)
        assert prefix is None or text[:start].endswith(str(prefix))


def test_the_build_is_a_prov_activity_that_generated_every_provision_link_and_status(graph):
    activities = list(graph.subjects(RDF.type, PROV.Activity))
    assert len(activities) == 1
    build = activities[0]
    agent = graph.value(build, PROV.wasAssociatedWith)
    assert str(graph.value(agent, OWL.versionInfo)) == __version__
    assert set(graph.objects(build, PROV.used)) == set(graph.subjects(RDF.type, PG.Document))
    for cls in (PG.Provision, PG.EvolutionLink, PG.PledgeStatus):
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes and all(graph.value(n, PROV.wasGeneratedBy) == build and graph.value(n, PG.rule) for n in nodes)
    assert graph.value(build, PROV.endedAtTime) is None  # no SOURCE_DATE_EPOCH in the suite's build


def test_source_date_epoch_gives_the_build_time(monkeypatch):
    monkeypatch.setenv(provenance.EPOCH_ENV, "1700000000")
    assert provenance.build_time() == Literal("2023-11-14T22:13:20Z", datatype=XSD.dateTime)
    monkeypatch.setenv(provenance.EPOCH_ENV, "yesterday")
    with pytest.raises(PledgegraphError, match="E107"):
        provenance.build_time()
    monkeypatch.delenv(provenance.EPOCH_ENV)
    assert provenance.build_time() is None


def test_the_activity_iri_follows_the_inputs_and_the_version():
    corpus = pipeline.run([CORPUS / "003_eb0704a5b58683b1.txt"])
    first = provenance.activity_iri(corpus.documents)
    assert first == provenance.activity_iri(list(reversed(corpus.documents)))
    assert first != provenance.activity_iri(corpus.documents, version="0.0.0")
    corpus.documents[0].raw += " "
    assert first != provenance.activity_iri(corpus.documents)
    assert (first, RDF.type, PROV.Activity) in build_graph(pipeline.run([CORPUS / "003_eb0704a5b58683b1.txt"]))


def test_thesaurus_ttl_is_the_thesaurus_alone(bundled_build):
    alone = Graph().parse(bundled_build.out / "thesaurus.ttl", format="turtle")
    assert isomorphic(alone, thesaurus.load())
    data = Graph().parse(bundled_build.out / "graph.ttl", format="turtle")
    assert len(alone) and all(triple in data for triple in alone)  # graph.ttl keeps it, so notations resolve
