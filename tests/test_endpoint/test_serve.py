"""``pledgegraph serve`` end to end: a real HTTP client (urllib) against the endpoint on 127.0.0.1."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import urllib.parse

import pyoxigraph as ox
import pytest

from pledgegraph.query import load, run

from .conftest import LIMIT, bindings, call

DOCUMENTS = "SELECT ?d WHERE { ?d a <https://w3id.org/pledgegraph/ontology#Document> } ORDER BY ?d"
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # billions of rows to count


def test_it_listens_on_loopback_by_default(endpoint):
    assert endpoint.url.startswith("http://127.0.0.1:")


def test_a_get_query_answers_sparql_json_with_the_same_rows_as_the_query_command(endpoint, bundled_build):
    status, headers, body = call(endpoint.url, DOCUMENTS)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    expected = run(bundled_build.out / "store", DOCUMENTS).column("d")
    assert [b["d"]["value"] for b in bindings(body)] == expected


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+json;q=0.5, text/csv", "text/csv"),
    ("*/*", "application/sparql-results+json"),
])
def test_results_come_in_the_format_the_client_accepts(endpoint, accept, media):
    status, headers, body = call(endpoint.url, DOCUMENTS, Accept=accept)
    assert status == 200 and headers["Content-Type"] == media
    fmt = ox.QueryResultsFormat.from_media_type(media)
    if fmt != ox.QueryResultsFormat.CSV:
        assert len(list(ox.parse_query_results(body, fmt))) == 5
    else:
        assert len(list(csv.reader(io.StringIO(body.decode("utf-8"))))) == 6


def test_post_as_form_and_as_sparql_query(endpoint):
    form = urllib.parse.urlencode({"query": DOCUMENTS}).encode()
    assert len(bindings(call(endpoint.url, data=form, Content_Type="application/x-www-form-urlencoded")[2])) == 5
    assert len(bindings(call(endpoint.url, data=DOCUMENTS.encode(), Content_Type="application/sparql-query")[2])) == 5


def test_ask_and_construct(endpoint):
    status, _, body = call(endpoint.url, "ASK { ?s a <https://w3id.org/pledgegraph/ontology#Provision> }")
    assert status == 200 and b"true" in body
    status, headers, body = call(endpoint.url, "CONSTRUCT WHERE { ?d a <https://w3id.org/pledgegraph/ontology#Document> }",
                                 Accept="application/n-triples")
    assert status == 200 and headers["Content-Type"] == "application/n-triples"
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == 5


def test_named_graphs_can_be_queried_by_name(endpoint):
    query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert bindings(call(endpoint.url, query)[2])[0]["n"]["value"] == "7"  # 5 documents, corpus, thesaurus


def test_an_answer_is_cut_at_the_row_limit_and_says_so(endpoint):
    status, headers, body = call(endpoint.url, "SELECT ?p WHERE { ?p a <https://w3id.org/pledgegraph/ontology#Provision> }")
    assert status == 200 and len(bindings(body)) == LIMIT
    assert headers["X-Pledgegraph-Truncated"] == "true" and headers["X-SPARQL-MaxRows"] == str(LIMIT)
    assert "X-Pledgegraph-Truncated" not in call(endpoint.url, DOCUMENTS)[1]


def test_a_query_over_the_timeout_is_stopped_and_the_endpoint_keeps_answering(endpoint):
    status, _, body = call(endpoint.url, ENDLESS)
    assert status == 503 and b"did not finish" in body
    assert call(endpoint.url, DOCUMENTS)[0] == 200


@pytest.mark.parametrize("request_kwargs, status", [
    ({"data": b"INSERT DATA { <http://a> <http://b> <http://c> }", "Content_Type": "application/sparql-update"}, 403),
    ({"data": urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
      "Content_Type": "application/x-www-form-urlencoded"}, 403),
    ({"data": b"x", "method": "PUT", "Content_Type": "text/turtle"}, 405),
    ({"method": "DELETE"}, 405),
    ({}, 400),  # no query at all
    ({"data": b"SELECT", "Content_Type": "text/plain"}, 415),
])
def test_updates_and_other_methods_are_refused(endpoint, request_kwargs, status):
    assert call(endpoint.url, **request_kwargs)[0] == status


def test_the_store_is_unchanged_after_a_refused_update(endpoint):
    call(endpoint.url, data=b"CLEAR ALL", Content_Type="application/sparql-update")
    assert len(bindings(call(endpoint.url, DOCUMENTS)[2])) == 5


@pytest.mark.parametrize("query, accept, status", [
    ("SELECT ?x WHERE { ?x ", "", 400),
    (DOCUMENTS, "image/png", 406),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "", 403),
])
def test_bad_queries_are_told_apart(endpoint, query, accept, status):
    assert call(endpoint.url, query, Accept=accept)[0] == status


def test_the_bundled_queries_answer_over_http(endpoint, bundled_build):
    status, _, body = call(endpoint.url, load("documents").text)
    assert status == 200
    assert len(bindings(body)) == len(run(bundled_build.out / "store", load("documents").text))


def test_the_command_serves_a_graph_file_until_stopped(bundled_graph):
    process = subprocess.Popen([sys.executable, "-m", "pledgegraph", "serve", "--graph", str(bundled_graph),
                                "--port", "0", "--workers", "1"], stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:")
        url = line.split()[2]
        status, _, body = call(url, DOCUMENTS)
        assert status == 200 and len(bindings(body)) == 5
    finally:
        process.terminate()
        process.wait(timeout=30)
