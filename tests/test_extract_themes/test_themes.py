"""Theme and concept matching by thesaurus labels, on literal clauses, plus the dev-gold F1 floor."""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from pledgegraph.extract.themes import ThemeMatch, match, match_context

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"


@pytest.mark.parametrize("text,lang,theme", [
    ("Both sides endorse the comprehensive strengthening of international cooperation to combat against all forms"
     " of terrorism.", "en", "counter-terrorism"),
    ("Both sides express their intention to work together to combat against climate change.", "en",
     "environment-climate"),
    ("They agreed to expand people-to-people exchanges, including youth exchanges and tourism.", "en",
     "people-exchange"),
    ("国際テロに対する闘いにおいての協力の必要性について合意した。", "ja", "counter-terrorism"),
    ("引き続き平和条約締結交渉を精力的に進めていくことで意見が一致した。", "ja", "peace-treaty"),
    ("ロシアに早期に京都議定書を批准してほしい旨要望した。", "ja", "environment-climate"),
    ("両首脳は,北極海の問題に関する二国間協力を実施する意向を表明した。", "ja", "arctic"),
    ("国际恐怖主义构成对国际和平与安全的威胁。", "zh", "counter-terrorism"),
    ("双方同意扩大能源合作,包括石油和天然气管道项目。", "zh", "energy"),
    ("双方支持加强核不扩散机制。", "zh", "nonproliferation"),
    ("Стороны подтвердили важность борьбы с терроризмом.", "ru", "counter-terrorism"),
])
def test_theme_from_labels(text, lang, theme):
    found = match(unicodedata.normalize("NFKC", text), lang)
    assert found.themes[0] == theme
    assert found.rule and 0 < found.confidence <= 1


@pytest.mark.parametrize("text,lang,concept,theme", [
    ("Both sides also support the entry into force of the Comprehensive Nuclear-Test-Ban Treaty (CTBT).", "en",
     "ctbt", "nonproliferation"),
    ("utilizing the ASEAN Regional Forum (ARF)", "en", "arf", "asia-pacific"),
    ("閣僚級の外務・防衛当局間協議(「2+2」)を立ち上げることで合意した。", "ja", "two-plus-two", "security-defense"),
    ("日本側がロシアのWTO加盟支持を改めて表明し、", "ja", "wto", "wto-accession"),
    ("尤其是亚太区域各国应在东盟区域论坛、亚太经合组织等组织的框架内继续进行有效的对话", "zh", "arf", "asia-pacific"),
    ("促使《制止向恐怖主义提供资助的国际公约》早日得到实施", "zh", "terrorist-financing-convention", "counter-terrorism"),
])
def test_named_concepts_map_to_their_theme(text, lang, concept, theme):
    found = match(text, lang)
    assert concept in found.concepts
    assert theme in found.themes


def test_acronyms_are_case_sensitive_and_words_whole():
    assert match("We will start the process and arf around.", "en").concepts == []
    assert "start-2" in match("the entry into force of START II", "en").concepts
    assert match("The unanimous view.", "en").themes == []  # "UN" inside a word


def test_at_most_three_themes_and_no_group_themes():
    text = ("terrorism, drugs, fisheries, trade, energy, climate change, Arctic, outer space, refugees, Iran, Syria,"
            " bilateral relations")
    found = match(text, "en")
    assert 1 <= len(found.themes) <= 3
    assert not {"bilateral-relations", "global-regional"} & set(found.themes)


def test_no_hit_gives_empty_match():
    assert match("双方将作出最大的努力。", "zh") == ThemeMatch(themes=[], concepts=[], rule="", confidence=0.0)


def test_context_fallback_block_and_heading():
    block = "双方将...作出最大的努力预防和制止任何形式的恐怖行为。反国际恐怖主义的斗争已成为国际社会的一项优先任务。"
    found = match_context("双方将作出最大的努力。", block, "", "zh")
    assert found.themes == ["counter-terrorism"] and found.rule.startswith("context.block:")
    heading = "1.二国間関係 (1)総論 (イ) 政治対話については"
    found = match_context("その実現のために双方が協力していくことで意見が一致した。", "", heading, "ja")
    assert found.themes == ["political-dialogue"] and found.confidence < 0.5
    own = match_context("国際テロ対策については一国では不十分である。", "", heading, "ja")
    assert own.themes == ["counter-terrorism"]


def test_gold_theme_micro_f1_at_least_080():
    tp = ns = ng = 0
    for path in sorted(GOLD.glob("0*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        blocks = defaultdict(list)
        for p in doc["provisions"]:
            blocks[p["locator"]].append(p["text"])
        for p in doc["provisions"]:
            norm = unicodedata.normalize("NFKC", p["text"])
            block = unicodedata.normalize("NFKC", " ".join(blocks[p["locator"]]))
            got = set(match_context(norm, block, "", doc["language"]).themes)
            gold = set(p["themes"])
            tp, ns, ng = tp + len(got & gold), ns + len(got), ng + len(gold)
    precision, recall = tp / ns, tp / ng
    assert 2 * precision * recall / (precision + recall) >= 0.80
