"""How a later provision relates to the earlier one it takes up: continues, strengthens, weakens, implements."""
from __future__ import annotations

import re
from functools import cache

from ..model import Provision
from .data import rules
from .evidence import normalise
from .strength import has_schedule, strength


@cache
def _implements_cues() -> tuple[re.Pattern, ...]:
    cues = rules()["relation"]["implements_cues"]
    return tuple(re.compile(c, re.IGNORECASE) for lang in sorted(cues) for c in cues[lang])


def reports_done(p: Provision) -> bool:
    """True when the provision reports its object done (signed, held, in force) or welcomes it as done."""
    if p.modality not in rules()["relation"]["implements_modalities"]:
        return False
    text = normalise(p.quote)
    return any(cue.search(text) for cue in _implements_cues())


def _strength(p: Provision) -> int:
    return p.strength or strength(p)


def classify(earlier: Provision, later: Provision) -> tuple[str, str]:
    """Relation of ``later`` to ``earlier`` and the rule that decided it."""
    if reports_done(later):
        return "implements", "link.relation.done-cue"
    before, after = _strength(earlier), _strength(later)
    if has_schedule(later) and not has_schedule(earlier) and after >= before:
        return "strengthens", "link.relation.adds-schedule"
    if after > before:
        return "strengthens", "link.relation.stronger"
    if after < before:
        return "weakens", "link.relation.weaker"
    return "continues", "link.relation.same-strength"
