"""Document metadata detected from the text: blocks, adoption date, genre, translation, title, place, type,
persons.

All cue words and patterns come from ``lang/<iso>/metadata.yaml``; the heuristics here are generic:
  * blocks: the document is segmented once, here (``doc.blocks``); later stages reuse the blocks;
  * date: see :mod:`pledgegraph.ingest.dating` (a letter transmitting an annexed text is dated by that text;
    its own date goes to ``doc.letter_date``);
  * genre and translation: see :mod:`pledgegraph.ingest.genre`;
  * title and type: the front matter found by the segmenter (its first paragraph naming a
    document type, else its first paragraph);
  * place: the first pattern of the language's list that matches;
  * persons: signature blocks (role lines and name lines, paired by column) and inline
    "name + role" / "role + name" mentions in the opening paragraphs. ``Person.country`` is left "".
``doc.metadata_rules[field]`` names the rule that set each field.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pledgegraph.ingest.dating import choose_date, letter_date, zones
from pledgegraph.ingest.genre import detect_genre, detect_translation
from pledgegraph.ingest.lexicon import metadata_lexicon
from pledgegraph.ingest.normalize import raw_to_norm
from pledgegraph.ingest.persons import find_persons
from pledgegraph.model import Block, Document

LETTER_GENRE = "un-letter"
LABEL = re.compile(r"\S{1,20}(?:\s\S{1,20})?\s*[:：]")  # "Иерусалим:", "Tags:": a label of a page, not its title


def detect_metadata(doc: Document) -> None:
    """Fill blocks, date, genre, translation, title, place, doc_type, persons and metadata_rules in place."""
    from pledgegraph.segment import segment_text

    lexicon = metadata_lexicon(doc.language)
    doc.blocks = segment_text(doc.raw, doc.language)
    blocks = doc.blocks
    front = [block_text(doc, b) for b in blocks if b.heading and b.locator.startswith("t")]
    doc.genre, doc.metadata_rules["genre"] = detect_genre(doc.norm, " ".join(front), doc.language)
    _date(doc, lexicon)
    original, doc.authoritative, rule = detect_translation(doc.raw, doc.language)
    doc.original_language = original
    doc.metadata_rules["authoritative"] = rule
    if original:
        doc.metadata_rules["original_language"] = rule
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


def _date(doc: Document, lexicon: dict) -> None:
    """The document's date; for a letter transmitting an annexed text, the annexed text's (and the letter's
    own date apart)."""
    from pledgegraph.segment.zones import annex_markers

    where = zones(doc, annex_markers())
    best = None
    if where.annex is not None and doc.genre == LETTER_GENRE:
        best = choose_date(doc.norm, doc.language, lexicon, where, start=where.annex)
        letter = letter_date(doc.norm, doc.language, where)
        if letter:
            doc.letter_date = letter.iso
            doc.metadata_rules["letter_date"] = f"{doc.language}.letter_date.first-before-annex"
        if best:
            best = replace(best, reasons=best.reasons + ("annex",))
    best = best or choose_date(doc.norm, doc.language, lexicon, where)
    if best:
        doc.date = best.date.iso
        doc.metadata_rules["date"] = f"{doc.language}.date." + "+".join(best.reasons)


def block_text(doc: Document, block: Block) -> str:
    """A block's normalised text on one line."""
    start = raw_to_norm(doc.norm_to_raw, block.start)
    end = raw_to_norm(doc.norm_to_raw, block.end)
    return " ".join(doc.norm[start:end].split())


def _has_cue(window: str, cues: list[str]) -> bool:
    lowered = window.lower()
    return any(cue.lower() in lowered for cue in cues)


def document_type(front: list[str], lexicon: dict) -> tuple[str, str]:
    """(doc_type, rule) from the front matter's cue words."""
    text = " ".join(front)
    for entry in lexicon.get("doc_types", []):
        for cue in entry["cues"]:
            if _has_cue(text, [cue]):
                return entry["type"], f"cue:{cue}"
    return "other", "no-cue"


def is_label(line: str) -> bool:
    """Whether a line is a page's label ("Иерусалим:", "Tags:"), never its title or headline."""
    return bool(LABEL.fullmatch(line.strip()))


def choose_title(front: list[str], doc_type: str, lexicon: dict, norm: str) -> tuple[str, str]:
    """(title, rule): the first front paragraph naming the document type, else the first one (labels such as
    "Иерусалим:" skipped)."""
    cues = next((e["cues"] for e in lexicon.get("doc_types", []) if e["type"] == doc_type), [])
    front = [text for text in front if not is_label(text)] or front
    for text in front:
        if _has_cue(text, cues):
            return text, "front-with-type-cue"
    if front:
        return front[0], "first-front-paragraph"
    first_line = next((line.strip() for line in norm.splitlines() if line.strip() and not is_label(line)), "")
    return first_line[:200], "first-line"


def find_place(text: str, lexicon: dict) -> tuple[str, str]:
    """(place, rule) from the first matching place pattern."""
    for i, pattern in enumerate(lexicon.get("places", []), 1):
        match = re.search(pattern, text)
        if match:
            return match.group("place"), f"pattern{i}"
    return "", ""
