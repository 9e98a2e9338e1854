"""Exit status and messages of the command line: version, help, closed pipes, Ctrl-C, unexpected errors."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

import pledgegraph
from pledgegraph.cli import main, parser
from pledgegraph.cli import validate as validate_command
from pledgegraph.query import available

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
NOT_CONFORMING = """@prefix pg: <https://w3id.org/pledgegraph/ontology#> .
<https://w3id.org/pledgegraph/id/doc/x> a pg:Document .
"""


def pledgegraph_process(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pledgegraph", *args], **kwargs)


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"pledgegraph {pledgegraph.__version__}"


def subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_option_of_every_subcommand_has_help():
    commands = subcommand_parsers()
    assert sorted(commands) == ["build", "export", "push", "query", "serve", "trace", "validate"]
    for name, command in commands.items():
        for action in command._actions:
            assert action.help, (name, action.dest)


def test_query_help_lists_the_queries_with_their_question_and_the_environment(capsys):
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    out = capsys.readouterr().out
    assert "PLEDGEGRAPH_QUERIES" in out and "--queries" in out
    for name in available():
        assert f"\n{name} " in out


def test_query_list_prints_one_line_per_query_with_its_question(capsys):
    assert main(["query", "--list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split()[0] for line in lines] == available()
    dropped = next(line for line in lines if line.startswith("dropped "))
    assert dropped.endswith("nothing could follow.)")  # the question's continuation line is joined


def test_validate_exit_status_survives_a_closed_pipe(tmp_path):
    """`pledgegraph validate broken.ttl | head -1` exited 0: BrokenPipeError was mapped to success."""
    graph = tmp_path / "broken.ttl"
    graph.write_text(NOT_CONFORMING, encoding="utf-8")
    process = pledgegraph_process("validate", str(graph), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader goes away before anything is written
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert err == ""


def test_build_with_skipped_documents_exits_3_through_a_closed_pipe(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Joint Statement\n\n1. Japan and India agreed to meet every year.\n",
                                     encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    process = pledgegraph_process("build", str(folder), "--out", str(tmp_path / "out"),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 3
    assert "[E002]" in err and "Traceback" not in err


def test_query_into_a_closed_pipe_exits_0_quietly():
    process = pledgegraph_process("query", "commitments", "--graph", str(MINI),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert err == ""


def raising(error: BaseException):
    def run(*_args, **_kwargs):
        raise error
    return run


def test_ctrl_c_prints_one_line_and_exits_130(monkeypatch, capsys):
    monkeypatch.setattr(validate_command, "validate", raising(KeyboardInterrupt()))
    assert main(["validate", str(MINI)]) == 130
    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["pledgegraph: [E901] interrupted"]


def test_unexpected_error_is_a_coded_line_without_traceback(monkeypatch, capsys):
    monkeypatch.delenv("PLEDGEGRAPH_DEBUG", raising=False)
    monkeypatch.setattr(validate_command, "validate", raising(ValueError("boom\nsecond line")))
    assert main(["validate", str(MINI)]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "pledgegraph: [E900] Internal error: ValueError: boom second line (set PLEDGEGRAPH_DEBUG=1 for the traceback)"]


def test_pledgegraph_debug_shows_the_traceback(monkeypatch, capsys):
    monkeypatch.setenv("PLEDGEGRAPH_DEBUG", "1")
    monkeypatch.setattr(validate_command, "validate", raising(ValueError("boom")))
    assert main(["validate", str(MINI)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "[E900]" in err
