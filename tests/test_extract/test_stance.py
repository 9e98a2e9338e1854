"""Actor, modality and committal of literal sentences, per language."""
import pytest

from pledgegraph.model import Person

INDIA_AUSTRALIA = """Joint Statement by the Prime Minister of India and the Prime Minister of Australia

The two leaders welcomed the entry into force of the trade agreement.

Australia expressed its support for India's permanent membership of the Security Council.

India and Australia will hold annual summits.

The Prime Ministers condemned terrorism in all its forms and called upon all countries to act.

The leaders expressed their condolences to the families of the victims."""


def facts(provisions):
    return [(p.actors, p.modality, p.committal) for p in provisions]


def test_english_made_up_india_australia_statement(extract_text):
    got = facts(extract_text(INDIA_AUSTRALIA, "en", ["AU", "IN"]))
    assert got == [(["AU", "IN"], "welcome", False), (["AU"], "support", True),
                   (["AU", "IN"], "intend", True), (["AU", "IN"], "condemn", False),
                   (["AU", "IN"], "request", False)]


@pytest.mark.parametrize("sentence, actors, modality, committal", [
    ("Both sides express their readiness to develop exchanges of views on regional security.",
     ["JP", "RU"], "ready", True),
    ("Japan takes note with understanding of the Russian Federation's wish to join the meeting.",
     ["JP"], "note", False),
    ("The Government of Japan affirms its continued support for the reforms in Russia.", ["JP"], "support", True),
    ("Both sides affirm that they maintain and strengthen efforts toward non-proliferation.",
     ["JP", "RU"], "affirm", True),
    ("Both sides note that nuclear weapon free zones may contribute to the NPT regime.",
     ["JP", "RU"], "note", False),
    ("Both sides, in the spirit of partnership, make common efforts to form a new world order.",
     ["JP", "RU"], "intend", True),
    ("In regard to the Middle East, both sides affirm their support for every effort to achieve peace.",
     ["JP", "RU"], "support", True),
    ("It was decided that the next round of consultations would be held next year in Moscow.",
     ["JP", "RU"], "agree", True),
])
def test_english_modality_and_actor(extract_text, sentence, actors, modality, committal):
    (p,) = extract_text(sentence, "en", ["JP", "RU"])
    assert (p.actors, p.modality, p.committal) == (actors, modality, committal)


def test_english_preamble_and_narrative_are_not_provisions(extract_text):
    text = ("Attaching importance to the deepening of political dialogue between the two countries;\n\n"
            "The consultations were held in Tokyo on 13 November 2002.")
    assert extract_text(text, "en", ["JP", "RU"]) == []


def test_japanese_summary_speakers_and_carry_over(extract_text):
    persons = [Person("川口順子", country="JP"), Person("イワノフ", country="RU")]
    text = ("その際、イワノフ外相から、川口大臣の早期訪露の招待が表明され、川口大臣は出来るだけ早期に実現するよう検討したいと答えた。"
            "また、小泉総理の訪露が重要課題であることが再確認され、その実現のために双方が協力していくことで意見が一致した。")
    got = facts(extract_text(text, "ja", ["JP", "RU"], persons))
    assert got == [(["RU"], "request", False), (["JP"], "intend", True),
                   (["JP", "RU"], "affirm", False), (["JP", "RU"], "agree", True)]


def test_japanese_quoted_statement_keeps_the_speaker(extract_text):
    text = ("なお、ロシア側より、「国際テロ対策については国際協力が不可欠である。ロシアは日本と協力する用意がある。"
            "また、日本と協力する可能性がある。専門家協議を行って話し合いたい。」旨の発言があった。")
    got = facts(extract_text(text, "ja", ["JP", "RU"]))
    assert got == [(["RU"], "affirm", False), (["RU"], "ready", True), (["RU"], "affirm", False),
                   (["RU"], "intend", True)]


def test_japanese_full_width_numbering_joint_statement(extract_text):
    text = ("１　両首脳は，覚書が署名されたことを歓迎し，同覚書に基づく定期協議を行う意向で一致した。\n\n"
            "２　ロシア連邦大統領は，日本国の申請に留意した。")
    got = facts(extract_text(text, "ja", ["JP", "RU"]))
    # 意向で一致 = agreement on an intention: the stronger modality (agree) governs
    assert got == [(["JP", "RU"], "welcome", False), (["JP", "RU"], "agree", True), (["RU"], "note", False)]


def test_chinese_statement_with_intro_and_items(extract_text):
    text = ("在这方面双方声明:\n\n1. 国际恐怖主义构成对国际和平与安全的威胁。\n\n"
            "2. 双方申明打算共同采取下列具体步骤:\n\n1) 协助预防和制止在两国境内犯下恐怖行为;\n\n"
            "3. 俄罗斯联邦政府和日本政府最强烈地谴责恐怖主义袭击,并对受害者表示最深切的同情。")
    from tests.test_extract.conftest import paragraphs
    blocks = paragraphs(text)
    blocks[3].parent = blocks[2].locator
    got = facts(extract_text(text, "zh", ["JP", "RU"], blocks=blocks))
    assert got == [(["JP", "RU"], "affirm", False), (["JP", "RU"], "intend", True),
                   (["JP", "RU"], "condemn", False)]


def test_chinese_one_side_labels(extract_text):
    text = "巴方重申坚定支持一个中国原则。中方赞赏巴方的立场。"
    assert facts(extract_text(text, "zh", ["CN", "PK"])) == [(["PK"], "support", True), (["CN"], "welcome", False)]


def test_provision_offsets_are_raw_and_quote_matches(extract_text):
    text = "Intro line.\n\nBoth sides welcome the adoption of the convention."
    (p,) = extract_text(text, "en", ["JP", "RU"])
    assert text[p.start:p.end] == p.quote and p.quote.startswith("Both sides welcome")
    assert (p.locator, p.index, p.rule) == ("p2", 1, "en.modality.welcome") and 0 < p.confidence <= 1


def test_russian_sides_and_one_side(extract_text):
    text = ("Стороны подтвердили намерение укреплять сотрудничество в области энергетики.\n\n"
            "Российская сторона приветствовала решение Японии о возобновлении консультаций, "
            "и Япония будет содействовать этому процессу.\n\nСостоялся обмен мнениями по международной проблематике.")
    got = facts(extract_text(text, "ru", ["JP", "RU"]))
    assert got == [(["JP", "RU"], "intend", True), (["RU"], "welcome", False), (["JP"], "intend", True)]
