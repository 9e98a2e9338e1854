"""Progress: one plain line per stage on standard error when it is not a terminal; a bar per stage on one."""
from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from pledgegraph.cli import main
from pledgegraph.cli.progress import Bars, Lines

EN = "Joint Statement\n\n1. Japan and India agreed to meet every year.\n"


def test_each_stage_is_one_line_with_its_counts():
    stream = io.StringIO()
    lines = Lines(stream)
    for done in range(4):
        lines("analyse", done, 3)
    lines("link")
    lines.finish()
    printed = stream.getvalue().splitlines()
    assert [line.split(" (")[0] for line in printed] == ["pledgegraph: analyse: 3/3 documents analysed",
                                                         "pledgegraph: link:"]
    assert all(line.endswith(" s)") for line in printed)


def test_a_piped_build_prints_its_stages_and_a_failure_ends_in_its_coded_line(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(EN, encoding="utf-8")
    (docs / "b.txt").write_text("", encoding="utf-8")
    assert main(["build", str(docs), "--out", str(tmp_path / "out")]) == 3
    err = capsys.readouterr().err.splitlines()
    stages = [line.split(":")[1].strip() for line in err if line.startswith("pledgegraph: ") and " s)" in line]
    assert stages[:4] == ["read", "cache", "analyse", "link"] and "turtle" in stages
    assert "pledgegraph: analyse: 2/2 documents analysed" in "\n".join(err)  # the empty one fails in the stage
    assert main(["build", str(docs), "--out", str(tmp_path / "out"), "--strict"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("pledgegraph: [E002]") and not any("analyse" in line for line in err)


def test_a_terminal_gets_a_bar_per_stage_with_counts():
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    with Progress(console=console) as bars:
        tracker = Bars(bars)
        tracker("analyse", 0, 4)
        tracker("analyse", 2, 4)
        tracker("link")
        tracker.finish()
        tasks = {t.description: (t.completed, t.total) for t in bars.tasks}
    assert tasks == {"analyse": (4, 4), "link": (1, 1)}
