"""What became of each pledge: a status per provision, as data in the graph and through queries."""
from __future__ import annotations

from rdflib import RDF

from pledgegraph.link import link, statuses
from pledgegraph.query import run_named
from pledgegraph.rdf import iris
from pledgegraph.rdf.namespaces import PG, STATUS

WTO = "support Russia's accession to the World Trade Organization (WTO)"


def _archive(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02"), doc("c.txt", "2013-04-29"),
            doc("in.txt", "2001-01-01", parties=("IN", "JP"))]
    provs = [
        prov("a.txt", "1", WTO, modality="support", themes=("wto-accession",)),
        prov("a.txt", "2", "will hold consultations on counter-terrorism annually", frequency="P1Y"),
        prov("a.txt", "3", "support the early entry into force of the CTBT", modality="support",
             themes=("nonproliferation",)),
        prov("b.txt", "1", "both sides welcomed the accession of Russia to the WTO", modality="welcome",
             themes=("wto-accession",)),
        prov("b.txt", "2", "confirmed the importance of the annual consultations on counter-terrorism",
             modality="affirm"),
        prov("c.txt", "1", "agreed to continue the annual consultations on counter-terrorism", modality="agree"),
        prov("in.txt", "1", "support the early entry into force of the CTBT", modality="support",
             themes=("nonproliferation",), actors=("IN", "JP")),
    ]
    return docs, provs


def test_every_pledge_gets_a_status_with_the_links_that_decided_it(doc, prov):
    docs, provs = _archive(doc, prov)
    links = link(docs, provs)
    found = {s.provision: s for s in statuses(docs, provs, links)}
    assert len(found) == len(provs)
    wto, consultations, ctbt, welcome, importance, agreed, india = (p.key for p in provs)
    assert (found[wto].status, found[wto].links) == ("implemented", ((wto, welcome),))
    assert found[consultations].status == "restated"
    assert found[importance].status == "strengthened"  # the view became an agreement
    assert found[ctbt].status == "dropped"  # later Japan–Russia documents exist, none takes it up
    assert found[india].status == "open"  # no later Japan–India document: nothing could follow
    assert found[agreed].status == "open"
    assert found[wto].rule == "link.status.implemented"


def test_the_graph_holds_one_status_per_provision_and_queries_answer_with_evidence(bundled_build, bundled_graph):
    graph = bundled_build.graph
    corpus = bundled_build.corpus
    nodes = set(graph.subjects(RDF.type, PG.PledgeStatus))
    assert len(nodes) == len(corpus.provisions)
    for p in corpus.provisions[:20]:
        assert (iris.status(p.key), PG.statusOf, iris.provision_from_key(p.key)) in graph
    implemented = {s for s in graph.subjects(PG.status, STATUS.implemented)}
    assert implemented and all(graph.value(s, PG.statusLink) is not None for s in implemented)
    rows = run_named(bundled_graph, "implemented", {}).records()
    assert rows and all(r["confidence"] and r["rule"] and r["laterQuote"] for r in rows)
    status = run_named(bundled_graph, "status", {"status": "implemented"}).records()
    assert status and all(r["later"] and r["relation"] == "implements" for r in status)
    evidence = run_named(bundled_graph, "link-evidence", {}).records()
    assert evidence and all(r["object"] and r["confidence"] for r in evidence)
