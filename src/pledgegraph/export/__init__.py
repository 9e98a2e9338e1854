"""Graph exports for other tools, registered by name in :data:`FORMATS` (``pledgegraph export --format NAME``).

>>> data = export(load_graph("out/graph.ttl"), "trig")  # doctest: +SKIP
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rdflib import Graph

from ..errors import E, PledgegraphError
from . import formats
from .jsonld import jsonld_bytes, to_jsonld

#: format name -> (writer, usual file suffix, what it is)
FORMATS: dict[str, tuple[Callable[[Graph], bytes], str, str]] = {
    "jsonld": (jsonld_bytes, ".jsonld", "JSON-LD, compacted with the project prefixes"),
    "nquads": (formats.nquads, ".nq", "N-Quads: a named graph per document, one for the corpus, one for the thesaurus"),
    "trig": (formats.trig, ".trig", "TriG: the same named graphs, with prefixes"),
    "graphml": (formats.graphml, ".graphml", "GraphML for Gephi"),
    "gexf": (formats.gexf, ".gexf", "GEXF 1.2 for Gephi's timeline"),
    "owl": (formats.owl, ".owl", "RDF/XML for OWL 2 reasoners: ontology, thesaurus and data, OWL 2 datatypes only"),
}


def export(graph: Graph, fmt: str) -> bytes:
    """The graph in format ``fmt`` (a name of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[fmt][0](graph)


def write(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path`` (its folder is made when missing); E106 when that is impossible."""
    path = Path(path)
    if path.is_dir():
        raise PledgegraphError(E.E106, path=path, detail="it is a folder; give a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as err:
        raise PledgegraphError(E.E106, path=path, detail=err.strerror or err) from err
    return path


__all__ = ["FORMATS", "export", "jsonld_bytes", "to_jsonld", "write"]
