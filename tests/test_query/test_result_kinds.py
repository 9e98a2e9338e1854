"""ASK prints true/false, CONSTRUCT and DESCRIBE print Turtle, SELECT stays a table, on both engines."""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from pledgegraph.cli import main
from pledgegraph.query import Table, render, run

ENGINES = ["oxigraph", "rdflib"]
SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
CONSTRUCT = SKOS + "CONSTRUCT { ?c skos:notation ?n } WHERE { ?c skos:notation ?n }"
DESCRIBE = "DESCRIBE <https://w3id.org/pledgegraph/theme/energy>"


@pytest.mark.parametrize("engine", ENGINES)
def test_ask_gives_true_or_false(mini, engine):
    assert run(mini, SKOS + "ASK { ?c skos:notation 'energy' }", engine=engine) is True
    assert render(run(mini, SKOS + "ASK { ?c skos:notation 'no-such' }", engine=engine)) == "false"


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_construct_and_describe_give_the_same_graph_on_both_engines(mini, query):
    oxigraph, rdflib = (run(mini, query, engine=engine) for engine in ENGINES)
    assert len(oxigraph) > 0 and isomorphic(oxigraph, rdflib)


@pytest.mark.parametrize("engine", ENGINES)
def test_construct_prints_turtle_with_project_prefixes(mini, engine):
    text = render(run(mini, CONSTRUCT, engine=engine))
    assert "theme:energy" in text
    assert isomorphic(Graph().parse(data=text, format="turtle"), run(mini, CONSTRUCT, engine="oxigraph"))


def test_select_stays_a_table(mini):
    assert isinstance(run(mini, SKOS + "SELECT ?n WHERE { ?c skos:notation ?n }"), Table)


@pytest.mark.parametrize("engine", ENGINES)
def test_cli_prints_ask_and_construct(mini, tmp_path, capsys, engine):
    ask, construct = tmp_path / "ask.rq", tmp_path / "construct.rq"
    ask.write_text(SKOS + "ASK { ?c skos:notation ?n }", encoding="utf-8")
    construct.write_text(CONSTRUCT, encoding="utf-8")
    assert main(["query", str(ask), "--graph", str(mini), "--engine", engine]) == 0
    assert capsys.readouterr().out == "true\n"
    assert main(["query", str(construct), "--graph", str(mini), "--engine", engine]) == 0
    printed = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert isomorphic(printed, run(mini, CONSTRUCT))
