"""Language detection by script."""
from __future__ import annotations

import pytest

from pledgegraph.ingest import body_language
from pledgegraph.ingest.language import detect_language


@pytest.mark.parametrize("text, expected", [
    ("両首脳は，協力を拡大することで一致した。", "ja"),
    ("日本国总理大臣 共同声明 协力", "zh"),  # Han without kana reads as Chinese
    ("双方将加强合作。", "zh"),
    ("Стороны договорились о сотрудничестве.", "ru"),
    ("Both sides agree to cooperate.", "en"),
    ("양국 정상은 합의하였다.", "ko"),
    ("12345 ... !!!", None),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_navigation_menu_does_not_decide_the_language():
    text = "外務省 English リンクページ よくある質問集 検索 サイトマップ\n\nBoth sides agreed to meet annually in Tokyo."
    assert body_language(text) == "en"


def test_majority_script_wins_in_mixed_text():
    text = "Both sides (双方) agreed to continue consultations on counter-terrorism and to meet again next year."
    assert detect_language(text) == "en"
