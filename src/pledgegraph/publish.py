"""Build every output of ``pledgegraph build`` into a folder, atomically.

Files are written into a temporary sibling folder which replaces the target only when everything
succeeded and the graph conforms to the shapes; a failed build leaves the previous folder intact.
"""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from . import pipeline
from .errors import E, PledgegraphError
from .model import Corpus
from .rdf.build import build_graph, to_turtle
from .validate import validate
from .viz.graph import to_networkx, write_graphml
from .viz.html import write_html
from .viz.timeline import draw_timeline

OUTPUTS = ("graph.ttl", "validation.txt", "graph.graphml", "timeline.png", "timeline.svg", "graph.html")


@dataclass
class BuildResult:
    corpus: Corpus
    graph: Graph
    out: Path
    triples: int


def write_outputs(corpus: Corpus, folder: Path, progress: pipeline.Progress) -> Graph:
    """Write graph, validation report and pictures into ``folder``; raise E101 if the graph does not conform."""
    progress("graph")
    graph = build_graph(corpus)
    (folder / "graph.ttl").write_bytes(to_turtle(graph))
    progress("validate")
    report = validate(graph)
    (folder / "validation.txt").write_text(report.text(), encoding="utf-8")
    if not report.conforms:
        raise PledgegraphError(E.E101, count=report.count, report=report.text())
    progress("pictures")
    write_graphml(to_networkx(graph), folder / "graph.graphml")
    draw_timeline(graph, folder / "timeline.png", folder / "timeline.svg")
    write_html(graph, folder / "graph.html")
    return graph


def build(paths: list[Path], out: Path, progress: pipeline.Progress = lambda _: None) -> BuildResult:
    """Run the pipeline on ``paths`` and publish every output into ``out``."""
    corpus = pipeline.run(paths, progress)
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise PledgegraphError(E.E102, path=out, detail="it exists and is not a folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as err:
        raise PledgegraphError(E.E102, path=out, detail=err) from err
    try:
        graph = write_outputs(corpus, staging, progress)
        _replace(staging, out)
    except OSError as err:
        raise PledgegraphError(E.E102, path=out, detail=err) from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(corpus=corpus, graph=graph, out=out, triples=len(graph))


def _replace(staging: Path, out: Path) -> None:
    """Swap the staged folder into place; the old folder is removed only after the swap."""
    old = out.with_name(f".{out.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
