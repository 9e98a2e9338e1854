"""Each analyst query answers its question on mini.ttl (expected rows written by hand from the graph)."""
from __future__ import annotations

import pytest

from pledgegraph.query import run_named

from .conftest import ID


def prov(path: str) -> str:
    return f"{ID}doc/{path}"


@pytest.fixture(params=["oxigraph", "rdflib"])
def engine(request) -> str:
    return request.param


def test_themes_per_year_counts_pledges_and_committal_ones(mini, engine):
    table = run_named(mini, "themes-per-year", {}, engine)
    counts = {(r["year"], r["notation"]): (r["pledges"], r["committal"]) for r in table.records()}
    assert counts[("2000", "counter-terrorism")] == ("2", "1")  # I.1 affirm + I.3 intend
    assert counts[("2002", "counter-terrorism")] == ("2", "2")
    assert counts[("2013", "wto-accession")] == ("1", "0")
    assert len(counts) == 12


def test_themes_per_year_for_one_theme(mini, engine):
    table = run_named(mini, "themes-per-year", {"theme": "theme:counter-terrorism"}, engine)
    assert table.column("year") == ["2000", "2002", "2013"]


def test_theme_timeline_by_iri_and_by_notation_agree(mini, engine):
    by_iri = run_named(mini, "theme-timeline", {"theme": "theme:counter-terrorism"}, engine)
    by_notation = run_named(mini, "theme-timeline", {"notation": "counter-terrorism"}, engine)
    assert by_iri.rows == by_notation.rows
    assert len(by_iri) == 12  # 6 provisions x 2 actors
    later = [r for r in by_iri.records() if r["provision"] == prov("c2013/prov/5/1")]
    assert {(r["relation"], r["previous"]) for r in later} == {("strengthens", prov("b2002/prov/1/1"))}


def test_theme_timeline_is_in_date_order(mini, engine):
    dates = run_named(mini, "theme-timeline", {"notation": "counter-terrorism"}, engine).column("date")
    assert dates == sorted(dates)


def test_recurring_mechanisms_have_frequency_and_first_and_last_mention(mini, engine):
    rows = run_named(mini, "recurring-mechanisms", {}, engine).records()
    consultations = [r for r in rows if r["mechanism"] == "consultations"]
    assert [r["qualifier"] for r in consultations] == ["at-least", "in-principle", None]
    assert {r["frequency"] for r in consultations} == {"P1Y"}
    assert {(r["firstMention"], r["lastMention"], r["documents"]) for r in consultations} == {
        ("2000-09-05", "2013-04-29", "3")}
    assert {r["mechanism"] for r in rows} == {"consultations", "ctbt", "two-plus-two", "visits"}


def test_one_sided_pledges_are_those_with_a_single_actor(mini, engine):
    table = run_named(mini, "one-sided", {}, engine)
    assert [(r["actor"], r["provision"]) for r in table.records()] == [
        ("JP", prov("a2000/prov/II.1/1")), ("JP", prov("c2013/prov/7/1")), ("RU", prov("b2002/prov/3/1"))]
    assert run_named(mini, "one-sided", {"actor": "RU"}, engine).column("provision") == [prov("b2002/prov/3/1")]


def test_citations_include_external_documents(mini, engine):
    rows = run_named(mini, "citations", {}, engine).records()
    assert {(r["citing"], r["cited"].rsplit("/", 1)[-1], r["external"]) for r in rows} == {
        (f"{ID}doc/a2000", "91ce56a186f6", "true"),
        (f"{ID}doc/b2002", "a2000", "false"),
        (f"{ID}doc/c2013", "b2002", "false"),
        (f"{ID}doc/c2013", "91ce56a186f6", "true"),
    }
    external = next(r for r in rows if r["external"] == "true")
    assert (external["citedTitle"], external["citedDate"]) == ("Tokyo Declaration on Japan-Russia Relations", "1993-10-13")


def test_implemented(mini, engine):
    rows = run_named(mini, "implemented", {}, engine).records()
    assert [(r["earlier"], r["later"], r["score"]) for r in rows] == [
        (prov("a2000/prov/II.1/1"), prov("c2013/prov/7/1"), "0.64")]


def test_dropped_are_committal_unfollowed_and_not_in_the_latest_document(mini, engine):
    assert run_named(mini, "dropped", {}, engine).column("provision") == [
        prov("a2000/prov/II.2/1"), prov("b2002/prov/3/1")]


def test_strengthened_chain_shows_both_quotes_and_rising_strength(mini, engine):
    rows = run_named(mini, "strengthened", {}, engine).records()
    assert [(r["earlier"], r["later"]) for r in rows] == [
        (prov("a2000/prov/I.1/1"), prov("b2002/prov/1/1")), (prov("b2002/prov/1/1"), prov("c2013/prov/5/1"))]
    assert rows[1]["earlierQuote"] == "双方は、国際テロとの闘いにおける協力を一層強化する用意がある。"
    assert all(int(r["laterStrength"]) > int(r["earlierStrength"]) for r in rows)


def test_chain_follows_all_four_sub_properties_transitively(mini, engine):
    table = run_named(mini, "chain", {"provision": f"<{prov('c2013/prov/5/1')}>"}, engine)
    assert table.column("predecessor") == [prov("a2000/prov/I.1/1"), prov("b2002/prov/1/1")]
    everything = run_named(mini, "chain", {}, engine)
    assert len(everything) == 8  # 6 direct links + 2 two-step ones


def test_actors_counts_per_actor_and_modality(mini, engine):
    rows = {(r["actor"], r["modality"]): r for r in run_named(mini, "actors", {}, engine).records()}
    assert rows[("RU", "ready")]["pledges"] == "2"
    assert rows[("JP", "intend")]["documents"] == "3"
    assert ("RU", "support") not in rows
    assert rows[("JP", "agree")]["label"] == "Japan"
