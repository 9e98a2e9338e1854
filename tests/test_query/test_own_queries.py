"""The user's own queries: `query --queries DIR` looks there first, then in the bundled queries."""
from __future__ import annotations

import pytest

from pledgegraph.cli import main
from pledgegraph.errors import PledgegraphError
from pledgegraph.query import QUERIES_ENV, available, listing, load, run_named

MINE = """# Title: Notations
# Question: Which notations does the graph use?
#           (a second line of the question)
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n WHERE { ?c skos:notation ?n } ORDER BY ?n LIMIT 1
"""


@pytest.fixture
def mine(tmp_path):
    folder = tmp_path / "my-queries"
    folder.mkdir()
    (folder / "notations.rq").write_text(MINE, encoding="utf-8")
    (folder / "actors.rq").write_text(MINE.replace("Notations", "My actors"), encoding="utf-8")  # shadows
    return folder


def test_own_folder_is_searched_first_then_the_bundled_queries(mine, mini):
    assert load("actors", mine).title == "My actors"
    assert load("actors").title == "Who promised what"
    assert load("chain", mine).path.parent != mine
    assert set(available(mine)) == set(available()) | {"notations"}
    assert run_named(mini, "notations", folder=mine).columns == ["n"]


def test_listing_joins_a_question_written_on_two_lines(mine):
    line = next(line for line in listing(mine).splitlines() if line.startswith("notations "))
    assert line.endswith("Which notations does the graph use? (a second line of the question)")


def test_unknown_name_lists_both_folders(mine, mini):
    with pytest.raises(PledgegraphError) as err:
        run_named(mini, "nothing", folder=mine)
    assert err.value.code == "E201" and "notations" in str(err.value) and "themes-per-year" in str(err.value)


def test_cli_queries_option(mine, mini, capsys):
    assert main(["query", "notations", "--queries", str(mine), "--graph", str(mini), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "n"
    assert main(["query", "--list", "--queries", str(mine)]) == 0
    assert "notations " in capsys.readouterr().out


def test_environment_variable_replaces_the_bundled_queries(mine, monkeypatch):
    monkeypatch.setenv(QUERIES_ENV, str(mine))
    assert available() == ["actors", "notations"]


def test_undecodable_query_file_is_e207(tmp_path):
    query = tmp_path / "latin1.rq"
    query.write_bytes("# Título\nSELECT * WHERE {}".encode("latin-1"))
    with pytest.raises(PledgegraphError) as err:
        load(str(query))
    assert err.value.code == "E207"
