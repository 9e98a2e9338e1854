"""Russian stances recognised by word form (pymorphy3): future-tense verbs pledge, the copula alone does not."""
from __future__ import annotations

import pytest

from pledgegraph.extract import extract
from pledgegraph.ingest import document_from_text
from pledgegraph.segment import segment

HEAD = "Совместное заявление России и Вьетнама\n\n"


def provisions(body: str):
    doc = document_from_text(HEAD + body + "\n", "ru.txt")
    return extract(doc, segment(doc))


@pytest.mark.parametrize("sentence", [
    "Стороны проведут конкурсы совместных научных проектов.",
    "Все проблемные вопросы будут решены к осени.",
    "Россия и Вьетнам примут окончательно эти программы в октябре.",
])
def test_a_future_tense_verb_pledges(sentence):
    found = provisions(sentence)
    assert [(p.modality, p.committal, p.rule.startswith("ru.modality.future")) for p in found] == [
        ("intend", True, True)]


def test_the_future_copula_alone_is_no_pledge():
    assert provisions("Это будет прорыв во многих сферах жизни двух стран.") == []


@pytest.mark.parametrize("sentence", [
    "Вьетнам осознает потребности российского рынка.",
    "Договоренности между нашими странами реализуются.",
])
def test_a_verb_of_both_aspects_reads_in_the_present(sentence):
    assert provisions(sentence) == []


def test_a_reporting_verb_takes_the_stance_of_what_it_reports():
    found = provisions("Президент Вьетнама отметил, что готов обсудить с российским лидером новые программы.")
    assert [(p.actors, p.modality) for p in found] == [(["VN"], "ready")]


JA_HEAD = "日本国政府とモンゴル国政府の行動計画\n\n"


@pytest.mark.parametrize("sentence, modality", [
    ("１．両政府は、防衛当局間の協議を定期的に実施する。", "intend"),
    ("１．両政府は、人的交流を一層活発にする。", "intend"),
])
def test_a_japanese_plain_present_verb_at_the_end_pledges(sentence, modality):
    doc = document_from_text(JA_HEAD + sentence + "\n", "ja.txt")
    found = extract(doc, segment(doc))
    assert [(p.modality, p.committal) for p in found] == [(modality, True)]


def test_a_japanese_verb_of_being_is_no_pledge():
    doc = document_from_text(JA_HEAD + "１．両国の協力には大きな可能性がある。\n", "ja.txt")
    assert extract(doc, segment(doc)) == []
