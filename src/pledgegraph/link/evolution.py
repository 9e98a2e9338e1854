"""Chain provisions of one relationship that take up the same specific pledge object, earlier -> later.

A later provision is looked up, for each specific object it names, in the chain of that object within its
relationship (:class:`~pledgegraph.link.chains.ChainIndex`); its predecessors are the provisions of the most
recent earlier date in that chain that pledge the same thing (every one there that does, scoring close to the
best; a clause citing an earlier document looks there first; the walk back along a chain stops at the first date
with a clause of the relationship on the object). Where an earlier document has clauses on a general object and
on a more specific one ("the peace treaty", "the peace treaty negotiations"), a later clause on the specific one
takes up those. Versions of one work are never predecessors of each other. Seen from the earlier side, a pledge
is taken up in a later document by the clauses that restate the most of it: a clause sharing only part of what
another clause of the same later document shares with it is an elaboration, not a successor; and no more than a
few clauses of one later document, scoring close to the best of them, succeed one clause.

Every link records the objects both provisions take up, the rule (``<identity rule>+<relation rule>``), the
match score and a confidence (:func:`confidence`, calibrated on the development gold); links less sure than
``link.min_confidence`` are not made.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from ..model import Citation, Document, Link, Provision
from .chains import ChainIndex
from .citations import cited_by, find_citations, kind_of
from .data import rules
from .evidence import OBJECT_KINDS, KeysOf, Profile, document_keys, profiles
from .identity import States, pair_keys, relationships, same_commitment_holders
from .pairing import Match, match, other_instances, shared_notations
from .relation import classify, has_cue, reports_done
from .vocab import binds
from .works import versions

TEXT = "text"  # the chain of every provision of a relationship, for comparing words where no object is known


@dataclass
class Found:
    """A predecessor found for a later provision, with the objects through which it was found."""

    match: Match
    earlier: Profile
    later: Profile
    objects: set[str] = field(default_factory=set)


def _cited_sources(by_source: dict[str, list[Profile]], citations: list[Citation],
                   documents: list[Document]) -> dict[str, set[str]]:
    """Provision key -> sources of the corpus documents its clause cites."""
    raws = {d.source: d.raw for d in documents}
    cited = defaultdict(set)
    for c in citations:
        if not c.target:
            continue
        for pr in by_source.get(c.source, []):
            if cited_by(c, pr.provision, raws.get(c.source)):
                cited[pr.provision.key].add(c.target)
    return cited


def linker_profiles(documents: list[Document], provisions: list[Provision], citations: list[Citation],
                    keys_of: KeysOf = document_keys) -> list[Profile]:
    """The profiles :func:`link` and :func:`~pledgegraph.link.alignments` read: the spans of citations of corpus
    documents (statements, plans) hidden (the clause is linked to what it cites through the citation). A title of
    a document outside the corpus stays evidence: "implement the Declaration on the Conduct of Parties" names the
    pledge object. Pass them to both to compute them once."""
    return profiles(documents, provisions, [c for c in citations if c.target and kind_of(c.title)], keys_of)


def linkable(p: Provision) -> bool:
    """False for stances without a pledge object (``link.unlinked_modalities``: a general condemnation)."""
    return p.modality not in rules()["link"]["unlinked_modalities"]


class Linker:
    """Everything :func:`link` needs to look up the predecessors of one later provision."""

    def __init__(self, documents: list[Document], provisions: list[Provision], citations: list[Citation],
                 found: list[Profile] | None = None):
        self.profiles = linker_profiles(documents, provisions, citations) if found is None else found
        self.by_source: dict[str, list[Profile]] = defaultdict(list)
        for pr in self.profiles:
            self.by_source[pr.provision.source].append(pr)
        self.same_work = versions(documents, self.by_source)
        self.relationship: dict[str, States] = relationships(documents, provisions)
        self.cited = _cited_sources(self.by_source, citations, documents)
        linkable_profiles = [pr for pr in self.profiles if linkable(pr.provision)]
        self.index = ChainIndex(linkable_profiles, self.relationship)
        self.by_relationship = ChainIndex(linkable_profiles, self.relationship, lambda pr: (TEXT,))
        self.cfg = rules()["link"]

    def _compatible(self, earlier: Profile, later: Profile) -> bool:
        a, b = earlier.provision.source, later.provision.source
        return (a != b and frozenset((a, b)) not in self.same_work
                and same_commitment_holders(earlier.provision, later.provision,
                                            self.relationship[a], self.relationship[b]))

    def _accepted(self, group: list[Profile], later: Profile, cited: set[str]) -> list[tuple[Match, Profile]]:
        found = []
        for cand in group:
            if self._compatible(cand, later):
                m = match(cand, later, cand.provision.source in cited)
                if m is not None and m.score >= self._threshold(m):
                    found.append((m, cand))
        return found

    def _threshold(self, m: Match) -> float:
        """The score a pair needs: ``threshold_named`` when both clauses name one specific object themselves (a
        named instrument, a glossary object, a quoted name: evidence enough even where the clauses say much else),
        else ``threshold``."""
        return self.cfg["threshold_named"] if named_in_both(m) else self.cfg["threshold"]

    def predecessors(self, later: Profile) -> list[Found]:
        """The predecessors of ``later``: per object, the accepted candidates of the nearest date of its chain
        (of a cited document first), those scoring close to the best."""
        cited = self.cited.get(later.provision.key, set())
        found: dict[str, Found] = {}
        pairs = pair_keys(self.relationship.get(later.provision.source, frozenset()))
        # a visit on a theme alone, spoken of as made, is looked up too among the clauses inviting to it (an
        # invitation, then the visit; not a later invitation or a pledge of visits, which are others to come)
        visits = set() if not _visit_made(later) else {k for k, kind in later.keys.items()
                                                       if kind == "theme-compound"
                                                       and k.partition("@")[0] in _invited_actions()}
        for obj in sorted(later.objects | visits):
            for pair in pairs:
                for m, cand in self._nearest(pair, obj, later, cited, invited=obj in visits):
                    entry = found.setdefault(cand.provision.key, Found(m, cand, later))
                    entry.objects.add(obj)
                    if m.score > entry.match.score:
                        entry.match = m
        if not found:  # no object the glossary knows: the same words in the same language, in the nearest documents
            for pair in pairs:
                for m, cand in self._same_words(pair, later):
                    found.setdefault(cand.provision.key, Found(m, cand, later))
        return self._best(list(found.values()))

    def _same_words(self, pair: States, later: Profile) -> list[tuple[Match, Profile]]:
        """Provisions of the ``text_dates_back`` most recent earlier dates of the relationship, in the later
        provision's language, whose text is as similar as ``text_strong`` (the most recent date with any)."""
        for _, group in islice(self.by_relationship.groups_before(pair, TEXT, later.date),
                               self.cfg["text_dates_back"]):
            same = [pr for pr in group if pr.language == later.language]
            found = [(m, c) for m, c in self._accepted(same, later, set()) if m.rule == "link.text-similarity"]
            if found:
                return self._closest(found, later)
        return []

    def _nearest(self, pair: States, obj: str, later: Profile, cited: set[str],
                 invited: bool = False) -> list[tuple[Match, Profile]]:
        """The accepted candidates of the nearest date of ``obj``'s chain (see :meth:`predecessors`); a clause naming
        ``obj`` for another period (the plan before this one) is not on it; ``invited``: only clauses inviting to
        it (a visit on a theme alone)."""
        if cited:  # a clause citing an earlier document takes up what that document pledged, however far back
            in_cited = self._accepted([pr for _, g in self.index.groups_before(pair, obj, later.date) for pr in g
                                       if pr.provision.source in cited and obj not in other_instances(pr, later)],
                                      later, cited)
            if in_cited:
                return self._closest(in_cited, later, obj)
        for _, group in islice(self.index.groups_before(pair, obj, later.date), self.cfg["max_dates_back"]):
            matched = []  # each candidate matched once (its other instances found once, passed on to match)
            for c in group:
                if invited and not _invites(c):
                    continue
                ignore = other_instances(c, later)
                if obj not in ignore and self._compatible(c, later):
                    m = match(c, later, c.provision.source in cited, ignore)
                    if m is not None:
                        matched.append((m, c))
            accepted = [(m, c) for m, c in matched if m.score >= self._threshold(m)]
            if accepted:
                return self._closest(accepted, later, obj)
            if any(m.rule != "link.citation" for m, _ in matched):  # a match without the citation's help
                return []  # the nearest document of the relationship on this object: its clauses match too little
            # (a clause that does not match at all, themed otherwise with no named concept in common, is about
            # another object that shares a word: the walk goes on)
        return []

    def _closest(self, accepted: list[tuple[Match, Profile]], later: Profile,
                 obj: str = "") -> list[tuple[Match, Profile]]:
        """Those scoring close to the best, and (the guideline's nearest predecessor: "every provision there that
        has it") every one that names ``obj`` itself where ``obj`` is a named object (a concept, a glossary object,
        a name), however much else it says and whatever its stance; what is reported done was pledged: only the
        pledges to do it, when there are any. Among the others, a pledge is carried on by a pledge, a view by a view:
        when candidates of that kind of stance score at least ``stance_floor`` of the best, only they are kept."""
        best = max(m.score for m, _ in accepted)
        done = reports_done(later.provision, later.language)  # what is reported done was pledged: pledges first
        kind = binds(later.provision.modality) or done
        alike = [(m, c) for m, c in accepted if binds(c.provision.modality) == kind]
        named = [(m, c) for m, c in (alike if done and alike else accepted) if is_named(obj) and obj in m.direct]
        if alike and (done or max(m.score for m, _ in alike) >= self.cfg["stance_floor"] * best):
            accepted, best = alike, max(m.score for m, _ in alike)
        close = [(m, c) for m, c in accepted if m.score >= self.cfg["margin"] * best]
        return close + [pair for pair in named if pair not in close]

    def _best(self, found: list[Found]) -> list[Found]:
        """The best ``max_predecessors``, after dropping, per earlier document, the candidates that share with the
        later clause only part of the objects another candidate there shares, less a named object (a clause on "the
        peace treaty" is not the predecessor of one on "the peace treaty negotiations" when the earlier document has
        one on those; one more action on a topic, "cooperation in infrastructure", is no other object)."""
        shared = {f.earlier.provision.key: f.later.objects & f.earlier.objects for f in found}
        by_doc = defaultdict(list)
        for f in found:
            by_doc[f.earlier.provision.source].append(shared[f.earlier.provision.key])
        found = [f for f in found if not shared[f.earlier.provision.key]
                 or not any(shared[f.earlier.provision.key] < other
                            and any(map(is_named, other - shared[f.earlier.provision.key]))
                            for other in by_doc[f.earlier.provision.source])]
        found.sort(key=lambda f: (-f.match.score, f.earlier.provision.key))
        return found[: self.cfg["max_predecessors"]]


def is_named(key: str) -> bool:
    """True when an object key is a named object (a concept, glossary object or name), not a qualified action on a
    topic ("term:cooperation@term:connectivity")."""
    return "@" not in key and key.split(":", 1)[0] in ("concept", "term", "name")


def named_in_both(m: Match) -> bool:
    """True when both clauses name a shared specific object themselves: a concept, glossary object or quoted name
    (not a qualified action on a topic, not an inferred concept)."""
    return any(map(is_named, m.direct))


def _fewest_successors(found: list[Found]) -> list[Found]:
    """At most ``max_successors`` successors of one earlier clause in one later document, scoring close to the best
    one (``successor_margin``), those citing the earlier document first, then those restating the most of its
    objects: a clause taken up by many clauses of one text shares a broad topic with them, not one pledge object.
    Where some clauses of the later document raise what they take up to a new level ("elevate relations to a
    Strategic Partnership"), only those succeed, however they score: the others name it in passing ("the Strategic
    Partnership will include six pillars")."""
    cfg = rules()["link"]
    by_target = defaultdict(list)
    for f in found:
        by_target[(f.earlier.provision.key, f.later.provision.source)].append(f)
    kept = []
    for group in by_target.values():
        # close to the best successor taking up the same object (a citation's bonus does not crowd the others out):
        # a clause taking up another named object of the earlier one is no rival
        close = [f for f in group if f.match.score >= cfg["successor_margin"] * max(
            min(g.match.score, 1.0) for g in group if g is f or _rivals(f, g))]
        raised = [f for f in group if _raises_level(f)]  # a relationship is taken up where its level is set
        close = raised or close
        kept.extend(sorted(close, key=lambda f: (not f.match.cited, -len(_restated(f)), -f.match.score,
                                                 f.later.provision.key))[: cfg["max_successors"]])
    return kept


def _rivals(f: Found, g: Found) -> bool:
    """True when ``g`` competes with ``f`` as a successor of one earlier clause: they take up the same named object,
    or ``f`` names none (found on its words or on actions on topics alone: every other successor is a rival). A
    successor taking up a named object of the earlier clause (the Preferential Trade Agreement) is not crowded out
    by one taking up only an action on a topic of it (cooperation in defence)."""
    named_f, named_g = set(filter(is_named, f.objects)), set(filter(is_named, g.objects))
    return not named_f or bool(named_f & named_g)


def _raises_level(f: Found) -> bool:
    """True when the later clause raises what it takes up to a new, named level (``relation.cues.upgrade``:
    "agreed to elevate relations to a Strategic Partnership") rather than naming it in passing."""
    return has_cue(f.later.provision, "upgrade", f.later.language)


def _undominated(found: list[Found]) -> list[Found]:
    """Drop (earlier, later) pairs whose restated objects are a strict subset of those another clause of the same
    later document restates of the same earlier clause: that clause elaborates part of what the other restates.
    Pairs found on other grounds (text similarity: no restated objects) and clauses citing the earlier document
    are kept."""
    by_target = defaultdict(list)
    for f in found:
        by_target[(f.earlier.provision.key, f.later.provision.source)].append(_restated(f))
    return [f for f in found
            if f.match.cited or not _restated(f) or not any(_restated(f) < other
                                                            for other in by_target[(f.earlier.provision.key,
                                                                                    f.later.provision.source)])]


def _without_shortcuts(found: list[Found]) -> list[Found]:
    """Drop a link from A to C when A links to B and B to C: C takes up the pledge from its nearest predecessor
    B, which carried it on from A (a chain, not a fan)."""
    successors = defaultdict(set)
    for f in found:
        successors[f.earlier.provision.key].add(f.later.provision.key)
    return [f for f in found if not any(f.later.provision.key in successors[b]
                                        for b in successors[f.earlier.provision.key])]


def _restated(f: Found) -> set[str]:
    """The objects of the earlier pledge that the later clause restates (named or inferred, not through a theme)."""
    return {k for k in f.match.objects
            if f.earlier.keys.get(k) in OBJECT_KINDS and f.later.keys.get(k) in OBJECT_KINDS}


def further_steps(earlier: Profile, later: Profile) -> tuple[str, ...]:
    """What the later clause adds on a named instrument both take up: a step on it (``relation.step_actions``)
    the earlier did not name ("the entry into force of" conventions the earlier only said would expand the legal
    base); cooperation or dialogue about it is no further step."""
    steps = {f"term:{k}" for k in rules()["relation"]["step_actions"]}
    shared = {k for k in set(earlier.keys) & set(later.keys) if k.startswith("concept:")}
    return tuple(sorted(k for k in later.objects - earlier.specific
                        if "@" in k and k.split("@", 1)[1] in shared and k.split("@", 1)[0] in steps))


def confidence(f: Found, siblings: int = 1) -> float:
    """How sure the linker is that the two provisions are one commitment (``confidence`` in ``link/rules.yaml``):
    the weight of the strongest kind of object they share (a named instrument over a qualified action on a topic),
    scaled by the match score, and lowered where links of that kind were found to go wrong more often: two views
    (neither provision commits its actor: a shared view restated is often no pledge taken up), a view of a
    commitment, different committing states (a one-sided remark and a joint stance), and a later clause that
    takes up more than ``siblings_free`` clauses of one earlier document (``siblings``: it shares a broad topic
    with them); raised when the later clause cites the earlier document."""
    cfg = rules()["confidence"]
    kinds = [cfg["kinds"].get(_confidence_kind(obj, f), cfg["kinds"]["default"]) for obj in f.objects]
    value = max(kinds, default=cfg["kinds"]["default"])
    value *= cfg["floor"] + (1 - cfg["floor"]) * min(f.match.score, 1.0)
    stances = (binds(f.earlier.provision.modality), binds(f.later.provision.modality))
    value *= cfg["stances"].get({(False, False): "views", (True, False): "commitment-to-view"}.get(stances, ""), 1.0)
    if set(f.earlier.provision.actors) != set(f.later.provision.actors):
        value *= cfg["other_actors"]
    value *= cfg["sibling"] ** max(0, siblings - cfg["siblings_free"])
    if f.match.cited:
        value *= cfg["cited"]
    return round(min(1.0, value), 2)


def _confidence_kind(obj: str, f: Found) -> str:
    """The kind of a shared object as ``confidence.kinds`` weighs it: a qualified action on a named topic
    (``compound``); on a theme only (``theme-compound``: clauses referring back, "these consultations", in texts on a
    theme) where neither clause names the action on a topic of its own ("consultations on counter-terrorism": then
    the reference is to those); else the key's kind."""
    action, _, topic = obj.partition("@")
    if not topic:
        return obj.split(":", 1)[0]
    if "listed-compound" in (f.earlier.keys.get(obj), f.later.keys.get(obj)):
        return "listed-compound"
    if not topic.startswith("theme:"):
        return "compound"
    named = any(k.startswith(action + "@") and not k.partition("@")[2].startswith("theme:")
                for pr in (f.earlier, f.later) for k in pr.keys)
    if not named and action in _invited_actions() and _invites(f.earlier) and _visit_made(f.later):
        return "compound"  # an invitation to visit, and the visit: the visit itself is the object
    return "compound" if named else "theme-compound"


@cache
def _invited_actions() -> frozenset[str]:
    return frozenset(f"term:{k}" for k in rules()["link"]["invited_actions"])


def _visit_made(pr: Profile) -> bool:
    """True when a clause may speak of a visit as made: it neither invites to one nor pledges (binds) one."""
    return not _invites(pr) and not binds(pr.provision.modality)


def _invites(pr: Profile) -> bool:
    """True when the clause invites the other side to visit, or wishes to visit (``relation.cues.invitation``:
    "invited Solih to visit India", "しかるべき時期に訪日したい")."""
    return has_cue(pr.provision, "invitation", pr.language)


def link(documents: list[Document], provisions: list[Provision],
         citations: list[Citation] | None = None, linker: Linker | None = None) -> list[Link]:
    """Evolution links between provisions of different documents of one relationship, sorted by (earlier, later).

    Args:
        documents: the corpus documents (their ``date`` orders them; undated documents are not linked; their
            ``parties`` name the relationship, see :func:`~pledgegraph.link.identity.relationships`).
        provisions: provisions of those documents.
        citations: document citations (see :func:`find_citations`); found again when not given.
        linker: a :class:`Linker` of these documents (its profiles and versions are shared with
            :func:`~pledgegraph.link.alignments`); made here when not given.
    """
    citations = find_citations(documents) if citations is None else citations
    linker = Linker(documents, provisions, citations) if linker is None else linker
    found = []
    for later in linker.profiles:
        if linkable(later.provision):
            found.extend(linker.predecessors(later))
    links = []
    kept = _fewest_successors(_undominated(found))
    siblings = Counter((f.later.provision.key, f.earlier.provision.source) for f in kept)
    floor = rules()["link"]["min_confidence"]
    sure = {id(f): confidence(f, siblings[(f.later.provision.key, f.earlier.provision.source)]) for f in kept}
    kept = _without_shortcuts([f for f in kept if sure[id(f)] >= floor])  # below: more likely wrong than right
    for f in kept:
        m, earlier, later = f.match, f.earlier, f.later
        detail = further_steps(earlier, later)
        relation, relation_rule = classify(earlier.provision, later.provision, detail,
                                           (earlier.language, later.language))
        links.append(Link(earlier.provision.key, later.provision.key, relation, round(min(m.score, 1.0), 2),
                          shared_notations(m), f"{m.rule}+{relation_rule}", sorted(f.objects),
                          sure[id(f)]))
    return sorted(links, key=lambda l: (l.earlier, l.later))
