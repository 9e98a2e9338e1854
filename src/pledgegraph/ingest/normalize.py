"""The normalised view of a document and its exact map back to raw offsets.

``norm`` is built from ``raw`` by
  * NFKC per character (full-width digits and letters become ASCII; a character that expands maps
    every produced character to its own raw offset), invisible format characters dropped,
  * joining lines that a PDF line break cut inside CJK text: the newline (and spaces around it, and
    at most one blank line) between two wide characters is removed,
  * dropping web navigation lines with their newline.

``norm_to_raw`` has ``len(norm) + 1`` entries, is monotone, and every entry is a valid raw index;
entry ``k`` is the raw offset of the character that produced ``norm[k]``, the last entry the raw
offset just after the last kept character. It is a ``list`` for ordinary documents and an
``array('q')`` (same indexing) above ``ARRAY_THRESHOLD`` characters to keep memory linear and small.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from typing import Sequence

from pledgegraph.ingest.lexicon import nfkc
from pledgegraph.ingest.lines import Line
from pledgegraph.ingest.navigation import scan_lines

ARRAY_THRESHOLD = 2_000_000
#: Format characters that change no reading (soft hyphen, zero-width space/joiners, word joiner, BOM, bidi
#: marks): dropped from ``norm`` so that "Ja\u00adpan" is read as "Japan".
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
NO_JOIN_AFTER = set("。．！？｡：；!?")
NUMBERED_START = re.compile(r"^(?:[0-9０-９]{1,3}[\s　.．、)）]|[IVXⅠ-Ⅻ]+[.．\s]|[(（][^)）]{1,4}[)）]|[①-⑳])")


def is_wide(char: str) -> bool:
    """CJK-width character (Han, kana, full-width forms, CJK punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def joins(raw: str, a: Line, b: Line, gap_lines: int) -> bool:
    """Whether the break between non-blank lines ``a`` and ``b`` is a PDF wrap inside CJK text."""
    if gap_lines > 1 or NUMBERED_START.match(b.text.lstrip()):
        return False
    before, after = raw[a.content_end - 1], raw[b.content_start]
    if not is_wide(after) or before in NO_JOIN_AFTER:
        return False
    if a.content_end < a.end and b.content_start > b.start:
        return False  # trailing space then an indent: a hard break (title line, new paragraph)
    if is_wide(before):
        return True
    return before.isdigit() and a.content_end == a.end  # "2001 年 10" + "月": digits, no trailing space


def kept_intervals(raw: str, lines: Sequence[Line], nav: Sequence[bool]) -> list[tuple[int, int]]:
    """Raw intervals that make up ``norm``, in order."""
    intervals: list[tuple[int, int]] = []
    skip_until = -1
    previous: int | None = None  # index of the previous non-blank, non-navigation line
    for i, line in enumerate(lines):
        if nav[i]:
            previous = None
            continue
        if not line.blank:
            if previous is not None and joins(raw, lines[previous], line, i - previous - 1):
                _drop_after(intervals, lines[previous].content_end)
                skip_until = line.content_start
            previous = i
        start = max(line.start, skip_until)
        end = min(line.end + 1, len(raw))
        if start < end:
            intervals.append((start, end))
    return _merge(intervals)


def _drop_after(intervals: list[tuple[int, int]], cut: int) -> None:
    """Remove everything at or after raw offset ``cut`` from the collected intervals."""
    while intervals and intervals[-1][0] >= cut:
        intervals.pop()
    if intervals and intervals[-1][1] > cut:
        intervals[-1] = (intervals[-1][0], cut)


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in intervals:
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def normalise(raw: str) -> tuple[str, Sequence[int]]:
    """Build ``(norm, norm_to_raw)`` for ``raw``."""
    lines, flags = scan_lines(raw)
    intervals = kept_intervals(raw, lines, flags)
    pieces: list[str] = []
    offsets: list[int] | array = array("q") if len(raw) > ARRAY_THRESHOLD else []
    for start, end in intervals:
        segment = raw[start:end]
        if segment.isascii() or (unicodedata.is_normalized("NFKC", segment) and not INVISIBLE.search(segment)):
            pieces.append(segment)
            _extend_range(offsets, start, end)
            continue
        folded = ["" if INVISIBLE.match(c) else nfkc(c) for c in segment]
        pieces.extend(folded)
        if sum(map(len, folded)) == len(segment):
            _extend_range(offsets, start, end)
            continue
        for i, out in enumerate(folded, start):
            offsets.extend([i] * len(out))
    offsets.append(intervals[-1][1] if intervals else 0)
    return "".join(pieces), offsets


def _extend_range(offsets: list[int] | array, start: int, end: int) -> None:
    """Append ``start, start + 1, ..., end - 1`` (numpy fills large arrays ten times faster than a loop)."""
    if isinstance(offsets, array) and end - start > 4096:
        import numpy

        offsets.frombytes(numpy.arange(start, end, dtype=numpy.int64).tobytes())
    else:
        offsets.extend(range(start, end))


def raw_to_norm(norm_to_raw: Sequence[int], raw_offset: int) -> int:
    """Smallest norm index whose raw offset is >= ``raw_offset`` (for mapping block spans to norm)."""
    lo, hi = 0, len(norm_to_raw) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if norm_to_raw[mid] < raw_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def trimmed_raw_span(raw: str, norm_to_raw: Sequence[int], norm_start: int, norm_end: int) -> tuple[int, int]:
    """Raw span of a norm span, without the whitespace dropped at its ends."""
    start, end = norm_to_raw[norm_start], norm_to_raw[norm_end]
    while end > start and raw[end - 1].isspace():
        end -= 1
    while start < end and raw[start].isspace():
        start += 1
    return start, end


