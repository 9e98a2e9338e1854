"""Physical paragraphs: lines grouped the way they were printed.

Two layouts are recognised from the text itself:
  * *wrapped* text (PDF extractions: many long lines stop mid-sentence). A paragraph then continues
    over line breaks; it ends at a sentence end followed by an indent or a trailing space, at a
    bigger gap than the usual line spacing, or before a numbered line.
  * *unwrapped* text (one paragraph per line, as on web pages): a line ends a paragraph, unless it stops
    mid-sentence and the next line carries the sentence on (a hard break in a short text), or both are lines
    without a sentence end (a signature, an address, a title on two lines); a blank line always ends one.
In both, a line that starts with a paragraph number starts a new paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pledgegraph.ingest.lines import Line
from pledgegraph.ingest.navigation import scan_lines
from pledgegraph.ingest.normalize import is_wide
from pledgegraph.segment.numbering import starts_numbered

TERMINATORS = set("。．.!?！？｡;；:：")
CLOSERS = set("\"'”’」』)）]】")
END_MARK = re.compile(r"[(（][^()（）]{1,4}[)）]\s*$")  # a news agency's end mark after the last sentence: "(完)", "(End)"
WRAPPED_SHARE = 0.3  # share of long lines ending mid-sentence above which the text is wrapped
DOUBLE_SPACED_SHARE = 0.7
MIN_WRAPPED_LINES = 6  # fewer long lines are too little evidence of wrapping
CONTINUES_AFTER = set(",，、;；:：(（「『“‘-")  # a line ending in one of these goes on on the next line
# a line that is only a bracketed heading ("【慰安婦合意】", "［北朝鮮］") is a paragraph of its own
BRACKET_HEADING = re.compile(r"^\s*(?:【[^】\n]{1,30}】|［[^］\n]{1,30}］|〔[^〕\n]{1,30}〕)\s*$")
LONG_WIDE = 30  # characters: an unterminated CJK line this long was cut by a hard break


@dataclass
class Paragraph:
    """Raw offsets of a paragraph's text (first to last non-space character)."""

    start: int
    end: int
    lines: list[Line]

    def text(self, raw: str) -> str:
        return raw[self.start:self.end]


def is_terminated(text: str) -> bool:
    """Whether ``text`` ends with a sentence-ending mark (closing quotes/brackets skipped)."""
    stripped = END_MARK.sub("", text.rstrip()).rstrip() or text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1].rstrip()
    return bool(stripped) and stripped[-1] in TERMINATORS


def layout(lines: list[Line]) -> tuple[bool, bool]:
    """(wrapped, double_spaced) for the given non-navigation lines."""
    filled = [i for i, line in enumerate(lines) if not line.blank]
    if not filled:
        return False, False
    lengths = sorted(len(lines[i].text.strip()) for i in filled)
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    long_lines = [lines[i] for i in filled if len(lines[i].text.strip()) >= 0.7 * p90]
    open_ended = sum(not is_terminated(line.text) for line in long_lines)
    wrapped = len(long_lines) >= MIN_WRAPPED_LINES and open_ended >= WRAPPED_SHARE * len(long_lines)
    followed = sum(1 for i in filled if i + 1 < len(lines) and lines[i + 1].blank
                   and (i + 2 >= len(lines) or not lines[i + 2].blank))
    return wrapped, followed >= DOUBLE_SPACED_SHARE * len(filled)


def breaks(raw: str, a: Line, b: Line, blanks: int, wrapped: bool, double_spaced: bool) -> bool:
    """Whether line ``b`` starts a new paragraph after line ``a`` (``blanks`` blank lines between)."""
    if starts_numbered(b.text) or BRACKET_HEADING.match(a.text) or BRACKET_HEADING.match(b.text):
        return True
    if not wrapped:
        return blanks >= 1 or not _carries_on(raw, a, b)
    if blanks - (1 if double_spaced else 0) >= 1:
        return True
    trailing_space = a.content_end < a.end
    indented = b.content_start > b.start
    if is_terminated(a.text):
        return trailing_space or (indented and blanks > 0)
    if not trailing_space:
        return False
    both_wide = is_wide(raw[a.content_end - 1]) and is_wide(raw[b.content_start])
    return indented or not both_wide


def _carries_on(raw: str, a: Line, b: Line) -> bool:
    """Whether line ``b`` goes on with the paragraph of line ``a`` (in unwrapped text): ``a`` ends without a
    sentence end, and with a comma or an opening mark, or ``b`` starts in lower case, or ``b`` has no sentence
    end either, or (CJK, which has no case) ``a`` is as long as a line cut by a hard break."""
    text = a.text.rstrip()
    if not text or is_terminated(text):
        return False
    first = raw[b.content_start]
    if text[-1] in CONTINUES_AFTER or first.islower() or not is_terminated(b.text):
        return True
    return is_wide(text[-1]) and is_wide(first) and len(text.strip()) >= LONG_WIDE


def paragraphs(raw: str) -> list[Paragraph]:
    """Paragraphs of ``raw`` in order, navigation lines left out."""
    lines, nav = scan_lines(raw)
    body_lines = [line if not flag else Line(line.start, line.start, "") for line, flag in zip(lines, nav)]
    wrapped, double_spaced = layout([line for line, flag in zip(lines, nav) if not flag])
    result: list[Paragraph] = []
    previous: int | None = None
    for i, line in enumerate(body_lines):
        if nav[i]:
            previous = None
            continue
        if line.blank:
            continue
        if previous is None or breaks(raw, body_lines[previous], line, i - previous - 1, wrapped, double_spaced):
            result.append(Paragraph(line.content_start, line.content_end, [line]))
        else:
            result[-1].end = line.content_end
            result[-1].lines.append(line)
        previous = i
    return result
