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


def test_tree_names_documents_by_title_and_date_and_shows_the_evidence_of_each_link(mini):
    text = format_trace(trace(mini, "counter-terrorism"))
    assert "2002-10  «日露外相会談の概要»  b2002.txt 1" in text
    evidence = [line.strip() for line in text.splitlines() if "← " in line]
    assert len(evidence) == 4
    assert ("← strengthens 2002-10 «日露外相会談の概要»  b2002.txt 1 · objects cooperation@terrorism · "
            "confidence 0.76 · rule link.concept-overlap") in evidence


def test_min_confidence_leaves_out_weaker_links(mini):
    rows = trace(mini, "counter-terrorism", min_confidence=0.8)
    assert sum(len(r["links"]) for r in rows) == 3
    assert all(link["confidence"] >= 0.8 for r in rows for link in r["links"])
    assert format_trace(rows).splitlines()[0] == "counter-terrorism: 6 pledges, 3 links"


def test_every_predecessor_is_shown_with_its_evidence(bundled_graph):
    rows = trace(bundled_graph, "counter-terrorism")
    several = [r for r in rows if len(r["links"]) > 1]
    assert several, "some pledge has more than one predecessor"
    text = format_trace(rows)
    assert sum(line.lstrip("│ ").startswith("← ") for line in text.splitlines()) == sum(len(r["links"]) for r in rows)
    assert all(link["objects"] and link["rule"] and link["confidence"] is not None
               for r in several for link in r["links"])


def test_cli_takes_min_confidence(mini, capsys):
    from pledgegraph.cli import main

    assert main(["trace", "counter-terrorism", "--graph", str(mini), "--min-confidence", "0.8"]) == 0
    assert capsys.readouterr().out.startswith("counter-terrorism: 6 pledges, 3 links")
    with pytest.raises(SystemExit):
        main(["trace", "counter-terrorism", "--graph", str(mini), "--min-confidence", "1.5"])


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_translation_is_marked_with_the_language_of_its_original(engine, tmp_path):
    from .conftest import MINI

    marked = tmp_path / "mini.ttl"
    marked.write_text(MINI.read_text(encoding="utf-8") + '\n<doc/b2002> pg:originalLanguage "ru" .\n', encoding="utf-8")
    rows = trace(marked, "counter-terrorism", engine=engine)
    assert {r["source"]: r["original"] for r in rows} == {"a2000.txt": None, "b2002.txt": "ru", "c2013.txt": None}
    assert "b2002.txt 2  JP+RU  intend (5) [translation; original in ru]" in format_trace(rows)
