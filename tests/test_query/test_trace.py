"""trace: one theme's chain as data and as a tree."""
from __future__ import annotations

import json

import pytest

from pledgegraph.query import format_trace, trace

from .conftest import ID


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_trace_merges_actors_and_keeps_links(mini, engine):
    rows = trace(mini, "counter-terrorism", engine=engine)
    assert len(rows) == 6
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    last = next(r for r in rows if r["provision"] == f"{ID}doc/c2013/prov/5/1")
    assert last["actors"] == ["JP", "RU"]
    assert (last["relation"], last["previous"]) == ("strengthens", f"{ID}doc/b2002/prov/1/1")


def test_trace_accepts_prefixed_concepts(mini):
    rows = trace(mini, "concept:ctbt")
    assert [r["modality"] for r in rows] == ["affirm", "note"] and rows[1]["relation"] == "weakens"


def test_tree_nests_later_pledges_under_earlier_ones_with_original_quotes(mini):
    text = format_trace(trace(mini, "counter-terrorism"))
    lines = text.splitlines()
    assert lines[0] == "counter-terrorism: 6 pledges, 4 links"
    roots = [line for line in lines if line.startswith("● ")]
    assert len(roots) == 2
    nested = next(line for line in lines if "c2013.txt 5" in line)
    assert nested.startswith("    └── strengthens → 2013-04-29")
    assert "“双方は、国際テロとの闘いにおける協力を一層強化する用意がある。”" in text


def test_json_format_and_empty_result(mini):
    assert json.loads(format_trace(trace(mini, "wto-accession"), "json"))[1]["relation"] == "implements"
    assert format_trace(trace(mini, "no-such-theme")).startswith("No pledges found")


def test_tree_quotes_are_one_line_without_spaces_inside_cjk():
    from pledgegraph.query.trace import one_line

    assert one_line("両首脳は，核問題を\n\n含む朝鮮半島") == "両首脳は，核問題を含む朝鮮半島"
    assert one_line("Both sides\n  agree，\n両首脳") == "Both sides agree，両首脳"
