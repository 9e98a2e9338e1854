"""The persistent store: a pyoxigraph (RocksDB) ``Store`` of the dataset, written once per build, opened read-only.

In an output folder the store is ``store``, a symbolic link to ``.pledgegraph-store-<digest>/``, the digest being
the SHA-256 of the store's listing (:data:`GRAPHS`, in the folder: each named graph and the SHA-256 of its sorted
triples). A build writes the new store into its staging folder (a copy of the old one with only the changed graphs
rewritten, when the old one has its listing), moves it beside the old one when complete, and the link is swapped
in like every other output (one atomic rename), so a build that fails or is killed leaves the previous store whole
and usable, and a half-written store only in the staging folder, which the next build clears; the store the link
left is removed by the next build (a reader that opened it meanwhile keeps working).
The same dataset gives the same folder, which is then reused as it is. Queries see the union of the named graphs
as their default graph (:data:`UNION`).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import E, PledgegraphError

if TYPE_CHECKING:
    from .parts import Dataset

NAME = "store"  # the entry in an output folder
GRAPHS = "pledgegraph-graphs.json"  # in a store folder: its named graphs and the SHA-256 of their sorted triples
FOLDER_PREFIX = ".pledgegraph-store-"
UNION = {"use_default_graph_as_union": True}  # query options: the default graph is the union of all graphs
_TEMPORARY = ".tmp-"


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is (or links to) a folder holding a store (RocksDB's ``CURRENT`` file)."""
    return Path(path).is_dir() and (Path(path) / "CURRENT").is_file()


def write(data, path: Path) -> int:
    """Write a new store of ``data`` (see ``dataset.Source``) at ``path``; returns the quad count."""
    from . import dataset  # imported here: readers of a store need no rdflib

    return _write_nquads(dataset.to_nquads(data), path)


def _write_nquads(nquads: bytes, path: Path) -> int:
    store = ox.Store(str(path))
    store.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    count = len(store)
    del store  # closes the database: read-only readers may open it from now on
    return count


def require(path: str | os.PathLike) -> Path:
    """``path`` when it is a store; E202 otherwise."""
    path = Path(path)
    if not is_store(path):
        detail = ("no such folder (run `pledgegraph build` first?)" if not path.exists()
                  else "not a store written by pledgegraph build (no RocksDB CURRENT file)")
        raise PledgegraphError(E.E202, path=path, detail=detail)
    return path


def open_store(path: str | os.PathLike) -> ox.Store:
    """Open a store read-only; E202 when ``path`` is no store, E205 when it holds no quads."""
    path = require(path)
    try:
        store = ox.Store.read_only(str(path))
    except OSError as err:
        raise PledgegraphError(E.E202, path=path, detail=" ".join(str(err).split())) from err
    if next(store.quads_for_pattern(None, None, None), None) is None:  # not len(): it counts every quad
        raise PledgegraphError(E.E205, path=path)
    return store


def stage(data: Dataset, staging: Path, earlier: Callable[[str], str | None] = lambda digest: None) -> Path:
    """Write the store of ``data`` into the output folder that holds ``staging`` and link ``staging/store`` to it.

    Unless the output folder has that store already, it is written into ``staging`` (a build killed meanwhile
    leaves it there, and the next build clears it) and moved beside the outputs when complete. When the folder's
    current store lists its graphs (:data:`GRAPHS`), the new store is a copy of it with only the graphs that changed
    rewritten (``earlier(digest)``, when it has them, gives a graph's earlier N-Triples lines: the quads to remove and
    add are then found without reading the store); else it is written whole. Call it under the output folder's lock
    (``publish``): it also removes the stores that neither the folder's current link nor this build uses. Returns
    the store folder.
    """
    listing = json.dumps(data.digests, indent=1, sort_keys=True).encode("utf-8")
    out = staging.parent
    name = FOLDER_PREFIX + hashlib.sha256(listing).hexdigest()[:32]
    current = _current(out)
    _prune(out, keep={name, current})
    target = out / name
    if not is_store(target):
        temporary = staging / f"{name}{_TEMPORARY}{os.getpid()}"
        shutil.rmtree(temporary, ignore_errors=True)
        previous = _listing(out / current) if current else None
        if previous is None or not _updated(out / current, previous, data, temporary, earlier):
            shutil.rmtree(temporary, ignore_errors=True)
            _write_nquads(data.nquads(), temporary)
        (temporary / GRAPHS).write_bytes(listing)
        shutil.rmtree(target, ignore_errors=True)  # not a store (looked above): what a killed build left
        os.rename(temporary, target)
    os.symlink(name, staging / NAME)  # relative: it resolves once renamed into ``out``
    return target


def _listing(folder: Path) -> dict[str, str] | None:
    """The graphs of a store folder and their digests, as :func:`stage` listed them; None without a listing."""
    try:
        found = json.loads((folder / GRAPHS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()) else None


def _updated(current: Path, previous: dict[str, str], data: Dataset, folder: Path,
             earlier: Callable[[str], str | None]) -> bool:
    """Make ``folder`` a copy of the store ``current`` (listed as ``previous``) with the graphs that changed
    rewritten; False when that cannot be done (then the store is written whole)."""
    digests = data.digests
    changed = sorted(graph for graph in set(previous) | set(digests) if previous.get(graph) != digests.get(graph))
    try:
        shutil.copytree(current, folder, copy_function=_link_or_copy)
        store = ox.Store(str(folder))
        for graph in changed:
            lines = earlier(previous[graph]) if graph in previous else ""
            _replace(store, graph, lines, data.graphs.get(graph, ""))
        store.flush()
        del store  # closes the database
    except (OSError, ValueError, SyntaxError):  # a damaged store (RocksDB errors are OSErrors)
        return False
    return True


def _link_or_copy(source: str, target: str) -> str:
    """Copy a file of a store folder, or link it when it is a table file (``*.sst``): RocksDB never changes one once
    written, only writes new ones and deletes old ones (its own checkpoints link them so), so the copy shares them
    with the store it was copied from (about 60 MB of 75 MB at 1,000 documents) and neither sees the other's
    changes; where the file system cannot link, the file is copied."""
    if source.endswith(".sst"):
        try:
            os.link(source, target)
            return target
        except OSError:
            pass
    return shutil.copy2(source, target)


def _replace(store: ox.Store, graph: str, before: str | None, after: str) -> None:
    """Make ``graph`` in ``store`` hold the N-Triples ``after`` instead of ``before`` (None: what it holds),
    removing and adding only the triples that differ; an empty graph is removed."""
    from .dataset import quad_key
    from .parts import each_line, nquads, sort_lines

    name = ox.NamedNode(graph)
    if before is None:
        old = set(store.quads_for_pattern(None, None, None, name))
        new = set(ox.parse(nquads(graph, after), format=ox.RdfFormat.N_QUADS))
        for quad in old - new:
            store.remove(quad)
        store.extend(sorted(new - old, key=quad_key))
    else:  # the lines that differ, removed and added in one call each: the corpus graph of 1,000 documents changes
        # by 12,000 lines at every build
        before_lines, after_lines = set(each_line(before)), set(each_line(after))
        gone, added = before_lines - after_lines, sort_lines(after_lines - before_lines)
        if gone:
            _remove_lines(store, graph, sort_lines(gone))
        if added:
            store.load(nquads(graph, "".join(f"{line}\n" for line in added)), format=ox.RdfFormat.N_QUADS)
    if not after:
        store.remove_graph(name)


def _remove_lines(store: ox.Store, graph: str, lines: list[str]) -> None:
    """Remove the N-Triples ``lines`` (as ``rdf.parts.ntriples`` writes them: no blank nodes) from ``graph``: in one
    ``DELETE DATA`` update, or quad by quad should the update not take them."""
    text = "".join(f"{line}\n" for line in lines)
    try:
        store.update(f"DELETE DATA {{ GRAPH <{graph}> {{\n{text}}} }}")
    except SyntaxError:
        for quad in ox.parse(nquads(graph, text), format=ox.RdfFormat.N_QUADS):
            store.remove(quad)


def _current(out: Path) -> str | None:
    """The store folder the output folder's ``store`` link names, if it is one of ours."""
    link = out / NAME
    if not link.is_symlink():
        return None
    target = os.readlink(link)
    return target if target.startswith(FOLDER_PREFIX) and "/" not in target else None


def _prune(out: Path, keep: set[str | None]) -> None:
    """Remove store folders (and half-written ones) of earlier builds that ``keep`` does not name."""
    for entry in out.glob(FOLDER_PREFIX + "*"):
        if entry.name not in keep and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)

