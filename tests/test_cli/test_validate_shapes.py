"""`validate --shapes DIR`, and validate never saying "conforms" without rules or without data."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph.cli import main
from pledgegraph.errors import PledgegraphError
from pledgegraph.validate.shacl import load_shapes

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
THING_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:test:ThingShape> a sh:NodeShape ; sh:targetClass <urn:test:Thing> ;
    sh:property [ sh:path <urn:test:size> ; sh:minCount 1 ] .
"""
GOOD_THING = "<urn:test:a> a <urn:test:Thing> ; <urn:test:size> 1 .\n"
BAD_THING = "<urn:test:a> a <urn:test:Thing> .\n"


def shapes_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "shapes"
    folder.mkdir()
    (folder / "concept.shapes.ttl").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("data, status", [(GOOD_THING, 0), (BAD_THING, 1)])
def test_own_shapes_replace_the_bundled_ones(tmp_path, capsys, data, status):
    graph = tmp_path / "things.ttl"
    graph.write_text(data, encoding="utf-8")
    assert main(["validate", str(graph), "--shapes", str(shapes_folder(tmp_path, THING_SHAPE))]) == status
    assert ("<urn:test:size>" in capsys.readouterr().out) == bool(status)


def test_validate_without_shapes_does_not_report_conforms(tmp_path, capsys):
    """With no *.shapes.ttl found, validate ran zero rules and said "conforms"."""
    (tmp_path / "notes.ttl").write_text(THING_SHAPE, encoding="utf-8")  # not named *.shapes.ttl
    assert main(["validate", str(MINI), "--shapes", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "[E303]" in captured.err and "conforms" not in captured.out


def test_unreadable_shapes_file_is_e304(tmp_path):
    with pytest.raises(PledgegraphError) as err:
        load_shapes(folder=shapes_folder(tmp_path, "this is not turtle"))
    assert err.value.code == "E304"


@pytest.mark.parametrize("text", ["", "# a comment\n", "@prefix ex: <http://example.org/> .\n"])
def test_triple_less_graph_is_not_reported_as_conforming(tmp_path, capsys, text):
    """A 0-byte or comment-only graph validated as "conforms"."""
    graph = tmp_path / "graph.ttl"
    graph.write_text(text, encoding="utf-8")
    assert main(["validate", str(graph)]) == 2
    captured = capsys.readouterr()
    assert "[E205]" in captured.err and captured.out == ""
