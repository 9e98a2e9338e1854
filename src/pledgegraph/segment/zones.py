"""Where the body of a document starts and ends.

* front matter: title lines, date lines, bracketed notes ("[原件：俄文]") before the first content
  paragraph; when a paragraph reads as an annex marker ("附件", "Annex") in the first part of the
  text, everything up to it is a cover letter and belongs to the front matter too.
* closing matter: short lines at the end without a sentence (signatures, "In Tokyo, 5 September, 2000.",
  "２０１３年４月２９日 モスクワにて").
"""
from __future__ import annotations

import re
import unicodedata

from pledgegraph.ingest.lexicon import metadata_lexicon, supported_languages
from pledgegraph.ingest.normalize import is_wide
from pledgegraph.segment.paragraphs import Paragraph, is_terminated
from pledgegraph.timeparse import find_dates

SHORT_WIDE = 40  # characters: a short CJK line
SHORT_LATIN = 90
TITLE_WIDE = 64  # characters: a CJK title line before the body may be this long
TITLE_CASE_SHARE = 0.75
ANNEX_REACH = 0.6  # an annex marker must come in the first 60% of the paragraphs
DATE_LINE_SHARE = 0.4  # a date line is mostly date
CLOSING_DATE_SHARE = 0.55  # "In Tokyo, 5 September, 2000." closes; "2002年2月2日，双方签署了声明。" does not
MID_SENTENCE = set(",，、;；")  # a line ending in one of these is cut mid-sentence
CLAUSE_BREAKS = "、，,は"  # wide text cut mid-sentence has gone past a clause break
CUT_WIDE = 12  # characters of wide text, CUT_WORDS words of other text: a cut sentence, not a label
CUT_WORDS = 6
HEADLINE_CHARS = 200  # a page's headline is one line at most this long
CUT_LOWER_SHARE = 0.5
PROSE_WORD = re.compile(r"[^\W\d_]+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MINOR_WORDS = {"a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "by", "with", "between",
               "from", "as", "its", "their", "into", "upon", "concerning", "regarding"}


def flat(text: str) -> str:
    """Text on one line, NFKC, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def is_short(text: str) -> bool:
    wide = sum(map(is_wide, text))
    return len(text) <= (SHORT_WIDE if wide * 2 > len(text) else SHORT_LATIN)


def title_case_share(text: str) -> float:
    words = [w for w in LATIN_WORD.findall(text) if w.lower() not in MINOR_WORDS]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def is_heading_text(text: str) -> bool:
    """A heading: no sentence end and short, or a long English line in Title Case; a line ending with a comma
    goes on in the next paragraph and heads nothing."""
    text = flat(text)
    if not text or is_terminated(text) or text[-1] in MID_SENTENCE:
        return False
    return is_short(text) or title_case_share(text) >= TITLE_CASE_SHARE


def date_share(text: str, language: str) -> float:
    """Share of the (space-free) characters of ``text`` covered by dates."""
    compact = len("".join(text.split())) or 1
    return sum(len("".join(text[d.start:d.end].split())) for d in find_dates(text, language)) / compact


def is_note(text: str) -> bool:
    """A bracketed editorial note such as "[原件：俄文]" or "(Provisional translation)"."""
    text = text.strip()
    return len(text) > 2 and text[0] in "[［(（【" and text[-1] in "]］)）】"


def is_front(text: str, language: str) -> bool:
    """Title, editorial note or date line; or a run of such lines (a page's title, section and date lines)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return _is_front_line(text, language) or (len(lines) > 1 and all(_is_front_line(line, language)
                                                                      for line in lines))


def _is_front_line(text: str, language: str) -> bool:
    if is_heading_text(text) or is_note(text):
        return True
    if is_terminated(text):
        return False
    flat_text = flat(text)
    wide = sum(map(is_wide, flat_text)) * 2 > len(flat_text)
    return (wide and len(flat_text) <= TITLE_WIDE) or (is_short(flat_text)
                                                       and date_share(text, language) > DATE_LINE_SHARE)


def is_closing(text: str, language: str) -> bool:
    text_flat = flat(text)
    if not is_short(text_flat):
        return False
    return not is_terminated(text_flat) or date_share(text_flat, language) > CLOSING_DATE_SHARE


def annex_markers() -> set[str]:
    """Paragraphs that open an annexed text, in every language ("Annex", "附件", "Приложение")."""
    return {m for lang in supported_languages() for m in metadata_lexicon(lang).get("structure", {}).get("annex", [])}


def annex_index(paras: list[Paragraph], raw: str) -> int | None:
    """Index of the paragraph that opens an annex, when it comes early enough."""
    markers = annex_markers()
    for i, para in enumerate(paras):
        if i > ANNEX_REACH * len(paras):
            break
        if flat(para.text(raw)).strip(" :：.。") in markers and i + 1 < len(paras):
            return i
    return None


def body_bounds(paras: list[Paragraph], raw: str, language: str, numbered: list[bool]) -> tuple[int, int]:
    """``(first, end)``: paragraphs ``paras[first:end]`` are the body."""
    annex = annex_index(paras, raw)
    first = annex + 1 if annex is not None else 0
    while first < len(paras) and not numbered[first] and (
            is_front(paras[first].text(raw), language) or (first == 0 and is_headline(paras, raw))):
        first += 1
    end = len(paras)
    if end > first and is_cut_prose(paras[-1].text(raw), language):
        return first, end  # an excerpt cut off mid-sentence ends in prose, not in signatures
    while end > first and not numbered[end - 1] and is_closing(paras[end - 1].text(raw), language):
        end -= 1
    return first, end


def is_headline(paras: list[Paragraph], raw: str) -> bool:
    """A page's opening line that no sentence end closes and more text follows: its headline ("Presidents Macri
    and Bolsonaro agree to strengthen bilateral cooperation between Argentina and Brazil")."""
    text = paras[0].text(raw).strip()
    return len(paras) > 1 and "\n" not in text and len(text) <= HEADLINE_CHARS and not is_terminated(flat(text)) \
        and flat(text)[-1:] not in MID_SENTENCE


def is_cut_prose(text: str, language: str) -> bool:
    """A sentence cut off where an excerpt ends ("Kenya and the United States committed to enhance cooper",
    "両首脳は、環太平洋パートナーシップに関する包括的"): long enough, half of its words in lower case (or wide
    text past a clause break), no sentence end and no date line; not a heading, a signature or a navigation link."""
    text_flat = flat(text)
    if is_terminated(text_flat) or date_share(text_flat, language) > CLOSING_DATE_SHARE:
        return False
    if sum(map(is_wide, text_flat)) * 2 > len(text_flat):
        return len(text_flat) >= CUT_WIDE and any(mark in text_flat for mark in CLAUSE_BREAKS)
    words = PROSE_WORD.findall(text_flat)
    return len(words) >= CUT_WORDS and sum(w.islower() for w in words) >= CUT_LOWER_SHARE * len(words)
