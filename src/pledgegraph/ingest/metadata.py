"""Document metadata detected from the text: adoption date, title, place, type, persons.

All cue words and patterns come from ``lang/<iso>/metadata.yaml``; the heuristics here are generic:
  * date: every date in ``norm`` is a candidate, scored by precision, by standing on its own line,
    by adoption cue words near it ("adopted", "通过", "於", "にて") and cue words of another
    document ("letter dated", "的信"), and by position (first or last part of the text);
  * title and type: the front matter found by the segmenter (its first paragraph naming a
    document type, else its first paragraph);
  * place: the first pattern of the language's list that matches;
  * persons: signature blocks (role lines and name lines, paired by column) and inline
    "name + role" / "role + name" mentions in the opening paragraphs. ``Person.country`` is left "".
``doc.metadata_rules[field]`` names the rule that set each field.
"""
from __future__ import annotations

from dataclasses import dataclass

from pledgegraph.ingest.dates import DateMatch, find_dates
from pledgegraph.ingest.lexicon import metadata_lexicon
from pledgegraph.ingest.normalize import raw_to_norm
from pledgegraph.ingest.persons import find_persons
from pledgegraph.model import Block, Document

CONTEXT = 30  # characters around a date searched for cue words
EDGE = 0.15  # share of the text counted as its opening / closing part
PRECISION_SCORE = {"day": 2, "month": 0, "year": -1}


@dataclass(frozen=True)
class ScoredDate:
    score: int
    date: DateMatch
    reasons: tuple[str, ...]


def detect_metadata(doc: Document) -> None:
    """Fill date, title, place, doc_type, persons and metadata_rules in place."""
    from pledgegraph.segment import segment

    lexicon = metadata_lexicon(doc.language)
    blocks = segment(doc)
    best = choose_date(doc.norm, doc.language, lexicon)
    if best:
        doc.date = best.date.iso
        doc.metadata_rules["date"] = f"{doc.language}.date." + "+".join(best.reasons)
    front = [block_text(doc, b) for b in blocks if b.heading and b.locator.startswith("t")]
    doc.doc_type, rule = document_type(front or [doc.norm[:300]], lexicon)
    doc.metadata_rules["doc_type"] = f"{doc.language}.doc_type.{rule}"
    doc.title, rule = choose_title(front, doc.doc_type, lexicon, doc.norm)
    doc.metadata_rules["title"] = f"{doc.language}.title.{rule}"
    place, rule = find_place(doc.norm, lexicon)
    if place:
        doc.place = place
        doc.metadata_rules["place"] = f"{doc.language}.place.{rule}"
    doc.persons, rule = find_persons(doc, blocks, lexicon)
    if doc.persons:
        doc.metadata_rules["persons"] = f"{doc.language}.persons.{rule}"


def block_text(doc: Document, block: Block) -> str:
    """A block's normalised text on one line."""
    start = raw_to_norm(doc.norm_to_raw, block.start)
    end = raw_to_norm(doc.norm_to_raw, block.end)
    return " ".join(doc.norm[start:end].split())


def _line_of(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:line_end if line_end >= 0 else len(text)]


def _has_cue(window: str, cues: list[str]) -> bool:
    lowered = window.lower()
    return any(cue.lower() in lowered for cue in cues)


def score_date(text: str, date: DateMatch, lexicon: dict) -> ScoredDate:
    """Score one candidate as the document's adoption date."""
    context = lexicon.get("date_context", {})
    reasons = [date.precision]
    score = PRECISION_SCORE[date.precision]
    line = _line_of(text, date.start, date.end)
    compact_line = len("".join(line.split())) or 1
    if len("".join(text[date.start:date.end].split())) / compact_line > 0.5:
        score, reasons = score + 3, reasons + ["own-line"]
    window = _line_of(text, date.start, date.end)
    offset = text.rfind("\n", 0, date.start) + 1
    near = window[max(0, date.start - offset - CONTEXT):date.end - offset + CONTEXT]
    if _has_cue(near, context.get("adoption", [])):
        score, reasons = score + 3, reasons + ["adoption-cue"]
    if _has_cue(near, context.get("other", [])):
        score, reasons = score - 4, reasons + ["other-document-cue"]
    if date.start < EDGE * len(text) or date.end > (1 - EDGE) * len(text):
        score, reasons = score + 1, reasons + ["edge"]
    return ScoredDate(score, date, tuple(reasons))


def choose_date(text: str, language: str, lexicon: dict) -> ScoredDate | None:
    """Best-scored date; ties go to the later date, then the later position."""
    candidates = [score_date(text, d, lexicon) for d in find_dates(text, language)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, c.date.iso, c.date.start))


def document_type(front: list[str], lexicon: dict) -> tuple[str, str]:
    """(doc_type, rule) from the front matter's cue words."""
    text = " ".join(front)
    for entry in lexicon.get("doc_types", []):
        for cue in entry["cues"]:
            if _has_cue(text, [cue]):
                return entry["type"], f"cue:{cue}"
    return "other", "no-cue"


def choose_title(front: list[str], doc_type: str, lexicon: dict, norm: str) -> tuple[str, str]:
    """(title, rule): the first front paragraph naming the document type, else the first one."""
    cues = next((e["cues"] for e in lexicon.get("doc_types", []) if e["type"] == doc_type), [])
    for text in front:
        if _has_cue(text, cues):
            return text, "front-with-type-cue"
    if front:
        return front[0], "first-front-paragraph"
    first_line = next((line.strip() for line in norm.splitlines() if line.strip()), "")
    return first_line[:200], "first-line"


def find_place(text: str, lexicon: dict) -> tuple[str, str]:
    """(place, rule) from the first matching place pattern."""
    import re

    for i, pattern in enumerate(lexicon.get("places", []), 1):
        match = re.search(pattern, text)
        if match:
            return match.group("place"), f"pattern{i}"
    return "", ""
