"""The walk back along an object's chain: which earlier document is the nearest predecessor."""
from __future__ import annotations

from pledgegraph.link import link


def test_a_clause_on_another_object_sharing_a_word_does_not_end_the_walk_back(doc, prov):
    both = ("AU", "PG")
    docs = [doc("a.txt", "2019-07-22", parties=both), doc("b.txt", "2023-01-12", parties=both),
            doc("c.txt", "2024-02-08", parties=both)]
    start = prov("a.txt", "1", "They agreed to start negotiations towards a Comprehensive Strategic and Economic "
                 "Partnership", modality="agree", themes=("political-dialogue",), actors=both)
    other = prov("b.txt", "1", "They noted the security treaty would fulfil a commitment made in the strategic "
                 "partnership", modality="note", themes=("security-defense",), actors=both)
    later = prov("c.txt", "1", "They reaffirmed their shared commitment to the Comprehensive Strategic and Economic "
                 "Partnership", modality="affirm", themes=("political-dialogue",), actors=both)
    assert {l.earlier for l in link(docs, [start, other, later]) if l.later == later.key} == {start.key}
