"""Evolution chains on realistic hand-made provisions."""
from __future__ import annotations

from pledgegraph.link import link


def test_consultations_once_a_year_strengthens_continue_consultations(doc, prov):
    docs = [doc("a.txt", "2002-02-02"), doc("b.txt", "2002-11-14", doc_type="press-statement")]
    earlier = prov("a.txt", "5.6", "continue active consultations under the auspices of their foreign ministries "
                   "to further strengthen bilateral and multilateral cooperation against the global terrorist threat")
    later = prov("b.txt", "p5", "agreed to hold these consultations in principle once a year, alternating between "
                 "venues in Japan and the Russian Federation", modality="agree", frequency="P1Y")
    links = link(docs, [later, earlier])
    assert [(l.earlier, l.later, l.relation) for l in links] == [(earlier.key, later.key, "strengthens")]
    assert links[0].score > 0
    assert "counter-terrorism" in links[0].shared


def test_links_only_to_the_nearest_earlier_document(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02"), doc("c.txt", "2013-04-29")]
    quote = "support Russia's accession to the World Trade Organization (WTO)"
    provs = [prov(s, "1", quote, modality="support", themes=("wto-accession",)) for s in ("a.txt", "b.txt", "c.txt")]
    pairs = {(l.earlier, l.later) for l in link(docs, provs)}
    assert pairs == {(provs[0].key, provs[1].key), (provs[1].key, provs[2].key)}


def test_crosses_languages_through_concepts_and_terms(doc, prov):
    docs = [doc("en.txt", "2000-09-05"), doc("ja.txt", "2002-02-02", language="ja")]
    en = prov("en.txt", "I.4", "Both sides share the views as to the importance of the Russian Federation's "
              "accession to the World Trade Organization (WTO).", modality="affirm", themes=("wto-accession",))
    ja = prov("ja.txt", "1.4", "日本側がロシアのWTO加盟支持を改めて表明し", modality="support", actors=("JP",),
              themes=("wto-accession",))
    links = link(docs, [en, ja])
    assert [(l.earlier, l.later, l.relation) for l in links] == [(en.key, ja.key, "strengthens")]
    assert "wto" in links[0].shared


def test_one_sided_request_weakens_a_joint_intention(doc, prov):
    docs = [doc("en.txt", "2000-09-05"), doc("ja.txt", "2002-02-02", language="ja")]
    en = prov("en.txt", "I.6", "express their intention to continue cooperation against the poaching and smuggling "
              "of marine products", themes=("fisheries",))
    ja = prov("ja.txt", "1.3", "日本側も資源保存の問題、密漁・密輸対策で効果的な対策をとるよう今後とも協力してほしい",
              modality="request", actors=("RU",), themes=("fisheries",))
    assert [l.relation for l in link(docs, [en, ja])] == ["weakens"]


def test_reported_done_implements(doc, prov):
    docs = [doc("a.txt", "2012-01-01"), doc("b.txt", "2013-04-29")]
    pledge = prov("a.txt", "3", "intend to sign a memorandum on consultations between the Security Council "
                  "secretariat and the foreign ministry", themes=("security-defense",))
    done = prov("b.txt", "12", "welcomed that the memorandum on consultations between the Security Council "
                "secretariat and the foreign ministry was signed", modality="welcome", themes=("security-defense",))
    assert [l.relation for l in link(docs, [pledge, done])] == ["implements"]


def test_same_broad_theme_alone_is_not_linked(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    a = prov("a.txt", "1", "welcome the adoption of the convention on the financing of terrorism")
    b = prov("b.txt", "1", "condemn the hostage taking in the theatre", modality="condemn")
    assert link(docs, [a, b]) == []


def test_same_date_and_undated_documents_are_not_linked(doc, prov):
    quote = "continue active consultations on counter-terrorism"
    docs = [doc("a.txt", "2002-02-02"), doc("b.txt", "2002-02-02", language="en", doc_type="meeting-summary"),
            doc("c.txt", None)]
    assert link(docs, [prov(s, "1", quote) for s in ("a.txt", "b.txt", "c.txt")]) == []


def test_output_is_sorted_and_repeatable(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    provs = [prov("a.txt", str(i), f"prevent and suppress terrorism in all forms, step {i}") for i in range(3)]
    provs += [prov("b.txt", str(i), f"make every effort to prevent and suppress all forms of terrorism ({i})")
              for i in range(3)]
    first = link(docs, provs)
    assert first == link(list(reversed(docs)), list(reversed(provs)))
    assert first == sorted(first, key=lambda l: (l.earlier, l.later))
