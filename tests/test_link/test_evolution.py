"""Evolution chains on realistic hand-made provisions."""
from __future__ import annotations

import pytest

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


TF_CONVENTION = "International Convention for the Suppression of the Financing of Terrorism"


def test_a_reference_to_a_named_convention_takes_over_its_concept(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02", language="zh")]
    named = prov("a.txt", "I.6", f"Both sides welcome the adoption of the {TF_CONVENTION}", modality="welcome")
    referring = prov("a.txt", "I.6", "and affirm that this convention will promote an international legal base",
                     modality="affirm", start=named.end + 1)
    referring.index = 2
    later = prov("b.txt", "3", "双方将特别努力促使《制止向恐怖主义提供资助的国际公约》早日得到实施")
    pairs = {(l.earlier, l.later, l.relation) for l in link(docs, [named, referring, later])}
    assert pairs == {(named.key, later.key, "strengthens"), (referring.key, later.key, "strengthens")}


def test_words_inside_an_instrument_name_are_not_its_object(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    convention = prov("a.txt", "1", f"Both sides welcome the adoption of the {TF_CONVENTION}", modality="welcome")
    measures = prov("b.txt", "5.4", "take the necessary measures to suppress and prevent the financing of terrorists")
    assert link(docs, [convention, measures]) == []


def test_a_clause_restating_only_part_of_what_another_restates_is_no_successor(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    broad = prov("a.txt", "I.6", "endorse the strengthening of cooperation against all forms of terrorism, including "
                 "the prevention and suppression of terrorism and the prosecution of those involved", modality="support")
    full = prov("b.txt", "3", "make every effort to prevent and suppress terrorist acts in all forms")
    part = prov("b.txt", "5.1", "help prevent and suppress the planning of terrorist acts on their territory")
    other = prov("b.txt", "5.2", "detain and prosecute persons involved in terrorist acts")
    pairs = {(l.earlier, l.later) for l in link(docs, [broad, full, part, other])}
    assert pairs == {(broad.key, full.key), (broad.key, other.key)}


def test_a_pledge_is_carried_on_by_an_earlier_pledge_rather_than_a_shared_view(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    view = prov("a.txt", "I.5", "affirm the need to deepen cooperation based on environmental protection",
                modality="affirm", themes=("environment-climate",))
    pledge = prov("a.txt", "I.5", "express their intention to work together against climate change and other global "
                  "environmental issues", themes=("environment-climate",))
    pledge.index = 2
    later = prov("b.txt", "1.4", "wish to promote cooperation on environmental issues", actors=("JP",),
                 themes=("environment-climate",))
    assert [(l.earlier, l.relation) for l in link(docs, [view, pledge, later])] == [(pledge.key, "continues")]


def test_what_a_pledge_is_made_in_accordance_with_is_not_its_object(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    legal = prov("a.txt", "I.6", "affirm that the conventions will expand the international legal base",
                 modality="affirm")
    charities = prov("b.txt", "5.3", "work, in accordance with international law, to ensure that terrorists do not "
                     "use charitable organizations as cover")
    assert link(docs, [legal, charities]) == []


def test_a_commitment_restated_as_a_commitment_continues(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    endorse = prov("a.txt", "I.6", "endorse cooperation to prevent all forms of terrorism", modality="support")
    will = prov("b.txt", "3", "make every effort to prevent terrorist acts in all forms")
    assert [l.relation for l in link(docs, [endorse, will])] == ["continues"]


def test_a_later_view_naming_a_further_step_for_the_same_object_strengthens(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    legal_base = prov("a.txt", "I.6", "affirm that the counter-terrorism conventions will expand the legal base",
                      modality="affirm")
    step = prov("b.txt", "3", "the most important step is the entry into force of all twelve counter-terrorism "
                "conventions", modality="affirm")
    [found] = link(docs, [legal_base, step])
    assert (found.relation, found.rule.split("+")[-1]) == ("strengthens", "link.relation.more-specific")


# Relations by the guideline's definitions ("Evolution links" in the annotation guideline).

def test_a_welcome_of_an_accession_achieved_implements_the_earlier_support(doc, prov):
    """A 2013 welcome of something achieved after a 2002 pledge of support is an implementation: it used to come
    out as "weakens" because the relation was read off a drop in stance."""
    docs = [doc("a.txt", "2002-02-02"), doc("b.txt", "2013-04-29")]
    support = prov("a.txt", "1.4", "Japan reiterated its support for Russia's accession to the World Trade Organization "
                   "(WTO).", modality="support", actors=("JP",), themes=("wto-accession",))
    welcome = prov("b.txt", "20", "Both leaders welcomed the accession of the Russian Federation to the WTO.",
                   modality="welcome", themes=("wto-accession",))
    [found] = link(docs, [support, welcome])
    assert (found.relation, found.rule.split("+")[-1]) == ("implements", "link.relation.reports-done")


RELATIONS_BY_DEFINITION = {  # earlier (quote, modality, frequency), later (quote, modality) -> relation, rule
    "a commitment restated as important continues it": (
        ("agreed to continue the consultations on counter-terrorism", "agree", None),
        ("confirmed the importance of continuing the consultations on counter-terrorism", "affirm"),
        "continues", "link.relation.same-stance"),
    "a commitment become a matter to consider weakens": (
        ("will hold the consultations on counter-terrorism annually", "intend", "P1Y"),
        ("will consider holding the consultations on counter-terrorism", "intend"),
        "weakens", "link.relation.hedged"),
    "readiness become an intention strengthens": (
        ("both sides are ready to strengthen cooperation against terrorism", "ready", None),
        ("both sides will strengthen cooperation against terrorism bilaterally and within the UN", "intend"),
        "strengthens", "link.relation.conditional-becomes-firm"),
    "a schedule added strengthens": (
        ("will continue the consultations on counter-terrorism", "intend", None),
        ("will hold the consultations on counter-terrorism once a year", "intend"),
        "strengthens", "link.relation.adds-schedule"),
}


@pytest.mark.parametrize("earlier,later,relation,rule", RELATIONS_BY_DEFINITION.values(),
                         ids=RELATIONS_BY_DEFINITION.keys())
def test_relations_follow_the_guideline_definitions(doc, prov, earlier, later, relation, rule):
    docs = [doc("a.txt", "2002-02-02"), doc("b.txt", "2013-04-29")]
    first = prov("a.txt", "1", earlier[0], modality=earlier[1], frequency=earlier[2])
    second = prov("b.txt", "1", later[0], modality=later[1], frequency="P1Y" if "once a year" in later[0] else None)
    [found] = link(docs, [first, second])
    assert (found.relation, found.rule.split("+")[-1]) == (relation, rule)


def test_every_link_records_its_objects_rule_and_confidence(doc, prov):
    docs = [doc("a.txt", "2002-02-02"), doc("b.txt", "2013-04-29")]
    provs = [prov("a.txt", "1", "support the early entry into force of the CTBT", modality="support",
                  themes=("nonproliferation",)),
             prov("b.txt", "1", "call for the early entry into force of the CTBT", modality="request",
                  themes=("nonproliferation",))]
    [found] = link(docs, provs)
    assert "concept:ctbt" in found.objects
    assert found.rule.startswith("link.") and "+link.relation." in found.rule
    assert 0 < found.confidence <= 1


def test_a_chain_keeps_no_shortcut_from_its_first_to_its_last_pledge():
    from types import SimpleNamespace as NS

    from pledgegraph.link.evolution import _without_shortcuts

    def found(earlier, later):
        return NS(earlier=NS(provision=NS(key=earlier)), later=NS(provision=NS(key=later)))
    chain = [found("2010#1", "2012#2"), found("2012#2", "2013#5"), found("2010#1", "2013#5"), found("2010#1", "2013#7")]
    kept = [(f.earlier.provision.key, f.later.provision.key) for f in _without_shortcuts(chain)]
    assert kept == [("2010#1", "2012#2"), ("2012#2", "2013#5"), ("2010#1", "2013#7")]
