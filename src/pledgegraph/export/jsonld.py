"""JSON-LD export with the project prefixes as ``@context``, so IRIs read as ``pg:Provision``, ``theme:energy``."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..rdf.namespaces import PREFIXES


def to_jsonld(graph: Graph, path: str | Path) -> Path:
    """Write the graph as compacted JSON-LD (UTF-8, indented)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = graph.serialize(format="json-ld", context=dict(sorted(PREFIXES.items())), indent=2, auto_compact=True)
    path.write_text(text, encoding="utf-8")
    return path
