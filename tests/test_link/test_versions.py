"""Two versions of one statement reach the graph as one work (pg:sameWorkAs, pg:alignedWith), never as evolution."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import RDF

from pledgegraph.publish import build
from pledgegraph.query import load, run
from pledgegraph.rdf import iris
from pledgegraph.rdf.namespaces import PG

ORIGINAL = """Joint Statement by the Prime Minister of Japan and the President of the Russian Federation on Strategic Cooperation

Tokyo, 10 March 2005

1. Both sides intend to hold consultations on counter-terrorism at least once a year.

2. Both sides support the early entry into force of the Comprehensive Nuclear-Test-Ban Treaty (CTBT).

3. Japan supports the accession of the Russian Federation to the World Trade Organization (WTO).

4. Both sides agree to expand cooperation on energy, including the development of oil and gas fields in Siberia.
"""
TRANSLATION = """戦略的協力に関する日本国総理大臣とロシア連邦大統領の共同声明

2005年3月10日、東京

1. 双方は、テロ対策に関する協議を少なくとも年1回開催する意向である。

2. 双方は、包括的核実験禁止条約（CTBT）の早期発効を支持する。

3. 日本は、ロシア連邦の世界貿易機関（WTO）への加盟を支持する。

4. 双方は、シベリアにおける石油及びガス田の開発を含むエネルギー分野の協力を拡大することで一致した。
"""
LATER = """Joint Press Statement on the Results of the Meeting of the Foreign Ministers of Japan and the Russian Federation

Moscow, 15 June 2007

1. The Ministers agreed to hold consultations on counter-terrorism twice a year.
"""
VERSIONS = ("en.txt", "ja.txt")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("versions")
    for name, text in zip((*VERSIONS, "later.txt"), (ORIGINAL, TRANSLATION, LATER)):
        (folder / name).write_text(text, encoding="utf-8")
    return build([folder], folder.parent / "out")


def _source(key: str) -> str:
    return key.split("#", 1)[0]


def test_the_two_versions_are_one_work_in_both_directions(built):
    en, ja = (iris.document(s) for s in VERSIONS)
    assert built.corpus.versions == [VERSIONS]
    assert (en, PG.sameWorkAs, ja) in built.graph and (ja, PG.sameWorkAs, en) in built.graph
    assert not set(built.graph.objects(iris.document("later.txt"), PG.sameWorkAs))


def test_most_provisions_are_aligned_with_their_translation(built):
    corpus = built.corpus
    aligned = corpus.alignments
    assert all((_source(a), _source(b)) == VERSIONS for a, b in aligned)
    assert all(a.split("#")[1] == b.split("#")[1] for a, b in aligned)  # same paragraph number in both texts
    assert len(aligned) >= 3
    for a, b in aligned:
        first, second = iris.provision_from_key(a), iris.provision_from_key(b)
        assert (first, PG.alignedWith, second) in built.graph and (second, PG.alignedWith, first) in built.graph


def test_no_evolution_between_versions_and_the_later_statement_takes_one_up(built):
    links = built.corpus.links
    assert not [l for l in links if {_source(l.earlier), _source(l.later)} == set(VERSIONS)]
    taken_up = [l for l in links if _source(l.later) == "later.txt"]
    assert taken_up and {_source(l.earlier) for l in taken_up} <= set(VERSIONS)
    for node in built.graph.subjects(RDF.type, PG.EvolutionLink):
        ends = {built.graph.value(node, PG.earlier), built.graph.value(node, PG.later)}
        assert {str(e).split("/prov/")[0] for e in ends} != {str(iris.document(s)) for s in VERSIONS}


def test_versions_query_lists_the_work_on_both_engines(built):
    text = load("versions").text
    tables = [run(built.out / "graph.ttl", text, engine=engine) for engine in ("oxigraph", "rdflib")]
    assert Counter(tables[0].rows) == Counter(tables[1].rows)
    rows = tables[0].records()
    assert [r["source"] for r in rows] == list(VERSIONS)
    assert {r["work"] for r in rows} == {str(iris.document("en.txt"))}
    assert all(r["versions"] == "2" and int(r["aligned"]) == len(built.corpus.alignments) for r in rows)


def test_bundled_statements_of_the_same_year_are_different_works(bundled_build):
    un_letter, meeting_summary = (iris.document(s) for s in ("000_a72e0cb45fe599e4.txt", "002_bcadfc521591403f.txt"))
    assert (un_letter, PG.sameWorkAs, meeting_summary) not in bundled_build.graph
    assert not any(set(pair) == {"000_a72e0cb45fe599e4.txt", "002_bcadfc521591403f.txt"}
                   for pair in bundled_build.corpus.versions)
