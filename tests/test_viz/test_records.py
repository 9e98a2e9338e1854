"""The records the pictures read from the graph: documents by date, pledges in document order, links, labels."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from pledgegraph.rdf.namespaces import PG
from pledgegraph.viz import read_records

from .conftest import ID


def test_documents_by_date_with_translation_status(mini_records):
    docs = mini_records.documents
    assert [d["date"] for d in docs] == sorted(d["date"] for d in docs) and len(docs) == 3
    assert docs[1]["title"] == "日露外相会談の概要" and docs[1]["language"] == "ja" and docs[1]["authoritative"]
    assert all(d["parties"] == ["JP", "RU"] for d in docs)


def test_pledges_carry_actors_themes_status_and_relationship(mini_records):
    pledge = next(p for p in mini_records.pledges if p["iri"] == f"{ID}doc/a2000/prov/II.1/1")
    assert (pledge["locator"], pledge["modality"], pledge["status"]) == ("II.1", "support", "implemented")
    assert pledge["themes"] == ["wto-accession"] and pledge["relationships"] == ["JP–RU"]
    assert all(p["status"] for p in mini_records.pledges)


def test_links_join_pledge_indexes_with_evidence(mini_records):
    pledges = mini_records.pledges
    link = next(k for k in mini_records.links if pledges[k["earlier"]]["iri"].endswith("a2000/prov/II.1/1"))
    assert link["relation"] == "implements" and pledges[link["later"]]["iri"].endswith("c2013/prov/7/1")
    assert link["confidence"] is not None and link["objects"]
    assert len(mini_records.links) == 6


def test_labels_in_every_language_for_what_the_pledges_use(mini_records):
    theme = mini_records.labels["theme"]["counter-terrorism"]
    assert theme["pref"]["en"] == "Counter-terrorism" and theme["pref"]["ja"]
    assert set(mini_records.labels["country"]) == {"JP", "RU"}


def test_pledges_follow_document_order_so_locators_sort_numerically(mini):
    """Locators 1, 3, 6, 53 stay in that order (a text sort gives 1, 3, 53, 6)."""
    graph = mini.__class__()
    for triple in mini:
        graph.add(triple)
    for n, locator in zip((1, 2, 3, 4), ("1", "3", "6", "53")):
        prov = URIRef(f"{ID}doc/b2002/prov/{n}/1")
        graph.set((prov, PG.locator, Literal(locator)))
    records = read_records(graph)
    assert [p["locator"] for p in records.pledges if records.documents[p["doc"]]["source"] == "b2002.txt"] == \
        ["1", "3", "6", "53"]


def test_labels_come_from_the_bundled_thesaurus_when_the_graph_has_none(mini, mini_records):
    graph = mini.__class__()
    for s, p, o in mini:
        if p not in (SKOS.prefLabel, SKOS.altLabel):
            graph.add((s, p, o))
    assert read_records(graph).labels["theme"]["counter-terrorism"]["pref"]["ja"] == \
        mini_records.labels["theme"]["counter-terrorism"]["pref"]["ja"]
