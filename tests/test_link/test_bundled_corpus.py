"""The linker on the real bundled corpus (one shared build): chains, citations and the Gephi export."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from pledgegraph.link.data import rules
from pledgegraph.link.vocab import relations
from pledgegraph.rdf import iris
from pledgegraph.rdf.namespaces import PG

STATEMENT_2000 = "003_eb0704a5b58683b1.txt"
STATEMENT_2002 = "000_a72e0cb45fe599e4.txt"
PRESS_2002_11 = "001_694e7825f52bf7be.txt"
RELATIONS = set(relations())  # the relations of ontology/thesaurus/relations.ttl


def _provision(corpus, source: str, words: str):
    (found,) = [p for p in corpus.provisions if p.source == source and words in p.quote]
    return found


def test_continued_consultations_become_annual_consultations_and_strengthen(bundled_build):
    corpus = bundled_build.corpus
    earlier = _provision(corpus, STATEMENT_2002, "继续在俄罗斯联邦和日本外事机构的主持下进行积极的协商")
    later = _provision(corpus, PRESS_2002_11, "hold these consultations in principle once a year")
    assert earlier.locator == "5.6"
    links = [l for l in corpus.links if (l.earlier, l.later) == (earlier.key, later.key)]
    assert [l.relation for l in links] == ["strengthens"]
    assert links[0].rule.endswith("adds-schedule")
    graph = bundled_build.graph
    assert (iris.provision_from_key(later.key), PG.strengthens, iris.provision_from_key(earlier.key)) in graph


def test_documents_citing_earlier_documents_cite_them_in_the_graph(bundled_build):
    graph = bundled_build.graph
    assert (iris.document(STATEMENT_2002), PG.cites, iris.document(STATEMENT_2000)) in graph
    assert (iris.document(PRESS_2002_11), PG.cites, iris.document(STATEMENT_2002)) in graph
    assert (iris.document(STATEMENT_2000), PG.cites, iris.document(STATEMENT_2002)) not in graph


def test_a_clause_citing_a_document_links_into_that_document(bundled_build):
    corpus = bundled_build.corpus
    later = _provision(corpus, STATEMENT_2002, "申明愿意")
    sources = {l.earlier.split("#")[0] for l in corpus.links if l.later == later.key}
    assert sources == {STATEMENT_2000}


def test_predecessors_come_from_the_nearest_date_of_each_object_and_are_few(bundled_build):
    """The guideline links a later provision to the most recent earlier document of its relationship that has a
    provision on the same object, and to every provision there that has it (it replaced "at most two
    predecessors", which cut the six predecessors the blind gold gives the 2002-11 pledge to strengthen
    counter-terrorism cooperation)."""
    corpus = bundled_build.corpus
    dates = {d.source: d.date for d in corpus.documents}
    per_object: dict[tuple[str, str], set[str]] = defaultdict(set)
    per_later: dict[str, int] = defaultdict(int)
    for l in corpus.links:
        per_later[l.later] += 1
        for obj in l.objects:
            per_object[(l.later, obj)].add(dates[l.earlier.split("#")[0]])
    assert per_object and all(len(found) == 1 for found in per_object.values())
    assert max(per_later.values()) <= rules()["link"]["max_predecessors"]
    assert any(count > 2 for count in per_later.values())


def test_graphml_evolution_edges_carry_relation_score_and_shared_concepts(bundled_build):
    G = nx.read_graphml(bundled_build.out / "graph.graphml")
    edges = [d for *_, d in G.edges(data=True) if d.get("kind") == "evolution"]
    assert len(edges) == len(bundled_build.corpus.links)
    assert {d["relation"] for d in edges} <= RELATIONS
    assert all(isinstance(d["score"], float) and 0 < d["score"] <= 1 for d in edges)
    assert all(d["shared"] and d["rule"].startswith("link.") for d in edges)
    assert any("ct-conventions" in d["shared"].split() for d in edges)
