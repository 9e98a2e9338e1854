"""What the glossary (``link/objects.yaml``) finds in a clause: pledge objects named, and no object where a word only
looks like one."""
from __future__ import annotations

from pledgegraph.link.evidence import evidence_keys


def _objects(prov, quote: str, language: str = "en") -> set[str]:
    return {k for k, kind in evidence_keys(prov("a.txt", "1", quote), language).items() if kind == "term"}


def test_the_word_strategic_alone_names_no_strategic_partnership(prov):
    assert "term:strategic-partnership" not in _objects(prov, "The relations are strategic to both countries")
    assert "term:strategic-partnership" not in _objects(prov, "India takes a long-term and strategic view of ties")
    assert "term:strategic-partnership" in _objects(prov, "They will promote their strategic cooperation partnership")
    assert "term:strategic-partnership" in _objects(prov, "a strategic, security and economic partnership")


def test_a_glossary_term_with_a_comma_is_one_term_not_two(prov):
    assert "term:nuclear-free-zone" not in _objects(prov, "расширение зоны ответственности миссии", "ru")
    assert "term:nuclear-free-zone" in _objects(prov, "создание зоны, свободной от ядерного оружия", "ru")
