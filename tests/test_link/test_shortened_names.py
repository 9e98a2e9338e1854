"""What a document names in full once and shortens after: defined acronyms, quoted short names, bare numbered events."""
from __future__ import annotations

from pledgegraph.link import link
from pledgegraph.link.evidence import defined_acronyms, document_keys, short_quoted_names


def _keys(doc, provisions):
    return document_keys(doc, provisions, [])


def test_an_acronym_stands_for_the_words_it_is_defined_by():
    text = "They launched the Harbour Safety Working Group (HSWG) and the Joint Fund for Rivers (JFR). The UN (UN) met."
    assert defined_acronyms(text, "en") == {"HSWG": "Harbour Safety Working Group", "JFR": "Joint Fund for Rivers"}
    assert defined_acronyms("They met in Lima (PERU).", "en") == {}  # capitals that are not the words' initials
    assert defined_acronyms("「日本式教育」(JE)を導入", "ja") == {}  # no capitals to check them against


def test_a_clause_naming_an_object_by_its_acronym_is_about_that_object(doc, prov):
    raw = ("The two sides established the Enhanced Partnership (EP). "
           "They noted progress across the pillars of the EP.")
    d = doc("a.txt", "2024-04-15", raw=raw, parties=("NZ", "SG"))
    first = prov("a.txt", "1", raw[:57], start=0, actors=("NZ", "SG"))
    second = prov("a.txt", "2", raw[58:], start=58, modality="note", actors=("NZ", "SG"))
    keys = _keys(d, [first, second])
    assert keys[second.key].get("term:strategic-partnership") == "term"


def test_a_quoted_head_alone_is_the_one_fuller_name_it_ends():
    text = "双方将落实《睦邻海域合作宣言》。双方承诺全面落实《宣言》。另签署《文化合作协定》和《渔业协定》,落实《协定》。"
    found = short_quoted_names(text, "zh")
    assert found == {"《宣言》": "《睦邻海域合作宣言》"}  # 《协定》 ends two names: which one is not said
    # a name of its own that a longer name ends in is no short form
    assert short_quoted_names("「海洋ビジョン2030」と「日・海洋ビジョン2030」", "ja") == {}


def test_a_quoted_head_alone_links_as_the_full_name(doc, prov):
    raw_a = "双方同意签署《睦邻海域合作宣言》。"
    raw_b = "双方重申《睦邻海域合作宣言》的重要性。双方承诺全面、有效落实《宣言》。"
    docs = [doc("a.txt", "2012-04-19", language="zh", raw=raw_a, parties=("BN", "CN")),
            doc("b.txt", "2016-10-21", language="zh", raw=raw_b, parties=("BN", "CN"))]
    pledge = prov("a.txt", "1", raw_a, modality="agree", themes=("asia-pacific",), actors=("BN", "CN"))
    cut = raw_b.index("双方承诺")
    later = prov("b.txt", "2", raw_b[cut:], start=cut, themes=("asia-pacific",), actors=("BN", "CN"))
    assert [(l.earlier, l.later) for l in link(docs, [pledge, later])] == [(pledge.key, later.key)]


def test_a_numbered_event_named_without_its_number_is_the_one_the_document_numbers(doc, prov):
    raw = ("大統領より,TICAD VIをナイロビで開催することへの決意表明がありました。"
           "総理より,アフリカ開発会議(TICAD)の開催国に祝意を表明し,協力したい旨述べました。"
           "両首脳は,同会議を成功に導くために連携することを約束しました。")
    d = doc("a.txt", "2015-09-27", language="ja", raw=raw, parties=("JP", "KE"))
    cuts = [0, raw.index("総理より"), raw.index("両首脳は"), len(raw)]
    provs = [prov("a.txt", str(i), raw[s:e], start=s, themes=("political-dialogue",), actors=("JP", "KE"))
             for i, (s, e) in enumerate(zip(cuts, cuts[1:]))]
    keys = _keys(d, provs)
    assert [sorted(k for k in keys[p.key] if k.startswith("term:ticad")) for p in provs] == [["term:ticad#6"]] * 3
    # a document numbering two of them leaves a bare mention unnumbered
    raw2 = "TICAD VIの成果を踏まえ,TICAD7に向けて協力する。アフリカ開発会議(TICAD)を重視。"
    d2 = doc("b.txt", "2018-10-05", language="ja", raw=raw2, parties=("JP", "KE"))
    cut = raw2.index("アフリカ")
    bare = prov("b.txt", "2", raw2[cut:], start=cut, actors=("JP", "KE"))
    assert not any(k.startswith("term:ticad") for k in _keys(d2, [bare])[bare.key])


# --- a plan of a series is told from the next by its period -------------------------------------------------------

def test_year_ranges_are_read_however_they_are_written():
    from pledgegraph.link.evidence import periods

    assert periods("The Action Plan 2020-24 set an agenda") == {(2020, 2024)}
    assert periods("a Plan of Action for our engagement from 2021 to 2023") == {(2021, 2023)}
    assert periods("签署2021年至2023年行动计划") == {(2021, 2023)}
    assert periods("trade grew from 1999 to 2024") == set()  # too long for a plan's period


def test_plans_of_different_periods_are_two_objects(doc, prov):
    docs = [doc("a.txt", "2020-05-01", parties=("IN", "IT")), doc("b.txt", "2024-11-18", parties=("IN", "IT"))]
    plan = prov("a.txt", "1", "The two sides adopted the Action Plan 2020-24 on maritime cooperation",
                modality="agree", themes=("maritime",), actors=("IN", "IT"))
    same = prov("b.txt", "1", "The two sides reviewed the Action Plan 2020-24 on maritime cooperation",
                modality="affirm", themes=("maritime",), actors=("IN", "IT"))
    other = prov("b.txt", "2", "The two sides announced an action plan 2025-29 on maritime cooperation",
                 modality="agree", themes=("maritime",), actors=("IN", "IT"))
    assert {(l.earlier, l.later) for l in link(docs, [plan, same, other])} == {(plan.key, same.key)}
