"""How a later provision relates to the earlier one it takes up, by the guideline's definitions.

The relations are the concepts of ``relations.ttl``; which one a pair gets is decided by ``relation.rules`` in
``link/rules.yaml``: an ordered list of tests, each naming the relation it gives when it holds, and
``relation.otherwise`` for a pair no test decides. The tests, by the guideline:

- ``reports-done``: the later text, not itself a commitment, reports the object done (held, signed, launched, in
  force) or welcomes it as done, and the earlier one was a commitment or did not already (an implementation);
- ``under-way``: the later text commits to go on carrying out what the earlier one pledged ("continue implementing
  the joint project"): the object is being carried out (an implementation);
- ``established``: the earlier text commits firmly (not a mere readiness) to establish the object (set up,
  create, launch, negotiate or conclude; not one already set up) and the later one
  speaks of it as in being: as existing ("make full use of the existing Joint Council"), as done, whatever else it
  pledges ("launch negotiations on an agreement" -> "concluded the agreement"), or in a view or welcome that does
  not pledge to establish it ("delight at the strong growth of the partnership"; an implementation); or the
  earlier text commits to raise relations to a level and the later one reports them raised ("格上げされたことを踏まえ");
- ``welcomed``: the later text welcomes or notes (``relation.acknowledge_modalities``) what the earlier one pledged
  or held, as in being (an implementation); not when the earlier text was itself a welcome or a note, a request
  or a mere readiness (whose object may never have come about), or already reported its object done, nor when the
  later text looks forward to it (``relation.cues.prospect``: "hoped for", "look forward to", "期待する");
- ``invitation-taken-up``: the earlier text invites to a visit (``relation.cues.invitation``) and the later one
  speaks of it without inviting to or pledging one (thanks for the hospitality, "these visits have set the
  framework"): the visit was made (an implementation);
- ``hedged``: a commitment becomes a matter to consider or study (a weakening);
- ``request-to-other-side``: a commitment becomes one side's request to the other (a weakening);
- ``one-side-view``: a commitment of both sides becomes one side's view ("agreed to make full use of the Joint
  Council" -> "China said the Joint Council is a good tradition"): only a view, of one of them (a weakening; a
  welcome is never one, nor a call on both sides to do it, ``relation.cues.both-sides-should``: "双方要持续深化…",
  which restates the pledge);
- ``view-becomes-commitment``: a view, appreciation or request becomes a commitment (a strengthening);
- ``conditional-becomes-firm``: a readiness (``relation.conditional_modalities``) becomes a firm commitment;
- ``adds-schedule``: a frequency or deadline is added (more specific);
- ``firmer-frequency``: the recurrence is more frequent, or firmer ("annually" -> "at least once a year");
- ``raises-target``: the later clause names a larger amount (a trade target of USD 10 bn -> 18 bn);
- ``upgraded``: the later text raises the object to a new, named level ("upgraded relations to a Comprehensive
  Strategic Partnership", "提升为…伙伴关系") and the earlier one did not (however much it spoke of new heights);
- ``intensified``: the later text commits to intensify, accelerate or upgrade what the earlier one pledged;
- ``one-side-becomes-joint``: what one state pledged, both (or more) states agree on together
  (``relation.agreement_modalities``: "Japan wishes to cooperate towards it" -> "the leaders agreed to strengthen
  cooperation towards it");
- ``more-specific``: the later clause names specific objects the earlier did not.

Stances are compared by kind (commitment or not, ``pg:CommittalModality`` in the thesaurus): "endorse" and
"will make every effort" both commit, and a commitment restated as a shared view ("confirmed the importance of
continuing") continues it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from ..model import Provision
from .data import rules
from .evidence import normalise, read_as
from .strength import has_schedule
from .vocab import binds, check_relation


@dataclass(frozen=True)
class Pair:
    """An earlier and a later provision taken to be one commitment, with what the linker found about them."""

    earlier: Provision
    later: Provision
    detail: tuple[str, ...] = ()  # specific evidence the later clause names and the earlier does not
    languages: tuple[str, str] = ("", "")  # of the earlier and the later document (how their text is read)


@cache
def _cues(name: str) -> tuple[re.Pattern, ...]:
    cues = rules()["relation"]["cues"][name]
    return tuple(re.compile(c, re.IGNORECASE) for lang in sorted(cues) for c in cues[lang])


def has_cue(p: Provision, name: str, language: str = "") -> bool:
    """True when the provision's clause matches one of the cues ``relation.cues.<name>`` (any language; the clause
    read as ``language`` spells it, see :func:`~pledgegraph.link.evidence.read_as`), not right next to the title of
    a document it cites: there the words describe that document ("2002年に署名された「…共同声明」に基づき", "the Joint
    Statement signed in 2002"), not what the clause pledges. Read once per clause, cue list and language (linking
    asks again for every pair a clause is in: 17,000 times for 4,000 clauses of 1,000 documents)."""
    return _clause_has_cue(p.quote, tuple(p.cites), name, language)


@lru_cache(maxsize=1 << 16)
def _clause_has_cue(quote: str, cites: tuple[str, ...], name: str, language: str) -> bool:
    """:func:`has_cue` of a clause's text and the titles it cites."""
    text = normalise(read_as(quote, language))
    titles = _cited_spans(text, list(cites), language)
    return any(not _describes_cited(m, titles) for cue in _cues(name) for m in cue.finditer(text))


def _cited_spans(text: str, cites: list[str], language: str) -> list[tuple[int, int]]:
    """Spans in ``text`` of the titles of the documents a clause cites (``Provision.cites``, a date in brackets left
    out)."""
    spans = []
    for label in cites:
        title = normalise(read_as(re.sub(r"\s*\([^()]*\)$", "", label), language))
        start = text.find(title) if title else -1
        while start >= 0:
            spans.append((start, start + len(title)))
            start = text.find(title, start + 1)
    return spans


def _describes_cited(m: re.Match, titles: list[tuple[int, int]]) -> bool:
    """True when a cue ends right before a cited title or starts right after one (``relation.cited_gap``
    characters apart at most: a quotation mark, a space)."""
    gap = rules()["relation"]["cited_gap"]
    return any(0 <= s - m.end() <= gap or 0 <= m.start() - e <= gap for s, e in titles)


def reports_done(p: Provision, language: str = "") -> bool:
    """True when the provision reports its object done (signed, held, in force) or welcomes it as done."""
    return has_cue(p, "done", language)


def _cue(pair: Pair, side: str, name: str) -> bool:
    return has_cue(getattr(pair, side), name, pair.languages[side == "later"])


def _reports_done(pair: Pair) -> bool:
    earlier, later = pair.earlier, pair.later  # a commitment ("will hold ...") is no report of something done
    return (not binds(later.modality) and _cue(pair, "later", "done")
            and (binds(earlier.modality) or not _cue(pair, "earlier", "done")))


def _welcomed(pair: Pair) -> bool:
    acknowledge = rules()["relation"]["acknowledge_modalities"]
    unsettled = rules()["relation"]["request_modalities"] + rules()["relation"]["conditional_modalities"]
    return (pair.later.modality in acknowledge and pair.earlier.modality not in acknowledge
            and pair.earlier.modality not in unsettled and not _cue(pair, "earlier", "done")
            and not _cue(pair, "later", "prospect"))


def _under_way(pair: Pair) -> bool:
    return _cue(pair, "later", "under-way") and not _cue(pair, "earlier", "under-way")


def _established(pair: Pair) -> bool:
    firm = binds(pair.earlier.modality) and pair.earlier.modality not in rules()["relation"]["conditional_modalities"]
    if not firm or _cue(pair, "earlier", "done") or _cue(pair, "later", "establish"):
        return False
    if _cue(pair, "earlier", "establish"):
        return not binds(pair.later.modality) or _cue(pair, "later", "existing") or _cue(pair, "later", "done")
    # relations to be raised to a level: only a report of the raise done carries it out (a later view of the
    # partnership restates it)
    return _cue(pair, "earlier", "upgrade") and _cue(pair, "later", "done")


def _invitation_taken_up(pair: Pair) -> bool:
    return (_cue(pair, "earlier", "invitation") and not _cue(pair, "later", "invitation")
            and not binds(pair.later.modality))


def _hedged(pair: Pair) -> bool:
    return binds(pair.earlier.modality) and _cue(pair, "later", "hedge") and not _cue(pair, "earlier", "hedge")


def _request_to_other_side(pair: Pair) -> bool:
    later = pair.later
    return (binds(pair.earlier.modality) and later.modality in rules()["relation"]["request_modalities"]
            and len(set(later.actors)) == 1)


def _one_side_view(pair: Pair) -> bool:
    earlier, later = pair.earlier, pair.later  # a welcome is never a weakening (``relation.welcome_modalities``)
    return (binds(earlier.modality) and len(set(earlier.actors)) >= 2 and not binds(later.modality)
            and later.modality not in rules()["relation"]["welcome_modalities"] and len(set(later.actors)) == 1
            and not _cue(pair, "later", "both-sides-should"))  # a call on both to do it restates the pledge


def _view_becomes_commitment(pair: Pair) -> bool:
    return binds(pair.later.modality) and not binds(pair.earlier.modality)


def _one_side_becomes_joint(pair: Pair) -> bool:
    earlier, later = set(pair.earlier.actors), set(pair.later.actors)
    return (len(earlier) == 1 and len(later) >= 2 and earlier < later
            and pair.later.modality in rules()["relation"]["agreement_modalities"])


def _conditional_becomes_firm(pair: Pair) -> bool:
    conditional = rules()["relation"]["conditional_modalities"]
    return (pair.earlier.modality in conditional and binds(pair.later.modality)
            and pair.later.modality not in conditional)


def _adds_schedule(pair: Pair) -> bool:
    return has_schedule(pair.later) and not has_schedule(pair.earlier)


def _days(duration: str | None) -> float | None:
    """Length of an ISO 8601 duration of one unit ("P1Y", "P6M", "P2W", "P10D") in days, None otherwise."""
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", duration or "")
    return float(m.group(1)) * {"Y": 365.0, "M": 30.5, "W": 7.0, "D": 1.0}[m.group(2)] if m else None


def _firmer_frequency(pair: Pair) -> bool:
    """Both fix a recurrence; the later one is more frequent, or as frequent with a firmer qualifier ("annually"
    -> "at least once a year"; ``relation.frequency_qualifiers`` ranks them)."""
    a, b = pair.earlier.time, pair.later.time
    da, db = _days(a.frequency), _days(b.frequency)
    if da is None or db is None:
        return False
    rank = rules()["relation"]["frequency_qualifiers"]
    return db < da or (db == da and rank.get(b.frequency_qualifier or "none", 0)
                       > rank.get(a.frequency_qualifier or "none", 0))


@cache
def _amount_patterns() -> tuple[tuple[re.Pattern, dict[str, float]], ...]:
    cfg = rules()["relation"]["amounts"]
    return tuple((re.compile(pattern, re.IGNORECASE), {k.casefold(): float(v) for k, v in cfg["units"].items()})
                 for lang in sorted(cfg["patterns"]) for pattern in cfg["patterns"][lang])


def amounts(p: Provision, language: str = "") -> list[float]:
    """Sums of money or volumes a clause names ("USD 18 billion", "2000億円", "200亿美元", "30 млрд"), as numbers."""
    text = normalise(read_as(p.quote, language)).replace(",", "")
    found = []
    for pattern, units in _amount_patterns():
        for m in pattern.finditer(text):
            try:
                found.append(float(m.group("n")) * units[m.group("unit").casefold()])
            except (KeyError, ValueError):
                continue
    return found


def _raises_target(pair: Pair) -> bool:
    """Both name an amount (a trade or investment target) and the later one names a larger one."""
    before, after = amounts(pair.earlier, pair.languages[0]), amounts(pair.later, pair.languages[1])
    return bool(before and after) and max(after) > max(before)


def _upgraded(pair: Pair) -> bool:
    return _cue(pair, "later", "upgrade") and not _cue(pair, "earlier", "upgrade")


def _intensified(pair: Pair) -> bool:
    return _cue(pair, "later", "intensify") and not _cue(pair, "earlier", "intensify")


def _more_specific(pair: Pair) -> bool:
    return bool(pair.detail)


TESTS: dict[str, Callable[[Pair], bool]] = {
    "reports-done": _reports_done,
    "under-way": _under_way,
    "established": _established,
    "welcomed": _welcomed,
    "invitation-taken-up": _invitation_taken_up,
    "hedged": _hedged,
    "request-to-other-side": _request_to_other_side,
    "one-side-view": _one_side_view,
    "view-becomes-commitment": _view_becomes_commitment,
    "conditional-becomes-firm": _conditional_becomes_firm,
    "adds-schedule": _adds_schedule,
    "firmer-frequency": _firmer_frequency,
    "raises-target": _raises_target,
    "upgraded": _upgraded,
    "intensified": _intensified,
    "one-side-becomes-joint": _one_side_becomes_joint,
    "more-specific": _more_specific,
}


@cache
def _rules() -> tuple[tuple[str, str], ...]:
    """(test, relation) in order, checked against the tests above and the relations of the thesaurus."""
    found = []
    for entry in rules()["relation"]["rules"]:
        if entry["test"] not in TESTS:
            raise ValueError(f"relation rule test {entry['test']!r} is unknown ({', '.join(sorted(TESTS))})")
        found.append((entry["test"], check_relation(entry["relation"])))
    return tuple(found)


def classify(earlier: Provision, later: Provision, detail: tuple[str, ...] = (),
             languages: tuple[str, str] = ("", "")) -> tuple[str, str]:
    """Relation of ``later`` to ``earlier`` and the rule that decided it (``link.relation.<test>``).

    Args:
        earlier: the earlier provision.
        later: the later provision.
        detail: specific evidence the later provision names and the earlier does not (it is more specific).
        languages: the languages of the earlier and the later document (Chinese is read in Simplified).
    """
    pair = Pair(earlier, later, detail, languages)
    for test, relation in _rules():
        if TESTS[test](pair):
            return relation, f"link.relation.{test}"
    return check_relation(rules()["relation"]["otherwise"]), "link.relation.same-stance"
