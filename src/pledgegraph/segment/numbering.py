"""Paragraph numbers as printed ("I.", "5.", "3)", "(1)", "(イ)", "１１", "一、", "①"), from ``lang/numbering.yaml``."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pledgegraph.ingest.lexicon import lang_table, nfkc
from pledgegraph.timeparse import number

HEAD = 16  # characters of a paragraph looked at for its number
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
KEEP_CIRCLED = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


@dataclass(frozen=True)
class Marker:
    """A candidate paragraph number: its style, printed label, ordinal value and where the body starts."""

    style: str
    label: str
    value: int
    body_start: int  # raw offset just after the number and the spaces following it


@lru_cache(maxsize=1)
def _styles() -> list[dict]:
    return [dict(style, regex=re.compile(style["pattern"])) for style in lang_table("numbering")["styles"]]


def roman_value(text: str) -> int:
    """Value of a Roman numeral (upper or lower case)."""
    values = [ROMAN[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _value(style: dict, printed: str) -> int:
    kind = style["kind"]
    if kind == "arabic":
        return int(printed)
    if kind == "decimal":
        return int(printed.rsplit(".", 1)[-1])
    if kind == "roman":
        return roman_value(printed)
    if kind == "kanji":
        return number(printed)
    return style["sequence"].index(printed) + 1


def _folded_head(text: str) -> tuple[str, list[int]]:
    """NFKC form of the first characters (circled digits kept) and, per character, its source index."""
    if text[:HEAD].isascii():  # NFKC keeps ASCII as it is
        return text[:HEAD], list(range(min(len(text), HEAD) + 1))
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text[:HEAD]):
        folded = char if char in KEEP_CIRCLED else unicodedata.normalize("NFKC", char)
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(min(len(text), HEAD))
    return "".join(out), index


def _may_start_number(start: str) -> bool:
    """Cheap filter: can a paragraph number begin with these (one or two) characters?"""
    first = nfkc(start[0])[:1]
    if first.isdigit() or first in "(（IVXLivx第AС" or start[0] in KEEP_CIRCLED or start[0] in "一二三四五六七八九十":
        return True
    return len(start) > 1 and (first.isascii() and first.isalpha()) and nfkc(start[1]) in ").．"


def markers(text: str, offset: int = 0) -> list[Marker]:
    """All numbering styles that match at the start of ``text`` (a paragraph, leading spaces allowed)."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text) or not _may_start_number(text[lead:lead + 2]):
        return []
    head, index = _folded_head(text[lead:])
    found: list[Marker] = []
    for style in _styles():
        match = style["regex"].match(head)
        if not match:
            continue
        end = match.end()
        rest = head[end:]
        if not style.get("alone") and (not rest.strip() or rest[0] in style.get("not_followed_by", "")):
            continue
        printed = match.group("n")
        label = unicodedata.normalize("NFKC", printed)
        name = f"decimal-{label.count('.') + 1}" if style["kind"] == "decimal" else style["name"]
        found.append(Marker(name, label, _value(style, printed), offset + lead + index[end]))
    return found


def starts_numbered(text: str) -> bool:
    """Whether a line or paragraph starts with something that reads as a paragraph number."""
    return bool(markers(text))
