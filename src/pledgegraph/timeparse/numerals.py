"""Numbers as written in the supported languages: ASCII or full-width digits, Chinese/Japanese numerals
("二〇一四", "二十三", "十五", "两"), 元 (the first year of an era) and the number words of a language
("five", "двадцати"; ``numbers`` in ``lang/<iso>/dates.yaml``)."""
from __future__ import annotations

import unicodedata

CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
FIRST = "元"  # 元年: the first year of an era
CJK_NUMERAL = "[〇零一二两三四五六七八九十百千]+"  # a regex for a numeral written in CJK characters


def _cjk(text: str) -> int | None:
    """Value of a numeral written positionally (二〇一四) or with 十/百/千 (二十三); None if not one."""
    if not text or any(c not in CJK_DIGITS and c not in CJK_UNITS for c in text):
        return None
    if not any(c in CJK_UNITS for c in text):
        value = 0
        for c in text:
            value = value * 10 + CJK_DIGITS[c]
        return value
    total, digit = 0, 0
    for c in text:
        if c in CJK_DIGITS:
            digit = CJK_DIGITS[c]
        else:
            total += (digit or 1) * CJK_UNITS[c]
            digit = 0
    return total + digit


def number(text: str, words: dict[str, int] | None = None) -> int | None:
    """The value of a number as written, None when ``text`` is not a number.

    Args:
        text: digits (any script NFKC folds to ASCII), a CJK numeral, 元, or a number word.
        words: number words of the language (lower case) -> value.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if text == FIRST:
        return 1
    if words and text.lower() in words:
        return words[text.lower()]
    return _cjk(text)
