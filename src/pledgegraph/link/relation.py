"""How a later provision relates to the earlier one it takes up: continues, strengthens, weakens, implements."""
from __future__ import annotations

import re
from functools import cache

from ..model import Provision
from .data import rules
from .evidence import normalise
from .pairing import stance_tier
from .strength import has_schedule


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


def classify(earlier: Provision, later: Provision, detail: tuple[str, ...] = ()) -> tuple[str, str]:
    """Relation of ``later`` to ``earlier`` and the rule that decided it.

    Stances are compared by kind (``stance_tiers``: commitment > shared view or appreciation > request, note,
    condemnation), not by the finer strength scale: "endorse" and "will make every effort" both commit.

    Args:
        earlier: the earlier provision.
        later: the later provision.
        detail: specific evidence the later provision names and the earlier does not (it is more specific).
    """
    if reports_done(later):
        return "implements", "link.relation.done-cue"
    before, after = stance_tier(earlier.modality), stance_tier(later.modality)
    if after < before:
        return "weakens", "link.relation.weaker-stance"
    if has_schedule(later) and not has_schedule(earlier):
        return "strengthens", "link.relation.adds-schedule"
    if after > before:
        return "strengthens", "link.relation.stronger-stance"
    if detail:
        return "strengthens", "link.relation.more-specific"
    return "continues", "link.relation.same-stance"
