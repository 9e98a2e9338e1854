"""Candidate predecessors from an index keyed by (relationship, pledge object), ordered by document date.

Looking up a later provision costs a binary search per (relationship pair, object) and a walk back over the few
most recent dates of that chain, so the work per provision stays flat as the archive grows.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from .dates import interval
from .evidence import Profile
from .identity import States, pair_keys


class ChainIndex:
    """Profiles by (pair of states, object key), each chain sorted by the last day its document may be dated.

    ``keys`` says under which keys a profile is filed (default: its objects and the themes of its qualified
    actions, :attr:`Profile.index_keys`)."""

    def __init__(self, profiles: list[Profile], relationship: dict[str, States],
                 keys: Callable[[Profile], Iterable[str]] = lambda pr: pr.index_keys):
        chains: dict[tuple[States, str], list[tuple[int, int, str, str, Profile]]] = defaultdict(list)
        for pr in profiles:
            span = interval(pr.date)
            if span is None:
                continue
            for pair in pair_keys(relationship.get(pr.provision.source, frozenset())):
                for obj in keys(pr):
                    chains[(pair, obj)].append((span[1].toordinal(), span[0].toordinal(), pr.date,
                                                pr.provision.key, pr))
        self._chains = {k: sorted(v, key=lambda e: e[:4]) for k, v in chains.items()}
        self._ends = {k: [e[0] for e in v] for k, v in self._chains.items()}

    def groups_before(self, pair: States, obj: str, date: str | None) -> Iterator[tuple[str, list[Profile]]]:
        """``(date, profiles)`` of the chain ``(pair, obj)`` certainly dated before ``date``, one group per date,
        the most recent first. Documents whose dates may coincide (one dated "2024-10", another "2024-10-15") are
        one group: neither is known to be the nearer predecessor (the group is named by its most recent date)."""
        span = interval(date)
        chain = self._chains.get((pair, obj))
        if span is None or not chain:
            return
        i = bisect_left(self._ends[(pair, obj)], span[0].toordinal())
        while i > 0:
            group_date, group_start, group = chain[i - 1][2], chain[i - 1][1], []
            while i > 0 and (chain[i - 1][2] == group_date or chain[i - 1][0] >= group_start):
                group_start = min(group_start, chain[i - 1][1])
                group.append(chain[i - 1][4])
                i -= 1
            yield group_date, sorted(group, key=lambda pr: pr.provision.key)
