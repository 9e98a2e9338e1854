"""What a build keeps for the next one besides its document results, and reads back: incremental rebuilds.

Everything here lives in the document cache (``cache.py``), under keys made of the document result's key (its file's
bytes and the code and data versions) and whatever else the kept thing depends on, so nothing stale is ever read:

* each document's RDF part (``rdf.parts``: its N-Quads and Turtle blocks, and the explorer's rows about its nodes),
  under its result's key and the provisions of it the graph keeps;
* the part of the corpus's one-triple statements (``rdf.build.corpus_statements``), under a digest of what they are
  made of (``rdf.parts.statements_digest``);
* the parts of the corpus items (links, statuses, citations, versions), each under a digest of what it is made of,
  in sixteen entries (by the digest's first digit, so that a rebuild rewrites only those that changed): the ones
  this build used;
* the SHACL results of every validation unit (``validate.units``), under a digest of the unit's triples and
  context, in one entry: the ones this build used;
* the corpus graph's N-Triples under their digest (what the next build's store update diffs against);
* the timeline picture, under a digest of the records it is drawn from (``viz.timeline.timeline_records``), the
  explorer's embedded fonts, under the characters they draw, and what the Gephi network takes from each document
  (``viz.graph.network_piece``), under the digest of the document's graph.

Without a cache (``--no-cache``) nothing is read or kept and every part is made anew: the same bytes either way.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any

from . import cache as document_cache
import pyoxigraph as ox

from .model import Corpus
from .rdf import dataset as rdf_dataset
from .rdf import parts as rdf_parts
from .rdf.build import document_parts
from .validate.units import KeptResults
from .viz import fonts
from .viz.records import OWNED, Records, label_rows, owned_rows, records_of, store_records
from .viz.timeline import draw_records, timeline_records

CHUNKS = "0123456789abcdef"  # the corpus items are kept in one entry per first digit of their digest
CORPUS_GRAPH = str(rdf_dataset.CORPUS)
DOCUMENT_GRAPHS = rdf_dataset.GRAPH + "doc/"  # its lines are kept: the next build finds what changed in it without the store


class Incremental:
    """The kept parts a build reads and the ones it leaves (``cache`` None: none)."""

    def __init__(self, cache: document_cache.DocumentCache | None) -> None:
        self.cache = cache
        self.version = cache.version if cache is not None else document_cache.code_version()
        self._items: dict[str, dict] | None = None
        self._chunks: dict[str, dict] = {}
        self.data: rdf_parts.Dataset | None = None  # the last dataset made
        self._results: KeptResults | None = None
        self._parts: dict[int, tuple[str, rdf_parts.Part]] = {}  # id -> key and part, of the parts kept one by one
        self._changed: set[int] = set()  # ids of those parts made, or completed, by this build

    def _memo(self, kind: str, *parts: str) -> dict:
        found = self.cache.get_data(self.cache.derived_key(kind, *parts)) if self.cache is not None else None
        return found if isinstance(found, dict) else {}

    def dataset(self, corpus: Corpus) -> rdf_parts.Dataset:
        """The corpus's graph as parts: documents' parts kept or made, the corpus items' likewise."""
        parts, orphans = document_parts(corpus)
        found = [self._document_part(doc, blocks, provisions) for doc, blocks, provisions in parts]
        if self._items is None:
            self._chunks = {chunk: self._memo("corpus-items", chunk) for chunk in CHUNKS}
            self._items = {digest: part for kept in self._chunks.values() for digest, part in kept.items()}
        found += rdf_parts.corpus_parts(corpus, orphans, self._items, self._whole_part)
        found.append(self.thesaurus)
        self.data = rdf_parts.Dataset.of(corpus.documents, found)
        return self.data

    def _document_part(self, doc, blocks, provisions) -> rdf_parts.Part:
        result_key = self.cache.sources.get(doc.source) if self.cache is not None else None
        if result_key is None:
            return rdf_parts.document_part(doc, blocks, provisions)
        key = self.cache.derived_key("rdf", result_key, "\n".join(p.key for p in provisions))
        return self._part(key, lambda: rdf_parts.document_part(doc, blocks, provisions))

    def _whole_part(self, digest: str, make: Callable[[], rdf_parts.Part]) -> rdf_parts.Part:
        """A corpus part kept whole under the digest of what it is made of (``rdf.parts.statements_digest``)."""
        if self.cache is None:
            return make()
        return self._part(self.cache.derived_key("corpus-part", digest), make)

    def _part(self, key: str, make: Callable[[], rdf_parts.Part]) -> rdf_parts.Part:
        """The part kept under ``key``, or ``make()`` (kept by :meth:`hold`, once complete)."""
        try:
            part = rdf_parts.Part.from_json(self.cache.get_data(key))
        except TypeError:  # none kept, or not a part
            part = make()
            self._changed.add(id(part))
        self._parts[id(part)] = (key, part)
        return part

    @cached_property
    def thesaurus(self) -> rdf_parts.Part:
        """The thesaurus's part (the same for every build of one version)."""
        if self.cache is None:
            return rdf_parts.thesaurus_part()
        return self._part(self.cache.derived_key("thesaurus"), rdf_parts.thesaurus_part)

    def records(self, data: rdf_parts.Dataset, store: ox.Store) -> Records:
        """The explorer's records of ``data`` (``viz.records.records_of``), from the rows each part keeps; those of
        the parts that keep none are read from ``store`` (the whole graph) when they are most parts, else from a
        store of their triples and the thesaurus's. Should a row's node be no one part's, all are read from
        ``store``."""
        todo = [part for part in data.parts if not part.rows]
        for part in todo:
            if not part.types:  # it types no node, so no row is about one of its nodes
                part.rows.update({name: [] for name in OWNED})
                self._changed.add(id(part))
        todo = [part for part in todo if not part.rows]
        if todo:
            if 2 * sum(len(lines) for part in todo for lines in part.lines.values()) > sum(map(len, data.graphs.values())):
                found = owned_rows(store)
            else:
                lines = "".join(lines for part in [self.thesaurus, *todo] for lines in part.lines.values())
                small = ox.Store()
                small.bulk_load(lines.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                found = owned_rows(small)
            owners: dict[str, int] = {}
            for part in data.parts:
                for subject in part.types:
                    owners[subject] = owners.get(subject, 0) + 1
            if any(owners.get(node) != 1 for node in found):
                return store_records(store)
            for part in todo:
                rows = {name: [] for name in OWNED}
                for subject in part.types:
                    for name, some in found.get(subject, {}).items():
                        rows[name] += some
                if part is self.thesaurus:
                    rows["labels"] = self._labels()
                part.rows.update(rows)
                self._changed.add(id(part))
        return records_of([part.rows for part in data.parts], self.thesaurus.rows.get("labels", []))

    def _labels(self) -> list[dict]:
        """``labels.rq`` on the thesaurus."""
        store = ox.Store()
        store.bulk_load("".join(self.thesaurus.lines.values()).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return label_rows(store)

    def results(self) -> KeptResults:
        """The SHACL results of validation units kept by earlier builds (and those of this build, once validated)."""
        if self._results is None:
            self._results = KeptResults(self._memo("shacl-units"))
        return self._results

    def timeline(self, records: Records, png: Path, svg: Path) -> None:
        """Draw the timeline of ``records`` into ``png`` and ``svg``, or copy the pictures kept for the same records."""
        drawn = timeline_records(records)
        if self.cache is None:
            draw_records(drawn, png, svg)
            return
        digest = hashlib.sha256(json.dumps([drawn.documents, drawn.pledges, drawn.links, drawn.labels],
                                           sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        key = self.cache.derived_key("timeline", digest)
        found = self.cache.get_data(key)
        if isinstance(found, dict) and isinstance(found.get("png"), str) and isinstance(found.get("svg"), str):
            png.write_bytes(base64.b64decode(found["png"]))
            svg.write_bytes(base64.b64decode(found["svg"]))
            return
        draw_records(drawn, png, svg)
        self.cache.hold_data(key, {name: base64.b64encode(path.read_bytes()).decode("ascii")
                                   for name, path in (("png", png), ("svg", svg))})

    def graph_lines(self, digest: str) -> str | None:
        """The lines of a named graph kept by an earlier build (the corpus graph's: ``rdf.store.stage`` reads
        them instead of the store), or None."""
        found = self.cache.get_text(self.cache.derived_key("graph", digest)) if self.cache is not None else None
        return found if isinstance(found, str) and rdf_parts.digest(found) == digest else None

    def _kept(self, kind: str, of: str, make: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
        """What ``make()`` gives, kept under ``kind`` and ``of`` (all it depends on besides the code version): the
        kept JSON data when ``valid`` says it is whole, else made and kept."""
        if self.cache is None:
            return make()
        key = self.cache.derived_key(kind, of)
        found = self.cache.get_data(key)
        if found is not None and valid(found):
            return found
        made = make()
        self.cache.hold_data(key, made)
        return made

    def font_faces(self, text: str) -> tuple[str, list[str]]:
        """``viz.fonts.font_faces``, kept under the CJK characters of ``text`` (all it depends on)."""
        wanted = "".join(sorted(c for c in set(text) if ord(c) >= fonts.FIRST_CJK))  # set(): a few thousand
        faces = self._kept("fonts", wanted, lambda: list(fonts.font_faces(text)),
                           lambda found: isinstance(found, list) and len(found) == 2 and isinstance(found[0], str))
        return faces[0], list(faces[1])

    def network_piece(self, graph: str, make: Callable[[], dict]) -> dict:
        """``viz.graph.network_piece`` of the nodes of a document's graph, kept under the graph's digest (of the
        last dataset made); that of another graph is made each time."""
        digest = self.data.digests.get(graph) if self.data is not None else None
        if digest is None or not graph.startswith(DOCUMENT_GRAPHS):
            return make()
        return self._kept("network", digest, make, lambda found: isinstance(found, dict)
                          and isinstance(found.get("documents"), list) and isinstance(found.get("provisions"), list))

    def hold(self) -> None:
        """Hold the parts this build made or completed, and what it used of the corpus items and validation results,
        for the cache's ``commit``."""
        if self.cache is None:
            return
        for key, part in self._parts.values():
            if id(part) in self._changed and part.rows:
                self.cache.hold_data(key, part.to_json())
        if self.data is not None and CORPUS_GRAPH in self.data.graphs:
            key = self.cache.derived_key("graph", self.data.digests[CORPUS_GRAPH])
            if not self.cache.has(key):
                self.cache.hold_text(key, self.data.graphs[CORPUS_GRAPH])
        if self._items is not None:  # in chunks by digest: a rebuild rewrites only the chunks that changed
            chunks: dict[str, dict] = {chunk: {} for chunk in CHUNKS}
            for digest, part in self._items.items():
                chunks[digest[0]][digest] = part
            for chunk, kept in self._chunks.items():
                now = chunks[chunk]
                if now != kept:
                    self.cache.hold_data(self.cache.derived_key("corpus-items", chunk), now)
        if self._results is not None and self._results.used() != self._results.loaded:
            self.cache.hold_data(self.cache.derived_key("shacl-units"), self._results.used())
