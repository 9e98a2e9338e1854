"""The benchmark's synthetic archive has the shape the queries expect, and conforms to the shapes."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import URIRef

from pledgegraph.query import load, run
from pledgegraph.rdf import store
from pledgegraph.rdf.build import build_graph

BENCH = Path(__file__).resolve().parents[2] / "bench" / "query_speed.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("query_speed", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_chains_are_as_long_as_the_corpus(bench, tmp_path):
    corpus = bench.synthetic_corpus(4, per_document=3, pairs=1, mechanisms=3, translations=0)
    store.write(build_graph(corpus), tmp_path / "store")
    last = URIRef("https://w3id.org/pledgegraph/id/doc/s000003_jp-ru/prov/1/1")
    assert len(run(tmp_path / "store", load("chain").text, {"provision": last})) == 3
    years = {d.date[:4] for d in corpus.documents}
    themes = {t for p in corpus.provisions for t in p.themes}
    assert len(run(tmp_path / "store", load("themes-per-year").text)) == len(years) * len(themes)


def test_synthetic_archive_conforms(bench):
    from pledgegraph.validate import validate

    report = validate(build_graph(bench.synthetic_corpus(45, translations=9)))
    assert report.conforms, report.text()
