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
    """Whether ``part`` holds a cue that is not a reporting frame."""
    return any(not c.frame and c.regex.search(part) for c in lex.cues)


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


def clause_candidates(text: str, sentence: Span, lex: Lexicon) -> list[Span]:
    """Split one sentence where a new stance predicate begins (see module docstring)."""
    body = sentence.of(text)
    breaks = [m for m in lex.clause_break.finditer(body)
              if m.start() > 0 and m.end() < len(body) and _depth_at(body, m.start()) == 0
              and not lex.no_break_after.match(body[m.end():])]
    cue_ends = {m.end() for cue in lex.cues for m in cue.regex.finditer(body)}
    cuts = []
    for i, m in enumerate(breaks):
        comma = bool(re.search(r"[,，、;；]", m.group()))
        if not comma and m.start() in cue_ends:  # "commends and supports": one stance, two verbs
            continue
        nxt = breaks[i + 1].start() if i + 1 < len(breaks) else len(body)
        part = body[m.end():nxt] if lex.break_cue == "anywhere" else body[m.end():]
        before = body[(cuts[-1].end() if cuts else 0):m.start()]
        if lex.break_needs_cue_before and not _has_cue(before, lex):
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
