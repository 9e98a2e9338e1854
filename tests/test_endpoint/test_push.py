"""``pledgegraph push`` end to end, against a real Oxigraph server (the ``oxigraph`` package's CLI) on 127.0.0.1."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.parse
import json
from collections import Counter

import pytest
from rdflib import Graph

from pledgegraph.endpoint import push
from pledgegraph.endpoint.push import PUSHED
from pledgegraph.errors import PledgegraphError
from pledgegraph.query import load, run
from pledgegraph.rdf import dataset, iris

from .conftest import bindings, call

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server is not installed (pip install oxigraph)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """``oxigraph serve`` on a fresh folder; yields its base URL; stopped after the test."""
    port = _free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind",
                                f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            if _listening(port) and call(base + "/query", "ASK {}")[0] == 200:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the oxigraph server did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _remote(base: str, query: str):
    """The server's answer, its default graph being the union of the graphs: rows, or a bool for ASK."""
    url = base + "/query?" + urllib.parse.urlencode({"union-default-graph": "", "query": query})
    status, _, body = call(url, Accept="application/sparql-results+json")
    assert status == 200, body
    answer = json.loads(body)
    return answer["boolean"] if "boolean" in answer else bindings(body)


def test_push_loads_every_named_graph_and_the_same_queries_answer_there(server, bundled_build):
    report = push(bundled_build.out / "store", server + "/store")
    assert len(report.sent) == 7 and not report.deleted
    graphs = {b["g"]["value"] for b in _remote(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}
    assert graphs == {str(name) for name, _ in dataset.named_graphs(bundled_build.graph)} | {PUSHED}
    remote = _remote(server, load("documents").text)
    local = run(bundled_build.out / "store", load("documents").text)
    assert Counter(b["document"]["value"] for b in remote) == Counter(local.column("document"))


def test_a_second_push_sends_only_what_changed_and_deletes_what_is_gone(server, bundled_build, tmp_path):
    endpoint = server + "/store"
    push(bundled_build.out / "store", endpoint)
    assert push(bundled_build.out / "store", endpoint).sent == []
    smaller = Graph()
    dropped = bundled_build.corpus.documents[0].source
    for triple in bundled_build.graph:
        if not str(triple[0]).startswith(str(iris.document(dropped))):
            smaller.add(triple)
    smaller.serialize(tmp_path / "smaller.ttl", format="turtle")
    report = push(tmp_path / "smaller.ttl", endpoint)
    assert report.deleted == [str(dataset.document_graph(dropped))]
    assert report.sent == [str(dataset.CORPUS)]  # its links and citations changed; the other documents did not
    assert report.unchanged == 5
    count = _remote(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <%s>) }" % PUSHED)
    assert int(count[0]["n"]["value"]) == len(smaller)


def test_a_document_changed_on_the_server_is_replaced_with_force(server, bundled_build):
    endpoint = server + "/store"
    push(bundled_build.out / "store", endpoint)
    graph = str(dataset.document_graph(bundled_build.corpus.documents[0].source))
    assert call(endpoint + "?" + urllib.parse.urlencode({"graph": graph}), method="DELETE")[0] in (200, 204)
    assert len(push(bundled_build.out / "store", endpoint, force=True).sent) == 7
    assert _remote(server, "ASK { GRAPH <%s> { ?s ?p ?o } }" % graph) is True


def test_an_unreachable_server_is_e401(bundled_build):
    with pytest.raises(PledgegraphError) as err:
        push(bundled_build.out / "store", f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    assert err.value.code == "E401"


def test_the_command_pushes(server, bundled_graph):
    result = subprocess.run(["pledgegraph", "push", "--endpoint", server + "/store", "--graph", str(bundled_graph)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("7 graphs sent")
