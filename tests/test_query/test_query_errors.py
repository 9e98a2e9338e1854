"""Mistakes in a user's query or parameters end in coded errors: syntax (E204), parameters (E203), SERVICE (E208)."""
from __future__ import annotations

import pytest

from pledgegraph.errors import PledgegraphError
from pledgegraph.query import run, run_named
from pledgegraph.query.lexer import keyword_line, variables

ENGINES = ["oxigraph", "rdflib"]
# the mistake is on line 4 (an unfinished triple pattern); comment lines count
BROKEN = """# Title: broken on purpose
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?c WHERE {
  ?c skos:notation .
}
"""


def error_of(*args, **kwargs) -> PledgegraphError:
    with pytest.raises(PledgegraphError) as err:
        run_named(*args, **kwargs)
    return err.value


@pytest.mark.parametrize("engine", ENGINES)
def test_sparql_syntax_error_names_file_line_and_column(mini, tmp_path, engine):
    query = tmp_path / "broken.rq"
    query.write_text(BROKEN, encoding="utf-8")
    err = error_of(mini, str(query), engine=engine)
    assert err.code == "E204"
    assert f"in {query}, line 4, column " in str(err)
    assert "\n" not in str(err)


def test_rdflib_unknown_prefix_is_a_syntax_error(mini, tmp_path):
    query = tmp_path / "prefix.rq"
    query.write_text("SELECT ?c WHERE { ?c nope:notation ?n }", encoding="utf-8")
    for engine in ENGINES:
        assert error_of(mini, str(query), engine=engine).code == "E204"


@pytest.mark.parametrize("name, params", [
    ("theme-timeline", {"theme": "<bad iri>"}),  # spaces in an IRI
    ("theme-timeline", {"theme": "theme:energy and more"}),
    ("theme-timeline", {"theme": "<relative>"}),  # not absolute
    ("theme-timeline", {"theme": "energy"}),  # a bare word is no IRI
    ("theme-timeline", {"theme": ""}),
    ("theme-timeline", {"year": "2000"}),  # not declared
    ("chain", {"theme": "theme:energy"}),
])
@pytest.mark.parametrize("engine", ENGINES)
def test_bad_parameter_values_are_e203(mini, name, params, engine):
    assert error_of(mini, name, params, engine=engine).code == "E203"


def test_integer_parameter_rejects_a_non_integer(mini, tmp_path):
    query = tmp_path / "limit.rq"
    query.write_text("# Title: t\n# Parameters:\n#   ?n  integer  a number\nSELECT ?n WHERE {}\n", encoding="utf-8")
    assert run_named(mini, str(query), {"n": "3"}).rows == [("3",)]
    assert error_of(mini, str(query), {"n": "three"}).code == "E203"


def test_query_without_declared_parameters_binds_only_its_own_variables(mini, tmp_path):
    query = tmp_path / "plain.rq"
    query.write_text("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    err = error_of(mini, str(query), {"nowhere": "x"})
    assert err.code == "E203" and "?o, ?p, ?s" in str(err)


@pytest.mark.parametrize("engine", ENGINES)
def test_service_is_refused_without_allow_service(mini, engine):
    query = "SELECT * WHERE {\n  SERVICE <http://example.org/sparql> { ?s ?p ?o }\n}"
    with pytest.raises(PledgegraphError) as err:
        run(mini, query, engine=engine, origin="remote.rq")
    assert err.value.code == "E208" and "remote.rq line 2" in str(err.value)


def test_service_runs_when_allowed(mini):
    # SILENT: the unreachable local endpoint gives no rows instead of an error
    query = "SELECT * WHERE { ?s ?p ?o . SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } LIMIT 1"
    assert sorted(run(mini, query, engine="rdflib", allow_service=True).columns) == ["o", "p", "s"]


@pytest.mark.parametrize("text, line", [
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", 1),
    ("SELECT *\n{ service silent ?endpoint { ?s ?p ?o } }", 2),
    ("SELECT * { ?s ?p ?o . FILTER(?s<?o)SERVICE<http://x/>{ } }", 1),
    ("SELECT ?service { ?service ?p ?o }", None),
    ("SELECT * { $service ?p ?o }", None),
    ("PREFIX ex: <http://x/>\nSELECT * { ?s ex:SERVICE ?o . ?s :SERVICE ?o . ?s SERVICE:x ?o }", None),
    ("SELECT * { ?s <http://x/SERVICE> ?o }", None),
    ("SELECT * { ?s ?p 'SERVICE' . ?s ?p \"a SERVICE b\" . ?s ?p '''\nSERVICE\n''' }", None),
    ("# SERVICE <http://x/> in a comment\nSELECT * { ?s ?p ?o }", None),
])
def test_service_keyword_is_told_from_names_strings_iris_and_comments(text, line):
    assert keyword_line(text, "SERVICE") == line


def test_variables_ignore_strings_and_comments():
    assert variables("SELECT ?a $b { ?a ?p '?c' } # ?d") == {"a", "b", "p"}
