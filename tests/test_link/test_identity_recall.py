"""Object identity, nearest predecessor, relations and confidence: the rules that raise link quality generically."""
from __future__ import annotations

from pledgegraph.link import link
from pledgegraph.link.evidence import name_core, numbered_objects, normalise, profiles, read_as
from pledgegraph.link.identity import relationships
from pledgegraph.link.relation import amounts, classify


# --- what a clause is about --------------------------------------------------------------------------------------

def test_numbered_events_are_told_apart_by_their_number():
    assert numbered_objects(normalise("Organize activities commemorating 10 years of Strategic Partnership"),
                            "en") == ["term:anniversary#10"]
    assert numbered_objects(normalise("amid the 10th anniversary of the strategic partnership"), "en") \
        == ["term:anniversary#10"]
    assert numbered_objects(normalise("the fiftieth anniversary of diplomatic relations"), "en") \
        == ["term:anniversary#50"]
    assert numbered_objects("外交関係樹立40周年記念行事", "ja") == ["term:anniversary#40"]
    assert numbered_objects("庆祝建交七十周年", "zh") == ["term:anniversary#70"]
    assert numbered_objects("к 25-летию подписания договора", "ru") == ["term:anniversary#25"]


def test_the_same_anniversary_links_and_another_one_does_not(doc, prov):
    docs = [doc("a.txt", "2018-09", parties=("ID", "VN")), doc("b.txt", "2023-05-09", parties=("ID", "VN"))]
    pledge = prov("a.txt", "5", "Organize activities commemorating 10 years of the partnership in 2023",
                  themes=("political-dialogue",), actors=("ID", "VN"))
    same = prov("b.txt", "5", "They agreed to hold events amid the 10th anniversary this year", modality="agree",
                themes=("political-dialogue",), actors=("ID", "VN"))
    other = prov("b.txt", "6", "They agreed to hold events for the 75th anniversary of independence",
                 modality="agree", themes=("political-dialogue",), actors=("ID", "VN"))
    assert {(l.earlier, l.later) for l in link(docs, [pledge, same, other])} == {(pledge.key, same.key)}


def test_traditional_chinese_is_read_in_simplified_characters(doc, prov):
    assert read_as("雙方重申對國際核不擴散體系的承諾", "zh") == "双方重申对国际核不扩散体系的承诺"
    assert read_as("両国間の協議", "ja") == "両国間の協議"  # Japanese kanji stay as they are
    docs = [doc("a.txt", "2018-05-16", language="zh", parties=("CN", "FR")),
            doc("b.txt", "2025-12", language="zh", parties=("CN", "FR"))]
    a = prov("a.txt", "1", "双方将共同维护国际核不扩散体系", themes=("nonproliferation",), actors=("CN", "FR"))
    b = prov("b.txt", "1", "重申雙方對國際核不擴散體系的承諾", modality="affirm", themes=("nonproliferation",),
             actors=("CN", "FR"))
    assert [(l.earlier, l.later) for l in link(docs, [a, b])] == [(a.key, b.key)]


def test_a_quoted_name_is_one_name_however_its_states_are_named():
    assert name_core("中俄睦邻友好合作条约", "zh") == name_core("中华人民共和国和俄罗斯联邦睦邻友好合作条约", "zh")
    assert name_core("Japan-Russia Action Plan", "en") == "action plan"
    assert name_core("中俄", "zh") == "中俄"  # only states: the name stays whole


def test_a_quoted_name_is_found_where_it_stands_without_quotes(doc, prov):
    docs = [doc("a.txt", "2017-07-07", language="ja", parties=("JP", "KR")),
            doc("b.txt", "2018-02-09", language="ja", parties=("JP", "KR"))]
    quoted = prov("a.txt", "1", "両首脳が年に1回相互訪問する「シャトル外交」の再開で合意", modality="agree",
                  themes=("political-dialogue",), actors=("JP", "KR"))
    plain = prov("b.txt", "1", "シャトル外交を復活させたい", actors=("KR",), themes=("political-dialogue",))
    assert [(l.earlier, l.later) for l in link(docs, [quoted, plain])] == [(quoted.key, plain.key)]


def test_a_clause_that_does_not_refer_back_takes_no_topic_from_the_clause_before(doc, prov):
    raw = ("Both sides make common efforts against terrorism, while respecting cultural values. "
           "They also cooperate with the United Nations. They will hold these consultations annually.")
    first, second, third = (s + "." if not s.endswith(".") else s for s in raw.split(". "))
    docs = [doc("a.txt", "2000-09-05", raw=raw)]
    provs = [prov("a.txt", str(i), quote, themes=("un",), start=raw.index(quote[:20]))
             for i, quote in enumerate((first, second, third), 1)]
    keys = {pr.provision.locator: set(pr.objects) for pr in profiles(docs, provs)}
    assert not any(k.startswith("term:cooperation@") for k in keys["2"])  # no "cultural cooperation"
    assert "term:dialogue@term:terrorism" in keys["3"]  # "these consultations" refer back


def test_the_whole_relationship_is_no_party_to_party_object(doc, prov):
    docs = [doc("a.txt", "2006-08-24", language="zh", parties=("CN", "VN")),
            doc("b.txt", "2013-06-21", language="zh", parties=("CN", "VN"))]
    whole = prov("a.txt", "1", "双方对近年来两党两国关系的发展表示满意", modality="welcome",
                 themes=("political-dialogue",), actors=("CN", "VN"))
    party = prov("b.txt", "1", "同意深化两党合作", modality="agree", themes=("political-dialogue",),
                 actors=("CN", "VN"))
    assert link(docs, [whole, party]) == []


# --- relationships -----------------------------------------------------------------------------------------------

def test_a_bilateral_text_whose_partner_was_not_recognised_takes_the_state_it_names_next(doc, prov):
    raw = ("Indonesia and Viet Nam: the President of Indonesia visited Hanoi. Indonesia hopes that the two "
           "countries reach USD 10 billion in trade; Indonesia and Viet Nam ...")
    one = doc("a.txt", "2017-08", raw=raw, parties=("ID",))
    two = doc("b.txt", "2025-03", parties=("ID", "VN"))
    assert relationships([one, two], [])["a.txt"] == frozenset({"ID", "VN"})


# --- nearest predecessor -----------------------------------------------------------------------------------------

def test_the_nearest_document_on_the_object_ends_the_walk_back(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02"), doc("c.txt", "2013-04-29")]
    old = prov("a.txt", "1", "Both sides will cooperate against international terrorism")
    near = prov("b.txt", "1", "Russia and Japan will cooperate against terrorism and piracy and organized crime "
                "and drug trafficking in every multilateral forum and bilaterally")
    later = prov("c.txt", "1", "Both sides will deepen cooperation against international terrorism including "
                 "mutual legal assistance between the relevant authorities")
    earlier = {l.earlier for l in link(docs, [old, near, later]) if l.later == later.key}
    assert old.key not in earlier


def test_documents_whose_dates_may_coincide_are_one_nearest_group(doc, prov):
    quote = "Both sides will continue the annual Joint Commission meetings"
    docs = [doc("a.txt", "2024-10"), doc("b.txt", "2024-10-15"), doc("c.txt", "2025-06-01")]
    a, b = prov("a.txt", "1", quote), prov("b.txt", "1", quote + " at ministerial level")
    c = prov("c.txt", "1", quote, modality="agree")
    assert {l.earlier for l in link(docs, [a, b, c]) if l.later == c.key} == {a.key, b.key}


def test_a_clause_on_the_specific_object_is_preferred_to_one_on_its_general_object(doc, prov):
    docs = [doc("a.txt", "2002-02-02", language="ja"), doc("b.txt", "2013-04-29", language="ja")]
    general = prov("a.txt", "1", "平和条約締結の意義及び重要性が再確認された", modality="affirm",
                   themes=("peace-treaty",))
    specific = prov("a.txt", "2", "平和条約締結交渉を力強く前進させることで合意した", modality="agree",
                    themes=("peace-treaty",))
    later = prov("b.txt", "1", "平和条約交渉を進めることが重要であるとの認識を共有した", modality="affirm",
                 themes=("peace-treaty",))
    earlier = {l.earlier for l in link(docs, [general, specific, later]) if l.later == later.key}
    assert earlier == {specific.key}


# --- relations -----------------------------------------------------------------------------------------------------

def test_a_larger_target_strengthens(prov):
    before = prov("a.txt", "1", "The two countries are striving for $10 billion in bilateral trade by 2018.",
                  deadline="2018")
    after = prov("b.txt", "1", "Both sides agreed to set a bilateral trade target of $18 billion by 2028.",
                 modality="agree", deadline="2028")
    assert amounts(before) == [1e10] and amounts(after) == [1.8e10]
    assert classify(before, after) == ("strengthens", "link.relation.raises-target")
    same = prov("b.txt", "2", "Both sides agreed to raise trade further from the present USD 10 billion.",
                modality="agree", deadline="2028")
    assert classify(before, same)[0] == "continues"


def test_a_firmer_recurrence_strengthens(prov):
    annual = prov("a.txt", "1", "hold foreign ministers' meetings annually", frequency="P1Y")
    at_least = prov("b.txt", "1", "hold foreign ministers' meetings at least once a year", frequency="P1Y")
    at_least.time.frequency_qualifier = "at-least"
    assert classify(annual, at_least) == ("strengthens", "link.relation.firmer-frequency")
    assert classify(at_least, annual)[0] == "continues"


def test_a_deadline_in_a_pledge_is_no_report_of_something_done(prov):
    pledge = prov("a.txt", "1", "确保最迟于2008年完成陆地边界全线勘界立碑工作", modality="affirm",
                  themes=("border",))
    done = prov("b.txt", "1", "高度评价双方于2008年完成勘界立碑工作", modality="welcome", themes=("border",))
    assert classify(pledge, done, languages=("zh", "zh"))[0] == "implements"


def test_cooperation_on_an_instrument_is_no_further_step(prov, link_two):
    a = prov("a.txt", "1", "Both sides support the strengthening of the NPT regime", modality="support",
             themes=("nonproliferation",))
    b = prov("b.txt", "1", "Both sides will deepen cooperation and dialogue on the NPT regime",
             themes=("nonproliferation",))
    assert [l.relation for l in link_two(a, b)] == ["continues"]


# --- confidence ----------------------------------------------------------------------------------------------------

def test_two_views_are_less_sure_than_two_commitments(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    quote = "consultations on counter-terrorism between the foreign ministries"
    views = link(docs, [prov("a.txt", "1", "noted the " + quote, modality="affirm"),
                        prov("b.txt", "1", "confirmed the importance of the " + quote, modality="affirm")])
    pledges = link(docs, [prov("a.txt", "1", "will hold " + quote), prov("b.txt", "1", "agreed to hold " + quote,
                                                                         modality="agree")])
    assert views and pledges and views[0].confidence < pledges[0].confidence


def test_an_action_on_a_theme_alone_is_no_pledge_object_to_link(doc, prov, link_two):
    # "these consultations" in two texts themed energy, neither saying on what: which consultations is not said
    assert link_two(prov("a.txt", "1", "They agreed to continue these consultations", modality="agree",
                         themes=("energy",)),
                    prov("b.txt", "1", "The sides will hold these consultations", themes=("energy",))) == []
    # one of them names the consultations on a topic: the other refers to those
    assert link_two(prov("a.txt", "1", "They agreed to continue the consultations on oil and gas supply",
                         modality="agree", themes=("energy",)),
                    prov("b.txt", "1", "The sides will hold these consultations", themes=("energy",))) != []


def test_a_clause_listing_many_fields_is_no_pledge_in_any_one_of_them(doc, prov):
    docs = [doc("a.txt", "2012-04-01", language="zh", parties=("CN", "TM")),
            doc("b.txt", "2014-05-01", language="zh", parties=("CN", "TM"))]
    listing = prov("a.txt", "1", "双方愿扩大在经贸、能源、农业、教育等领域的交流与合作", modality="ready",
                   themes=(), actors=("CN", "TM"))
    energy = prov("b.txt", "1", "双方将加强能源领域合作,扩大天然气合作规模", themes=(), actors=("CN", "TM"))
    assert link(docs, [listing, energy]) == []
    pledge = prov("a.txt", "2", "双方愿进一步加强能源领域的合作", modality="ready", themes=(), actors=("CN", "TM"))
    assert [(l.earlier, l.later) for l in link(docs, [pledge, energy])] == [(pledge.key, energy.key)]


def test_a_list_of_issues_is_not_a_list_of_fields(prov):
    from pledgegraph.link.evidence import evidence_keys

    keys = evidence_keys(prov("a.txt", "1", "They will continue cooperation on combating crime, in particular the "
                                            "trafficking of drugs and small arms and the smuggling of fish"), "en")
    assert keys["term:cooperation@term:drugs"] == "compound"
    keys = evidence_keys(prov("a.txt", "1", "They will expand cooperation in energy, agriculture, transport and "
                                            "education"), "en")
    assert keys["term:cooperation@term:energy"] == "listed-compound"


def test_an_action_on_a_theme_said_alike_in_two_texts_is_found_by_its_words(doc, prov):
    both = ("CZ", "JP")
    docs = [doc("a.txt", "2007-02-16", language="ja", parties=both),
            doc("b.txt", "2009-05-03", language="ja", parties=both)]
    earlier = prov("a.txt", "1", "また、チェコ、ポーランド、ハンガリー及びスロバキアからなる中欧四か国グループと日本との対話及び協力を"
                   "一層進めていくことで一致した。", modality="agree", actors=both, themes=("political-dialogue",))
    later = prov("b.txt", "1", "両首脳は、チェコ、ポーランド、ハンガリー及びスロバキアからなる中欧四か国グループと日本との対話及び協力を"
                 "一層進めることで一致し、", modality="agree", actors=both, themes=("political-dialogue",))
    found = link(docs, [earlier, later])
    assert [(l.earlier, l.later) for l in found] == [(earlier.key, later.key)]
    assert found[0].rule.startswith("link.text-similarity")


def test_an_invitation_to_visit_is_taken_up_by_the_visit_made(doc, prov):
    both = ("IN", "MV")
    docs = [doc("a.txt", "2018-11-17", parties=both), doc("b.txt", "2019-03-18", parties=both)]
    invited = prov("a.txt", "1", "The Prime Minister has also invited the President to visit India.",
                   modality="request", actors=("IN",), themes=("political-dialogue",))
    made = prov("b.txt", "1", "These visits have set the framework for deepening the relationship.",
                modality="affirm", actors=both, themes=("political-dialogue",))
    again = prov("b.txt", "2", "The President invited the Prime Minister to visit Male at a convenient time.",
                 modality="request", actors=("MV",), themes=("political-dialogue",))
    pledged = prov("b.txt", "3", "The ministers agreed to exchange visits at least once a year.", modality="agree",
                   actors=both, themes=("political-dialogue",))
    found = {(l.earlier, l.later): l for l in link(docs, [invited, made, again, pledged])}
    assert set(found) == {(invited.key, made.key)}
    assert found[(invited.key, made.key)].relation == "implements"


def test_documents_read_from_a_graph_without_text_keep_the_states_they_have():
    # the explorer rebuilds relationships from graph rows: a one-party document has no text to weigh (it crashed)
    from pledgegraph.viz.records import _add_relationships

    pledges = [{"doc": 0, "actors": {"ID"}, "themes": set()}, {"doc": 1, "actors": {"ID", "VN"}, "themes": set()}]
    _add_relationships(pledges, [{"parties": ["ID"]}, {"parties": ["ID", "VN"]}])
    assert [p["relationships"] for p in pledges] == [["ID"], ["ID–VN"]]
