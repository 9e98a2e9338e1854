"""The walk back along an object's chain: which earlier document is the nearest predecessor."""
from __future__ import annotations

from pledgegraph.link import link


def test_a_clause_on_another_object_sharing_a_word_does_not_end_the_walk_back(doc, prov):
    both = ("AU", "PG")
    docs = [doc("a.txt", "2019-07-22", parties=both), doc("b.txt", "2023-01-12", parties=both),
            doc("c.txt", "2024-02-08", parties=both)]
    start = prov("a.txt", "1", "They agreed to start negotiations towards a Comprehensive Strategic and Economic "
                 "Partnership", modality="agree", themes=("political-dialogue",), actors=both)
    other = prov("b.txt", "1", "They noted the security treaty would fulfil a commitment made in the strategic "
                 "partnership", modality="note", themes=("security-defense",), actors=both)
    later = prov("c.txt", "1", "They reaffirmed their shared commitment to the Comprehensive Strategic and Economic "
                 "Partnership", modality="affirm", themes=("political-dialogue",), actors=both)
    assert {l.earlier for l in link(docs, [start, other, later]) if l.later == later.key} == {start.key}


def test_a_relationship_is_taken_up_where_its_level_is_raised_not_where_it_is_named_in_passing(doc, prov):
    both = ("GB", "NG")
    docs = [doc("a.txt", "2011-07-19", parties=both), doc("b.txt", "2024-11-04", parties=both)]
    themes = ("political-dialogue",)
    welcomed = prov("a.txt", "1", "The two leaders welcomed the significant and strategic partnership",
                    modality="welcome", themes=themes, actors=both)
    elevated = prov("b.txt", "1", "The ministers agreed to elevate the bilateral relationship to a formal Strategic "
                    "Partnership", modality="agree", themes=themes, actors=both)
    pillars = prov("b.txt", "2", "The Strategic Partnership will include six pillars", themes=themes, actors=both)
    dialogue = prov("b.txt", "3", "The Strategic Partnership also establishes a new bilateral dialogue",
                    modality="agree", themes=themes, actors=both)
    found = {(l.earlier, l.later) for l in link(docs, [welcomed, elevated, pillars, dialogue])}
    assert found == {(welcomed.key, elevated.key)}


def test_a_later_clause_takes_up_every_clause_of_the_nearest_document_that_names_its_object(doc, prov):
    both = ("CN", "SG")
    clauses = {"a.txt": ("2003-11-07", ["The two sides agreed to set up a Joint Council to guide their cooperation",
                                        "The Joint Council will be co-chaired by the two deputy prime ministers, "
                                        "assisted by the foreign ministries"]),
               "b.txt": ("2015-11-07", ["Both sides agreed to give full play to the existing annual Joint Council to "
                                        "guide their cooperation in all fields"])}
    docs = [doc(source, date, parties=both) for source, (date, _) in clauses.items()]
    provisions = [prov(source, str(i), quote, modality="agree", themes=("political-dialogue",), actors=both)
                  for source, (_, quotes) in clauses.items() for i, quote in enumerate(quotes, 1)]
    found = {l.earlier for l in link(docs, provisions)}
    assert found == {p.key for p in provisions if p.source == "a.txt"}  # the set-up and the chairs, however scored


def _linked(doc, prov, both: tuple[str, str], clauses: list[tuple[str, str, str, tuple[str, ...]]]):
    """(earlier, later) of the links among ``clauses`` (source, quote, modality, actors) of a document ``a.txt``
    dated 2018 and one ``b.txt`` dated 2024 of the relationship ``both``."""
    docs = [doc("a.txt", "2018-05-20", parties=both), doc("b.txt", "2024-07-18", parties=both)]
    provisions = [prov(source, str(i), quote, modality=modality, themes=("political-dialogue",), actors=actors)
                  for i, (source, quote, modality, actors) in enumerate(clauses, 1)]
    keys = {p.key: i for i, p in enumerate(provisions)}
    return {(keys[l.earlier], keys[l.later]) for l in link(docs, provisions)}


def test_a_clause_sharing_one_more_action_on_a_topic_does_not_hide_another_that_names_the_object(doc, prov):
    found = _linked(doc, prov, ("CL", "CN"), [
        ("a.txt", "China is ready to align the Belt and Road Initiative with the investment plan of Chile and promote "
                  "cooperation in infrastructure", "ready", ("CN",)),
        ("a.txt", "Chile actively supports the Belt and Road Initiative and hopes it extends to Latin America",
         "support", ("CL",)),
        ("b.txt", "China is ready to deepen Belt and Road cooperation with Chile and expand cooperation in "
                  "infrastructure", "ready", ("CN",))])
    assert found == {(0, 2), (1, 2)}  # both name the Belt and Road: infrastructure adds no object


def test_a_successor_taking_up_another_named_object_of_the_earlier_clause_is_no_rival(doc, prov):
    found = _linked(doc, prov, ("JP", "NZ"), [
        ("a.txt", "Japan will raise the Strategic Cooperative Partnership to new heights and cooperate towards a Free "
                  "and Open Indo-Pacific", "intend", ("JP",)),
        ("b.txt", "Japan will raise the Strategic Cooperative Partnership to new heights", "intend", ("JP",)),
        ("b.txt", "Amid a severe strategic environment in the region, the leaders agreed to further strengthen "
                  "bilateral cooperation in security, economy, energy and climate change towards a Free and Open "
                  "Indo-Pacific", "agree", ("JP", "NZ"))])
    assert found == {(0, 1), (0, 2)}


def test_a_clause_naming_the_object_is_taken_up_whatever_its_stance(doc, prov):
    found = _linked(doc, prov, ("CN", "VN"), [
        ("a.txt", "Viet Nam is willing to work with China to deepen the Comprehensive Strategic Cooperative "
                  "Partnership", "ready", ("VN",)),
        ("a.txt", "China said both sides should work closely to keep developing the Comprehensive Strategic "
                  "Cooperative Partnership", "affirm", ("CN",)),
        ("b.txt", "Both sides held that they should keep deepening the Comprehensive Strategic Cooperative "
                  "Partnership", "affirm", ("CN", "VN"))])
    assert found == {(0, 2), (1, 2)}  # a readiness and a view of the same partnership: both taken up


def test_what_is_reported_done_is_taken_up_from_the_pledge_not_from_a_view_naming_the_same_object(doc, prov):
    found = _linked(doc, prov, ("CN", "VN"), [
        ("a.txt", "Both sides held that the demarcation of the land border has made positive progress", "affirm",
         ("CN", "VN")),
        ("a.txt", "Both sides will complete the demarcation of the land border by 2008", "intend", ("CN", "VN")),
        ("b.txt", "Viet Nam welcomed the completion of the demarcation of the land border", "welcome", ("VN",))])
    assert found == {(1, 2)}


def test_a_successor_on_a_named_object_is_not_crowded_out_by_one_on_a_topic_alone(doc, prov):
    both = ("IN", "PH")
    docs = [doc("a.txt", "2023-06-30", parties=both), doc("b.txt", "2025-08-05", parties=both)]
    earlier = prov("a.txt", "1", "India and the Philippines decided to work together to strengthen the partnership in "
                   "areas like defence as well as trade and investment, including working towards a Preferential "
                   "Trade Agreement", modality="agree", actors=both, themes=("security-defense", "trade-investment"))
    defence = prov("b.txt", "1", "The two countries agreed to enhance defence cooperation", modality="agree",
                   actors=both, themes=("security-defense",))
    pta = prov("b.txt", "2", "agreeing to the expeditious conclusion of the negotiations of the Preferential Trade "
               "Agreement between India and the Philippines for the further promotion of mutual trade and investment",
               modality="agree", actors=both, themes=("trade-investment",))
    found = {(l.earlier, l.later) for l in link(docs, [earlier, defence, pta])}
    assert (earlier.key, pta.key) in found
    assert (earlier.key, defence.key) in found  # the action on the topic is still taken up


def test_a_candidates_other_instances_are_found_once_per_object(doc, prov, monkeypatch):
    from pledgegraph.link import evolution, pairing

    calls = []
    real = pairing.other_instances

    def counted(a, b):
        calls.append((a.provision.key, b.provision.key))
        return real(a, b)
    monkeypatch.setattr(evolution, "other_instances", counted)
    monkeypatch.setattr(pairing, "other_instances", counted)
    both = ("IN", "IT")
    docs = [doc("a.txt", "2020-05-01", parties=both), doc("b.txt", "2024-11-18", parties=both)]
    plan = prov("a.txt", "1", "The two sides adopted the Action Plan 2020-24 on maritime cooperation", modality="agree",
                themes=("maritime",), actors=both)
    same = prov("b.txt", "1", "The two sides reviewed the Action Plan 2020-24 on maritime cooperation",
                modality="affirm", themes=("maritime",), actors=both)
    assert [(l.earlier, l.later) for l in link(docs, [plan, same])] == [(plan.key, same.key)]
    linker = evolution.Linker(docs, [plan, same], [])
    later = next(pr for pr in linker.profiles if pr.provision.key == same.key)
    calls.clear()
    linker.predecessors(later)
    assert len(calls) == len(later.objects)  # one candidate, once per object of the later clause
