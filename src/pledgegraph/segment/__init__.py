"""Segmentation: a Document's printed numbering hierarchy -> Blocks with locators.

Locators join the printed numbers from outer to inner with dots ("I.1", "5.3", "1.1.イ"); the label
of a number is its NFKC form (full-width digits become ASCII, Roman numerals and kana stay as printed,
circled digits become digits). Unnumbered body paragraphs before the first number are "p1", "p2"...;
an unnumbered paragraph after a numbered one continues it (the block is extended); a numbered
heading followed by unnumbered text becomes that text's block. Front matter (title, date lines,
a cover letter before an annex) is returned as heading blocks "t1", "t2"..., closing matter
(signatures, place and date) as heading blocks "s1", "s2"...; navigation lines are left out.
A locator printed twice gets "~2", "~3"... appended, so locators are unique.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from pledgegraph.model import Block, Document
from pledgegraph.segment.numbering import Marker, markers
from pledgegraph.segment.paragraphs import BRACKET_HEADING, Paragraph, paragraphs
from pledgegraph.segment.zones import body_bounds, is_heading_text

MAX_SKIP = 3  # a number may skip at most 2 values (a paragraph lost in conversion)
FIRST_NUMBER_LIMIT = 20  # an excerpt may start its outermost list at "5." (not with a bare "5 ")


@dataclass
class _Level:
    style: str
    value: int
    label: str
    block: Block


def _pick(candidates: list[Marker], stack: list[_Level]) -> tuple[Marker, int] | None:
    """The candidate that continues an open level or opens a new one, with its depth."""
    for marker in candidates:
        depth = next((d for d, level in enumerate(stack) if level.style == marker.style), None)
        if depth is not None:
            if stack[depth].value < marker.value <= stack[depth].value + MAX_SKIP or marker.value == 1:
                return marker, depth
        elif marker.value == 1 or (not stack and marker.value <= FIRST_NUMBER_LIMIT and not _weak(marker)):
            return marker, len(stack)
    return None


def _weak(marker: Marker) -> bool:
    """A number that opens a list only at 1: bare ("5 Parties") or decimal ("3.5 percent")."""
    return marker.style.startswith("decimal") or "bare" in marker.style


def _unique(blocks: list[Block]) -> None:
    seen: dict[str, int] = {}
    renamed: dict[int, str] = {}
    for block in blocks:
        count = seen.get(block.locator, 0) + 1
        seen[block.locator] = count
        if count > 1:
            renamed[id(block)] = f"{block.locator}~{count}"
    for block in blocks:
        block.locator = renamed.get(id(block), block.locator)


def segment(doc: Document) -> list[Block]:
    """Blocks of ``doc`` in text order; offsets are raw offsets of the block text (after its number).

    Ingest segments each document once and keeps its blocks (``Document.blocks``); this returns fresh copies of
    them, and segments a document that carries none (one built by hand).
    """
    return [replace(block) for block in doc.blocks or segment_text(doc.raw, doc.language)]


def segment_text(raw: str, language: str) -> list[Block]:
    """Blocks of a text in ``language`` (see :func:`segment`)."""
    paras = paragraphs(raw)
    candidates = [markers(p.text(raw), p.start) for p in paras]
    first, end = body_bounds(paras, raw, language, [bool(c) for c in candidates])
    blocks = [Block(f"t{i + 1}", p.start, p.end, heading=True) for i, p in enumerate(paras[:first])]
    blocks += _body_blocks(raw, paras[first:end], candidates[first:end])
    blocks += [Block(f"s{i + 1}", p.start, p.end, heading=True) for i, p in enumerate(paras[end:])]
    _unique(blocks)
    return blocks


def _body_blocks(raw: str, paras: list[Paragraph], candidates: list[list[Marker]]) -> list[Block]:
    blocks: list[Block] = []
    stack: list[_Level] = []
    current: Block | None = None  # the numbered block that unnumbered paragraphs continue
    unnumbered = 0
    for para, options in zip(paras, candidates):
        picked = _pick(options, stack)
        if picked is None:
            if current is None:
                unnumbered += 1
                heading = bool(BRACKET_HEADING.match(raw[para.start:para.end]))
                blocks.append(Block(f"p{unnumbered}", para.start, para.end, heading=heading))
            else:
                if current.heading:
                    current.heading, current.start = False, para.start
                current.end = para.end
            continue
        marker, depth = picked
        del stack[depth:]
        parent = stack[-1].block.locator if stack else None
        locator = f"{parent}.{marker.label}" if parent and not marker.style.startswith("decimal") else marker.label
        body = raw[marker.body_start:para.end]
        # a number alone on its line ("第六條" over numbered items) heads them: its block is the number itself
        start = marker.body_start + len(body) - len(body.lstrip()) if body.strip() else para.start
        current = Block(locator, start, para.end, depth=depth, parent=parent,
                        heading=not body.strip() or is_heading_text(body))  # "Статья 2" alone heads the next paragraph
        stack.append(_Level(marker.style, marker.value, marker.label, current))
        blocks.append(current)
    return blocks
