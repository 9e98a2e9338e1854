"""Colours and line styles the pictures give relations and statuses: colour-blind safe (Okabe–Ito, plus grey).

The relations and statuses themselves come from the thesaurus through :mod:`pledgegraph.link.vocab`; only the
order of colours lives here. A status that a relation yields (``pg:yieldsStatus``) takes that relation's colour.
"""
from __future__ import annotations

from ..link.vocab import relations, status_of_relation, statuses

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
RELATION_PALETTE = ("#999999", "#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
STATUS_PALETTE = ("#E69F00", "#CC79A7", "#56B4E9", "#000000", "#F0E442")  # statuses no relation yields
RELATION_DASHES = ("dotted", "solid", "dashed", "dashdot")  # a second cue for print in grey


def relation_colours() -> dict[str, str]:
    """Relation notation -> colour, in notation order (continues grey, implements blue, strengthens bluish green,
    weakens vermillion)."""
    return dict(zip(relations(), RELATION_PALETTE))


def relation_dashes() -> dict[str, str]:
    """Relation notation -> matplotlib line style, so that relations differ without colour too."""
    return {r: RELATION_DASHES[i % len(RELATION_DASHES)] for i, r in enumerate(relations())}


def status_colours() -> dict[str, str]:
    """Status notation -> colour: the colour of the relation that yields it, else the next free colour."""
    by_relation = {status: relation_colours()[relation] for relation, status in status_of_relation().items()}
    free = iter(STATUS_PALETTE)
    return {s: by_relation.get(s) or next(free, "#000000") for s in statuses()}
