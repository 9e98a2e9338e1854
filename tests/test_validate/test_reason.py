"""HermiT through owlready2: the ontology is consistent and classifies provisions (one JVM run per test)."""
from __future__ import annotations

import rdflib
from rdflib import Literal

from pledgegraph.rdf.namespaces import ID, PG
from pledgegraph.validate import reason

LATER_AGREE = ID["doc/002_ja/prov/1/1"]  # agree, JP+RU, P1Y
WELCOME = ID["doc/003_en/prov/I.2/1"]  # welcome, JP only
SUPPORT = ID["doc/002_ja/prov/2/1"]  # support, JP only


def test_ontology_alone_is_consistent():
    result = reason(None, with_thesaurus=False)
    assert result.consistent, result.detail


def test_classifies_commitments_and_bilateral_provisions(valid_graph, tmp_path):
    out = tmp_path / "inferred.ttl"
    result = reason(valid_graph, write_inferred=out)
    assert result.consistent, result.detail
    assert result.types_of(str(LATER_AGREE)) >= {str(PG.Commitment), str(PG.BilateralProvision),
                                                  str(PG.RecurringCommitment)}
    assert str(PG.Commitment) in result.types_of(str(SUPPORT))
    assert not result.types_of(str(SUPPORT)) & {str(PG.BilateralProvision), str(PG.RecurringCommitment)}
    assert str(PG.Commitment) not in result.types_of(str(WELCOME))
    written = rdflib.Graph().parse(out, format="turtle")
    assert (LATER_AGREE, rdflib.RDF.type, PG.Commitment) in written


def test_committal_modality_with_committal_false_is_inconsistent(valid_graph):
    graph = rdflib.Graph()
    graph += valid_graph
    graph.set((LATER_AGREE, PG.committal, Literal(False)))
    assert not reason(graph).consistent
