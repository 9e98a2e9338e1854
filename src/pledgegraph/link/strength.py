"""Ordinal pledge strength: the modality's base strength, + 1 for a fixed frequency or deadline."""
from __future__ import annotations

from ..model import Provision
from .data import rules
from .vocab import modality_strengths


def base_strength(modality: str) -> int:
    """``pg:strength`` of a modality in the thesaurus (``modalities.ttl``), 0 for a modality it does not know."""
    return modality_strengths().get(modality, 0)


def has_schedule(p: Provision) -> bool:
    """True when the provision fixes a frequency or a deadline."""
    return bool(p.time.frequency or p.time.deadline)


def strength(p: Provision) -> int:
    """Pledge strength of a provision (note 1 ... agree 5, + 1 when it fixes a frequency or deadline)."""
    bonus = int(rules()["strength"]["schedule_bonus"]) if has_schedule(p) else 0
    return base_strength(p.modality) + bonus
