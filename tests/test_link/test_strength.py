"""Pledge strength: base strength of the modality (thesaurus pg:strength) + 1 for a schedule."""
from __future__ import annotations

import pytest

from pledgegraph.link import strength

CONTRACT = {"note": 1, "condemn": 1, "welcome": 2, "affirm": 2, "request": 2, "support": 3, "ready": 3,
            "intend": 4, "agree": 5}


@pytest.mark.parametrize("modality,expected", sorted(CONTRACT.items()))
def test_base_strength_follows_the_documented_scale(prov, modality, expected):
    assert strength(prov("a.txt", "1", "x", modality=modality)) == expected


def test_frequency_or_deadline_adds_one(prov):
    assert strength(prov("a.txt", "1", "x", modality="agree", frequency="P1Y")) == 6
    assert strength(prov("a.txt", "1", "x", modality="intend", deadline="2000")) == 5
