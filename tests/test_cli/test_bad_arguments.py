"""Every subcommand with bad arguments ends in a coded message (or argparse's usage error), never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pledgegraph.cli import main

MINI = Path(__file__).resolve().parents[1] / "data" / "mini.ttl"
USAGE = "usage"  # argparse's own error: exit 2 and a usage line

# the same bad graph files for every command that reads a graph
BAD_GRAPHS = {"missing graph": ("{missing}", "E202"), "folder as graph": ("{folder}", "E202"),
              "Turtle syntax error": ("{bad_ttl}", "E202"), "empty graph": ("{empty_ttl}", "E205"),
              "comment-only graph": ("{comment_ttl}", "E205")}
READERS = {"validate": ["validate"], "query": ["query", "actors", "--graph"], "trace": ["trace", "energy", "--graph"],
           "export": ["export", "--format", "jsonld", "--graph"]}
# (argv with {placeholders} for the files of the `files` fixture, expected code prefix or USAGE)
CASES = {
    **{f"{command}: {bad}": ([*argv, graph], code)
       for command, argv in READERS.items() for bad, (graph, code) in BAD_GRAPHS.items()},
    "build: missing input path": (["build", "{missing}", "--out", "{out}"], "E006"),
    "build: empty document": (["build", "{empty_txt}", "--out", "{out}"], "E0"),
    "build: unknown option": (["build", "--bogus", "--out", "{out}"], USAGE),
    "validate: shapes folder without shapes": (["validate", "{mini}", "--shapes", "{folder}"], "E303"),
    "validate: shapes folder missing": (["validate", "{mini}", "--shapes", "{missing}"], "E303"),
    "validate: unknown option": (["validate", "{mini}", "--bogus"], USAGE),
    "validate: --write-inferred without --reason": (["validate", "{mini}", "--write-inferred", "{folder}/x.ttl"], USAGE),
    "query: unknown query": (["query", "no-such-question", "--graph", "{mini}"], "E201"),
    "query: missing .rq file": (["query", "{missing}.rq", "--graph", "{mini}"], "E206"),
    "query: missing --queries folder": (["query", "actors", "--queries", "{missing}", "--graph", "{mini}"], "E206"),
    "query: no name": (["query", "--graph", "{mini}"], "E902"),
    "query: .rq syntax error (oxigraph)": (["query", "{bad_rq}", "--graph", "{mini}"], "E204"),
    "query: .rq syntax error (rdflib)": (["query", "{bad_rq}", "--graph", "{mini}", "--engine", "rdflib"], "E204"),
    "query: IRI with spaces": (["query", "theme-timeline", "--graph", "{mini}", "--param", "theme=<bad iri>"], "E203"),
    "query: bare word for an IRI": (["query", "theme-timeline", "--graph", "{mini}", "--param", "theme=x"], "E203"),
    "query: undeclared parameter": (["query", "theme-timeline", "--graph", "{mini}", "--param", "year=2000"], "E203"),
    "query: parameter without =": (["query", "actors", "--graph", "{mini}", "--param", "actor"], "E203"),
    "query: unknown engine": (["query", "actors", "--graph", "{mini}", "--engine", "blazegraph"], USAGE),
    "query: unknown format": (["query", "actors", "--graph", "{mini}", "--format", "xml"], USAGE),
    "query: unknown option": (["query", "actors", "--bogus"], USAGE),
    "query: SERVICE": (["query", "{service_rq}", "--graph", "{mini}"], "E208"),
    "trace: blank topic": (["trace", " ", "--graph", "{mini}"], "E203"),
    "validate: unknown format": (["validate", "{mini}", "--format", "xml"], USAGE),
    "query: json format for a bad query still fails first": (["query", "{bad_rq}", "--graph", "{mini}", "--format",
                                                             "json"], "E204"),
    "export: no format": (["export", "--graph", "{mini}"], USAGE),
    "export: unknown format": (["export", "--format", "rdfxml", "--graph", "{mini}"], USAGE),
    "export: --out is a folder": (["export", "--format", "nquads", "--graph", "{mini}", "--out", "{folder}"], "E106"),
    "export: --out inside a file": (["export", "--format", "trig", "--graph", "{mini}", "--out", "{bad_ttl}/x.trig"],
                                    "E106"),
    "trace: unknown format": (["trace", "energy", "--graph", "{mini}", "--format", "xml"], USAGE),
    "no command": ([], USAGE),
    "unknown command": (["publish"], USAGE),
}
IN_A_SUBPROCESS = ["validate: empty graph", "query: .rq syntax error (rdflib)", "query: IRI with spaces",
                   "trace: folder as graph", "query: unknown engine", "export: missing graph",
                   "export: --out inside a file"]


@pytest.fixture
def files(tmp_path) -> dict[str, str]:
    """Bad inputs, by placeholder name; ``out`` is a fresh folder that must stay unwritten."""
    (tmp_path / "folder").mkdir()
    contents = {
        "bad_ttl": "@prefix ex: <http://example.org/> .\nex:a ex:b .\n",
        "empty_ttl": "",
        "comment_ttl": "# nothing but a comment\n@prefix ex: <http://example.org/> .\n",
        "empty_txt": "",
        "bad_rq": "# Title: broken\nSELECT ?x WHERE {\n  ?x ?p \n",
        "service_rq": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }\n",
    }
    paths = {"missing": str(tmp_path / "missing"), "folder": str(tmp_path / "folder"), "mini": str(MINI),
             "out": str(tmp_path / "out")}
    for name, text in contents.items():
        path = tmp_path / name.replace("_", ".")
        path.write_text(text, encoding="utf-8")
        paths[name] = str(path)
    return paths


def argv_of(case: str, files: dict[str, str]) -> list[str]:
    return [arg.format(**files) for arg in CASES[case][0]]


def assert_clear_failure(case: str, code: int, err: str, out: str, files: dict[str, str]) -> None:
    expected = CASES[case][1]
    assert "Traceback" not in out + err
    assert code == 2, (case, out, err)
    if expected == USAGE:
        assert "usage:" in err, (case, err)
    else:
        assert f"[{expected}" in err, (case, err)
        assert len(err.strip().splitlines()) == 1 or expected.startswith("E0"), (case, err)  # build may list files
    assert not Path(files["out"]).exists()


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_arguments_give_a_coded_message(case, files, capsys):
    try:
        code = main(argv_of(case, files))
    except SystemExit as exit_:  # argparse
        code = exit_.code
    captured = capsys.readouterr()
    assert_clear_failure(case, code, captured.err, captured.out, files)


@pytest.mark.parametrize("case", IN_A_SUBPROCESS)
def test_bad_arguments_in_a_real_process(case, files):
    done = subprocess.run([sys.executable, "-m", "pledgegraph", *argv_of(case, files)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert_clear_failure(case, done.returncode, done.stderr, done.stdout, files)
