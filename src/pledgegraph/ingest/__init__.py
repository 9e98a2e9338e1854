"""Read text files into ``Document`` objects: decoding, language, normalised view, metadata.

Public API: ``load(path)`` and ``load_paths(paths)``.
"""
from __future__ import annotations

from pathlib import Path

from pledgegraph.errors import E, PledgegraphError
from pledgegraph.ingest.decode import decode as decode_bytes
from pledgegraph.ingest.decode import read_bytes
from pledgegraph.ingest.language import SAMPLE, detect_language
from pledgegraph.ingest.lexicon import supported_languages
from pledgegraph.ingest.navigation import scan_lines
from pledgegraph.ingest.normalize import normalise
from pledgegraph.model import Document


def document_from_text(raw: str, source: str = "<text>", encoding: str = "utf-8") -> Document:
    """Build a Document (language, norm, metadata) from already decoded text."""
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
    """Load one text file; raises ``PledgegraphError`` (E001-E006, E008) on bad input."""
    path = Path(path)
    raw, encoding = decode_bytes(read_bytes(path), path)
    doc = document_from_text(raw, source=path.name, encoding=encoding)
    from pledgegraph.ingest.sidecar import apply_sidecar

    apply_sidecar(doc, path)
    return doc


def load_paths(paths: list[Path]) -> list[Document]:
    """Load files and folders (``*.txt`` found recursively), in sorted path order.

    Raises:
        PledgegraphError: E006 for a missing path, E007 when a folder holds no ``.txt`` file, E009 when two
            files share a name (their documents would share an IRI).
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise PledgegraphError(E.E007, path=path)
            files.extend(found)
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
    return [load(p) for p in unique]
