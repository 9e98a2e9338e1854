"""Traditional Chinese read as Simplified, one character for one, so that offsets into the text still hold.

The lexicons and the thesaurus spell Chinese in Simplified characters; a Traditional text (Taiwan, Hong Kong
media: "中法將繼續秉持……") is matched on its Simplified view (OpenCC ``t2s``).
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with Traditional characters replaced by Simplified ones; always the same length."""
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    # a phrase converted to another length: fall back to one character at a time
    return "".join(c2 if len(c2 := _converter().convert(c)) == 1 else c for c in text)
