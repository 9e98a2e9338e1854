"""Sentence and clause splitting per language."""
from pledgegraph.extract.clauses import Span, clause_candidates, sentences
from pledgegraph.extract.lexicon import load


def split(text: str, lang: str) -> list[str]:
    lex = load(lang)
    return [c.of(text) for s in sentences(text, lex) for c in clause_candidates(text, s, lex)]


def test_english_sentences_keep_abbreviations_and_initials():
    text = "Both sides welcome the visit of Mr. V. V. Putin. They will meet again."
    assert [s.of(text) for s in sentences(text, load("en"))] == [
        "Both sides welcome the visit of Mr. V. V. Putin.", "They will meet again."]


def test_english_coordinated_stance_verbs_split():
    text = ("Both sides also support the entry into force of the CTBT, and call upon those states "
            "which have not signed it to do so.")
    assert split(text, "en") == ["Both sides also support the entry into force of the CTBT",
                                 "and call upon those states which have not signed it to do so."]


def test_english_coordinated_plain_verbs_do_not_split():
    text = "Both sides affirm that they maintain and strengthen efforts, and that they continue talks."
    assert len(split(text, "en")) == 1


def test_english_new_subject_after_and_splits():
    text = "India welcomed the decision of Australia, and India will provide scholarships to students."
    assert split(text, "en")[1] == "and India will provide scholarships to students."


def test_english_verb_pair_without_object_stays_one_clause():
    assert len(split("The Russian Federation commends and supports Japan's efforts.", "en")) == 1


def test_japanese_clause_chain_splits_after_continuative_predicate():
    text = "日本側がロシアのWTO加盟支持を改めて表明し、ロシア側はこれに対し感謝の意を述べた。"
    assert split(text, "ja") == ["日本側がロシアのWTO加盟支持を改めて表明し、",
                                 "ロシア側はこれに対し感謝の意を述べた。"]


def test_japanese_quotative_is_not_a_break():
    text = "日本側も対策をとるよう協力してほしい、との要望があった。"
    assert len(split(text, "ja")) == 1


def test_japanese_full_width_comma_after_nfkc_and_sentence_end():
    text = "両首脳は,覚書の署名を歓迎し,定期協議を行う意向で一致した。両首脳は,会談を評価した。"
    assert split(text, "ja") == ["両首脳は,覚書の署名を歓迎し,", "定期協議を行う意向で一致した。",
                                 "両首脳は,会談を評価した。"]


def test_japanese_closing_quote_stays_with_its_sentence():
    text = "ロシア側より、「協力は不可欠である。話し合いたい。」旨の発言があった。"
    assert [s.of(text) for s in sentences(text, load("ja"))][-1] == "話し合いたい。」旨の発言があった。"


def test_chinese_comma_before_new_cue_splits_only_after_a_stance():
    lex = load("zh")
    text = "双方欢迎走廊建设取得的进展,并将继续推进走廊建设。"
    assert split(text, "zh") == ["双方欢迎走廊建设取得的进展,", "并将继续推进走廊建设。"]
    no_stance_before = "双方考虑到临时政府已开始运作,支持国际部队采取行动。"
    assert len(clause_candidates(no_stance_before, Span(0, len(no_stance_before)), lex)) == 1


def test_chinese_semicolon_separates_clauses_of_one_sentence():
    """"双方同意A；B；C": the items after the semicolons stay in the sentence of the stance they share."""
    text, lex = "双方同意加强防务合作；推动互联互通；共同构建供应链。", load("zh")
    assert len(sentences(text, lex)) == 1
    parts = [span.of(text) for span in clause_candidates(text, sentences(text, lex)[0], lex)]
    assert parts == ["双方同意加强防务合作；", "推动互联互通；", "共同构建供应链。"]
