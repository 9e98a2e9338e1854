"""End to end: `pledgegraph build` on the bundled corpus and on unseen text."""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph
import pytest

from pledgegraph import manifest
from pledgegraph.cli import main
from pledgegraph.publish import OUTPUTS, build
from pledgegraph.rdf import store
from pledgegraph.validate import validate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_every_output_is_written_and_listed_in_the_manifest(bundled_build):
    out = bundled_build.out
    names = sorted(p.name for p in out.iterdir())
    entries = [*OUTPUTS, store.NAME]  # the files, and the link to the store folder
    assert names == sorted([*entries, manifest.NAME, manifest.LOCK, os.readlink(out / store.NAME)])
    assert all((out / n).stat().st_size > 0 for n in OUTPUTS) and store.is_store(out / store.NAME)
    written = manifest.read(out)
    assert written.files == {n: manifest.sha256(out / n) for n in entries} and not written.pending


def test_graph_parses_with_an_independent_parser(bundled_graph):
    store = pyoxigraph.Store()
    store.load(path=str(bundled_graph), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) > 1000


def test_bundled_graph_conforms(bundled_build):
    assert validate(bundled_build.graph).conforms


def test_every_document_yields_provisions(bundled_build):
    sources = {p.source for p in bundled_build.corpus.provisions}
    assert sources == {p.name for p in CORPUS.glob("*.txt")}


UNSEEN = """Joint Statement between India and Australia on Maritime Cooperation

New Delhi, 12 March 2021

1. The Prime Minister of India and the Prime Minister of Australia agreed to hold a maritime dialogue once a year.
2. Both sides welcomed the signing of the Mutual Logistics Support Arrangement.
3. Australia expressed its support for India's membership of the Nuclear Suppliers Group.
"""


def test_unseen_statement_without_sidecar(tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    (src / "india-australia.txt").write_text(UNSEEN, encoding="utf-8")
    result = build([src], tmp_path / "out")
    provisions = result.corpus.provisions
    assert len(provisions) >= 3
    assert {a for p in provisions for a in p.actors} <= {"IN", "AU"}
    assert any(p.actors == ["AU"] and p.modality == "support" for p in provisions)
    assert any(p.time.frequency == "P1Y" for p in provisions)


@pytest.mark.parametrize("args, code", [(["missing-folder"], "[E006]")])
def test_bad_input_is_a_clear_error(args, code, capsys, tmp_path):
    assert main(["build", *args, "--out", str(tmp_path / "o")]) == 2
    assert code in capsys.readouterr().err


def test_contract_query_returns_every_provision_with_its_span(bundled_build):
    from pledgegraph.query import run_named

    table = run_named(bundled_build.out / "graph.ttl", "commitments", {}, "oxigraph")
    rows = table.records()
    spans = {(r["source"], int(r["start"]), int(r["end"]), r["modality"]) for r in rows}
    expected = {(p.source, p.start, p.end, p.modality) for p in bundled_build.corpus.provisions}
    assert spans == expected
    actors = {(r["source"], int(r["start"]), r["actor"]) for r in rows}
    assert actors == {(p.source, p.start, a) for p in bundled_build.corpus.provisions for a in p.actors}
