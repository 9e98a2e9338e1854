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


def test_an_acronym_is_matched_as_written_not_as_the_start_of_a_word(prov):
    assert "term:belt-and-road" not in _objects(prov, "They agreed to bring into play their friendship")
    assert "term:belt-and-road" not in _objects(prov, "British investment in the BRICS economies")
    assert "term:belt-and-road" in _objects(prov, "They welcomed the BRI projects")
    assert "term:wto" not in _objects(prov, "Министры встретились во вторник", "ru")
    assert "term:wto" in _objects(prov, "поддержка вступления во Всемирную торговую организацию", "ru")


def test_a_cyrillic_acronym_of_a_concept_is_no_common_word():
    from pledgegraph.link.evidence import _concept_matchers

    def concepts(text: str) -> set[str]:
        return {key for key, _, regex in _concept_matchers() if regex.search(text)}
    assert "concept:wto" not in concepts("Министры встретились во вторник")
    assert "concept:wto" in concepts("поддержка вступления в ВТО")


def test_russian_yo_is_read_as_ye(prov):
    assert "term:strategic-partnership" in _objects(prov, "задачи укрепления углублённого стратегического партнёрства",
                                                    "ru")
