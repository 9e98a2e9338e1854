"""Numbering styles -> locators, on literal strings."""
from __future__ import annotations

import pytest

from pledgegraph.ingest import document_from_text
from pledgegraph.segment import segment


def locators(text: str) -> list[str]:
    return [b.locator for b in segment(document_from_text(text)) if not b.locator[0] in "ts"]


def body(text: str, locator: str) -> str:
    doc = document_from_text(text)
    block = next(b for b in segment(doc) if b.locator == locator)
    return doc.raw[block.start:block.end]


def test_roman_and_arabic():
    text = ("Joint Statement\n\nI. Global issues\n\n  1. Both sides agree to cooperate.\n\n"
            "  2. Both sides will meet annually.\n\nII. Regional issues\n\n  1. Both sides support peace.\n")
    assert locators(text) == ["I", "I.1", "I.2", "II", "II.1"]
    assert body(text, "I.2") == "Both sides will meet annually."


def test_arabic_with_close_paren_children():
    text = "Statement\n\n5. Both sides will take these steps:\n\n1) prevent attacks;\n\n2) cooperate.\n\n3) meet.\n"
    assert locators(text) == ["5", "5.1", "5.2", "5.3"]


def test_japanese_dot_paren_iroha():
    text = ("日露外相会談\n\n1.二国間関係\n\n(1)総論\n\n(イ) 対話の重要性を確認した。\n\n(ロ) 協力を進めることで一致した。\n\n"
            "(2)平和条約\n\n 交渉を進めることで合意した。\n\n2.国際情勢\n\n(1)テロ\n\n(イ) 協力について合意した。\n")
    assert locators(text) == ["1", "1.1", "1.1.イ", "1.1.ロ", "1.2", "2", "2.1", "2.1.イ"]
    doc = document_from_text(text)
    blocks = {b.locator: b for b in segment(doc)}
    assert blocks["1"].heading and blocks["1.1"].heading and not blocks["1.1.イ"].heading
    assert not blocks["1.2"].heading and doc.raw[blocks["1.2"].start:blocks["1.2"].end] == "交渉を進めることで合意した。"
    assert blocks["1.1.イ"].parent == "1.1" and blocks["1.1.イ"].depth == 2


def test_full_width_numbers_and_wrapped_lines():
    text = ("共同声明 \n\n \n\n１ 両首脳は，平和条約締結交渉を進めることで合意し，２０\n\n"
            "１４年を交流年とすることを決定した。 \n\n \n\n１０ 両首脳は，協力を拡大することで一致した。 \n\n \n\n"
            "１１ 両首脳は，対話を強化することで一致した。 \n")
    assert locators(text) == ["1", "10", "11"] or locators(text) == ["1"]  # 10 after 1 skips too far
    assert "１４年を交流年" in body(text, "1")


def test_full_width_sequence():
    text = "共同声明\n\n１ 両首脳は一致した。\n\n２ 両首脳は合意した。\n\n３ 両首脳は確認した。\n"
    assert locators(text) == ["1", "2", "3"]


def test_chinese_styles():
    text = "联合声明\n\n一、总则\n\n（一）双方将加强合作。\n\n（二）双方支持联合国。\n\n二、其他\n\n1. 双方同意。\n"
    assert locators(text) == ["一", "一.一", "一.二", "二", "二.1"]


def test_letters_and_circled_numbers():
    text = "Statement\n\n1. Both sides agree:\n\n(a) to meet;\n\n(b) to talk.\n\n2. Steps:\n\n① first step.\n\n② second step.\n"
    assert locators(text) == ["1", "1.a", "1.b", "2", "2.1", "2.2"]


def test_unnumbered_paragraphs_before_numbers_and_continuations():
    text = ("Joint Statement\n\nThe two leaders met in Tokyo.\n\nThey declare as follows:\n\n"
            "1. Both sides agree to cooperate.\n\nBoth sides also welcome the treaty.\n\n2. Both sides will meet.\n")
    assert locators(text) == ["p1", "p2", "1", "2"]
    assert body(text, "1").endswith("Both sides also welcome the treaty.")


def test_repeated_numbers_get_unique_locators():
    text = "Statement\n\n1. Both sides agree.\n\n2. Both sides meet.\n\nAnnex text follows here.\n\n1. Another first item.\n"
    found = locators(text)
    assert found == ["1", "2", "1~2"]
    assert len(found) == len(set(found))


def test_title_and_closing_lines_are_heading_blocks():
    text = "Joint Statement\n\n1. Both sides agree to meet.\n\nIn Tokyo, 5 September, 2000.\n\nYoshiro Mori\nPrime Minister of Japan\n"
    blocks = segment(document_from_text(text))
    assert [(b.locator, b.heading) for b in blocks] == [("t1", True), ("1", False), ("s1", True), ("s2", True)]


@pytest.mark.parametrize("last, body_block", [
    ("Kenya and the United States committed to enhance cooper", True),  # an excerpt cut off mid-sentence
    ("両首脳は、環太平洋パートナーシップに関する包括的", True),
    ("Yoshiro Mori, Prime Minister of Japan", False),
    ("Back to Japan", False),
    ("２０１３年４月２９日 モスクワにて", False),
])
def test_a_sentence_cut_off_at_the_end_of_an_excerpt_is_body_not_closing(last, body_block):
    blocks = segment(document_from_text("Joint Statement\n\nBoth sides agreed to meet.\n\n" + last + "\n"))
    assert (blocks[-1].locator == "p2") == body_block


def test_a_pages_opening_line_without_a_full_stop_is_its_headline():
    text = ("Presidents Macri and Bolsonaro agree to strengthen bilateral cooperation between Argentina and Brazil\n\n"
            "The presidents met in Brasilia on Wednesday. They agreed to deepen trade.\n")
    blocks = segment(document_from_text(text))
    assert [(b.locator, b.heading) for b in blocks] == [("t1", True), ("p1", False)]


@pytest.mark.parametrize("text", ["2002年 2月 2日，双方签署了声明。", "14年を交流年とする。", "2 February 2002 was a Monday."])
def test_dates_at_paragraph_start_are_not_numbers(text):
    assert locators("Statement\n\n" + text + "\n") == ["p1"]


def test_paragraph_numbers_from_1000_stay_their_own_blocks():
    text = "Joint Statement\n\n" + "\n\n".join(f"{i}. The sides agreed on item {i}." for i in range(1, 1003)) + "\n"
    found = locators(text)
    assert found[-4:] == ["999", "1000", "1001", "1002"] and len(found) == 1002
    assert body(text, "1001") == "The sides agreed on item 1001."


def test_years_in_brackets_are_not_paragraph_numbers():
    text = "Statement\n\n1. The sides recalled resolution\n(2001) of the Council.\n\n2. They agreed.\n"
    assert locators(text) == ["1", "2"]


def test_decimal_numbering_keeps_each_printed_number():
    text = ("Action Plan\n\n1. Politics\n\n1.1 The sides agreed to meet.\n\n1.1.1 They will hold talks yearly.\n\n"
            "1.1.2 They will exchange visits.\n\n1.2 They agreed on trade.\n\n2. Economy\n\n2.1 The sides will trade.\n\n"
            "3.5 percent growth was seen.\n")
    assert locators(text) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"]
    assert body(text, "1.1.2") == "They will exchange visits."
    assert body(text, "2.1").endswith("3.5 percent growth was seen.")  # a figure, not a number
    blocks = {b.locator: b for b in segment(document_from_text(text))}
    assert blocks["1.1.1"].parent == "1.1" and blocks["1.1"].parent == "1"


def test_an_item_cut_by_a_blank_line_after_a_comma_keeps_its_start():
    text = ("Plan of Action\n\n1. Political Dialogue\n\n1.1. Maintain frequent exchanges of visits.\n"
            "1.2. Organize activities commemorating 10 years of Strategic Partnership in 2023,\n\n"
            "including a leaders meeting.\n\n1.3. Convene the Joint Commission every two years.\n")
    assert body(text, "1.2") == ("Organize activities commemorating 10 years of Strategic Partnership in 2023,\n\n"
                                 "including a leaders meeting.")
    assert body(text, "1") == "Political Dialogue"


def test_a_long_cjk_title_and_its_date_line_are_front_matter():
    text = ("中国共产党和老挝人民革命党关于构建中老命运共同体行动计划(2024-2028年)(全文)\n2023-10-21 08:54\n\n"
            "中国和老挝山同脉、水同源，是命运与共的社会主义友好邻邦。双方将继续深化合作。\n")
    assert locators(text) == ["p1"]
    assert body(text, "p1").startswith("中国和老挝")


@pytest.mark.parametrize("text, labels, first", [
    ("Agreement\n\nHAVE agreed as follows :\nArticle I\nThe Contracting Parties will exchange information on research.\n"
     "Article II\nThe Contracting Parties will offer fellowships.\n", ["I", "II"],
     "The Contracting Parties will exchange information on research."),
    ("Соглашение\n\nСтатья 1\nСтороны развивают сотрудничество в области образования.\n\nСтатья 2\n"
     "Стороны обмениваются информацией.\n", ["1", "2"], "Стороны развивают сотрудничество в области образования."),
    ("中蒙协定\n\n第一条\n双方将加强合作。\n\n第二条　双方将定期会晤。\n", ["一", "二"], "双方将加强合作。"),
])
def test_articles_of_an_agreement_are_numbered_paragraphs(text, labels, first):
    assert [loc for loc in locators(text) if not loc.startswith("p")] == labels
    assert body(text, labels[0]) == first


def test_a_last_paragraph_ending_with_an_end_mark_is_body():
    text = ("中乌外长会谈\n\n王毅表示，中方愿同乌方加强合作。\n\n"
            "双方还就国际和地区问题深入交换了意见，一致决定加强国际和地区事务合作。(完)\n")
    assert locators(text) == ["p1", "p2"]


def test_lettered_items_under_a_numbered_line():
    text = ("Action Plan\n1. Annual Summit and Foreign Policy Exchanges\na. Annual meeting of Prime Ministers\n"
            "b. Foreign Ministers' Framework Dialogue\n2. Defence policy\na. Regular Defence Ministers' Meeting\n")
    assert locators(text) == ["1", "1.a", "1.b", "2", "2.a"]
    assert body(text, "1.b") == "Foreign Ministers' Framework Dialogue"


def test_an_article_number_alone_over_numbered_items_is_a_block_of_its_own_text():
    text = ("中新合作备忘录\n\n第五条\n两国现有合作机制继续运作。\n第六条\n一、本备忘录自签字之日起生效,有效期为五年。\n"
            "二、除非任何一方书面通知对方终止,有效期将自动延长五年。\n")
    blocks = segment(document_from_text(text, "zh.txt"))
    assert all(b.start < b.end for b in blocks)
    assert [text[b.start:b.end] for b in blocks if b.locator == "六"] == ["第六条"]
