"""File names and characters that used to break identity or actors: regression tests from a hostile probe."""
from __future__ import annotations

import os
from pathlib import Path

from rdflib.namespace import RDF

from pledgegraph.ingest import load_paths
from pledgegraph.publish import build
from pledgegraph.rdf import iris
from pledgegraph.rdf.namespaces import PG

from .samples import EN, JA, ZH, write


def test_names_differing_only_in_other_characters_get_distinct_iris(tmp_path):
    folder = tmp_path / "in"
    names = ["joint statement.txt", "joint-statement.txt", "共同声明.txt", "共同聲明.txt", "заявление.txt"]
    for name, text in zip(names, [EN, EN, JA, JA, ZH]):
        write(folder, name, text)
    result = build([folder], tmp_path / "out")
    documents = set(result.graph.subjects(RDF.type, PG.Document))
    assert len(documents) == len(names) == len({iris.document(n) for n in names})
    assert {str(result.graph.value(d, PG.sourceFile)) for d in documents} == set(names)


def test_safe_names_keep_their_iris():
    assert str(iris.document("000_a72e0cb45fe599e4.txt")).endswith("/doc/000_a72e0cb45fe599e4")
    assert str(iris.document("joint statement.txt")).endswith("/doc/joint%20statement")


def test_invisible_characters_inside_a_state_name_do_not_lose_the_actor(tmp_path):
    soft = EN.replace("India and Australia agreed", "In\u00addia and Aus\u200btralia agreed")
    result = build([write(tmp_path / "in", "soft.txt", soft)], tmp_path / "out")
    dialogue = next(p for p in result.corpus.provisions if p.modality == "agree")
    assert sorted(dialogue.actors) == ["AU", "IN"]
    assert "\u00ad" in dialogue.quote  # the quote stays verbatim


def test_an_unreadable_file_is_skipped_with_e011(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "good.txt", EN)
    locked = write(folder, "locked.txt", EN)
    real = Path.read_bytes

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    problems = []
    documents = load_paths([folder], problems)
    assert [d.source for d in documents] == ["good.txt"]
    assert [(Path(p.file).name, p.code) for p in problems] == [("locked.txt", "E011")]
    assert "Permission denied" in problems[0].message


def test_an_unreadable_subfolder_is_reported_not_skipped_silently(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "good.txt", EN)
    write(folder / "private", "hidden.txt", EN)
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "private":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    problems = []
    documents = load_paths([folder], problems)
    assert [d.source for d in documents] == ["good.txt"]
    assert [(Path(p.file).name, p.code) for p in problems] == [("private", "E011")]


def test_an_output_folder_inside_the_input_is_not_read_as_documents(tmp_path):
    folder = tmp_path / "in"
    write(folder, "good.txt", EN)
    build([folder], folder / "out")  # writes validation.txt, a .txt file, into in/out
    assert [d.source for d in load_paths([folder])] == ["good.txt"]
