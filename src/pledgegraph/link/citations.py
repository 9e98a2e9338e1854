"""Document-level citations: a text naming an earlier document ("the Joint Statement ... of 2 February 2002").

Patterns are data (``lang/<iso>/citations.yaml``); the month names of ``{MONTH}`` and the reading of a cited
date come from the one date subsystem (:mod:`pledgegraph.timeparse`). A citation resolves to a corpus document
when their dates agree (within ``window_days``) and the document is of the cited kind (joint statement, action
plan ...); otherwise its target stays None and the graph builder makes an external document node.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Citation, Document, Provision
from ..timeparse import calendar, parse_date
from .data import citation_languages, citation_patterns, rules
from .dates import gap_days
from .evidence import normalise

PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True)
class Grammar:
    """Compiled citation patterns of one language."""

    language: str
    patterns: tuple[tuple[str, re.Pattern], ...]
    kinds: dict
    min_words: int
    strip_leading: tuple[str, ...]


def _expand(regex: str, fragments: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: fragments.get(m.group(1), m.group(0)), regex)


@cache
def grammar(language: str) -> Grammar | None:
    """Citation grammar of a language, None when the language has no ``citations.yaml``."""
    data = citation_patterns(language)
    if not data:
        return None
    fragments = {"MONTH": rf"(?i:\b(?:{calendar(language).placeholders()['MONTH']})\b)"}
    for name, regex in data.get("fragments", {}).items():
        fragments[name] = _expand(regex, fragments)
    return Grammar(
        language,
        tuple((p["rule"], re.compile(_expand(p["regex"], fragments))) for p in data["patterns"]),
        data.get("kinds") or {},
        int(data.get("min_words", 1)),
        tuple(data.get("strip_leading") or ()),
    )


@cache
def all_kinds() -> dict[str, tuple[str, ...]]:
    """Document kind -> title words in every language."""
    kinds: dict[str, set[str]] = {}
    for language in citation_languages():
        g = grammar(language)
        for kind, words in (g.kinds if g else {}).items():
            kinds.setdefault(kind, set()).update(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in sorted(kinds.items())}


def kind_of(title: str) -> str | None:
    """Document kind named by a title (longest matching kind word), None for instruments like treaties."""
    folded = title.casefold()
    hits = [(len(w), k) for k, words in all_kinds().items() for w in words if w.casefold() in folded]
    return max(hits)[1] if hits else None


def _view(doc: Document) -> tuple[str, list[int] | None]:
    """The text to search (normalised view when ingest made one) and its map to raw offsets."""
    if doc.norm and len(doc.norm_to_raw) == len(doc.norm) + 1:
        return doc.norm, doc.norm_to_raw
    return doc.raw, None


def _is_own_heading(title: str, doc: Document) -> bool:
    """True when the document's title or a heading line (a short line) ends with the cited title.

    That is the document naming itself (its own title, or the annexed statement a covering letter transmits).
    """
    if len(title) < 6:
        return False
    lines = [normalise(doc.title)] + [normalise(line) for line in doc.raw.splitlines()]
    return any(line.endswith(title) and len(line) <= len(title) + 20 for line in lines if line)


def _clean_title(raw_title: str, g: Grammar) -> str | None:
    title = normalise(raw_title).strip(" ,;:")
    for lead in g.strip_leading:
        if title.startswith(lead):
            title = title[len(lead):]
    if len(title.split()) < g.min_words:
        return None
    return title or None


def _found(doc: Document, g: Grammar) -> list[Citation]:
    text, to_raw = _view(doc)
    taken: list[tuple[int, int]] = []
    found = []
    for rule, pattern in g.patterns:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            title = _clean_title(m.group("title"), g)
            if not title:
                continue
            taken.append((start, end))
            written = m.groupdict().get("date")
            date = parse_date(normalise(written), g.language) if written else None
            raw_start, raw_end = (to_raw[start], to_raw[end]) if to_raw else (start, end)
            found.append(Citation(doc.source, title, date, None, raw_start, raw_end, rule))
    return found


def _bigrams(text: str) -> set[str]:
    text = re.sub(r"[\W_]+", "", text.casefold())
    return {text[i:i + 2] for i in range(len(text) - 1)}


def title_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character bigrams of two titles."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _is_kind(doc: Document, kind: str) -> bool:
    if doc.doc_type == kind:
        return True
    head = (doc.title + " " + (doc.norm or doc.raw)[: rules()["citations"]["head_chars"]]).casefold()
    return any(word.casefold() in head for word in all_kinds().get(kind, ()))


def resolve(citation: Citation, documents: list[Document]) -> str | None:
    """Source of the corpus document a citation names, None when it is not in the corpus."""
    cfg = rules()["citations"]
    kind = kind_of(citation.title)
    ranked = []
    for doc in documents:
        if doc.source == citation.source:
            continue
        similarity = title_similarity(citation.title, doc.title) if doc.title else 0.0
        if citation.date:
            gap = gap_days(citation.date, doc.date)
            if gap is None or gap > cfg["window_days"] or not (kind and _is_kind(doc, kind)):
                continue
        elif similarity >= cfg["title_similarity"]:
            gap = 0
        else:
            continue
        ranked.append((gap, -similarity, doc.source))
    return min(ranked)[2] if ranked else None


def find_citations(documents: list[Document]) -> list[Citation]:
    """Citations of other documents in every document, resolved against the corpus, sorted."""
    citations = []
    for doc in documents:
        g = grammar(doc.language)
        if g is None:
            continue
        seen = set()
        for c in sorted(_found(doc, g), key=lambda c: (c.start, c.end)):
            if (c.title, c.date) in seen or _is_own_heading(c.title, doc):
                continue
            seen.add((c.title, c.date))
            c.target = resolve(c, documents)
            citations.append(c)
    return sorted(citations, key=lambda c: (c.source, c.start, c.end, c.title))


def _label(c: Citation) -> str:
    return f"{c.title} ({c.date})" if c.date else c.title


SENTENCE_END = re.compile(r"[.!?。！？]\s|[。！？]")


def cited_by(c: Citation, p: Provision, raw: str | None = None) -> bool:
    """True when the clause contains the citation, or (given the raw text) the citation leads into the clause
    within the same sentence ("根据2000年9月签署的...联合声明的规定，申明愿意共同加强合作")."""
    if c.source != p.source:
        return False
    if p.start <= c.start < p.end:
        return True
    gap = p.start - c.end
    return (raw is not None and 0 <= gap <= rules()["link"]["cite_lead_in"]
            and not SENTENCE_END.search(raw[c.end:p.start]))


def attach_cites(provisions: list[Provision], citations: list[Citation],
                 documents: list[Document] | None = None) -> None:
    """Fill ``Provision.cites`` with the citations made in each provision's clause.

    Args:
        provisions: provisions to fill (in place).
        citations: from :func:`find_citations`.
        documents: when given, a citation leading into a clause in the same sentence counts too.
    """
    raws = {d.source: d.raw for d in documents or []}
    by_source: dict[str, list[Citation]] = {}
    for c in citations:
        by_source.setdefault(c.source, []).append(c)
    for p in provisions:
        for c in by_source.get(p.source, []):
            if cited_by(c, p, raws.get(p.source)) and _label(c) not in p.cites:
                p.cites.append(_label(c))
