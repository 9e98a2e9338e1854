"""Build every output of ``pledgegraph build`` into a folder, never destroying what pledgegraph did not write.

``--out`` may be a new or empty folder, or one that pledgegraph wrote before (it holds its manifest, see
``manifest.py``); anything else is refused (E103) before any work is done. Outputs are written into a staging
folder inside ``out`` and swapped in one by one with atomic renames, under a lock, after the manifest has
recorded the new files' hashes as pending: a build that fails or is killed leaves every previous output whole,
and the next build accepts the folder and cleans up. A file that is not as pledgegraph wrote it is never
replaced (E104); a file the previous build wrote and this one does not is removed only if unchanged.
"""
from __future__ import annotations

import fcntl
import gc
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import __version__, manifest, pipeline
from .cache import NAME as CACHE_NAME
from .cache import DocumentCache, is_cache_folder
from .cache import check_folder as check_cache_folder
from .conform import conforming_dataset
from .errors import E, PledgegraphError
from .incremental import Incremental
from .model import Corpus
from .rdf import store
from .rdf.build import build_graph, to_turtle
from .rdf.parts import Dataset
from .rdf.turtle import NotAssemblable, assemble
from .rdf.view import StoreView
from .validate import Report
from .viz.graph import to_networkx, write_gexf, write_graphml
from .viz.html import write_records

OUTPUTS = ("graph.ttl", "thesaurus.ttl", "validation.txt", "report.json", "graph.graphml", "graph.gexf", "timeline.png", "timeline.svg",
           "graph.html")
GENERATOR = f"pledgegraph {__version__}"
GC_THRESHOLD = (50_000, 1_000, 1_000)  # gc.set_threshold during a build (Python's default: 700, 10, 10)


@dataclass
class BuildResult:
    corpus: Corpus
    out: Path
    triples: int

    @cached_property
    def graph(self) -> Graph:
        """The built graph as one rdflib Graph (made when first asked for: a build writes its outputs from parts)."""
        return build_graph(self.corpus)

    @property
    def skipped(self) -> list[str]:
        """Input files left out as a whole."""
        return [p.file for p in self.corpus.problems if p.action == "skipped"]


def check_target(out: Path) -> manifest.Manifest | None:
    """Whether pledgegraph may write into ``out``: its manifest (None for a new or empty folder).

    Raises:
        PledgegraphError: E102 when ``out`` is not a folder, E103 when it holds files and no manifest, E104 when
            a file the manifest lists, or one pledgegraph would write, is not as pledgegraph wrote it.
    """
    if not out.exists():
        return None
    if not out.is_dir():
        raise PledgegraphError(E.E102, path=out, detail="it exists and is not a folder")
    try:
        entries = [e for e in os.listdir(out) if e != manifest.LOCK and not e.startswith(manifest.STAGING_PREFIX)
                   and not (e == CACHE_NAME and is_cache_folder(out / e))]
    except OSError as err:
        raise PledgegraphError(E.E102, path=out, detail=err) from err
    if not entries:
        return None
    owned = manifest.read(out) if manifest.NAME in entries else None
    if owned is None:
        raise PledgegraphError(E.E103, path=out, manifest=manifest.NAME)
    foreign = [name for name in sorted(set(owned.files) | set(OUTPUTS) | {store.NAME})
               if (manifest.is_entry(out / name) or (out / name).exists())
               and not (manifest.is_entry(out / name) and owned.accepts(name, manifest.sha256(out / name)))]
    if foreign:
        raise PledgegraphError(E.E104, path=out, files=", ".join(foreign))
    return owned


def build(paths: list[Path], out: Path, progress: pipeline.Progress = pipeline.quiet,
          strict: bool = False, jobs: int | None = 1, executor: str | None = None,
          cache: Path | bool = False) -> BuildResult:
    """Run the pipeline on ``paths`` and publish every output into ``out``.

    Unless ``strict``, documents that cannot be used are skipped and listed in ``report.json`` (see
    ``pipeline``); ``strict`` fails on the first one. ``jobs`` and ``executor`` say where the document stage
    runs (``executor.open_executor``); ``cache`` is True for the document cache inside ``out``, or a folder.
    """
    out = Path(os.path.abspath(out))
    check_target(out)
    with _fewer_collections():
        return _build(paths, out, progress, strict, jobs, executor, _document_cache(out, cache))


def _build(paths: list[Path], out: Path, progress: pipeline.Progress, strict: bool, jobs: int | None,
           executor: str | None, documents: DocumentCache | None) -> BuildResult:
    """:func:`build` into a checked ``out``, with its document cache (None: none)."""
    corpus = pipeline.run(paths, progress, strict=strict, executor=executor, jobs=jobs, cache=documents)
    if not corpus.documents:
        raise PledgegraphError(E.E010, count=len(corpus.problems),
                               problems="\n".join(p.message for p in corpus.problems))
    progress("graph")
    kept = Incremental(documents)
    corpus, data, memory, report = conforming_dataset(corpus, strict, progress, kept)
    with _locked(out) as staging:
        _write_outputs(corpus, data, memory, report, staging, progress, kept)
        progress("store")
        store.stage(data, staging, kept.graph_lines)  # the persistent store, linked beside the files (rdf/store.py)
        progress("publish")
        _swap_in(staging, out)
        if documents is not None:
            kept.hold()
            documents.commit()
    return BuildResult(corpus=corpus, out=out, triples=data.count)


def _document_cache(out: Path, cache: Path | bool) -> DocumentCache | None:
    """The document cache a build reads and updates: its own in ``out`` (pruned to what it used), or a folder."""
    if cache is False:
        return None
    folder = out / CACHE_NAME if cache is True else Path(os.path.abspath(cache))
    check_cache_folder(folder)
    return DocumentCache(folder, prune=cache is True)


def _write_outputs(corpus: Corpus, data: Dataset, memory: ox.Store, report: Report, folder: Path,
                   progress: pipeline.Progress, kept: Incremental) -> None:
    progress("turtle")
    try:
        graph_ttl = data.turtle()
    except NotAssemblable:  # what the parts cannot give (see rdf.turtle.assemble): the whole graph, serialized
        graph_ttl = to_turtle(build_graph(corpus))
    (folder / "graph.ttl").write_bytes(graph_ttl)
    (folder / "thesaurus.ttl").write_bytes(assemble([kept.thesaurus]))
    (folder / "validation.txt").write_text(report.text(), encoding="utf-8")
    (folder / "report.json").write_text(build_report(corpus), encoding="utf-8")
    progress("pictures")
    network = to_networkx(StoreView(memory), kept.network_piece)
    write_graphml(network, folder / "graph.graphml", typed=True)
    write_gexf(network, folder / "graph.gexf", typed=True)
    records = kept.records(data, memory)
    kept.timeline(records, folder / "timeline.png", folder / "timeline.svg")
    write_records(records, folder / "graph.html", faces=kept.font_faces)


def build_report(corpus: Corpus) -> str:
    """``report.json``: counts, and every skipped document, omitted provision and dropped link with its code."""
    per_document: dict[str, int] = {d.source: 0 for d in corpus.documents}
    for p in corpus.provisions:
        per_document[p.source] += 1
    data = {
        "generator": GENERATOR,
        "documents": len(corpus.documents),
        "provisions": len(corpus.provisions),
        "links": len(corpus.links),
        "skipped": sum(p.action == "skipped" for p in corpus.problems),
        "problems": [asdict(p) for p in corpus.problems],
        "provisions_per_document": per_document,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while the block runs (``GC_THRESHOLD``): a build holds millions
    of long-lived objects (the kept parts, results and rows it reads), which every full collection scans again
    (a quarter of a rebuild's time at the default thresholds). Young garbage is still collected at every 50,000
    allocations; the middle generation, which the survivors of twenty young collections fill with a million of those
    long-lived objects, only every thousand (at twenty it took 0.5 s of a rebuild of 1,000 documents, 0.03 s now,
    the peak memory the same)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def _locked(out: Path) -> Iterator[Path]:
    """Hold ``out``'s lock (builds into one folder take turns) and yield a fresh staging folder inside it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = open(out / manifest.LOCK, "a+b")
    except OSError as err:
        raise PledgegraphError(E.E102, path=out, detail=err) from err
    staging = out / f"{manifest.STAGING_PREFIX}{os.getpid()}"
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        check_target(out)  # again: another build may have written meanwhile
        for stale in out.glob(f"{manifest.STAGING_PREFIX}*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging.mkdir()
        yield staging
    except OSError as err:
        raise PledgegraphError(E.E102, path=out, detail=err) from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        lock.close()


def _swap_in(staging: Path, out: Path) -> None:
    """Rename the staged files into ``out``; the manifest records them as pending first, as done last."""
    previous = manifest.read(out) or manifest.Manifest()
    written = {p.name: manifest.sha256(p) for p in sorted(staging.iterdir())}
    manifest.write(out, manifest.Manifest(files=previous.files, pending=written), GENERATOR)
    for name in written:
        os.replace(staging / name, out / name)
    for name, digest in previous.files.items():
        old = out / name
        if name not in written and old.is_file() and manifest.sha256(old) == digest:
            old.unlink()
    manifest.write(out, manifest.Manifest(files=written), GENERATOR)
