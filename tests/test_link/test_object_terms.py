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


def test_what_a_pledge_serves_is_not_its_object(prov):
    for quote in ("To realize the Strategic Partnership, the two sides will address regional challenges",
                  "They looked forward to the inaugural 2+2 dialogue as a new mechanism to build on the strategic "
                  "partnership",
                  "They welcomed the signing of the Plan of Action for the implementation of the Strategic Partnership",
                  "The Plan is aimed at implementing the goals of the Strategic Partnership"):
        assert "term:strategic-partnership" not in _objects(prov, quote), quote
    assert "term:strategic-partnership" in _objects(prov, "to further promote the Strategic Partnership")
    assert "term:strategic-partnership" in _objects(prov, "agreed to elevate ties to a Comprehensive Strategic "
                                                          "Partnership, to the benefit of both peoples")


def test_a_partnership_named_only_as_the_aim_of_another_pledge_is_not_taken_up(doc, prov):
    from pledgegraph.link import link

    docs = [doc("a.txt", "2016-06-28", parties=("CA", "MX")), doc("b.txt", "2025-09-18", parties=("CA", "MX"))]
    both = ("CA", "MX")
    earlier = prov("a.txt", "1", "The two governments affirmed the importance of a renewed strategic partnership",
                   modality="affirm", themes=("political-dialogue",), actors=both)
    elevated = prov("b.txt", "1", "Cooperation will now be elevated into a Comprehensive Strategic Partnership",
                    themes=("political-dialogue",), actors=both)
    served = prov("b.txt", "2", "To support this new Comprehensive Strategic Partnership, the two countries commit "
                  "to frequent meetings at the highest level", themes=("political-dialogue",), actors=both)
    assert {(l.earlier, l.later) for l in link(docs, [earlier, elevated, served])} == {(earlier.key, elevated.key)}
