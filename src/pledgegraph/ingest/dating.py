"""The document's own date among the dates its text mentions.

Every date of the normalised view (:func:`pledgegraph.timeparse.find_dates`) is a candidate, scored by
  * its precision (a day beats a month, a month a year);
  * where it stands: a line of its own, the front matter (title, dateline), the opening of the body, a
    publication stamp ("2024-03-19 16:00"), the first or last part of the text;
  * the words around it (``date_context`` in ``lang/<iso>/metadata.yaml``): adoption cues ("adopted", "於",
    "通过") raise it, cues of another document ("letter dated", "的信") lower it, and so do words that make it
    the date of a past event or of a cited text ("since", "established", "据悉", "ратифицирован") when it
    stands in the body.
A date scoring below ``MIN_SCORE`` is one the text mentions, not its own: the document then has no date.
In a letter that transmits an annexed text (a UN letter), the document's date is the annexed text's and the
letter's own date is kept apart.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pledgegraph.ingest.normalize import raw_to_norm
from pledgegraph.model import Document
from pledgegraph.timeparse import DateMatch, find_dates

CONTEXT = 30  # characters around a date searched for adoption and other-document cues
REFERENCE_REACH = 60  # characters before (cues ``reference``) and after (``reference_after``) a date searched for
# cues of a past event or a cited text
EDGE = 0.15  # share of the text counted as its opening / closing part
OPENING = 200  # characters of the first body paragraph that count as its opening (a dateline)
PRECISION_SCORE = {"day": 2, "month": 0, "year": -1}
MIN_SCORE = 3
OWN_LINE_SHARE = 0.5  # a date is on a line of its own when it is more than this share of the line
TIMESTAMP = re.compile(r"[\s,]*(?:[0-2]?\d:[0-5]\d)(?!\d)")  # after a date: "2024-03-19 16:00"
TIMESTAMP_BEFORE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d\s*[|,·-]?\s*$")  # before it: "11:02 | 03/19/2018"


@dataclass(frozen=True)
class ScoredDate:
    """A candidate date with its score and the reasons for it."""

    score: int
    date: DateMatch
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Zones:
    """Parts of the normalised view, from the document's blocks (norm offsets, end exclusive)."""

    front: tuple[tuple[int, int], ...] = ()  # front-matter blocks: title lines, datelines, notes
    opening: tuple[int, int] | None = None  # the first characters of the first body block
    annex: int | None = None  # where an annexed text starts (after a covering letter)
    raw: str = ""  # the raw text and the map of norm offsets to it (for lines as printed)
    to_raw: Sequence[int] = ()

    def in_front(self, position: int) -> bool:
        return any(s <= position < e for s, e in self.front)

    def own_line(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is most of its line as printed (the raw line: the normalised view joins
        CJK lines)."""
        if self.raw and len(self.to_raw) == len(text) + 1:
            text, start, end = self.raw, self.to_raw[start], self.to_raw[end - 1] + 1
        line, start, end = line_of(text, start, end)
        return len("".join(line[start:end].split())) / (len("".join(line.split())) or 1) > OWN_LINE_SHARE


def line_of(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The line of ``text[start:end]`` and the span's offsets in it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:line_end if line_end >= 0 else len(text)], start - line_start, end - line_start


def zones(doc: Document, annex_markers: set[str]) -> Zones:
    """The zones of ``doc`` from ``doc.blocks``; ``annex_markers`` open an annexed text ("附件", "Annex")."""
    def norm_span(block) -> tuple[int, int]:
        return raw_to_norm(doc.norm_to_raw, block.start), raw_to_norm(doc.norm_to_raw, block.end)

    front = tuple(norm_span(b) for b in doc.blocks if b.heading and b.locator.startswith("t"))
    body = next((norm_span(b) for b in doc.blocks if not b.locator.startswith(("t", "s"))), None)
    opening = (body[0], min(body[1], body[0] + OPENING)) if body else None
    annex = next((end for start, end in front
                  if doc.norm[start:end].strip(" :：.。\n") in annex_markers), None)
    return Zones(front, opening, annex, doc.raw, doc.norm_to_raw)


def has_cue(window: str, cues: list[str]) -> bool:
    """Whether one of ``cues`` occurs in ``window``; a cue with a capital letter must match its case ("In
    Tokyo, 5 September"), the others match in any case."""
    lowered = window.lower()
    return any((cue in window) if cue != cue.lower() else (cue in lowered) for cue in cues)


def score_date(text: str, date: DateMatch, lexicon: dict, where: Zones = Zones()) -> ScoredDate:
    """Score one candidate as the document's own date."""
    context = lexicon.get("date_context", {})
    reasons = [date.precision]
    score = PRECISION_SCORE[date.precision]

    def add(points: int, reason: str) -> None:
        nonlocal score
        score += points
        reasons.append(reason)

    if where.own_line(text, date.start, date.end):
        add(3, "own-line")
    line, start, end = line_of(text, date.start, date.end)
    near = line[max(0, start - CONTEXT):end + CONTEXT]
    if has_cue(near, context.get("adoption", [])):
        add(3, "adoption-cue")
    if has_cue(near, context.get("other", [])):
        add(-4, "other-document-cue")
    if has_cue(near, context.get("future", [])):
        add(-4, "future-cue")  # "The first meeting will be held in October": a date to come, not the text's
    front = where.in_front(date.start)
    if front:
        add(2, "front")
    elif where.opening and where.opening[0] <= date.start < where.opening[1]:
        add(1, "opening")
    if TIMESTAMP.match(line, end) or TIMESTAMP_BEFORE.search(line, 0, start):
        add(3, "timestamp")
    # a past event or a cited text; in the opening, a verb after the date reports the text's own occasion
    # ("2005年3月27日、…首脳会談において…決定された")
    before = has_cue(line[max(0, start - REFERENCE_REACH):start], context.get("reference", []))
    after = has_cue(line[end:end + REFERENCE_REACH], context.get("reference_after", []))
    if not front and (before or (after and "opening" not in reasons)):
        add(-3, "reference-cue")
    if date.start < EDGE * len(text) or date.end > (1 - EDGE) * len(text):
        add(1, "edge")
    return ScoredDate(score, date, tuple(reasons))


def choose_date(text: str, language: str, lexicon: dict, where: Zones = Zones(), start: int = 0,
                end: int | None = None) -> ScoredDate | None:
    """Best-scored date of ``text[start:end]`` scoring at least ``MIN_SCORE``; ties go to the later date,
    then the later position."""
    end = len(text) if end is None else end
    candidates = [score_date(text, d, lexicon, where) for d in find_dates(text, language)
                  if start <= d.start and d.end <= end]
    best = max(candidates, key=lambda c: (c.score, c.date.iso, c.date.start), default=None)
    return best if best and best.score >= MIN_SCORE else None


def letter_date(text: str, language: str, where: Zones) -> DateMatch | None:
    """The date of a covering letter: the first date before the annexed text."""
    if where.annex is None:
        return None
    return next((d for d in find_dates(text[:where.annex], language)), None)
