"""What a provision pledges something about: thesaurus concepts, pledge-object terms, themes and n-grams.

Each provision gets a :class:`Profile`: an idf-weighted evidence vector (language independent, so an English
and a Japanese provision can be compared) and a character n-gram TF-IDF vector (compared within one language).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from ..model import Document, Provision
from .data import objects, rules
from .vocab import concept_labels, concept_neighbours

LETTER = r"[A-Za-z0-9\u0400-\u04FF]"  # a word boundary means: not next to one of these (CJK text has no spaces)
WORD_START = re.compile(LETTER)
ACRONYM = re.compile(r"[A-Z0-9+\-]{2,}")
SPECIFIC_KINDS = ("concept", "term")
CJK = r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"


@dataclass
class Profile:
    """One provision seen by the linker."""

    provision: Provision
    language: str
    date: str | None
    keys: dict[str, str]  # evidence key ("concept:wto", "term:poaching", "theme:fisheries") -> kind
    grams: Counter
    vector: dict[str, float] = field(default_factory=dict)  # idf-weighted evidence
    text_vector: dict[str, float] = field(default_factory=dict)  # TF-IDF of character n-grams

    @property
    def specific(self) -> set[str]:
        """Keys that name a specific pledge object (not a theme, not a generic term)."""
        return {k for k, kind in self.keys.items() if kind in SPECIFIC_KINDS}


def normalise(text: str) -> str:
    """NFKC, whitespace collapsed, and no whitespace next to CJK characters (line breaks inside CJK words)."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    return re.sub(rf"(?<={CJK}) | (?={CJK})", "", text)


def _term_regex(term: str, ignore_case: bool) -> str:
    term = normalise(term)
    if not WORD_START.match(term):
        return re.escape(term)  # CJK: plain substring
    words = [re.escape(w) for w in re.split(r"[\s]+", term)]
    body = r"\w*[\s\-]+".join(words)
    return rf"(?<!{LETTER}){body}" if ignore_case else rf"(?<!{LETTER}){body}(?!{LETTER})"


@cache
def _term_matchers() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(key, kind, regex) for every single term of the glossary."""
    found = []
    for key, entry in sorted(objects().items()):
        kind = "generic" if entry.get("generic") else "term"
        for lang, terms in sorted(entry.items()):
            if lang != "generic":
                found.extend((f"term:{key}", kind, re.compile(_term_regex(str(t), True), re.IGNORECASE))
                             for t in terms)
    return tuple(found)


@cache
def _concept_matchers() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(key, kind, regex) for every thesaurus concept (acronym labels match case-sensitively)."""
    venues = set(rules().get("venue_concepts", []))
    found = []
    for notation, labels in concept_labels().items():
        exact = [_term_regex(l, False) for l in labels if ACRONYM.fullmatch(normalise(l))]
        loose = [f"(?i:{_term_regex(l, True)})" for l in labels if not ACRONYM.fullmatch(normalise(l))]
        if exact or loose:
            kind = "generic" if notation in venues else "concept"
            found.append((f"concept:{notation}", kind, re.compile("|".join(exact + loose))))
    return tuple(found)


def _terms_in(text: str) -> dict[str, str]:
    """Glossary keys found in a text; a longer term hides the shorter ones inside it (平和条約 over 条約)."""
    hits = sorted(((m.end() - m.start(), m.start(), key, kind) for key, kind, regex in _term_matchers()
                   for m in regex.finditer(text)), key=lambda h: (-h[0], h[1], h[2]))
    taken: list[tuple[int, int]] = []
    keys = {}
    for length, start, key, kind in hits:
        end = start + length
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            keys.setdefault(key, kind)
    return keys


def evidence_keys(p: Provision) -> dict[str, str]:
    """Evidence keys of a provision: its concepts, object terms and concept labels in its quote, its themes."""
    text = normalise(p.quote)
    venues = set(rules().get("venue_concepts", []))
    keys = {f"concept:{c}": ("generic" if c in venues else "concept") for c in p.concepts}
    for key, kind, regex in _concept_matchers():
        if key not in keys and regex.search(text):
            keys[key] = kind
    for key in [k for k, kind in keys.items() if kind == "concept"]:
        for other in concept_neighbours().get(key.split(":", 1)[1], ()):
            keys.setdefault(f"concept:{other}", "generic" if other in venues else "concept")
    for key, kind in _terms_in(text).items():
        keys.setdefault(key, kind)
    keys.update({f"theme:{t}": "theme" for t in p.themes})
    return keys


def char_ngrams(text: str, n: int) -> Counter:
    """Character n-grams of the letters and digits of a text (case folded)."""
    letters = re.sub(r"[\W_]+", " ", normalise(text).casefold()).strip()
    return Counter(letters[i:i + n] for i in range(max(0, len(letters) - n + 1)))


def _idf(bags: list) -> dict[str, float]:
    df = Counter(k for bag in bags for k in set(bag))
    n = len(bags)
    return {k: math.log((n + 1) / (c + 1)) + 1.0 for k, c in df.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(k, 0.0) for k, w in a.items())
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))


def profiles(documents: list[Document], provisions: list[Provision]) -> list[Profile]:
    """Profiles of all provisions whose document is known, sorted by provision key."""
    docs = {d.source: d for d in documents}
    sizes = rules()["link"]["ngram"]
    found = []
    for p in sorted(provisions, key=lambda p: p.key):
        doc = docs.get(p.source)
        if doc is None:
            continue
        n = int(sizes.get(doc.language, sizes["default"]))
        found.append(Profile(p, doc.language, doc.date, evidence_keys(p), char_ngrams(p.quote, n)))
    weights = rules()["weights"]
    idf = _idf([pr.keys for pr in found])
    for pr in found:
        pr.vector = {k: weights[kind] * idf[k] for k, kind in pr.keys.items()}
    for language in sorted({pr.language for pr in found}):
        same = [pr for pr in found if pr.language == language]
        text_idf = _idf([pr.grams for pr in same])
        for pr in same:
            pr.text_vector = {g: (1 + math.log(c)) * text_idf[g] for g, c in pr.grams.items()}
    return found
