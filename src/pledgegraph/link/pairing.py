"""Score two provisions as taking up the same specific pledge object."""
from __future__ import annotations

from dataclasses import dataclass

from .data import rules
from .evidence import Profile, cosine, coverage


@dataclass(frozen=True)
class Match:
    """Why two provisions are thought to pledge the same thing."""

    score: float
    shared: tuple[str, ...]  # shared evidence keys, sorted
    rule: str
    direct: tuple[str, ...] = ()  # shared specific keys that both clauses name themselves, sorted
    objects: tuple[str, ...] = ()  # shared specific keys (pledge objects), sorted
    cited: bool = False  # the later clause cites the earlier one's document


def _notation(key: str) -> str:
    return key.split(":", 1)[1]


def shared_notations(match: Match) -> list[str]:
    """Shared thesaurus notations (concepts and themes), the evidence recorded on a link."""
    return sorted({_notation(k) for k in match.shared if k.startswith(("concept:", "theme:"))})


def _rare_name(a: Profile, b: Profile, key: str) -> bool:
    """True when both clauses name ``key`` themselves as a glossary object or a name, and few clauses of the corpus
    do (its idf at least ``link.rare_name_idf``: not the framework of every relationship, "the Strategic
    Partnership"): the same thing, however differently the two clauses are themed."""
    weights, least = rules()["weights"], rules()["link"]["rare_name_idf"]
    return all(p.keys[key] in ("term", "name") and p.vector.get(key, 0.0) >= least * weights[p.keys[key]]
               for p in (a, b))


def other_instances(a: Profile, b: Profile) -> frozenset[str]:
    """The objects of a series (``link.periods.objects``: action plans, programmes) that two clauses name for
    different periods ("the Action Plan 2020-24", "a joint strategic action plan 2025-29"): two plans, not one (and
    actions on them, "cooperation@concept:action-plan"); empty unless both clauses name periods and none in common."""
    if not (a.periods and b.periods) or a.periods & b.periods:
        return frozenset()
    series = set(rules()["link"]["periods"]["objects"])
    return frozenset(k for k in set(a.keys) | set(b.keys) if k in series or k.partition("@")[2] in series)


def match(a: Profile, b: Profile, cited: bool = False, ignore: frozenset[str] | None = None) -> Match | None:
    """Match of two provisions, or None when nothing specific is shared.

    The score is how much of what one of them is about the other is about too (the higher of the two
    :func:`coverage` values: either may elaborate on the other), or their text similarity within one language,
    whichever is higher; plus a bonus when ``b`` cites ``a``'s document (so it may exceed 1).

    Args:
        a: one provision (the earlier).
        b: the other (the later).
        cited: ``b`` is in a passage that cites ``a``'s document.
        ignore: ``other_instances(a, b)`` where the caller has it already.
    """
    cfg = rules()["link"]
    ignore = other_instances(a, b) if ignore is None else ignore
    # evidence only inferred on both sides (two instruments of one family) is not recorded as shared
    shared = {k for k in set(a.keys) & set(b.keys) if not a.keys[k] == b.keys[k] == "related"} - ignore
    specific = (a.specific & b.specific) - ignore
    themes = any(k.startswith("theme:") for k in shared)
    concepts = any(k.startswith("concept:") for k in specific)
    named = any(_rare_name(a, b, k) for k in specific)
    if not (themes or concepts or named or not (a.provision.themes and b.provision.themes)):
        return None  # both themed, but differently, and no named concept or rare name in common: different objects
    text_score = cosine(a.text_vector, b.text_vector) if a.language == b.language else 0.0
    # an action on a theme alone ("dialogue and cooperation" in two texts on political dialogue) is weaker
    # evidence than the same words: two clauses saying it alike are found by their words (not two plans of a series
    # for different periods, said alike)
    on_themes_only = not ignore and all(a.keys[k] == "theme-compound" or b.keys[k] == "theme-compound"
                                        for k in specific)
    if specific and not (on_themes_only and text_score >= cfg["text_strong"]):
        rule = "link.concept-overlap" if concepts else "link.term-overlap"
    elif text_score >= cfg["text_strong"]:
        rule = "link.text-similarity"
    elif cited and themes:
        rule = "link.citation"
    else:
        return None
    key_score = max(coverage(b, a, ignore), coverage(a, b, ignore))  # one may elaborate on the other, either way
    score = max(key_score, text_score) + (cfg["cite_bonus"] if cited else 0.0)
    return Match(round(score, 4), tuple(sorted(shared)), rule, tuple(sorted(a.direct & b.direct)),
                 tuple(sorted(specific & shared)), cited)
