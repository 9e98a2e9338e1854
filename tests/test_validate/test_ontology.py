"""The OWL ontology and the thesaurus schemes this package owns: parse, declarations, no punning."""
from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS

from pledgegraph import bundled
from pledgegraph.rdf.namespaces import MODALITY, PG, RELATION, DOCTYPE

ONTOLOGY = bundled.ontology()
THESAURUS = bundled.thesaurus()
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def test_ontology_header(ontology):
    iri = rdflib.URIRef("https://w3id.org/pledgegraph/ontology")
    assert (iri, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(iri, OWL.versionIRI) is not None
    assert ontology.value(iri, rdflib.namespace.DCTERMS.title) is not None


def test_every_pg_term_is_declared_with_an_english_label_and_comment(ontology):
    for term in (PG[name] for name in dir(PG)):  # every term of the closed namespace in rdf/namespaces.py
        kinds = [k for k in DECLARATIONS if (term, RDF.type, k) in ontology]
        assert len(kinds) == 1, f"{term} declared as {kinds}"
        assert any(label.language == "en" for label in ontology.objects(term, RDFS.label)), term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_every_referenced_external_term_is_declared(ontology):
    used = {o for p, o in ontology.predicate_objects() if p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain,
                                                                  RDFS.range, OWL.onClass, OWL.someValuesFrom)}
    used |= {p for _, p, _ in ontology}
    external = {t for t in used if isinstance(t, rdflib.URIRef) and not str(t).startswith(
        (str(RDF), str(RDFS), str(OWL), str(rdflib.XSD)))}
    undeclared = {t for t in external if not any((t, RDF.type, k) in ontology for k in DECLARATIONS)}
    assert not undeclared


def test_no_punning_between_ontology_and_thesaurus(ontology):
    graph = rdflib.Graph()
    for path in sorted(THESAURUS.glob("*.ttl")):
        graph.parse(path, format="turtle")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts
    declared = {s for k in DECLARATIONS for s in ontology.subjects(RDF.type, k)}
    declared |= {s for k in DECLARATIONS for s in graph.subjects(RDF.type, k)}
    assert not concepts & declared


@pytest.mark.parametrize("path", [ONTOLOGY, *sorted(THESAURUS.glob("*.ttl"))], ids=lambda p: p.name)
def test_parses_with_pyoxigraph(path):
    quads = list(pyoxigraph.parse(path.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads


def test_modalities_scheme():
    graph = rdflib.Graph().parse(THESAURUS / "modalities.ttl", format="turtle")
    concepts = sorted(graph.subjects(SKOS.inScheme, MODALITY.scheme))
    assert [str(c).rsplit("/", 1)[1] for c in concepts] == sorted(
        "agree intend support ready affirm request welcome note condemn".split())
    committal = {str(c).rsplit("/", 1)[1] for c in graph.subjects(RDF.type, PG.CommittalModality)}
    assert committal == {"agree", "intend", "support", "ready"}
    bases = {str(c).rsplit("/", 1)[1]: graph.value(c, PG.strength).toPython() for c in concepts}
    assert bases == {"note": 1, "condemn": 1, "welcome": 2, "affirm": 2, "request": 2, "support": 3, "ready": 3,
                     "intend": 4, "agree": 5}
    for concept in concepts:
        assert (concept, RDF.type, PG.Modality) in graph
        for prop in (SKOS.prefLabel, SKOS.definition):
            assert {v.language for v in graph.objects(concept, prop)} == {"en", "ja", "zh", "ru"}, (concept, prop)


@pytest.mark.parametrize("file, scheme, notations", [
    ("relations.ttl", RELATION.scheme, {"continues", "strengthens", "weakens", "implements"}),
    ("doctypes.ttl", DOCTYPE.scheme, {"joint-statement", "press-statement", "meeting-summary", "un-letter", "other"}),
])
def test_small_schemes(file, scheme, notations):
    graph = rdflib.Graph().parse(THESAURUS / file, format="turtle")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    concepts = set(graph.subjects(SKOS.inScheme, scheme))
    assert {str(graph.value(c, SKOS.notation)) for c in concepts} == notations
    for concept in concepts:
        assert {"en", "ja", "zh"} <= {v.language for v in graph.objects(concept, SKOS.prefLabel)}
        assert graph.value(concept, SKOS.definition) is not None
