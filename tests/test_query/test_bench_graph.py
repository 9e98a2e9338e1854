"""The benchmark's synthetic graph has the commitment shape the queries expect."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from rdflib import URIRef

from pledgegraph.query import load, run

BENCH = Path(__file__).resolve().parents[2] / "bench" / "query_speed.py"


def test_synthetic_chains_are_as_long_as_the_corpus():
    spec = importlib.util.spec_from_file_location("query_speed", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    import pyoxigraph as ox

    store = ox.Store()
    store.load(input=bench.synthetic_ntriples(4, 3).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    last = URIRef("https://w3id.org/pledgegraph/id/doc/d003/prov/0/1")
    assert len(run(store, load("chain").text, {"provision": last})) == 3
    assert len(run(store, load("themes-per-year").text)) == 4 * 3  # 4 years x 3 themes
