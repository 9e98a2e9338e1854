"""Document metadata on made-up texts shaped like the real pages of issue 9: the date of the text itself, a UN
letter's two dates, genre, translation notes, and web text with one paragraph per line."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph.ingest import document_from_text, load
from pledgegraph.segment import segment

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.parametrize("text, date", [
    # the dateline beats a date quoted in the body
    ("Joint Statement\n\nHanoi, 12 March 2024\n\n1. The two sides recalled the agreement signed on 5 June 2013 and "
     "agreed to expand trade.\n", "2024-03-12"),
    ("日越首脳会談\n\n令和6年3月12日\n\n1 両首脳は、2013年6月5日に署名された協定の実施を歓迎した。\n", "2024-03-12"),
    ("中越联合声明\n2013/06/21\n\n一、应邀请,越南国家主席于2013年6月19日至21日对中国进行国事访问。\n", "2013-06-21"),
    # a publication stamp
    ("新华社\n外交部回应\n新华社客户端 2024-03-19 16:00\n\n3月19日,外交部发言人主持例行记者会。\n", "2024-03-19"),
    # the title's own date, not the dates of the ratification that follows it
    ("Договор между Российской Федерацией и Республикой Беларусь от 6 декабря 2024 года (ратифицирован Федеральным "
     "законом от 28 февраля 2025 года, вступил в силу 13 марта 2025 года) Стороны обязуются сотрудничать.",
     "2024-12-06"),
    # a date inside a sentence about past events is no date of the text
    ("Viet Nam and Indonesia established a strategic partnership in June 2013. The two leaders agreed to meet "
     "regularly.\n", None),
    ("据悉,2015年4月,两国领导人就经济走廊建设达成共识。\n中方愿同巴方共同努力。\n", None),
    # a document number shaped like a date ("1598-03-08-2022") is none
    ("12:06\n\nPress release on the Foreign Minister's visit to Myanmar\n\n1598-03-08-2022\n\nThe two ministers "
     "agreed to expand trade.\n", None),
    # the date of an event to come is not the text's either
    ("The two leaders announced the launch of the High-Level Strategic Dialogue. The first meeting will be held in "
     "Mexico in October 2016.\n", None),
])
def test_the_date_of_the_text_itself(text, date):
    doc = document_from_text(text)
    assert doc.date == date
    assert ("date" in doc.metadata_rules) == (date is not None)


UN_LETTER = """Letter dated 27 March 2002 from the Permanent Representatives of Japan and the Russian Federation to the
United Nations addressed to the Secretary-General

We have the honour to transmit herewith the joint statement adopted in Tokyo on 2 February 2002 (see annex).

(Signed) Yukio Sato

Annex

Joint Statement on Cooperation in Combating International Terrorism

Tokyo, 2 February 2002

1. Both sides will strengthen their cooperation against terrorism.
"""


def test_a_un_letter_is_dated_by_its_annexed_statement_and_keeps_its_own_date():
    doc = document_from_text(UN_LETTER)
    assert (doc.genre, doc.date, doc.letter_date) == ("un-letter", "2002-02-02", "2002-03-27")
    assert "annex" in doc.metadata_rules["date"] and "letter_date" in doc.metadata_rules


def test_the_bundled_un_letter_is_a_translation_from_russian():
    doc = load(CORPUS / "000_a72e0cb45fe599e4.txt")
    assert (doc.genre, doc.date, doc.letter_date) == ("un-letter", "2002-02-02", "2002-03-27")
    assert (doc.original_language, doc.authoritative) == ("ru", False)
    assert doc.metadata_rules["authoritative"].startswith("zh.translation.")


@pytest.mark.parametrize("text, original, authoritative", [
    ("Joint Statement (Provisional Translation)\n\n1. Both sides agree to meet.\n", None, False),
    ("Unofficial translation\n\nJoint Statement\n\n1. Both sides agree to meet.\n", None, False),
    ("Joint Statement\nOriginal: English\n\n1. Both sides agree to meet.\n", "en", True),
    ("Joint Statement\n\n1. Both sides agree to meet.\n", None, True),
    ("日露共同声明(仮訳)\n\n1 両首脳は協力を強化する。\n", None, False),
    ("联合声明\n\n[原件：俄文]\n\n一、双方同意加强合作。\n", "ru", False),
    ("Совместное заявление\nНеофициальный перевод\n\n1. Стороны договорились о сотрудничестве.\n", None, False),
    ("Совместное заявление\nПеревод с английского\n\n1. Стороны договорились о сотрудничестве.\n", "en", False),
])
def test_translation_notes(text, original, authoritative):
    doc = document_from_text(text)
    assert (doc.original_language, doc.authoritative) == (original, authoritative)
    assert doc.metadata_rules["authoritative"]


@pytest.mark.parametrize("text, genre", [
    ("Joint Statement between India and Viet Nam\n\n1. Both sides agreed to meet.\n", "joint-statement"),
    ("Joint Declaration on Strategic Partnership\n\n1. Both sides agreed to meet.\n", "joint-declaration"),
    ("Plan of Action 2024-2028\n\n1.1. Maintain regular exchanges of visits.\n", "action-plan"),
    ("AGREEMENT BETWEEN THE REPUBLIC OF A AND THE REPUBLIC OF B\n\nArticle 1\nThe Parties shall cooperate.\n",
     "agreement"),
    ("Hanoi (VNA) – The two leaders met on Monday and agreed to deepen ties.\n", "news-report"),
    ("Press Release\n\nForeign Ministers' Meeting\n\nThe ministers agreed to meet again.\n", "press-release"),
    ("Foreign Ministers' Talks\n\nThe two ministers held talks and agreed to meet again.\n", "press-readout"),
    ("日・モンゴル外相会談\n\n両外相は協力の強化で一致した。\n", "press-readout"),
    ("報道発表\n\n日・モンゴル外相会談\n\n両外相は協力の強化で一致した。\n", "press-release"),
    ("外交部发言人主持例行记者会。\n\n有记者问:中方对此有何评论?\n\n发言人表示,中方愿同巴方共同努力。\n",
     "press-conference"),
    ("中越联合声明(全文)\n\n一、双方同意加强合作。\n", "joint-statement"),
    ("越中联合声明\n\n(越南之声) - 双方发表了联合声明。双方同意加强合作。\n", "news-report"),
    ("ДОГОВОР\nО СОЮЗЕ\n\nСтатья 1\nСтороны обязуются сотрудничать.\n", "agreement"),
    ("Путин и Лукашенко провели переговоры. Об этом сообщает РИА Новости.\n", "news-report"),
    ("Stories of the week.\n", "other"),
    # a headline that names an agreement is no agreement; an agreement's title opens or ends with its kind
    ("Президент России внес на ратификацию договор о стратегическом партнерстве с Египтом\n\nДоговор предусматривает "
     "сотрудничество в сфере энергетики.\n", "other"),
    ("中国和希腊共建一带一路合作谅解备忘录签署\n\n双方同意加强合作。\n", "other"),
    ("日チリ首脳会談 環太平洋パートナーシップ協定の活用で一致\n\n両首脳は協力の強化で一致した。\n", "press-readout"),
    ("中华人民共和国政府和匈牙利政府关于共同推进丝绸之路经济带建设的谅解备忘录\n\n双方同意加强合作。\n", "agreement"),
    ("Соглашение между Правительством Российской Федерации и Правительством Египта\n\nСтороны сотрудничают.\n",
     "agreement"),
])
def test_genre_from_the_text(text, genre):
    doc = document_from_text(text)
    assert doc.genre == genre
    assert doc.metadata_rules["genre"].startswith(f"{doc.language}.genre.")


def test_web_text_with_single_newlines_gives_one_paragraph_per_line():
    text = ("India, Vietnam agree to deepen ties\n"
            "The two leaders agreed to maintain regular exchanges at all levels.\n"
            "They agreed to intensify the bilateral dialogue in various domains.\n"
            "They welcomed the signing of the Plan of Action.\n")
    doc = document_from_text(text)
    body = [b.locator for b in segment(doc) if not b.locator.startswith(("t", "s"))]
    assert body == ["p1", "p2", "p3"]


def test_a_sentence_broken_over_two_lines_stays_one_paragraph():
    text = "Joint Statement\n\nThe two sides agreed to hold consultations\nat the level of deputy ministers.\n"
    doc = document_from_text(text)
    assert [b.locator for b in segment(doc) if not b.locator.startswith(("t", "s"))] == ["p1"]


def test_each_document_is_segmented_once(monkeypatch):
    from pledgegraph import segment as seg

    calls = []
    original = seg.segment_text
    monkeypatch.setattr(seg, "segment_text", lambda *a: calls.append(a) or original(*a))
    doc = document_from_text("Joint Statement\n\n1. Both sides agree to meet.\n")
    assert segment(doc) == doc.blocks and segment(doc) is not doc.blocks
    assert len(calls) == 1


def test_every_genre_of_the_cue_lists_is_in_the_genre_scheme():
    from pledgegraph import thesaurus
    from pledgegraph.ingest.lexicon import metadata_lexicon, supported_languages

    scheme = set(thesaurus.notations("genre"))
    for language in supported_languages():
        assert {g["genre"] for g in metadata_lexicon(language)["genres"]} | {"other"} <= scheme, language
