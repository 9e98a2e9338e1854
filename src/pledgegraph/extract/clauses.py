"""Split a paragraph into sentences and a sentence into clause candidates.

Offsets are local to the text passed in. Whether a candidate break is kept depends on a stance cue
starting the next part (``Lexicon.break_cue``); merging parts that turn out to carry the same stance
is left to the pipeline, which knows their modality.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

OPEN_BRACKETS = "(（[「『《“"
CLOSE_BRACKETS = ")）]」』》”"
OPENING_SUBJECT_CHARS = 8  # a subject before an opening stance verb ("双方", "中方", "两国元首")


@dataclass(frozen=True)
class Span:
    """A half-open [start, end) range of a text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The spanned text."""
        return text[self.start:self.end]


def trim(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str, lex: Lexicon) -> list[Span]:
    """Sentences of ``text`` (terminator included), empty ones dropped."""
    spans, start = [], 0
    for m in lex.sentence_end.finditer(text):
        if lex.no_sentence_end_before.search(text[m.end():m.end() + 3]):
            continue
        if m.group().startswith(".") and lex.abbreviation.search(text[max(0, m.start() - 8):m.start()]):
            continue
        spans.append(trim(text, start, m.end()))
        start = m.end()
    spans.append(trim(text, start, len(text)))
    return [s for s in spans if s.end > s.start]


def _depth_at(text: str, pos: int) -> int:
    """Bracket depth at ``pos`` (breaks inside brackets or quotes are not clause breaks)."""
    depth = 0
    for ch in text[:pos]:
        if ch in OPEN_BRACKETS:
            depth += 1
        elif ch in CLOSE_BRACKETS and depth:
            depth -= 1
    return depth


def _has_cue(part: str, lex: Lexicon) -> bool:
    """Whether ``part`` holds a cue (a reporting frame such as "述べ" is a stance too)."""
    return any(c.regex.search(part) for c in lex.cues)


def _starts_stance(part: str, lex: Lexicon, comma: bool) -> bool:
    """Whether a part after a candidate break begins (or, in clause-final languages, holds) a new stance."""
    for cue in lex.cues:
        if cue.frame or (cue.bound and not comma and lex.break_needs_comma):
            continue
        m = cue.regex.search(part)
        if m is None:
            continue
        gap = part[:m.start()]
        gap_ok = bool(lex.bound_gap.match(gap) or lex.break_subject.match(gap)) or not gap.strip()
        if gap_ok or (lex.break_cue == "anywhere" and not cue.bound):
            return True
    return False


def _opening_cue_before(body: str, part_start: int, pos: int, hits: list) -> bool:
    """Whether the part before ``pos`` is only a subject and a stance verb ("双方商定"): its complement
    is what follows the break."""
    end = len(body[:pos].rstrip())
    return any(e == end and s - part_start <= OPENING_SUBJECT_CHARS and not (cue.bound or cue.frame)
               for s, e, cue in hits)


def clause_candidates(text: str, sentence: Span, lex: Lexicon) -> list[Span]:
    """Split one sentence where a new stance predicate begins (see module docstring)."""
    body = sentence.of(text)
    breaks = [m for m in lex.clause_break.finditer(body)
              if m.start() > 0 and m.end() < len(body) and _depth_at(body, m.start()) == 0
              and not lex.no_break_after.match(body[m.end():])]
    hits = [(m.start(), m.end(), cue) for cue in lex.cues for m in cue.regex.finditer(body)]
    cue_ends = {end for _, end, _ in hits}
    cuts = []
    for i, m in enumerate(breaks):
        comma = bool(re.search(r"[,，、;；]", m.group()))
        if not comma and m.start() in cue_ends:  # "commends and supports": one stance, two verbs
            continue
        part_start = cuts[-1].end() if cuts else 0
        if lex.break_cue == "start" and _opening_cue_before(body, part_start, m.start(), hits):
            continue  # "双方商定，保持…": the cue's complement follows the comma
        # the next break's continuative ending ("歓迎し,") belongs to the part it closes
        nxt = breaks[i + 1].end() if i + 1 < len(breaks) else len(body)
        part = body[m.end():nxt] if lex.break_cue == "anywhere" else body[m.end():]
        # CJK: the break's own text ends the stance before it ("歓迎し,")
        before = body[(cuts[-1].end() if cuts else 0):(m.start() if lex.latin else m.end())]
        if lex.break_needs_cue_before and not _has_cue(before, lex) and not lex.new_subject.match(part):
            continue
        if _starts_stance(part, lex, comma):
            cuts.append(m)
    spans, start = [], 0
    for m in cuts:
        # Latin scripts: ", and call upon" -> the comma ends nothing, "and call upon" begins the clause;
        # CJK: the comma stays with the clause it ends ("述べ、" / "不可分割的，").
        if lex.latin:
            end, start_next = m.start(), m.start() + len(m.group()) - len(m.group().lstrip(",;:， \t\n"))
        else:
            end = start_next = m.end()
        spans.append(trim(text, sentence.start + start, sentence.start + end))
        start = start_next
    spans.append(trim(text, sentence.start + start, sentence.end))
    return [s for s in spans if s.end > s.start]
