"""Relations by the guideline's definitions, on made-up clauses: the cues that decide them."""
from __future__ import annotations

import pytest

from pledgegraph.link.relation import classify


def test_a_review_reported_in_the_past_is_no_hedge(prov):
    pledge = prov("a.txt", "1", "Стороны подписали декларацию о стратегическом партнерстве", modality="agree",
                  actors=("DZ", "RU"))
    reviewed = prov("b.txt", "1", "Министры рассмотрели задачи укрепления стратегического партнерства",
                    modality="affirm", actors=("DZ", "RU"))
    hedged = prov("b.txt", "2", "Стороны рассмотрят возможность укрепления стратегического партнерства",
                  modality="affirm", actors=("DZ", "RU"))
    assert classify(pledge, reviewed, languages=("ru", "ru"))[0] == "continues"
    assert classify(pledge, hedged, languages=("ru", "ru")) == ("weakens", "link.relation.hedged")


def test_a_joint_commitment_that_becomes_one_sides_view_weakens(prov):
    both = ("CN", "SG")
    agreed = prov("a.txt", "1", "Both sides agreed to make full use of the Joint Council", modality="agree",
                  actors=both)
    one_side = prov("b.txt", "1", "China said that the Joint Council is a good tradition", modality="affirm",
                    actors=("CN",))
    shared = prov("b.txt", "2", "Both sides affirmed the role of the Joint Council", modality="affirm", actors=both)
    assert classify(agreed, one_side) == ("weakens", "link.relation.one-side-view")
    assert classify(agreed, shared)[0] == "continues"  # a shared view restates the joint commitment


def test_an_upgrade_to_a_named_level_strengthens_a_pledge_of_new_heights(prov):
    both = ("CN", "ZA")
    heights = prov("a.txt", "1", "一致同意推动全面战略伙伴关系不断迈上新台阶", modality="agree", actors=both)
    upgraded = prov("b.txt", "1", "双方宣布把两国关系提升为全方位战略合作伙伴关系", modality="agree", actors=both)
    again = prov("b.txt", "2", "双方同意推动全方位战略合作伙伴关系迈上新台阶", modality="agree", actors=both)
    assert classify(heights, upgraded, languages=("zh", "zh")) == ("strengthens", "link.relation.upgraded")
    assert classify(heights, again, languages=("zh", "zh"))[0] == "continues"
    en = prov("c.txt", "1", "They agreed to upgrade relations to a Comprehensive Strategic Partnership",
              modality="agree", actors=both)
    assert classify(prov("a.txt", "2", "They agreed to promote the strategic partnership", modality="agree",
                         actors=both), en)[0] == "strengthens"


def test_what_was_to_be_established_is_implemented_once_spoken_of_as_in_being(prov):
    both = ("PH", "VN")
    establish = prov("a.txt", "1", "The two Presidents agreed to officially establish the Strategic Partnership",
                     modality="agree", actors=both)
    growth = prov("b.txt", "1", "The two sides expressed delight at the strong growth of the strategic partnership",
                  modality="welcome", actors=both)
    existing = prov("b.txt", "2", "Both sides agreed to make full use of the existing Joint Council",
                    modality="agree", actors=both)
    council = prov("a.txt", "2", "Both sides agreed to set up a Joint Council", modality="agree", actors=both)
    assert classify(establish, growth) == ("implements", "link.relation.established")
    assert classify(council, existing)[0] == "implements"
    # a readiness to create something, or a partnership already set up, is no pledge that the later text fulfils
    proposal = prov("a.txt", "3", "Russia proposed to create a gas hub in Turkey", modality="ready", actors=("RU",))
    hub = prov("b.txt", "3", "Turkey welcomed the gas hub idea", modality="welcome", actors=("TR",))
    assert classify(proposal, hub)[0] != "implements"
    set_up = prov("a.txt", "4", "They agreed to promote the partnership which was set up in 2009", modality="agree",
                  actors=both)
    assert classify(set_up, growth)[0] != "implements"


def test_carrying_out_what_a_meeting_produced_implements_the_pledge_to_take_part(prov):
    part = prov("a.txt", "1", "肯方将积极参与新一届非中合作论坛会议", actors=("KE",))
    outcomes = prov("b.txt", "1", "肯方愿同中方落实好中非合作论坛第八届部长级会议共识", modality="ready", actors=("KE",))
    leaders = prov("b.txt", "2", "肯方愿同中方落实好两国元首达成的重要共识", modality="ready", actors=("KE",))
    assert classify(part, outcomes, languages=("zh", "zh")) == ("implements", "link.relation.under-way")
    assert classify(part, leaders, languages=("zh", "zh"))[0] != "implements"  # a consensus, no meeting held
    en = prov("b.txt", "3", "Kenya is ready to implement the outcomes of the eighth ministerial conference",
              modality="ready", actors=("KE",))
    assert classify(prov("a.txt", "2", "Kenya will take part in the coming ministerial conference",
                         actors=("KE",)), en)[0] == "implements"


def test_an_event_judged_in_the_past_or_held_as_could_be_is_reported_done(prov):
    both = ("JP", "KE")
    pledge = prov("a.txt", "1", "両首脳は,同会議を成功に導くために緊密に連携することを約束した", actors=both)
    later = {"有益": "昨年10月の外相間戦略対話は有益であった", "開催": "ケニアで同会議を開催できたことは大変有意義であった",
             "妥結": "両首脳は,情報保護協定の交渉が実質合意に至ったことを歓迎した"}
    for name, quote in later.items():
        report = prov("b.txt", name, quote, modality="welcome", actors=both)
        assert classify(pledge, report, languages=("ja", "ja")) == ("implements", "link.relation.reports-done"), name
    hope = prov("b.txt", "4", "同会議が有益なものとなることを期待する", modality="welcome", actors=both)
    assert classify(pledge, hope, languages=("ja", "ja"))[0] != "implements"  # still to come
    treaty = prov("a.txt", "2", "The leaders agreed to negotiate a Bilateral Maritime Treaty", modality="agree",
                  actors=("AU", "PG"))
    signed = prov("b.txt", "5", "Leaders discussed progress, reflected in the signing of the Bilateral Maritime "
                  "Agreement on 7 December 2023", modality="note", actors=("AU", "PG"))
    useful = prov("b.txt", "6", "The first round of the maritime dialogue was very useful", modality="note",
                  actors=("AU", "PG"))
    ahead = prov("b.txt", "7", "They look forward to the signing of the Bilateral Maritime Agreement", modality="note",
                 actors=("AU", "PG"))
    assert classify(treaty, signed)[0] == "implements"
    assert classify(treaty, useful)[0] == "implements"
    assert classify(treaty, ahead)[0] != "implements"


def test_a_cue_describing_a_cited_document_says_nothing_of_the_object(prov):
    both = ("JP", "UZ")
    pledge = prov("a.txt", "1", "両国は、戦略的パートナーシップを発展させていくことを表明した", actors=both)
    based = prov("b.txt", "1", "双方は、2002年に署名された「友好と協力に関する共同声明」に基づき、戦略的パートナーシップの発展に努力することを確認した",
                 modality="affirm", actors=both)
    based.cites = ["友好と協力に関する共同声明 (2002-07-29)"]
    assert classify(pledge, based, languages=("ja", "ja"))[0] == "continues"
    en = prov("b.txt", "2", "On the basis of the Joint Statement on Friendship signed in 2002, both sides confirmed "
              "their efforts to develop the strategic partnership", modality="affirm", actors=both)
    en.cites = ["Joint Statement on Friendship"]
    assert classify(pledge, en, languages=("ja", "en"))[0] == "continues"
    signed = prov("b.txt", "3", "双方は、戦略的パートナーシップに関する協定に署名された", modality="affirm", actors=both)
    assert classify(pledge, signed, languages=("ja", "ja"))[0] == "implements"  # no citation: a report


def test_progress_made_on_a_pledge_welcomed_or_noted_implements_it(prov):
    both = ("AU", "IN")
    pledged = prov("a.txt", "1", "The Framework for Security Cooperation will be implemented through the Action Plan",
                   modality="intend", actors=both)
    progress = prov("b.txt", "1", "They welcomed the significant progress achieved through the Framework for Security "
                    "Cooperation", modality="welcome", actors=both)
    pillars = prov("b.txt", "2", "The Prime Ministers noted the good progress made across the five pillars",
                   modality="note", actors=both)
    pledged_zh = prov("a.txt", "2", "中方愿同马方推进“一带一路”合作", modality="ready", actors=("CN",))
    progress_zh = prov("b.txt", "3", "中马共建“一带一路”合作取得积极进展", modality="welcome", actors=("CN",))
    assert classify(pledged, progress) == ("implements", "link.relation.reports-done")
    assert classify(pledged, pillars) == ("implements", "link.relation.reports-done")
    assert classify(pledged_zh, progress_zh, languages=("zh", "zh"))[0] == "implements"
    hoped = prov("b.txt", "4", "They hoped for progress on the Framework for Security Cooperation", modality="welcome",
                 actors=both)
    assert classify(pledged, hoped)[0] != "implements"  # progress hoped for is not progress made


def test_one_side_welcoming_what_both_pledged_does_not_weaken_it(prov):
    both = ("CN", "GR")
    agreed = prov("a.txt", "1", "Both sides agreed to accelerate Belt and Road cooperation", modality="agree",
                  actors=both)
    welcomed = prov("b.txt", "1", "China welcomed the new opportunities Belt and Road cooperation brings to both "
                    "countries", modality="welcome", actors=("CN",))
    assert classify(agreed, welcomed)[0] != "weakens"


def test_a_pledge_to_raise_a_partnership_to_new_heights_strengthens_it_in_japanese_too(prov):
    wished = prov("a.txt", "1", "両国の「戦略的パートナーシップ」を強化したい", modality="intend", actors=("LA",))
    heights = prov("b.txt", "1", "両首脳は、両国間の「戦略的パートナーシップ」をさらなる高みに押し上げるべく、"
                   "引き続き連携していくことで一致しました。", modality="agree", actors=("JP", "LA"))
    assert classify(wished, heights, languages=("ja", "ja")) == ("strengthens", "link.relation.intensified")


def test_a_pledge_welcomed_or_noted_later_is_implemented_unless_it_was_only_offered_or_asked_for(prov):
    both = ("CN", "GR")
    signed = prov("a.txt", "1", "Both sides agreed to build the Belt and Road together", modality="agree", actors=both)
    welcomed = prov("b.txt", "1", "China said Belt and Road cooperation has brought new opportunities to both "
                    "countries", modality="welcome", actors=("CN",))
    noted = prov("b.txt", "2", "They noted Belt and Road cooperation between the two countries", modality="note",
                 actors=both)
    assert classify(signed, welcomed) == ("implements", "link.relation.welcomed")
    assert classify(signed, noted) == ("implements", "link.relation.welcomed")
    offered = prov("a.txt", "2", "Russia proposed to create a gas hub in Turkey", modality="ready", actors=("RU",))
    hub = prov("b.txt", "3", "Turkey said the gas hub will enrich its relations", modality="welcome", actors=("TR",))
    assert classify(offered, hub)[0] != "implements"  # only offered: it may never have come about
    earlier_welcome = prov("a.txt", "3", "Both sides welcomed Belt and Road cooperation", modality="welcome",
                           actors=both)
    assert classify(earlier_welcome, welcomed)[0] == "continues"  # a welcome restated


def test_what_one_side_pledged_strengthens_once_both_agree_on_it(prov):
    wished = prov("a.txt", "1", "Japan wishes to cooperate with New Zealand towards a Free and Open Indo-Pacific",
                  modality="intend", actors=("JP",))
    agreed = prov("b.txt", "1", "The two leaders agreed to cooperate in broad fields towards a Free and Open "
                  "Indo-Pacific", modality="agree", actors=("JP", "NZ"))
    assert classify(wished, agreed) == ("strengthens", "link.relation.one-side-becomes-joint")
    restated = prov("b.txt", "2", "Both sides will keep cooperating towards a Free and Open Indo-Pacific",
                    modality="intend", actors=("JP", "NZ"))
    assert classify(wished, restated)[0] == "continues"  # an intention of both: restated, not agreed


NEGOTIATED = [  # (language, actors, earlier pledge, later text, later modality, relation)
    ("en", ("NZ", "SG"), "Both sides will launch negotiations on an Agreement on Trade in Medical Supplies",
     "The two countries also concluded an agreement on trade in medical supplies", "agree", "implements"),
    ("ru", ("DZ", "RU"), "Россия и Алжир занимаются подготовкой нового документа о стратегическом партнерстве",
     "Президенты подписали Декларацию об углубленном стратегическом партнерстве", "agree", "implements"),
    ("en", ("NZ", "SG"), "Both sides will launch negotiations on an Agreement on Trade in Medical Supplies",
     "The two countries will conclude an agreement on trade in medical supplies", "agree", "continues"),  # still to come
]


@pytest.mark.parametrize("language,actors,pledged,later,modality,relation", NEGOTIATED)
def test_a_thing_to_be_negotiated_or_prepared_is_implemented_once_reported_concluded_or_signed(
        prov, language, actors, pledged, later, modality, relation):
    found = classify(prov("a.txt", "1", pledged, modality="agree", actors=actors),
                     prov("b.txt", "1", later, modality=modality, actors=actors), languages=(language, language))
    assert found[0] == relation
    assert relation != "implements" or found[1] == "link.relation.established"


def test_a_text_being_prepared_or_an_agreement_worked_towards_is_implemented_once_signed(prov):
    ru = ("DZ", "RU")
    preparing = prov("a.txt", "1", "Сейчас мы готовим новый текст декларации о партнерстве", actors=ru)
    signed = prov("b.txt", "1", "Президенты подписали декларацию о партнерстве в Кремле", modality="agree", actors=ru)
    assert classify(preparing, signed, languages=("ru", "ru")) == ("implements", "link.relation.established")
    jp = ("JP", "TJ")
    towards = prov("a.txt", "2", "両外相は投資協定の早期締結に向けて協力していくことで一致しました。", modality="agree",
                   actors=jp)
    done = prov("b.txt", "2", "投資協定の署名は大きな成果であり、早期に発効させたい旨述べました。", actors=("JP",))
    assert classify(towards, done, languages=("ja", "ja")) == ("implements", "link.relation.established")


def test_relations_to_be_raised_are_implemented_only_by_a_report_of_the_raise(prov):
    both = ("ES", "JP")
    to_raise = prov("a.txt", "1", "両首脳は両国関係を戦略的パートナーシップに格上げすることで一致した。", modality="agree",
                    actors=both)
    raised = prov("b.txt", "1", "両国関係が戦略的パートナーシップに格上げされたことを踏まえ、協力を強化していきたい旨述べた。",
                  actors=("JP",))
    restated = prov("b.txt", "2", "戦略的パートナーシップの下で協力を強化していきたい旨述べた。", actors=("JP",))
    assert classify(to_raise, raised, languages=("ja", "ja")) == ("implements", "link.relation.established")
    assert classify(to_raise, restated, languages=("ja", "ja"))[0] != "implements"


def test_one_side_calling_on_both_to_do_what_both_pledged_restates_it(prov):
    both = ("CN", "GR")
    agreed = prov("a.txt", "1", "雙方表示,將深化兩國全面戰略伙伴關系。", modality="intend", actors=both)
    call = prov("b.txt", "1", "双方要拉紧务实合作纽带,持续深化两国全面战略伙伴关系。", modality="affirm", actors=("CN",))
    view = prov("b.txt", "2", "全面战略伙伴关系是两国关系的良好传统。", modality="affirm", actors=("CN",))
    assert classify(agreed, call, languages=("zh", "zh"))[0] == "continues"
    assert classify(agreed, view, languages=("zh", "zh")) == ("weakens", "link.relation.one-side-view")
    en_agreed = prov("a.txt", "2", "Both sides agreed to make full use of the Joint Council", modality="agree",
                     actors=("CN", "SG"))
    en_call = prov("b.txt", "3", "China said that both sides should make good use of the Joint Council",
                   modality="affirm", actors=("CN",))
    assert classify(en_agreed, en_call)[0] == "continues"


def test_an_invitation_spoken_of_later_without_a_new_one_was_taken_up(prov):
    invited = prov("a.txt", "1", "しかるべき時期に訪日したいとの希望を表明した。", modality="intend", actors=("UA",))
    thanks = prov("b.txt", "1", "大統領から,4月の訪日における日本側の歓待に謝意が表明されました。", modality="welcome",
                  actors=("UA",))
    thanks_view = prov("b.txt", "2", "大統領は,4月の訪日が両国関係にとって有意義だと述べました。", modality="affirm",
                       actors=("UA",))
    again = prov("b.txt", "3", "総理を次回ウクライナに招待した。", modality="request", actors=("UA",))
    assert classify(invited, thanks_view, languages=("ja", "ja")) == ("implements",
                                                                       "link.relation.invitation-taken-up")
    assert classify(invited, thanks, languages=("ja", "ja"))[0] == "implements"
    assert classify(invited, again, languages=("ja", "ja"))[0] != "implements"


def test_a_clause_is_read_for_a_cue_once_however_many_pairs_it_is_in(prov):
    from pledgegraph.link import relation

    done = prov("b.txt", "1", "The leaders welcomed the signing of the Joint Declaration", modality="welcome",
                actors=("JP", "VN"))
    relation._clause_has_cue.cache_clear()
    first = relation.has_cue(done, "done", "en")
    assert [relation.has_cue(done, "done", "en") for _ in range(3)] == [first] * 3
    assert relation._clause_has_cue.cache_info().misses == 1
