"""Genre phenomena of real readouts, news reports and press conferences, on made-up sentences."""
from __future__ import annotations

import pytest

from pledgegraph.extract import extract
from pledgegraph.ingest import document_from_text
from pledgegraph.segment import segment

HEADS = {"en": "Joint press release: Japan and Viet Nam\n\n", "ru": "Россия и Вьетнам\n\n",
         "zh": "中国和越南\n\n", "ja": "日本・ベトナム外相会談\n\n"}


def facts(body: str, lang: str) -> list[tuple]:
    doc = document_from_text(HEADS[lang] + body + "\n", f"{lang}.txt")
    return [(p.actors, p.modality, p.committal) for p in extract(doc, segment(doc))]


@pytest.mark.parametrize("body, lang", [
    ("Will Japan support the project? Both sides did not comment.", "en"),
    ("有记者问，中方是否支持越方的提议？", "zh"),
    ("Вопрос: Поддержит ли Россия этот проект?", "ru"),
    ("日本はこの計画を支持するのですか。", "ja"),
])
def test_a_question_is_no_provision(body, lang):
    assert facts(body, lang) == []


@pytest.mark.parametrize("body, lang", [
    ("The Prime Minister said that bilateral trade grew by 20 per cent in 2023.", "en"),
    ("Как отметил президент России, товарооборот вырос на 20 процентов.", "ru"),
    ("王毅表示，双边贸易额达到了500亿美元。", "zh"),
])
def test_a_reported_fact_is_no_provision(body, lang):
    assert facts(body, lang) == []


def test_a_reported_statement_of_importance_is_an_affirm():
    assert facts("The Japanese Minister said that Viet Nam is an important partner of Japan.", "en") == [
        (["JP"], "affirm", False)]


def test_a_participle_clause_is_its_own_provision():
    found = facts("Both sides welcomed the progress in trade, agreeing to hold the Joint Committee annually.", "en")
    assert found == [(["JP", "VN"], "welcome", False), (["JP", "VN"], "agree", True)]


def test_the_reported_stance_takes_the_subject_after_that():
    found = facts("The Japanese Foreign Minister stated that Japan and Viet Nam agreed to expand trade.", "en")
    assert found == [(["JP", "VN"], "agree", True)]


@pytest.mark.parametrize("body, lang", [
    ("In recent years, both sides have agreed to strengthen cooperation in trade.", "en"),
    ("长期以来，双方始终坚持平等相待，坚定支持对方维护国家利益。", "zh"),
    ("В последние годы стороны договорились расширять сотрудничество.", "ru"),
])
def test_a_retrospective_sentence_is_no_provision(body, lang):
    assert facts(body, lang) == []
