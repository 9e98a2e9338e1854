"""What the glossary (``link/objects.yaml``) finds in a clause: pledge objects named, and no object where a word only
looks like one."""
from __future__ import annotations

from pledgegraph.link.evidence import evidence_keys


def _objects(prov, quote: str, language: str = "en") -> set[str]:
    return {k for k, kind in evidence_keys(prov("a.txt", "1", quote), language).items() if kind == "term"}


def test_the_word_strategic_alone_names_no_strategic_partnership(prov):
    assert "term:strategic-partnership" not in _objects(prov, "The relations are strategic to both countries")
    assert "term:strategic-partnership" not in _objects(prov, "India takes a long-term and strategic view of ties")
    assert "term:strategic-partnership" in _objects(prov, "They will promote their strategic cooperation partnership")
    assert "term:strategic-partnership" in _objects(prov, "a strategic, security and economic partnership")


def test_a_glossary_term_with_a_comma_is_one_term_not_two(prov):
    assert "term:nuclear-free-zone" not in _objects(prov, "расширение зоны ответственности миссии", "ru")
    assert "term:nuclear-free-zone" in _objects(prov, "создание зоны, свободной от ядерного оружия", "ru")


def test_an_acronym_is_matched_as_written_not_as_the_start_of_a_word(prov):
    assert "term:belt-and-road" not in _objects(prov, "They agreed to bring into play their friendship")
    assert "term:belt-and-road" not in _objects(prov, "British investment in the BRICS economies")
    assert "term:belt-and-road" in _objects(prov, "They welcomed the BRI projects")
    assert "term:wto" not in _objects(prov, "Министры встретились во вторник", "ru")
    assert "term:wto" in _objects(prov, "поддержка вступления во Всемирную торговую организацию", "ru")


def test_a_cyrillic_acronym_of_a_concept_is_no_common_word():
    from pledgegraph.link.evidence import _concept_matchers

    def concepts(text: str) -> set[str]:
        return {key for key, _, regex in _concept_matchers() if regex.search(text)}
    assert "concept:wto" not in concepts("Министры встретились во вторник")
    assert "concept:wto" in concepts("поддержка вступления в ВТО")


def test_russian_yo_is_read_as_ye(prov):
    assert "term:strategic-partnership" in _objects(prov, "задачи укрепления углублённого стратегического партнёрства",
                                                    "ru")


def test_what_a_pledge_serves_is_not_its_object(prov):
    for quote in ("To realize the Strategic Partnership, the two sides will address regional challenges",
                  "They looked forward to the inaugural 2+2 dialogue as a new mechanism to build on the strategic "
                  "partnership",
                  "They welcomed the signing of the Plan of Action for the implementation of the Strategic Partnership",
                  "The Plan is aimed at implementing the goals of the Strategic Partnership"):
        assert "term:strategic-partnership" not in _objects(prov, quote), quote
    assert "term:strategic-partnership" in _objects(prov, "to further promote the Strategic Partnership")
    assert "term:strategic-partnership" in _objects(prov, "agreed to elevate ties to a Comprehensive Strategic "
                                                          "Partnership, to the benefit of both peoples")


def test_a_partnership_named_only_as_the_aim_of_another_pledge_is_not_taken_up(doc, prov):
    from pledgegraph.link import link

    docs = [doc("a.txt", "2016-06-28", parties=("CA", "MX")), doc("b.txt", "2025-09-18", parties=("CA", "MX"))]
    both = ("CA", "MX")
    earlier = prov("a.txt", "1", "The two governments affirmed the importance of a renewed strategic partnership",
                   modality="affirm", themes=("political-dialogue",), actors=both)
    elevated = prov("b.txt", "1", "Cooperation will now be elevated into a Comprehensive Strategic Partnership",
                    themes=("political-dialogue",), actors=both)
    served = prov("b.txt", "2", "To support this new Comprehensive Strategic Partnership, the two countries commit "
                  "to frequent meetings at the highest level", themes=("political-dialogue",), actors=both)
    assert {(l.earlier, l.later) for l in link(docs, [earlier, elevated, served])} == {(earlier.key, elevated.key)}


def test_recurring_objects_of_bilateral_statements_are_named_in_every_language(prov):
    cases = [("one-china", "新方继续奉行一个中国政策", "zh"), ("one-china", "沙方重申繼續堅定奉行一個中國政策", "zh"),
             ("one-china", "Singapore reaffirmed its one-China policy", "en"),
             ("focac", "肯方将积极参与新一届非中合作论坛会议", "zh"),
             ("focac", "愿落实中非合作论坛部长级会议成果", "zh"),
             ("information-security-agreement", "情報保護に関する国際約束についての予備協議開始", "ja"),
             ("information-security-agreement", "日・ニュージーランド情報保護協定の交渉", "ja"),
             ("security-cooperation-framework", "They decided to establish a framework for security cooperation",
              "en"),
             ("joint-exercises", "Regular bilateral maritime exercises", "en"),
             ("high-level-exchanges", "The two sides agreed to hold regular high-ranking talks", "en"),
             ("high-level-exchanges", "They continue to maintain exchanges of high-level delegations", "en")]
    for key, quote, language in cases:
        assert f"term:{key}" in _objects(prov, quote, language), quote


def test_a_numbered_conference_is_told_apart_by_its_number_roman_or_arabic():
    from pledgegraph.link.evidence import normalise, numbered_objects, roman

    assert roman("vi") == 6 and roman("XIV") == 14 and roman("ix") == 9 and roman("vim") is None
    assert numbered_objects(normalise("TICADVI首脳会議をナイロビで開催する"), "ja") == ["term:ticad#6"]
    assert numbered_objects(normalise("ケニアでのTICAD VIを開催できた"), "ja") == ["term:ticad#6"]
    assert numbered_objects(normalise("TICAD7でも発揮願いたい"), "ja") == ["term:ticad#7"]
    assert numbered_objects(normalise("Japan's efforts at TICAD in Yokohama"), "en") == []


def test_an_object_qualifying_the_head_of_a_chinese_or_japanese_name_is_not_a_second_object(prov):
    plan = _objects(prov, "双方同意共同落实好此访期间签署的《落实中越全面战略合作伙伴关系行动计划》", "zh")
    assert "term:roadmap" in plan and "term:strategic-partnership" not in plan
    # a name that is the partnership itself, or one whose head is no known object, keeps what it names
    assert "term:strategic-partnership" in _objects(prov, "「包括的戦略的パートナーシップ」を強化", "ja")
    assert "term:nuclear-power-plant" in _objects(prov, "双方签署《关于合作建设重水堆核电站的协议》", "zh")


def test_an_object_written_right_before_another_in_chinese_only_says_which(prov):
    committee = _objects(prov, "建议双方充分发挥越中陆地边界合作联合委员会机制的作用", "zh")
    assert "term:joint-commission" in committee and "term:border" not in committee
    assert "term:border" in _objects(prov, "两国陆地边界勘界立碑工作已取得积极进展", "zh")


def test_what_a_japanese_pledge_serves_is_not_its_object(prov):
    from pledgegraph.link.evidence import evidence_keys

    def kind(quote: str) -> str | None:
        return evidence_keys(prov("a.txt", "1", quote, themes=("peace-treaty",)), "ja").get(
            "concept:peace-treaty-negotiations")
    assert kind("平和条約締結交渉に関わる全ての問題につき実質的、具体的に議論するため、3月にモスクワで次官級協議を行うことで合意した") == "generic"
    assert kind("平和条約締結交渉を促進すべく、両国の外務省間の協議を強化する") == "generic"
    assert kind("引き続き平和条約締結交渉を精力的に進めていくことで意見が一致した") == "concept"


def test_a_partnership_named_at_any_level_is_the_relationship_framework(prov):
    framework = "term:strategic-partnership"
    assert framework in _objects(prov, "They signed a Joint Declaration to establish an Enhanced Partnership")
    assert framework in _objects(prov, "We decided to elevate our relationship to a Comprehensive Partnership")
    assert framework in _objects(prov, "This CSEP will drive cooperation between our countries")
    assert framework in _objects(prov, "两国领导人决定建立和发展中斐重要合作伙伴关系", "zh")
    assert framework in _objects(prov, "双方愿进一步提升中沙战略性友好关系水平", "zh")
    assert framework in _objects(prov, "スリランカとの包括的パートナーシップを更に発展させていきたい", "ja")
    assert framework not in _objects(prov, "They welcomed the partnership between the two universities")


def test_a_sea_is_where_pledges_are_made_not_what_is_pledged(prov):
    assert not {k for k in _objects(prov, "雙方就南海問題交換了意見", "zh") if "@" not in k}
    assert _objects(prov, "全面、有效落實《南海各方行為宣言》", "zh") >= {"term:sea-conduct-declaration"}
    assert "term:sea-code-of-conduct" not in _objects(prov, "全面、有效落實《南海各方行為宣言》", "zh")
    assert "term:sea-code-of-conduct" in _objects(prov, "early conclusion of a Code of Conduct in the South China Sea")
    assert "term:self-restraint" in _objects(prov, "雙方同意保持自我克制", "zh")
    assert "term:confidence-building-measures" in _objects(prov, "双方同意继续商谈建立信任措施", "zh")


def test_recurring_objects_of_partnerships_are_named_in_every_language(prov):
    assert "term:core-interests" in _objects(prov, "双方将支持彼此核心利益", "zh")
    assert "term:core-interests" in _objects(prov, "They will support each other on issues of core interests")
    assert "term:governance-experience" in _objects(prov, "加强治国理政经验交流", "zh")
    assert "term:civilizations-dialogue" in _objects(prov, "共同推动全球文明对话", "zh")
    assert "term:civilizations-dialogue" in _objects(prov, "развивать диалог цивилизаций", "ru")
    assert "term:human-resources" in _objects(prov, "特に人材育成分野における日本の協力", "ja")
    assert "term:debt-restructuring" in _objects(prov, "スリランカの債務再編に係る債権国会合が開催された", "ja")
    assert "term:azec" in _objects(prov, "アジア・ゼロエミッション共同体(AZEC)首脳会合を契機に", "ja")
    assert not _objects(prov, "They exchanged views on issues of common interest")


def test_support_for_a_partners_sovereignty_and_development_path_names_its_objects(prov):
    assert "term:development-path" in _objects(prov, "支持馬探索符合自身國情的發展道路", "zh")
    assert "term:sovereignty-integrity" in _objects(prov, "中方尊重马尔代夫独立、主权、领土完整", "zh")
    assert "term:sovereignty-integrity" in _objects(prov, "They reaffirmed respect for the territorial integrity of "
                                                          "both countries")
    assert not _objects(prov, "中方支持马方维护国家稳定", "zh")


def test_atomic_cooperation_in_russian_is_nuclear_energy(prov):
    keys = evidence_keys(prov("a.txt", "1", "Нигерия обсуждает с Россией строительство объектов в атомной сфере"), "ru")
    assert keys.get("term:nuclear-energy") == "topic"


def test_cooperation_in_trade_or_exchanges_between_peoples_is_a_theme_not_an_object(prov):
    def specific(quote: str, language: str = "en") -> set[str]:
        return {k for k, kind in evidence_keys(prov("a.txt", "1", quote), language).items() if kind == "compound"}
    assert not specific("Both sides will expand cooperation in trade and investment")
    assert not specific("双方同意深化人文交流", "zh")
    assert specific("Both sides will expand cooperation in energy") == {"term:cooperation@term:energy"}


def test_mechanisms_of_a_relationship_named_in_every_language(prov):
    assert "term:high-level-exchanges" in _objects(prov, "继续密切两国领导人之间的互访及各层次的磋商", "zh")
    assert "term:strategic-partnership" in _objects(prov, "戦略的パートナーであるスペインと協力を一層強化していきたい", "ja")
    assert "term:staff-talks" in _objects(prov, "including through ongoing annual staff talks for Army, Navy and Air "
                                                "Forces")
    assert "term:international-coordination" in _objects(prov, "Страны намерены тесно взаимодействовать на "
                                                               "международных площадках", "ru")
    assert "term:international-coordination" in _objects(prov, "Тесное взаимодействие на международной арене будет "
                                                               "продолжено", "ru")
    # where they meet is no object; nor is the title of a statement on international affairs
    assert "term:international-coordination" not in _objects(prov, "积极利用国际多边场合举行两国领导人会晤", "zh")
    assert "term:international-coordination" not in _objects(prov, "关于国际事务方面的合作的联合声明", "zh")


def _linked_across_themes(doc, prov, fillers: int, filler_quote: str) -> set[tuple[str, str]]:
    """Links between a 2022 and a 2023 clause of Japan–Sri Lanka themed differently, in an archive with ``fillers``
    clauses of another relationship quoting ``filler_quote`` (with a number)."""
    from pledgegraph.link import link

    both = ("JP", "LK")
    docs = [doc("a.txt", "2022-09-28", parties=both), doc("b.txt", "2023-05-25", parties=both),
            doc("c.txt", "2021-01-01", parties=("FR", "DE"))]
    earlier = prov("a.txt", "1", "The leaders agreed on the importance of debt restructuring with all creditors",
                   modality="affirm", themes=("trade-investment",), actors=both)
    later = prov("b.txt", "1", "The President thanked Japan for its contribution to the debt restructuring talks",
                 modality="welcome", themes=("political-dialogue",), actors=("LK",))
    others = [prov("c.txt", str(i), f"{filler_quote} number {i}", themes=("culture",), actors=("FR", "DE"))
              for i in range(fillers)]
    return {(l.earlier, l.later) for l in link(docs, [earlier, later, *others])}


def test_a_rare_object_both_clauses_name_is_one_object_however_they_are_themed(doc, prov):
    found = _linked_across_themes(doc, prov, 200, "They will hold a concert")
    assert found == {("a.txt#1/1", "b.txt#1/1")}


def test_an_object_named_in_many_clauses_does_not_bridge_different_themes(doc, prov):
    found = _linked_across_themes(doc, prov, 200, "They discussed debt restructuring")  # named everywhere
    assert ("a.txt#1/1", "b.txt#1/1") not in found


def test_high_level_contacts_are_named_with_or_without_a_hyphen(prov):
    assert "term:high-level-exchanges" in _objects(prov, "the importance of regular high level contacts")
    assert "term:high-level-exchanges" in _objects(prov, "the importance of regular high-level contacts")


def test_a_name_spelt_two_ways_is_one_name(prov):
    from pledgegraph.link.evidence import quoted_names

    assert quoted_names("双方重申全面有效落实《南中国海各方行为宣言》", "zh") == quoted_names("落实《南海各方行为宣言》", "zh")


def test_where_leaders_met_is_no_object_of_what_they_said_there(prov):
    keys = evidence_keys(prov("a.txt", "1", "The leaders acknowledged the potential of the partnership on the sidelines "
                                            "of the G20 Summit in Rio de Janeiro"), "en")
    assert any(k.startswith("name: g20 summit") for k in keys)
    assert not any(kind in ("term", "name", "form", "concept") for kind in keys.values())


def test_a_policy_named_in_quotes_is_found_between_them(prov):
    assert "term:act-east-policy" in _objects(prov, "India sees ROK as an indispensable partner in its ‘Act East’ policy")
    assert "term:act-east-policy" in _objects(prov, "an indispensable partner in its 'Act East' strategy")


def test_a_quoted_country_name_is_no_pledge_object(prov):
    from pledgegraph.link.evidence import quoted_names

    assert quoted_names("国名の表記を「グルジア」から「ジョージア」に改める方向で検討する", "ja") == []
    assert quoted_names("两国签署了“中国—俄罗斯”联合声明", "zh") == []
    keys = evidence_keys(prov("a.txt", "1", "外相から,ジョージアとの関係を重視している旨述べました。"), "ja")
    assert not any(k.startswith("name:") for k in keys)
    assert quoted_names("「日露投資プラットフォーム」を活用する", "ja") == ["name:投資プラットフォーム"]


def test_the_framework_a_pledge_is_made_under_is_not_its_object(prov):
    for quote in ("The Ministers noted the positive momentum in cooperation under the ambit of the Comprehensive "
                  "Strategic Partnership",
                  "They acknowledged the significance of the ministerial meeting under the framework of the "
                  "Comprehensive Partnership",
                  "They will hold regular consultations under the aegis of the Strategic Partnership"):
        assert "term:strategic-partnership" not in _objects(prov, quote), quote
    assert "term:strategic-partnership" in _objects(prov, "They will deepen the Comprehensive Strategic Partnership")
