"""How a later provision relates to the earlier one it takes up, by the guideline's definitions.

The relations are the concepts of ``relations.ttl``; which one a pair gets is decided by ``relation.rules`` in
``link/rules.yaml``: an ordered list of tests, each naming the relation it gives when it holds, and
``relation.otherwise`` for a pair no test decides. The tests, by the guideline:

- ``reports-done``: the later text, not itself a commitment, reports the object done (held, signed, launched, in
  force) or welcomes it as done, and the earlier one was a commitment or did not already (an implementation);
- ``under-way``: the later text commits to go on carrying out what the earlier one pledged ("continue implementing
  the joint project"): the object is being carried out (an implementation);
- ``hedged``: a commitment becomes a matter to consider or study (a weakening);
- ``request-to-other-side``: a commitment becomes one side's request to the other (a weakening);
- ``view-becomes-commitment``: a view, appreciation or request becomes a commitment (a strengthening);
- ``conditional-becomes-firm``: a readiness (``relation.conditional_modalities``) becomes a firm commitment;
- ``adds-schedule``: a frequency or deadline is added (more specific);
- ``intensified``: the later text commits to intensify, accelerate or upgrade what the earlier one pledged;
- ``more-specific``: the later clause names specific objects the earlier did not.

Stances are compared by kind (commitment or not, ``pg:CommittalModality`` in the thesaurus): "endorse" and
"will make every effort" both commit, and a commitment restated as a shared view ("confirmed the importance of
continuing") continues it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..model import Provision
from .data import rules
from .evidence import normalise
from .strength import has_schedule
from .vocab import binds, check_relation


@dataclass(frozen=True)
class Pair:
    """An earlier and a later provision taken to be one commitment, with what the linker found about them."""

    earlier: Provision
    later: Provision
    detail: tuple[str, ...] = ()  # specific evidence the later clause names and the earlier does not


@cache
def _cues(name: str) -> tuple[re.Pattern, ...]:
    cues = rules()["relation"]["cues"][name]
    return tuple(re.compile(c, re.IGNORECASE) for lang in sorted(cues) for c in cues[lang])


def has_cue(p: Provision, name: str) -> bool:
    """True when the provision's clause matches one of the cues ``relation.cues.<name>`` (any language)."""
    text = normalise(p.quote)
    return any(cue.search(text) for cue in _cues(name))


def reports_done(p: Provision) -> bool:
    """True when the provision reports its object done (signed, held, in force) or welcomes it as done."""
    return has_cue(p, "done")


def _reports_done(pair: Pair) -> bool:
    earlier, later = pair.earlier, pair.later  # a commitment ("will hold ...") is no report of something done
    return (not binds(later.modality) and reports_done(later)
            and (binds(earlier.modality) or not reports_done(earlier)))


def _under_way(pair: Pair) -> bool:
    return has_cue(pair.later, "under-way") and not has_cue(pair.earlier, "under-way")


def _hedged(pair: Pair) -> bool:
    return binds(pair.earlier.modality) and has_cue(pair.later, "hedge") and not has_cue(pair.earlier, "hedge")


def _request_to_other_side(pair: Pair) -> bool:
    later = pair.later
    return (binds(pair.earlier.modality) and later.modality in rules()["relation"]["request_modalities"]
            and len(set(later.actors)) == 1)


def _view_becomes_commitment(pair: Pair) -> bool:
    return binds(pair.later.modality) and not binds(pair.earlier.modality)


def _conditional_becomes_firm(pair: Pair) -> bool:
    conditional = rules()["relation"]["conditional_modalities"]
    return (pair.earlier.modality in conditional and binds(pair.later.modality)
            and pair.later.modality not in conditional)


def _adds_schedule(pair: Pair) -> bool:
    return has_schedule(pair.later) and not has_schedule(pair.earlier)


def _intensified(pair: Pair) -> bool:
    return has_cue(pair.later, "intensify") and not has_cue(pair.earlier, "intensify")


def _more_specific(pair: Pair) -> bool:
    return bool(pair.detail)


TESTS: dict[str, Callable[[Pair], bool]] = {
    "reports-done": _reports_done,
    "under-way": _under_way,
    "hedged": _hedged,
    "request-to-other-side": _request_to_other_side,
    "view-becomes-commitment": _view_becomes_commitment,
    "conditional-becomes-firm": _conditional_becomes_firm,
    "adds-schedule": _adds_schedule,
    "intensified": _intensified,
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


def classify(earlier: Provision, later: Provision, detail: tuple[str, ...] = ()) -> tuple[str, str]:
    """Relation of ``later`` to ``earlier`` and the rule that decided it (``link.relation.<test>``).

    Args:
        earlier: the earlier provision.
        later: the later provision.
        detail: specific evidence the later provision names and the earlier does not (it is more specific).
    """
    pair = Pair(earlier, later, detail)
    for test, relation in _rules():
        if TESTS[test](pair):
            return relation, f"link.relation.{test}"
    return check_relation(rules()["relation"]["otherwise"]), "link.relation.same-stance"
