"""The closure of the evolution links that the build writes as pg:descendsFrom (``link.descent``)."""
from __future__ import annotations

from pledgegraph.link.descent import descent
from pledgegraph.model import Link


def links(*pairs: str) -> list[Link]:
    """``"b>a"``: a link from earlier ``a`` to later ``b``."""
    return [Link(pair.split(">")[1], pair.split(">")[0], "continues", 0.5) for pair in pairs]


def test_a_chain_descends_from_everything_before_it():
    assert descent(links("b>a", "c>b", "d>c")) == [
        ("b", "a"), ("c", "a"), ("c", "b"), ("d", "a"), ("d", "b"), ("d", "c")]


def test_two_paths_to_one_ancestor_give_one_pair():
    assert descent(links("b>a", "c>a", "d>b", "d>c")) == [
        ("b", "a"), ("c", "a"), ("d", "a"), ("d", "b"), ("d", "c")]


def test_the_order_of_the_links_does_not_matter():
    forward = links("b>a", "c>b", "d>c", "e>d", "e>b")
    assert descent(forward) == descent(list(reversed(forward)))


def test_a_cycle_makes_its_provisions_descend_from_themselves_as_the_sparql_path_does():
    assert descent(links("b>a", "a>b")) == [("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]


def test_no_links_no_descent():
    assert descent([]) == []
