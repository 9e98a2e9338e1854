"""Commitment identity: the relationship a pledge belongs to and the specific objects it is about.

Two provisions can be one commitment only when they belong to the same relationship: their documents share at
least two states (the two parties of one bilateral relationship; for a multilateral document, the states it shares
with the other) or are both about the same single state, and each provision is pledged by one of those states.
A Japan–India pledge never evolves into a Japan–Australia one. Within a relationship, the pledge object is
what the provision names specifically (a thesaurus concept or a pledge-object term, see ``evidence.py``); themes,
venues and generic words are evidence, never an object on their own.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from ..model import Document, Provision

States = frozenset[str]


def relationships(documents: list[Document], provisions: list[Provision], texts: bool = True) -> dict[str, States]:
    """Source -> the states a document is about: its parties and the states of its joint provisions ("both
    sides"), or, when these are fewer than two, also every state committing in one of its provisions, and then
    (a bilateral text whose partner went unrecognised: "the two countries") the states its text names most often
    after those, up to two (only with ``texts``: documents read from a graph carry no text)."""
    joint: dict[str, set[str]] = defaultdict(set)
    actors: dict[str, set[str]] = defaultdict(set)
    for p in provisions:
        actors[p.source].update(p.actors)
        if len(set(p.actors)) >= 2:
            joint[p.source].update(p.actors)
    found = {}
    for doc in documents:
        states = set(doc.parties) | joint[doc.source]
        if len(states) < 2:
            states |= actors[doc.source]
        if len(states) < 2 and texts:
            states |= _partners(doc, states)
        found[doc.source] = frozenset(states)
    return found


def _partners(doc: Document, states: set[str]) -> set[str]:
    """The states, other than ``states``, that the document names most often: as many as make two states."""
    from ..extract.parties import party_scores  # weighs mentions by where they occur (title, opening, roles)

    scores = {code: score for code, score in party_scores(doc).items() if code not in states}
    return set(sorted(scores, key=lambda c: (-scores[c], c))[:2 - len(states)])


def pair_keys(states: States) -> tuple[States, ...]:
    """Index keys of a document's relationship: every pair of its states (one pair for a bilateral document), or
    the single state itself."""
    if len(states) < 2:
        return (states,) if states else ()
    return tuple(frozenset(pair) for pair in combinations(sorted(states), 2))


def shared_states(a: States, b: States) -> States:
    """The states through which two documents are one relationship; empty when they are not."""
    common = a & b
    return common if len(common) >= 2 or (common and a == b) else frozenset()


def same_commitment_holders(earlier: Provision, later: Provision, a: States, b: States) -> bool:
    """True when both provisions are pledged within one relationship: each by at least one of the states the two
    documents share (both sides, or one side of the same bilateral relationship)."""
    common = shared_states(a, b)
    return bool(common & set(earlier.actors)) and bool(common & set(later.actors))
