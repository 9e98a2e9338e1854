"""The manifest pledgegraph writes into every output folder: the files it wrote and their SHA-256.

It is how a later build recognises a folder as its own (and the files in it that it may replace), and how
the input scan knows to skip an output folder. ``pending`` lists the hashes of files being swapped in, so a
build killed half-way through the swap leaves a folder that the next build still accepts.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

NAME = ".pledgegraph-manifest.json"
LOCK = ".pledgegraph.lock"
STAGING_PREFIX = ".pledgegraph-staging-"


@dataclass
class Manifest:
    files: dict[str, str] = field(default_factory=dict)  # file name -> sha256 of what pledgegraph wrote
    pending: dict[str, str] = field(default_factory=dict)  # hashes of files being swapped in

    def accepts(self, name: str, digest: str) -> bool:
        """Whether ``digest`` is a version of ``name`` that pledgegraph wrote."""
        return digest in (self.files.get(name), self.pending.get(name))


def sha256(path: Path) -> str:
    """SHA-256 of a file's bytes; of a symbolic link (the store, ``rdf/store.py``), of the name it points to."""
    digest = hashlib.sha256()
    if os.path.islink(path):
        digest.update(os.readlink(path).encode("utf-8"))
        return digest.hexdigest()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def is_entry(path: Path) -> bool:
    """Whether ``path`` is an output pledgegraph may have written: a file, or a symbolic link (the store)."""
    return path.is_symlink() or path.is_file()


def is_output_folder(folder: str | os.PathLike) -> bool:
    return (Path(folder) / NAME).is_file()


def read(folder: Path) -> Manifest | None:
    """The folder's manifest, or None when it has none (or one that is not pledgegraph's)."""
    try:
        data = json.loads((folder / NAME).read_text(encoding="utf-8"))
        return Manifest(files=dict(data["files"]), pending=dict(data.get("pending", {})))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write(folder: Path, manifest: Manifest, generator: str) -> None:
    """Replace the folder's manifest atomically."""
    data = {"generator": generator, "files": dict(sorted(manifest.files.items()))}
    if manifest.pending:
        data["pending"] = dict(sorted(manifest.pending.items()))
    write_atomically(folder / NAME, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)
