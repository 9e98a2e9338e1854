"""Read text files into ``Document`` objects: decoding, language, normalised view, blocks (segmented once), metadata.

Public API: ``load(path)`` and ``load_paths(paths)``.
"""
from __future__ import annotations

import os
from pathlib import Path

from pledgegraph import manifest
from pledgegraph.errors import E, PledgegraphError
from pledgegraph.ingest.decode import decode as decode_bytes
from pledgegraph.ingest.decode import read_bytes
from pledgegraph.ingest.language import SAMPLE, detect_language
from pledgegraph.ingest.lexicon import supported_languages
from pledgegraph.ingest.navigation import scan_lines
from pledgegraph.ingest.normalize import normalise
from pledgegraph.model import Document, Problem, Source


def document_from_text(raw: str, source: str = "<text>", encoding: str = "utf-8") -> Document:
    """Build a Document (language, norm, blocks, metadata) from already decoded text."""
    language = body_language(raw)
    if language not in supported_languages():
        raise PledgegraphError(E.E004, path=source, lang=language or "unknown",
                               supported=", ".join(supported_languages()))
    norm, norm_to_raw = normalise(raw)
    doc = Document(source=source, raw=raw, language=language, norm=norm, norm_to_raw=norm_to_raw,
                   encoding=encoding)
    from pledgegraph.ingest.metadata import detect_metadata

    detect_metadata(doc)
    return doc


def body_language(raw: str) -> str | None:
    """Language of the text without its navigation lines (the first ``SAMPLE`` body characters decide)."""
    lines, flags = scan_lines(raw)
    body: list[str] = []
    size = 0
    for line, nav in zip(lines, flags):
        if not nav:
            body.append(line.text)
            size += len(line.text) + 1
            if size > SAMPLE:
                break
    return detect_language("\n".join(body)) or detect_language(raw)


def load(path: Path) -> Document:
    """Load one text file; raises ``PledgegraphError`` (E001-E006, E008, E011) on bad input."""
    return load_source(read_source(Path(path)))


def read_source(path: Path) -> Source:
    """The bytes of a text file and of its metadata sidecar (E005, E006, E008, E011 when they cannot be read)."""
    from pledgegraph.ingest.sidecar import read_sidecar_bytes, sidecar_path

    try:
        data = read_bytes(path)
    except OSError as err:
        raise PledgegraphError(E.E011, path=path, detail=err.strerror or err) from None
    side = sidecar_path(path)
    return Source(str(path), data, str(side or ""), read_sidecar_bytes(side) if side else b"")


def load_source(source: Source) -> Document:
    """A Document from a file already read (no file system access); E001-E005 on bad input."""
    from pledgegraph.ingest.sidecar import apply_sidecar

    path = Path(source.path)
    raw, encoding = decode_bytes(source.data, path)
    doc = document_from_text(raw, source=path.name, encoding=encoding)
    if source.sidecar:
        apply_sidecar(doc, path, Path(source.sidecar), source.sidecar_data)
    return doc


def find_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The ``*.txt`` files of ``paths`` (folders searched recursively), sorted, and the folders that could not
    be read. Output folders of pledgegraph (they hold its manifest) are not searched.

    Raises:
        PledgegraphError: E006 for a missing path, E007 when a folder holds no ``.txt`` file, E009 when two
            files share a name (their documents would share an IRI).
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        if path.is_dir():
            found, unreadable = _walk(path)
            if not found and not unreadable:
                raise PledgegraphError(E.E007, path=path)
            files.extend(found)
            problems.extend(unreadable)
        elif path.exists():
            files.append(path)
        else:
            raise PledgegraphError(E.E006, path=path)
    unique = sorted({p.resolve(): p for p in files}.values())
    by_name: dict[str, Path] = {}
    for path in unique:
        if path.name in by_name:
            raise PledgegraphError(E.E009, path=by_name[path.name], other=path)
        by_name[path.name] = path
    return unique, problems


def _walk(folder: Path) -> tuple[list[Path], list[Problem]]:
    found: list[Path] = []
    problems: list[Problem] = []

    def unreadable(err: OSError) -> None:
        error = PledgegraphError(E.E011, path=err.filename, detail=err.strerror or err)
        problems.append(Problem(str(err.filename), error.code, str(error)))

    seen: set[str] = set()
    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        real = os.path.realpath(root)
        if real in seen or manifest.is_output_folder(root):
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith(manifest.STAGING_PREFIX))
        found.extend(Path(root, n) for n in names if n.endswith(".txt") and os.path.isfile(os.path.join(root, n)))
    return sorted(found), problems


def load_paths(paths: list[Path], problems: list[Problem] | None = None) -> list[Document]:
    """Load files and folders (``*.txt`` found recursively), in sorted path order.

    Without ``problems`` the first file that cannot be used raises its ``PledgegraphError``; with it, such
    files (and unreadable folders) are recorded there and skipped. Errors about the arguments themselves
    (E006, E007, E009) always raise.
    """
    files, unreadable = find_files(paths)
    if unreadable and problems is None:
        raise PledgegraphError(E.E011, path=unreadable[0].file, detail="folder not readable")
    documents = []
    for path in files:
        try:
            documents.append(load(path))
        except PledgegraphError as err:
            if problems is None:
                raise
            problems.append(Problem(str(path), err.code, str(err)))
    if problems is not None:
        problems.extend(unreadable)
    return documents
