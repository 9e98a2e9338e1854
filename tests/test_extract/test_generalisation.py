"""Regression tests, one per class of error found on gold the extractor was not tuned on.

Each test is named after what broke; the sentences are made up or paraphrased, not copied from a gold file.
"""
import pytest

from pledgegraph.extract.clauses import Span, clause_candidates, sentences
from pledgegraph.extract.lexicon import load
from pledgegraph.model import Person


def facts(provisions):
    return [(p.actors, p.modality, p.committal) for p in provisions]


def split(text: str, lang: str) -> list[str]:
    lex = load(lang)
    return [c.of(text) for s in sentences(text, lex) for c in clause_candidates(text, s, lex)]


# --- clause splitting -------------------------------------------------------------------------------

def test_japanese_cue_ending_in_next_break_is_seen():
    """The continuative ending of a part ("歓迎し,") lies in the next break; the part must still count."""
    text = "両首脳は,密漁を断固として非難し,協定に関する連携を歓迎し,早期発効への期待を表明した。"
    assert split(text, "ja") == ["両首脳は,密漁を断固として非難し,", "協定に関する連携を歓迎し,",
                                 "早期発効への期待を表明した。"]


def test_japanese_each_continuative_stance_is_its_own_provision(extract_text):
    text = "両首脳は,会議の重要な役割を指摘するとともに,協力を発展させる必要性について一致した見解を表明した。"
    assert facts(extract_text(text, "ja", ["JP", "RU"])) == [(["JP", "RU"], "affirm", False)] * 2


def test_japanese_copula_continuation_is_no_break():
    text = "さらに,大臣より,国民の視点からの外交が重要であり,交流の拡大が重要である旨の発言があった。"
    assert len(split(text, "ja")) == 1


def test_japanese_break_needs_a_stance_before_it():
    """"に対し," ends no stance: the request and the support are the two clauses."""
    text = "両首脳は,全ての関係者に対し,対話を通じた解決を促すよう呼びかけるとともに,特別代表の活動への支援を表明した。"
    parts = split(text, "ja")
    assert len(parts) == 2 and parts[0].endswith("呼びかけるとともに,")


@pytest.mark.parametrize("connective", ["強調しつつ,", "強調した上で,", "呼びかけ,", "求め,"])
def test_japanese_other_continuative_forms_break(connective):
    text = f"両首脳は,行動規範策定の必要性を{connective}二国間対話を強化すべきことで一致した。"
    assert len(split(text, "ja")) == 2


def test_japanese_reply_with_new_speaker_breaks_after_a_plain_verb():
    text = "日本側より,貸し出しが終了したことを説明し,ロシア側は感謝の意を表明した。"
    assert split(text, "ja")[1] == "ロシア側は感謝の意を表明した。"


def test_english_coordinated_subject_is_not_a_clause_break(extract_text):
    text = "Both Japan and the Russian Federation condemned in the strongest terms the act of taking hostages."
    assert facts(extract_text(text, "en", ["JP", "RU"])) == [(["JP", "RU"], "condemn", False)]


def test_chinese_opening_cue_keeps_its_complement():
    assert len(split("双方商定，保持两国元首每年会晤的传统。", "zh")) == 1


def test_chinese_bound_verb_before_a_comma_is_no_opening_cue():
    """"努力" (a bare pledge verb) closing the first part does not glue the next stance to it."""
    assert len(split("中方欢迎哈方为改善投资环境所作的努力，愿同哈方深化产能合作。", "zh")) == 2


def test_russian_present_tense_readiness_splits(extract_text):
    text = "Российская сторона приветствует инициативу и выражает готовность участвовать в ее реализации."
    assert facts(extract_text(text, "ru", ["IN", "RU"])) == [(["RU"], "welcome", False), (["RU"], "ready", True)]


def test_long_sentence_splitting_is_not_quadratic():
    unit = "the two sides affirmed the importance of cooperation (see annex), and agreed to hold talks, "
    text = "Both sides welcome the talks, and " + unit * 4000 + "."
    lex = load("en")
    import time
    started = time.perf_counter()
    spans = clause_candidates(text, Span(0, len(text)), lex)
    assert len(spans) > 4000 and time.perf_counter() - started < 10


# --- modality cues ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, modality, committal", [
    ("両首脳は,二国間作業部会のメカニズムを活発化するよう指示した。", "agree", True),
    ("両首脳は,過激的な傾向の増加についての憂慮の念を表明した。", "condemn", False),
    ("両首脳は,同プロジェクトの実施を継続する意向が表明された。", "intend", True),
    ("両首脳は,和平プロセスにつき日露間の連携継続の意思を確認した。", "intend", True),
    ("両首脳は,政治的移行プロセスに対する支持を堅持することを確認した。", "support", True),
    ("両首脳は,特別代表の活動への支援を表明した。", "support", True),
    ("両首脳は,拉致問題の人道的側面への理解を表明した。", "affirm", False),
    ("両首脳は,定期協議を行う意向で一致した。", "agree", True),
    ("両首脳は,協議を原則として年1回開催することを改めて確認した。", "agree", True),
    ("両首脳は,原子力分野での協力を進展させることを確認した。", "affirm", True),
    ("両首脳は,諸問題の解決へのコミットメントを強調した。", "affirm", True),
    ("両首脳は,国際的なコミットメントの着実な実施の重要性を強調した。", "affirm", False),
    ("両首脳は,具体的な時期は外交経路を通じて調整される。", "intend", True),
])
def test_japanese_joint_statement_cues(extract_text, sentence, modality, committal):
    (p,) = extract_text(sentence, "ja", ["JP", "RU"])
    assert (p.modality, p.committal) == (modality, committal)


def test_japanese_agreement_on_a_proposition_is_a_shared_view(extract_text):
    text = "両首脳は,投資環境の改善が貿易経済協力の更なる発展を促進することで一致した。"
    assert facts(extract_text(text, "ja", ["JP", "RU"])) == [(["JP", "RU"], "affirm", False)]
    text = "その実現のために双方が協力していくことで意見が一致した。"
    assert facts(extract_text(text, "ja", ["JP", "RU"])) == [(["JP", "RU"], "agree", True)]


def test_japanese_pointing_out_a_past_fact_is_narrative(extract_text):
    text = "両首脳は,貿易経済分野における協力が新たなレベルに上がったことを指摘した。"
    assert extract_text(text, "ja", ["JP", "RU"]) == []


@pytest.mark.parametrize("sentence, modality, committal", [
    ("The two Prime Ministers resolved to elevate the relationship to a strategic partnership.", "intend", True),
    ("The two Prime Ministers set a target of doubling direct investment within five years.", "agree", True),
    ("The leaders instructed their officials to prepare a roadmap.", "agree", True),
    ("The two sides affirmed that the Coast Guards of both countries will continue to conduct exercises.",
     "affirm", True),
    ("The two sides found it appropriate that contacts would take place at the working level.", "affirm", True),
    ("The leaders noted with satisfaction the growth of bilateral trade in recent years.", "welcome", False),
    ("The two sides shared their concern over the deteriorating security situation.", "condemn", False),
    ("The two countries commit to work together on maritime security.", "intend", True),
])
def test_english_statement_cues(extract_text, sentence, modality, committal):
    (p,) = extract_text(sentence, "en", ["IN", "JP"])
    assert (p.modality, p.committal) == (modality, committal)


def test_thanks_for_hospitality_is_a_courtesy(extract_text):
    text = ("Prime Minister Modi thanked the people of Japan for the warm hospitality extended to him, "
            "and invited Prime Minister Abe to visit India.")
    assert facts(extract_text(text, "en", ["IN", "JP"], [Person("Narendra Modi", country="IN")])) == [
        (["IN"], "request", False)]
    assert extract_text("总统对中方给予的热情接待表示感谢。", "zh", ["CN", "KZ"]) == []


@pytest.mark.parametrize("sentence, actors, modality, committal", [
    ("双方支持联合国发挥核心作用，主张通过广泛协商推进安理会改革。", None, None, None),
    ("中方每年向哈方提供200个政府奖学金名额。", ["CN"], "intend", True),
    ("总统邀请主席在双方方便的时候进行国事访问。", ["CN", "KZ"], "request", False),
])
def test_chinese_statement_cues(extract_text, sentence, actors, modality, committal):
    got = facts(extract_text(sentence, "zh", ["CN", "KZ"]))
    if actors is None:
        assert [m for _, m, _ in got] == ["support", "affirm"]
    else:
        assert got == [(actors, modality, committal)]


def test_chinese_at_the_invitation_of_is_narrative(extract_text):
    assert extract_text("应中方邀请，总统于8月31日对中国进行国事访问。", "zh", ["CN", "KZ"]) == []


def test_chinese_bare_verb_under_agreement_takes_the_agreement(extract_text):
    text = "双方商定，于2016年年底前完成口岸扩能改造，并每年召开一次口岸合作委员会会议。"
    assert facts(extract_text(text, "zh", ["CN", "KZ"])) == [(["CN", "KZ"], "agree", True)] * 2


@pytest.mark.parametrize("sentence, modality, committal", [
    ("Стороны поставили цель довести объем торговли до 30 млрд долларов к 2025 году.", "agree", True),
    ("Стороны подтвердили приверженность выполнению долгосрочной программы сотрудничества.", "affirm", True),
    ("Стороны выражают готовность расширять сотрудничество в нефтегазовой сфере.", "ready", True),
    # Russian-side summaries report in the past tense
    ("Стороны с удовлетворением отметили рост взаимного товарооборота за последний год.", "welcome", False),
    ("Стороны выступили за скорейшее политическое урегулирование конфликта в регионе.", "support", True),
    ("Стороны заявили о готовности продолжить консультации по вопросам безопасности.", "ready", True),
])
def test_russian_statement_cues(extract_text, sentence, modality, committal):
    (p,) = extract_text(sentence, "ru", ["IN", "RU"])
    assert (p.modality, p.committal) == (modality, committal)


# --- actors -----------------------------------------------------------------------------------------

def test_accepted_invitation_is_the_invited_sides_agreement(extract_text):
    text = "日本国総理大臣はロシア連邦大統領に対し,日本国を公式訪問するよう招待した。招待は感謝をもって受け入れられた。"
    assert facts(extract_text(text, "ja", ["JP", "RU"])) == [(["JP"], "request", False), (["RU"], "agree", True)]


def test_japanese_side_summary_speakers_without_state_in_role(extract_text):
    """総理 / 当方 are the writing side; katakana leaders and 先方 the other side; 同様の立場 echoes."""
    persons = [Person("石破茂", role="内閣総理大臣")]
    text = ("石破総理から,この分野で豪州との協力を一層強化していきたい旨述べたのに対し,アルバニージー首相から賛意が示された。"
            "\n\n当方より,ASEANの一体性を一貫して支持する旨述べたのに対し,先方からも同様の立場が表明された。"
            "\n\n先方より,日本語教育の拡充に引き続き取り組む旨の発言があった。")
    assert facts(extract_text(text, "ja", ["AU", "JP"], persons)) == [
        (["JP"], "intend", True), (["AU"], "support", True), (["JP"], "support", True),
        (["AU"], "support", True), (["AU"], "intend", True)]


def test_japanese_person_without_state_in_role_by_script(extract_text):
    persons = [Person("川口", role="外務大臣"), Person("ロシュコフ", role="外務次官")]
    text = "ロシュコフ次官から,協議を継続したいとの発言があった。川口大臣は,早期に実現するよう検討したいと答えた。"
    assert facts(extract_text(text, "ja", ["JP", "RU"], persons)) == [(["RU"], "intend", True),
                                                                      (["JP"], "intend", True)]


def test_japanese_kanji_named_foreign_leader_is_the_counterpart(extract_text):
    persons = [Person("習近平", role="国家主席"), Person("岸田文雄", role="内閣総理大臣")]
    text = "習近平国家主席から,協力を強化したいとの発言があった。岸田総理から,対話を継続したい旨述べた。"
    assert facts(extract_text(text, "ja", ["CN", "JP"], persons)) == [(["CN"], "intend", True),
                                                                      (["JP"], "intend", True)]


def test_english_leader_named_in_apposition_is_found(tmp_path):
    from pledgegraph.extract import extract
    from pledgegraph.ingest import load as ingest
    from pledgegraph.segment import segment

    path = tmp_path / "statement.txt"
    path.write_text("India-Japan Joint Statement\n\nTokyo, 1 September 2014\n\n"
                    "At the invitation of the Prime Minister of Japan, H.E. Mr. Shinzo Abe, the Prime Minister of "
                    "India, H.E. Mr. Narendra Modi, paid an official visit to Japan.\n\n"
                    "Prime Minister Abe expressed his intention to realize public and private investment in India.\n",
                    encoding="utf-8")
    doc = ingest(path)
    (p,) = [p for p in extract(doc, segment(doc)) if p.modality == "intend"]
    assert p.actors == ["JP"]


def test_theme_context_of_a_giant_block_is_bounded():
    """Themes score the block around each clause; a whole giant block per clause was quadratic."""
    from pledgegraph.extract.clauses import Span as ClauseSpan
    from pledgegraph.extract.pipeline import CONTEXT_REACH, _context

    paragraph = "Both sides agreed to hold annual consultations. " * 10
    assert _context(paragraph, ClauseSpan(48, 96)) == paragraph
    giant = paragraph * 1000
    assert len(_context(giant, ClauseSpan(240000, 240048))) == 2 * CONTEXT_REACH + 48
