"""Chinese/Japanese numerals ("二〇一四", "二十三", "十二") as integers."""
from __future__ import annotations

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_value(text: str) -> int:
    """Value of a numeral written positionally (二〇一四) or with 十/百/千 (二十三)."""
    if not any(c in KANJI_UNITS for c in text):
        value = 0
        for c in text:
            value = value * 10 + KANJI_DIGITS[c]
        return value
    total, digit = 0, 0
    for c in text:
        if c in KANJI_DIGITS:
            digit = KANJI_DIGITS[c]
        else:
            total += (digit or 1) * KANJI_UNITS[c]
            digit = 0
    return total + digit
