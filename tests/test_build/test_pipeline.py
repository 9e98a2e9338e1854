"""The per-document stage is a pure function of a file; executors, strict builds and errors across processes."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pledgegraph import executor, pipeline
from pledgegraph.cli import main
from pledgegraph.errors import E, PledgegraphError
from pledgegraph.ingest import load, read_source
from pledgegraph.model import Source

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
EN = "Joint Statement\n\n1. Japan and India agreed to meet every year.\n"


def test_the_document_stage_needs_only_the_bytes_and_the_name(tmp_path):
    path = sorted(CORPUS.glob("*.txt"))[1]
    moved = pipeline.process_document(Source(str(tmp_path / "elsewhere" / path.name), path.read_bytes()))
    here = pipeline.process_document(read_source(path))
    assert moved.document == here.document and moved.document.raw == load(path).raw
    assert moved.provisions == here.provisions and moved.provisions


def test_a_coded_error_crosses_processes_whole():
    error = PledgegraphError(E.E002, path="a.txt")
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, PledgegraphError) and again.code == "E002" and str(again) == str(error)


def test_worker_count_follows_jobs_cores_and_items(monkeypatch):
    monkeypatch.setattr(executor, "cores", lambda: 4)
    assert executor.workers(None, 100, 60_000) == 1  # too little text to pay for starting workers
    assert executor.workers(None, 1000, 2 * executor.PER_WORKER) == 2
    assert executor.workers(None, 10_000, 20 * executor.PER_WORKER) == 4
    assert executor.workers(3, 10_000) == 3 and executor.workers(8, 2) == 2 and executor.workers(2, 0) == 1


def test_an_unknown_executor_is_a_coded_error():
    with pytest.raises(PledgegraphError, match=r"\[E109\]"):
        with executor.open_executor("ray://here"):
            pass


def test_a_dask_scheduler_that_does_not_answer_is_a_coded_error(monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(executor, "DASK_TIMEOUT", 1)
    with pytest.raises(PledgegraphError, match=r"\[E109\].*no scheduler answers"):
        with executor.open_executor("dask://127.0.0.1:9"):
            pass


@pytest.mark.parametrize("jobs", [1, 2])
def test_strict_fails_on_the_first_bad_file_in_input_order(tmp_path, jobs):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "c.txt", "e.txt"):
        (docs / name).write_text(EN, encoding="utf-8")
    (docs / "b.txt").write_bytes(b"")
    (docs / "d.txt").write_bytes(bytes(range(256)))
    with pytest.raises(PledgegraphError, match=r"\[E002\].*b\.txt"):
        pipeline.run([docs], strict=True, jobs=jobs)


def test_bad_jobs_and_executor_options_are_usage_errors(capsys):
    for argv in (["build", "--jobs", "0"], ["build", "--jobs", "x"], ["build", "--executor", "ray://h:1"],
                 ["build", "--cache", "c", "--no-cache"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2 and "usage:" in capsys.readouterr().err
