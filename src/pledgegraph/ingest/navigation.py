"""Web navigation lines (menus, breadcrumbs, "Back to Top") recognised from cue data.

Cues live in ``lang/<iso>/metadata.yaml`` under ``navigation``: ``lines`` are phrases that form a
whole navigation line, ``tokens`` are menu items, ``breadcrumb_start`` items that open a breadcrumb, ``byline``
patterns the start of an author or source line.
Cues of all languages apply to every document (a Japanese site can carry an English page).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pledgegraph.ingest.lexicon import metadata_lexicon, navigation_cues, supported_languages
from pledgegraph.ingest.lines import Line, split_lines

SEPARATOR_CHARS = ">＞»›→"
BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>|＞|»|›|→)\s*")
SENTENCE_END_CHARS = frozenset(".。．!?！？;；:：")
MAX_TOKEN = 14  # characters; menu items are short
MAX_ECHO = 24  # a page heading that repeats a breadcrumb item
MENU_WORDS = 8  # a menu bar: at least this many words, nearly all capitalised, no punctuation
MENU_CAPITALISED = 0.8
# words a title-case headline has and a menu bar of section names lacks ("Sign Deal To Boost Trade")
HEADLINE_WORDS = frozenset("a an and as at by for from in of on the to with".split())


@lru_cache(maxsize=1)
def _bylines() -> re.Pattern:
    """Author and source lines of all languages ("文/德国之声中文网", "By Jane Doe", "Источник: ТАСС")."""
    patterns = [p for language in supported_languages()
                for p in metadata_lexicon(language).get("navigation", {}).get("byline", [])]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _breadcrumb_starts() -> frozenset[str]:
    starts: set[str] = set()
    for language in supported_languages():
        starts.update(s.lower() for s in metadata_lexicon(language).get("navigation", {}).get("breadcrumb_start", []))
    return frozenset(starts)


def is_navigation(text: str) -> bool:
    """True when one line on its own reads as site navigation."""
    stripped = text.strip()
    if not stripped:
        return False
    phrases, tokens = navigation_cues()
    lowered = stripped.lower()
    if lowered in phrases or _bylines().match(stripped):
        return True
    if stripped[-1] in SENTENCE_END_CHARS:  # neither a breadcrumb nor a menu ends like a sentence
        return False
    if any(c in stripped for c in SEPARATOR_CHARS):
        parts = [p for p in BREADCRUMB_SEPARATORS.split(stripped) if p]
        if len(parts) >= 3 and all(len(p) <= MAX_TOKEN * 2 for p in parts):
            return True
    words = lowered.split()
    if not words or any(len(w) > MAX_TOKEN for w in words):
        return False
    if _menu_bar(stripped.split()):
        return True
    cue_words = sum(w in tokens for w in words)
    if len(words) == 1:
        return cue_words == 1
    if words[0] in _breadcrumb_starts():
        return True
    return cue_words * 2 >= len(words) and len(words) >= 2


def _menu_bar(words: list[str]) -> bool:
    """Whether a line of words is a bar of section names ("Все новости Израиль Ближний Восток Мир Экономика…"):
    many words, nearly all capitalised, none of the small words a headline has, no punctuation."""
    if len(words) < MENU_WORDS or any(not w.isalpha() and "-" not in w for w in words):
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= MENU_CAPITALISED * len(words) and not any(w.lower() in HEADLINE_WORDS for w in words)


def navigation_flags(lines: list[Line]) -> list[bool]:
    """One flag per line: navigation or not (menu echoes next to navigation included)."""
    flags = [is_navigation(line.text) for line in lines]
    for i, line in enumerate(lines):
        if flags[i] or line.blank or len(line.text.strip()) > MAX_ECHO:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and flags[j]]
        item = line.text.strip()
        if any(item in lines[j].text.split() or lines[j].text.strip().endswith(item) for j in neighbours):
            flags[i] = True
    return flags


@lru_cache(maxsize=2)
def scan_lines(raw: str) -> tuple[tuple[Line, ...], tuple[bool, ...]]:
    """Lines of ``raw`` and their navigation flags, computed once per text (ingest and segment share them)."""
    lines = split_lines(raw)
    return tuple(lines), tuple(navigation_flags(lines))
