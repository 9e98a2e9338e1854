"""Score two provisions as taking up the same specific pledge object."""
from __future__ import annotations

from dataclasses import dataclass

from .data import rules
from .evidence import Profile, cosine


@dataclass(frozen=True)
class Match:
    """Why two provisions are thought to pledge the same thing."""

    score: float
    shared: tuple[str, ...]  # shared evidence keys, sorted
    rule: str


def _notation(key: str) -> str:
    return key.split(":", 1)[1]


def shared_notations(match: Match) -> list[str]:
    """Shared thesaurus notations (concepts and themes), the evidence recorded on a link."""
    return sorted({_notation(k) for k in match.shared if k.startswith(("concept:", "theme:"))})


def match(a: Profile, b: Profile, cited: bool = False) -> Match | None:
    """Match of two provisions, or None when nothing specific is shared.

    Args:
        a: one provision (usually the earlier).
        b: the other.
        cited: ``b`` is in a passage that cites ``a``'s document.
    """
    cfg = rules()["link"]
    shared = set(a.keys) & set(b.keys)
    specific = a.specific & b.specific
    key_score = cosine(a.vector, b.vector)
    text_score = cosine(a.text_vector, b.text_vector) if a.language == b.language else 0.0
    themes = any(k.startswith("theme:") for k in shared)
    concepts = any(k.startswith("concept:") for k in specific)
    if not (themes or concepts or not (a.provision.themes and b.provision.themes)):
        return None  # both themed, but differently, and no named concept in common: different objects
    if specific:
        rule = "link.concept-overlap" if concepts else "link.term-overlap"
    elif text_score >= cfg["text_strong"]:
        rule = "link.text-similarity"
    elif cited and themes:
        rule = "link.citation"
    else:
        return None
    score = max(key_score, text_score) + (cfg["cite_bonus"] if cited else 0.0)
    return Match(round(min(score, 1.0), 4), tuple(sorted(shared)), rule)
