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


def test_relations_and_the_modality_ranking_come_from_the_thesaurus():
    """One vocabulary: the relations, their properties and the modality ranking are read from relations.ttl and
    modalities.ttl, not listed in Python."""
    from pledgegraph.link.vocab import committal_modalities, modalities_by_rank, relations, status_of_relation
    from pledgegraph.rdf.namespaces import PG

    assert relations() == ("continues", "implements", "strengthens", "weakens")
    assert all(PG[name] for name in relations())  # pg:<relation> properties exist for every relation
    assert status_of_relation() == {"continues": "restated", "implements": "implemented",
                                    "strengthens": "strengthened", "weakens": "weakened"}
    assert committal_modalities() == {"agree", "intend", "support", "ready"}
    assert modalities_by_rank()[:2] == ("agree", "intend") and modalities_by_rank()[-1] == "note"
