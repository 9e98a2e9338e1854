"""Which earlier provisions each provision descends from: the closure of the evolution links.

The build writes ``later pg:descendsFrom earlier`` for every pair this gives, so that a chain (``chain.rq``) is a
lookup instead of a transitive path evaluated at query time. The pairs are exactly those of the SPARQL path
``later (^pg:later/pg:earlier)+ earlier`` over the same links: a provision on a cycle (which the checks reject)
descends from itself, as the path says.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Link


def descent(links: list[Link]) -> list[tuple[str, str]]:
    """``(later, earlier)`` provision keys for every chain of one or more links from ``later`` back to ``earlier``,
    sorted."""
    direct: dict[str, set[str]] = defaultdict(set)
    for link in links:
        direct[link.later].add(link.earlier)
    found: dict[str, frozenset[str]] = {}

    def ancestors(key: str) -> frozenset[str]:
        """Everything ``key`` reaches, by depth-first search with an explicit stack (chains can be long)."""
        seen: set[str] = set()
        stack = list(direct[key])
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            known = found.get(node)
            if known is not None:  # an earlier provision already done: its ancestors in one step
                seen |= known
                continue
            stack.extend(direct.get(node, ()))
        return frozenset(seen)

    for key in sorted(direct):  # any order gives the same sets; a done earlier provision saves a walk
        found[key] = ancestors(key)
    return sorted((later, earlier) for later, earliers in found.items() for earlier in earliers)

