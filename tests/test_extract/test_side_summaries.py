"""One side's meeting summaries (MFA press releases, Kremlin-style statements): the genre's recurring constructions."""
from __future__ import annotations

import unicodedata

import pytest

from pledgegraph.extract.themes import match
from pledgegraph.extract.timex import find


def facts(provisions):
    return [(p.actors, p.modality, p.committal) for p in provisions]


# --- stance cues ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, parties, expected", [
    # impersonal / evaluative Russian stances
    ("Министры дали позитивную оценку диалогу министров иностранных дел и обороны.", "ru", ["JP", "RU"],
     [(["JP", "RU"], "welcome", False)]),
    ("С удовлетворением отмечены итоги перекрестного года двух стран.", "ru", ["JP", "RU"],
     [(["JP", "RU"], "welcome", False)]),
    # confirming an arrangement is agreeing to it
    ("Министры подтвердили договоренность о проведении переговоров на высшем уровне в Москве.", "ru", ["JP", "RU"],
     [(["JP", "RU"], "agree", True)]),
    ("両外相は、平和条約交渉を加速させるとの首脳間の合意を改めて確認した。", "ja", ["JP", "RU"],
     [(["JP", "RU"], "agree", True)]),
    # "検討している" reports an action under consideration: an intention
    ("ラブロフ外相から、査証手続の更なる簡素化を検討しているとの発言があった。", "ja", ["JP", "RU"],
     [(["RU"], "intend", True)]),
    # a scheduled event in the future passive
    ("The next Forum will be held in the city of Omsk.", "en", ["KZ", "RU"], [(["KZ", "RU"], "intend", True)]),
])
def test_genre_stance_cues(extract_text, sentence, lang, parties, expected):
    assert facts(extract_text(sentence, lang, parties)) == expected


def test_russian_passive_readiness_is_ready(extract_text):
    got = facts(extract_text("С российской стороны была выражена готовность расширять взаимодействие в ООН.",
                             "ru", ["JP", "RU"]))
    assert [(m, c) for _, m, c in got] == [("ready", True)]


def test_japanese_welcome_then_own_intention_are_two_provisions(extract_text):
    got = facts(extract_text("日本側はこれを歓迎し、日露間の人的交流の一層の拡大に取り組む考えを述べた。",
                             "ja", ["JP", "RU"]))
    assert got == [(["JP"], "welcome", False), (["JP"], "intend", True)]


def test_japanese_also_particle_marks_the_subject(extract_text):
    text = "日本側から、来月にも作業部会を開催したい旨述べ、ロシア側もこれに賛意を示した。"
    assert facts(extract_text(text, "ja", ["JP", "RU"])) == [(["JP"], "intend", True), (["RU"], "support", True)]


# --- reporting frames and courtesy ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, actors, modality", [
    ("王毅表示，中方愿同俄方加强在远东地区开发等领域的合作。", ["CN"], "ready"),
    ("拉夫罗夫表示，俄方欢迎中国企业扩大对远东地区投资。", ["RU"], "welcome"),
])
def test_chinese_reporting_verb_leaves_the_subject_to_the_content(extract_text, sentence, actors, modality):
    assert [(a, m) for a, m, _ in facts(extract_text(sentence, "zh", ["CN", "RU"]))] == [(actors, modality)]


@pytest.mark.parametrize("sentence, lang", [
    ("拉夫罗夫对王毅来访表示欢迎。", "zh"),
    ("冒頭、ラブロフ外相から河野大臣の訪露を歓迎するとの発言があった。", "ja"),
])
def test_welcoming_the_visitor_is_courtesy(extract_text, sentence, lang):
    assert extract_text(sentence, lang, ["CN", "RU"] if lang == "zh" else ["JP", "RU"]) == []


# --- clause splitting -----------------------------------------------------------------------------------

def test_english_coordinated_infinitive_is_its_own_provision(extract_text):
    text = ("The Parties agreed to develop cooperation on transboundary water bodies, and to hold consultations "
            "on this issue at least once a year.")
    got = extract_text(text, "en", ["KZ", "RU"])
    assert [(p.modality, p.time.frequency, p.time.frequency_qualifier) for p in got] == [
        ("agree", None, None), ("agree", "P1Y", "at-least")]


@pytest.mark.parametrize("text, expected", [
    # a time and place phrase before the coordinated verb
    ("双方商定，两国外交部继续每年举行战略稳定问题磋商，并于今年下半年在北京举行新一轮磋商。",
     [(["CN", "RU"], "agree", True)] * 2),
    # an apposition before the pledge
    ("中俄作为联合国安理会常任理事国，将坚定维护以联合国为核心的国际体系。", [(["CN", "RU"], "intend", True)]),
])
def test_chinese_adverbials_before_a_bound_cue(extract_text, text, expected):
    assert facts(extract_text(text, "zh", ["CN", "RU"])) == expected


# --- time ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, doc_date, deadline", [
    ("Стороны условились провести следующий раунд консультаций в первой половине 2019 года.", "ru",
     "2019-01-14", "2019"),
    ("Стороны договорились провести заседание в 2019 году.", "ru", "2019-01-14", "2019"),
    ("今年是中俄建交70周年，中方愿同俄方办好系列庆祝活动。", "zh", "2019-04-01", None),
])
def test_side_summary_deadlines(text, lang, doc_date, deadline):
    assert find(unicodedata.normalize("NFKC", text), lang, doc_date).deadline == deadline


# --- themes ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, theme", [
    ("Стороны условились провести консультации по вопросам стратегической стабильности.", "ru", "nonproliferation"),
    ("两国外交部继续每年举行战略稳定问题磋商。", "zh", "nonproliferation"),
    ("The Parties agreed to develop cooperation on the rational use of transboundary water bodies.", "en",
     "environment-climate"),
    ("The Russian side supports the efforts aimed at diversifying its economy.", "en", "economic-reform"),
    ("The Parties will continue cooperation within the Collective Security Treaty Organization.", "en",
     "security-defense"),
    ("支持“阿人主导、阿人所有”的和平和解进程。", "zh", "afghanistan"),
    ("本年も航空機を利用した墓参を実施したい旨述べた。", "ja", "people-exchange"),
    ("双方同意推进“一带一路”建设同欧亚经济联盟对接。", "zh", "trade-investment"),
])
def test_side_summary_theme_labels(text, lang, theme):
    assert theme in match(unicodedata.normalize("NFKC", text), lang).themes
