"""Reading graphs from disk with a clear error."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from ..errors import E, PledgegraphError


def load_graph(path: Path) -> Graph:
    """Parse a Turtle (or other rdflib-guessable) file; E202 when missing or malformed."""
    if not Path(path).is_file():
        raise PledgegraphError(E.E202, path=path, detail="no such file (run `pledgegraph build` first?)")
    g = Graph()
    try:
        g.parse(path, format="turtle" if str(path).endswith(".ttl") else None)
    except Exception as err:  # rdflib raises many parser-specific types
        raise PledgegraphError(E.E202, path=path, detail=err) from err
    return g
