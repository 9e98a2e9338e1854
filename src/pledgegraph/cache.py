"""The document cache: each document's result kept under a key of its content and the code and data versions.

A rebuild reads the result of every unchanged document from here and analyses only the new and changed ones.
The key is the SHA-256 of the file's name and bytes (and its metadata sidecar's), and of :func:`code_version`:
every file of the installed package (code, lexicons, thesaurus, shapes) and the versions of the libraries it
depends on, so a changed rule or lexicon never serves a stale result.

Beside each result, later stages keep what they derive from it (:meth:`DocumentCache.get_data`,
:meth:`DocumentCache.hold_data`): a document's evidence keys for the linker, its RDF pieces and validation results.
Their keys (:meth:`DocumentCache.derived_key`) hash the result's key with whatever else they read (another
document's citations, the links that touch it), so they too change whenever the code or data do.

The cache lives in ``<out>/.pledgegraph-cache`` (or a folder of your choice, ``--cache DIR``). pledgegraph
writes only into a folder that is new, empty, or tagged as its own cache (``CACHEDIR.TAG``, the cache
directory tagging standard, which backup tools honour); anything else is refused (E108) and left alone.
Entries are gzip-compressed JSON (or UTF-8 text, :meth:`DocumentCache.hold_text`), never pickle: reading a cache
someone else wrote cannot run code, and an entry that does not parse is simply analysed again.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from . import __version__, bundled, manifest, serial
from .errors import E, PledgegraphError
from .model import DocumentResult, Source

NAME = ".pledgegraph-cache"
TAG = "CACHEDIR.TAG"
TAG_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by pledgegraph (document results of its builds).\n"
            "# For information about cache directory tags see https://bford.info/cachedir/\n")
SUFFIX = ".json.gz"
GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib.decompress reads the gzip format
ENTRY = re.compile(r"^[0-9a-f]{64}\.json\.gz$")
#: Package folders that never change a document's result.
UNHASHED = ("__pycache__", "corpus")


@cache
def code_version() -> str:
    """A digest of everything that produces a document's result: the package's files and its dependencies."""
    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    root = bundled.path(".")
    for path in sorted(_package_files(root)):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    for requirement in sorted(metadata.requires(bundled.PACKAGE) or []):
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=-\0".encode())
    return digest.hexdigest()


def _package_files(root: Path) -> Iterable[Path]:
    for folder, dirs, names in os.walk(root, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in UNHASHED)
        yield from (Path(folder, n) for n in names if not n.endswith((".pyc", ".pyo")))


def key(parts: Iterable[bytes], version: str) -> str:
    """The cache key of a document: its parts (name, bytes, sidecar) and the code version, hashed."""
    digest = hashlib.sha256(version.encode())
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def check_folder(folder: Path) -> None:
    """Refuse a cache folder that pledgegraph may not write: not a folder, or holding files but no tag.

    Raises:
        PledgegraphError: E108.
    """
    if not folder.exists():
        return
    if not folder.is_dir():
        raise PledgegraphError(E.E108, path=folder, detail="it exists and is not a folder")
    try:
        entries = os.listdir(folder)
    except OSError as err:
        raise PledgegraphError(E.E108, path=folder, detail=err) from err
    if entries and TAG not in entries:
        raise PledgegraphError(E.E108, path=folder, detail=f"it is not empty and has no {TAG}")


def is_cache_folder(folder: Path) -> bool:
    """Whether ``folder`` is a pledgegraph cache (so an output folder may hold it)."""
    try:
        return folder.is_dir() and (folder / TAG).read_text(encoding="utf-8") == TAG_TEXT
    except (OSError, UnicodeDecodeError):
        return False


class DocumentCache:
    """Document results by key, in one folder. New results are held (encoded as they arrive, before linking
    touches them) until :meth:`commit`, which a build calls once its outputs are published: a failed build
    writes nothing."""

    def __init__(self, folder: Path, prune: bool = False) -> None:
        self.folder = Path(folder)
        self.version = code_version()
        self.prune_unused = prune  # a build's own cache keeps only what the last build used
        self.used: set[str] = set()
        self.pending: dict[str, bytes] = {}
        self.hits = 0
        self.sources: dict[str, str] = {}  # document source name -> key of its result (see pipeline.analyse)

    def key_of(self, source: Source) -> str:
        return key((source.name.encode(), source.data, os.path.basename(source.sidecar).encode(),
                    source.sidecar_data), self.version)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> DocumentResult | None:
        """The cached result, or None when there is none or it cannot be read."""
        self.used.add(key)
        try:
            found = decode(json.loads(self._read(key)))
        except (OSError, ValueError, TypeError, KeyError, AttributeError, StopIteration):
            return None
        self.hits += 1
        return found

    def _read(self, key: str) -> bytes:
        """The bytes kept under ``key``, decompressed in one call (an entry is one gzip member, as ``gzip.compress``
        writes it; its CRC and length are checked): a rebuild of 1,000 documents reads 4,000 entries, and opening each
        as a gzip stream cost a third more. ``ValueError`` for a damaged entry, ``OSError`` for a missing one."""
        with open(self._path(key), "rb") as stream:
            data = stream.read()
        try:
            return zlib.decompress(data, GZIP_WBITS)
        except zlib.error as err:
            raise ValueError(f"damaged cache entry {key}: {err}") from err

    def derived_key(self, kind: str, *parts: str) -> str:
        """The key of data of ``kind`` derived from ``parts`` (a result's key and whatever else it depends on)."""
        return key([kind.encode("utf-8"), *(part.encode("utf-8") for part in parts)], self.version)

    def get_data(self, key: str):
        """The JSON data held under ``key`` (see :meth:`hold_data`), or None when there is none or it is damaged."""
        self.used.add(key)
        try:
            return json.loads(self._read(key))
        except (OSError, ValueError):
            return None

    def get_text(self, key: str) -> str | None:
        """The text held under ``key`` (see :meth:`hold_text`), or None when there is none or it is damaged."""
        self.used.add(key)
        try:
            return self._read(key).decode("utf-8")
        except (OSError, ValueError):
            return None

    def hold_text(self, key: str, text: str) -> None:
        """Keep a text for :meth:`commit` under ``key``, as UTF-8 (not JSON: a text of millions of characters,
        such as the corpus graph's N-Triples lines, is written and read several times faster; gzip level 1)."""
        self.used.add(key)
        self.pending[key] = gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0)

    def has(self, key: str) -> bool:
        """Whether an entry is kept under ``key`` (it then stays, as one this build used)."""
        self.used.add(key)
        return self._path(key).is_file()

    def hold_data(self, key: str, data) -> None:
        """Keep JSON data for :meth:`commit` under ``key``."""
        self.used.add(key)
        encoded = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        self.pending[key] = gzip.compress(encoded, compresslevel=5, mtime=0)

    def hold(self, key: str, result: DocumentResult) -> None:
        """Keep a new result for :meth:`commit`; not one of a file that could not be read (its problems name
        the path it was found at)."""
        if result.ingested:
            data = json.dumps(encode(result), separators=(",", ":")).encode("utf-8")
            self.pending[key] = gzip.compress(data, compresslevel=5, mtime=0)

    def commit(self) -> None:
        """Write the held results (each atomically) and, for a build's own cache, remove the unused entries."""
        check_folder(self.folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        if not (self.folder / TAG).exists():
            manifest.write_atomically(self.folder / TAG, TAG_TEXT.encode("utf-8"))
        for name, data in self.pending.items():
            path = self._path(name)
            path.parent.mkdir(exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(data)
            os.replace(temporary, path)  # no fsync: a damaged entry is only analysed again
        self.pending.clear()
        if self.prune_unused:
            self.prune(self.used)

    def prune(self, keep: set[str]) -> int:
        """Remove the entries not in ``keep`` (only files named as entries); the number removed."""
        removed = 0
        for sub in sorted(self.folder.iterdir()) if self.folder.is_dir() else ():
            if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
                continue
            for entry in sub.iterdir():
                if ENTRY.match(entry.name) and entry.name[: -len(SUFFIX)] not in keep:
                    entry.unlink()
                    removed += 1
            if not any(sub.iterdir()):
                sub.rmdir()
        return removed


def encode(result: DocumentResult) -> dict:
    """A DocumentResult as JSON data; the document's offset map as runs (it mostly counts up by one)."""
    data = serial.dump(result)
    if data["document"] is not None:
        data["document"]["norm_to_raw"] = _runs(data["document"]["norm_to_raw"])
    return data


def decode(data: dict) -> DocumentResult:
    if data.get("document") is not None:
        data["document"]["norm_to_raw"] = [start + i for start, length in data["document"]["norm_to_raw"]
                                           for i in range(length)]
    return serial.load(DocumentResult, data)


def _runs(values: list[int]) -> list[list[int]]:
    """``[3, 4, 5, 9, 10]`` -> ``[[3, 3], [9, 2]]``: starts and lengths of the runs that count up by one."""
    runs: list[list[int]] = []
    for value in values:
        if runs and runs[-1][0] + runs[-1][1] == value:
            runs[-1][1] += 1
        else:
            runs.append([value, 1])
    return runs
