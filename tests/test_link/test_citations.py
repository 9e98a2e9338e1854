"""Document-level citations: patterns per language, resolution to corpus documents, attachment to clauses."""
from __future__ import annotations

from pledgegraph.link import attach_cites, find_citations

EN = ("Joint Press Statement on Counter-Terrorism\n\nThis round of consultations was held based on the contents of "
      "the Joint Statement by the Ministers for Foreign Affairs of Japan and the Russian Federation on "
      "2 February, 2002. Both sides welcome the Moscow Declaration on Establishing a Creative Partnership.")
ZH = "双方根据 2000 年 9 月签署的俄罗斯联邦和日本关于国际事务方面的合作的联合声明的规定，申明愿意共同加强合作。"
JA = "両首脳は，２００３年の日露行動計画に記された多くの分野における協力の進展に満足の意を表した。"


def test_english_title_and_date_resolve_to_the_corpus_statement(doc):
    citing = doc("b.txt", "2002-11-14", raw=EN, title="Joint Press Statement on Counter-Terrorism")
    target = doc("a.txt", "2002-02-02", language="zh", doc_type="joint-statement")
    other = doc("c.txt", "2002-02-02", language="ja", doc_type="meeting-summary", raw="日露外相会談")
    cites = {c.title: c for c in find_citations([citing, target, other])}
    statement = cites["Joint Statement by the Ministers for Foreign Affairs of Japan and the Russian Federation"]
    assert (statement.date, statement.target) == ("2002-02-02", "a.txt")
    assert EN[statement.start:statement.end].startswith("Joint Statement by")
    moscow = next(c for t, c in cites.items() if t.startswith("Moscow Declaration"))
    assert (moscow.date, moscow.target) == (None, None)  # not in the corpus: an external node
    assert "Joint Press Statement on Counter-Terrorism" not in cites  # its own title is no citation


def test_chinese_date_before_title_resolves_by_month(doc):
    citing = doc("z.txt", "2002-02-02", language="zh", raw=ZH)
    target = doc("e.txt", "2000-09-05", doc_type="joint-statement")
    [c] = find_citations([citing, target])
    assert (c.title, c.date, c.target) == ("俄罗斯联邦和日本关于国际事务方面的合作的联合声明", "2000-09", "e.txt")


def test_japanese_full_width_year_and_unresolved_target(doc):
    [c] = find_citations([doc("j.txt", "2013-04-29", language="ja", raw=JA)])
    assert (c.title, c.date, c.target) == ("日露行動計画", "2003", None)
    assert JA[c.start:c.end] == "２００３年の日露行動計画"


def test_attach_cites_fills_the_clause_that_contains_or_is_led_into_by_the_citation(doc, prov):
    citing = doc("z.txt", "2002-02-02", language="zh", raw=ZH)
    clause_start = ZH.index("申明愿意")
    clause = prov("z.txt", "p1", ZH[clause_start:], modality="ready", start=clause_start)
    elsewhere = prov("z.txt", "p2", "x", start=len(ZH) + 10)
    citations = find_citations([citing])
    attach_cites([clause, elsewhere], citations, [citing])
    assert clause.cites == ["俄罗斯联邦和日本关于国际事务方面的合作的联合声明 (2000-09)"]
    assert elsewhere.cites == []


def test_a_declaration_outside_the_corpus_that_a_pledge_carries_out_is_its_object(doc, prov):
    from pledgegraph.link import link

    both = ("BN", "CN")
    first, second = "中方愿同文方一道,落实《北冰洋合作各方行为宣言》。", "双方重申全面有效落实《北冰洋合作各方行为宣言》。"
    docs = [doc("a.txt", "2012-04-19", language="zh", raw=first, parties=both),
            doc("b.txt", "2016-02-06", language="zh", raw=second, parties=both)]
    provisions = [prov("a.txt", "1", first, modality="ready", themes=("asia-pacific",), actors=("CN",)),
                  prov("b.txt", "1", second, modality="affirm", themes=("asia-pacific",), actors=both)]
    citations = find_citations(docs)
    assert [c.target for c in citations] == [None, None]  # cited, but not in the corpus
    attach_cites(provisions, citations, docs)
    assert [(l.earlier, l.later) for l in link(docs, provisions, citations)] == [(provisions[0].key, provisions[1].key)]
