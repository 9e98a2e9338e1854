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


@pytest.mark.parametrize("text,themes", [
    ("Стороны приветствуют рост взаимных туристических обменов", {"people-exchange"}),
    ("Стороны будут развивать сотрудничество в области использования космического пространства.", {"space"}),
    ("Стороны выражают готовность расширять сотрудничество в нефтегазовой сфере, в том числе на арктическом шельфе.",
     {"energy", "arctic"}),
    ("Российская сторона поддерживает кандидатуру Индии в качестве постоянного члена реформированного Совета"
     " Безопасности ООН.", {"un-reform"}),
])
def test_russian_labels_match_inflected_forms(text, themes):
    assert set(match(text, "ru").themes) == themes


def test_inflection_is_opt_in_and_keeps_stems_apart():
    from pledgegraph.lang.labelmatch import LabelIndex, stem
    entries = [("терроризм", "t", "pref")]
    assert [h.label for h in LabelIndex(entries, "ru", inflect=True).find("борьбе с терроризмом")] == ["терроризм"]
    assert LabelIndex(entries, "ru").find("борьбе с терроризмом") == []
    assert stem("визовый", "ru") == "визов" and stem("gas", "en") == "gas"
    assert LabelIndex([("газ", "g", "alt")], "ru", inflect=True).find("газета") == []


@pytest.mark.parametrize("text,lang,themes", [
    # a generic word (partnership, economic, 経済, 首脳) never adds a second theme
    ("The two sides offer immense potential for a mutually beneficial partnership in trade and investment.", "en",
     {"trade-investment"}),
    ("両首脳は、パレスチナの脆弱な経済社会状況の改善に向けて支援を進めていく必要性を確認した。", "ja", {"middle-east"}),
    # alone, it still names the theme
    ("The two Prime Ministers resolved to elevate the relationship between the two countries.", "en",
     {"political-dialogue"}),
])
def test_weak_cues_only_when_nothing_stronger(text, lang, themes):
    assert set(match(text, lang).themes) == themes


def test_weak_clause_cue_yields_to_strong_context():
    block = "両首脳は、国際テロリズムとの闘いにおける協力を強化する。両首脳は、この分野での対話を継続する。"
    found = match_context("両首脳は、この分野での対話を継続する。", block, "", "ja")
    assert found.themes == ["counter-terrorism"] and found.rule.startswith("context.block:")


@pytest.mark.parametrize("text,lang,themes", [
    ("They reiterated their commitment to an early reform of the United Nations Security Council.", "en",
     {"un-reform"}),
    ("India's support for Japan's candidature for non-permanent membership of the UN Security Council.", "en",
     {"un"}),
    ("中方支持哈萨克斯坦竞选联合国安理会非常任理事国。", "zh", {"un"}),
    ("The Russian Federation supports the peaceful use of nuclear energy and energy security.", "en",
     {"nuclear-energy"}),
])
def test_specific_theme_makes_its_broad_match_redundant(text, lang, themes):
    assert set(match(text, lang).themes) == themes


@pytest.mark.parametrize("text,lang,absent", [
    ("ソヴィエト社会主義共和国連邦政府との間の漁業協定", "ja", "un"),  # 共和国連邦 is not 国連
    ("和平プロセスのメカニズム活性化につき連携継続の意思を確認した。", "ja", "fisheries"),  # メカニズム is no crab
    ("両外相は，北朝鮮による弾道ミサイル発射を強く非難した。", "ja", "nonproliferation"),
])
def test_labels_inside_other_words_or_generic_do_not_fire(text, lang, absent):
    assert absent not in match(text, lang).themes


@pytest.mark.parametrize("text,lang,theme", [
    ("Both sides reaffirmed their commitment to a free, open and inclusive Indo-Pacific region.", "en",
     "asia-pacific"),
    ("両首脳は、台湾海峡の平和と安定の重要性を改めて確認した。", "ja", "asia-pacific"),
    ("哈方重申坚持一个中国原则。", "zh", "political-dialogue"),
    ("双方同意进一步深化全天候战略合作伙伴关系。", "zh", "political-dialogue"),
    ("両首脳は、ロシアによるウクライナ侵略を改めて強く非難し、", "ja", "conflict-prevention"),
    ("水素・アンモニア等の脱炭素分野における投資を歓迎した。", "ja", "energy"),
    ("双方商定完成霍尔果斯口岸扩能改造。", "zh", "trade-investment"),
])
def test_general_labels_of_common_topics(text, lang, theme):
    assert match(unicodedata.normalize("NFKC", text), lang).themes[0] == theme
