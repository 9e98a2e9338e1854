"""`pledgegraph validate --reason --write-inferred` on the bundled build (one HermiT run)."""
from __future__ import annotations

import rdflib

from pledgegraph.cli import main
from pledgegraph.rdf.namespaces import PG


def test_reasoning_on_the_bundled_build_is_consistent_and_writes_inferred_types(bundled_graph, tmp_path, capsys):
    inferred = tmp_path / "inferred.ttl"
    code = main(["validate", str(bundled_graph), "--reason", "--write-inferred", str(inferred)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "conforms" in out and "consistent" in out.lower() and "inconsistent" not in out.lower()
    types = set(rdflib.Graph().parse(inferred, format="turtle").objects(None, rdflib.RDF.type))
    assert {PG.Commitment, PG.BilateralProvision} <= types
