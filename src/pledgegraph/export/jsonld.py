"""JSON-LD export with the project prefixes as ``@context``, so IRIs read as ``pg:Provision``, ``theme:energy``.

rdflib writes nodes and values in its hash order; they are sorted here (a JSON array is a set in JSON-LD unless it
is an ``@list``), so the same graph gives the same bytes.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from ..rdf.namespaces import PREFIXES


def jsonld_bytes(graph: Graph) -> bytes:
    """The graph as compacted JSON-LD (UTF-8, indented)."""
    text = graph.serialize(format="json-ld", context=dict(sorted(PREFIXES.items())), auto_compact=True)
    return json.dumps(_sorted(json.loads(text)), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _sorted(value: object, key: str = "") -> object:
    """Arrays sorted by their items' JSON (except ``@list`` and the ``@context``), recursively."""
    if isinstance(value, dict):
        return {k: v if k == "@context" else _sorted(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(item) for item in value]
        return items if key == "@list" else sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False,
                                                                                         sort_keys=True))
    return value


def to_jsonld(graph: Graph, path: str | Path) -> Path:
    """Write the graph as compacted JSON-LD (UTF-8, indented)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jsonld_bytes(graph))
    return path
