"""What became of each pledge: implemented, strengthened, weakened, restated, dropped or open.

A pledge takes the status its successors' relations give it (``pg:yieldsStatus`` in ``relations.ttl``): the
status of ``status.decisive`` when any successor gives it (a pledge reported done stays implemented), else the
status given by its successor in the most recent later document. A pledge without a successor is ``dropped`` when
a later document of the same relationship exists (it could have been taken up and was not), else ``open``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Document, Link, Provision
from .data import rules
from .dates import interval
from .identity import pair_keys, relationships
from .vocab import check_status, status_of_relation


@dataclass(frozen=True)
class PledgeStatus:
    """The status of one provision and the links that decided it (earlier -> later keys)."""

    provision: str  # Provision.key
    status: str  # a notation of status:scheme
    links: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (earlier, later) of the deciding links
    rule: str = ""


def _has_later_document(documents: list[Document], relationship: dict[str, frozenset[str]]):
    """``has_later(doc)``: is some document of the same relationship certainly dated after ``doc``? (The latest
    start date per relationship pair, so the whole archive is read once.)"""
    latest: dict[frozenset[str], object] = {}
    for d in documents:
        span = interval(d.date)
        if span is not None:
            for key in pair_keys(relationship.get(d.source, frozenset())):
                latest[key] = max(latest.get(key, span[0]), span[0])

    def has_later(doc: Document) -> bool:
        span = interval(doc.date)
        return span is not None and any(
            key in latest and latest[key] > span[1] for key in pair_keys(relationship.get(doc.source, frozenset())))
    return has_later


def statuses(documents: list[Document], provisions: list[Provision], links: list[Link]) -> list[PledgeStatus]:
    """One :class:`PledgeStatus` per provision of a known document, sorted by provision key."""
    cfg = rules()["status"]
    yields = status_of_relation()
    decisive = [check_status(s) for s in cfg["decisive"]]
    dropped, open_ = check_status(cfg["no_successor"]), check_status(cfg["nothing_later"])
    docs = {d.source: d for d in documents}
    relationship = relationships(documents, provisions)
    has_later = _has_later_document(documents, relationship)
    later_docs: dict[str, bool] = {}
    successors: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        successors[link.earlier].append(link)
    found = []
    for p in sorted(provisions, key=lambda p: p.key):
        doc = docs.get(p.source)
        if doc is None:
            continue
        own = successors.get(p.key, [])
        if own:
            found.append(_from_links(p.key, own, yields, decisive, docs))
            continue
        if doc.source not in later_docs:
            later_docs[doc.source] = has_later(doc)
        status = dropped if later_docs[doc.source] else open_
        found.append(PledgeStatus(p.key, status, (), f"link.status.{status}"))
    return found


def _from_links(key: str, links: list[Link], yields: dict[str, str], decisive: list[str],
                docs: dict[str, Document]) -> PledgeStatus:
    given = [(yields[l.relation], l) for l in links if l.relation in yields]
    for status in decisive:
        deciding = [l for s, l in given if s == status]
        if deciding:
            return PledgeStatus(key, status, tuple(sorted((l.earlier, l.later) for l in deciding)),
                                f"link.status.{status}")

    def when(link: Link):
        span = interval(docs[link.later.split("#", 1)[0]].date) if link.later.split("#", 1)[0] in docs else None
        return span[1] if span else None

    dated = [(when(l), s, l) for s, l in given if when(l) is not None]
    latest = max(d for d, _, _ in dated)
    last = sorted((l.later, s, l) for d, s, l in dated if d == latest)
    status = last[0][1]
    deciding = tuple(sorted((l.earlier, l.later) for _, s, l in last if s == status))
    return PledgeStatus(key, status, deciding, "link.status.latest-successor")
