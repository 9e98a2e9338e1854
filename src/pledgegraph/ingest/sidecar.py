"""Optional metadata sidecar ``<file>.meta.yaml`` / ``<file>.meta.json`` (also ``<stem>.meta.*``).

It may set ``title``, ``place``, ``doc_type``, ``parties`` and ``persons`` (list of mappings with
``name``, ``role``, ``country``, ``signatory``). It never overrides the detected language or date
(keys ``language``/``date`` are ignored and recorded as such). A sidecar that is not valid YAML/JSON,
not a mapping, or has values of the wrong type raises E005.
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from pledgegraph import yamltext
from pledgegraph.errors import E, PledgegraphError
from pledgegraph.model import Document, Person

TEXT_FIELDS = ("title", "place", "doc_type")
IGNORED = ("language", "date")
PERSON_KEYS = {"name", "role", "country", "signatory"}


def sidecar_path(path: Path) -> Path | None:
    """The sidecar of a text file, if there is one."""
    for candidate in (path.with_name(path.name + ".meta.yaml"), path.with_name(path.name + ".meta.yml"),
                      path.with_name(path.name + ".meta.json"), path.with_suffix(".meta.yaml"),
                      path.with_suffix(".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar_bytes(path: Path) -> bytes:
    """The bytes of a sidecar file (E005 when it cannot be read)."""
    try:
        return path.read_bytes()
    except OSError as err:
        raise PledgegraphError(E.E005, path=path, detail=str(err).splitlines()[0]) from None


def read_sidecar(path: Path, content: bytes | None = None) -> dict:
    """Parse a sidecar file (or its ``content``, already read) into a mapping (E005 when malformed)."""
    content = read_sidecar_bytes(path) if content is None else content
    try:
        text = content.decode("utf-8")
        data = json.loads(text) if path.suffix == ".json" else yamltext.safe_load(text)
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as err:
        raise PledgegraphError(E.E005, path=path, detail=str(err).splitlines()[0]) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PledgegraphError(E.E005, path=path, detail="expected a mapping of field names to values")
    return data


def _persons(data: object, path: Path) -> list[Person]:
    if not isinstance(data, list) or not all(isinstance(p, dict) and "name" in p for p in data):
        raise PledgegraphError(E.E005, path=path, detail="'persons' must be a list of mappings with a 'name'")
    unknown = {k for p in data for k in p} - PERSON_KEYS
    if unknown:
        raise PledgegraphError(E.E005, path=path, detail=f"unknown person keys {sorted(unknown)}")
    return [Person(name=str(p["name"]), role=str(p.get("role", "")), country=str(p.get("country", "")),
                   signatory=bool(p.get("signatory", False))) for p in data]


def apply_sidecar(doc: Document, path: Path, side: Path | None = None, content: bytes | None = None) -> None:
    """Apply the sidecar of ``path`` to ``doc`` (no-op without one); ``side`` and its ``content`` when already read."""
    side = sidecar_path(Path(path)) if side is None else side
    if side is None:
        return
    data = read_sidecar(side, content)
    for name in TEXT_FIELDS:
        if name in data:
            if not isinstance(data[name], str):
                raise PledgegraphError(E.E005, path=side, detail=f"'{name}' must be a string")
            setattr(doc, name, data[name])
            doc.metadata_rules[name] = "sidecar"
    if "parties" in data:
        if not isinstance(data["parties"], list):
            raise PledgegraphError(E.E005, path=side, detail="'parties' must be a list of ISO codes")
        doc.parties = sorted(str(p).upper() for p in data["parties"])
        doc.metadata_rules["parties"] = "sidecar"
    if "persons" in data:
        doc.persons = _persons(data["persons"], side)
        doc.metadata_rules["persons"] = "sidecar"
    for name in IGNORED:
        if name in data:
            doc.metadata_rules[f"sidecar_{name}"] = "ignored: detected value kept"
