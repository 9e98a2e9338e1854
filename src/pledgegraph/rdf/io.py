"""Reading graphs from disk with a clear error."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..errors import E, PledgegraphError

if TYPE_CHECKING:
    from rdflib import Graph

G = TypeVar("G")


def read_graph(path: str | Path, parse: Callable[[Path], G]) -> G:
    """``parse(path)`` with coded errors: E202 when missing, a folder or malformed, E205 when it holds no triples.

    Args:
        parse: reads the file into a graph or store that ``len()`` counts triples of (rdflib, pyoxigraph).
    """
    path = Path(path)
    if path.is_dir():
        raise PledgegraphError(E.E202, path=path, detail="it is a folder; give the graph file (e.g. out/graph.ttl)")
    if not path.is_file():
        raise PledgegraphError(E.E202, path=path, detail="no such file (run `pledgegraph build` first?)")
    try:
        graph = parse(path)
    except Exception as err:  # parsers raise SyntaxError, ValueError, OSError, BadSyntax ...
        raise PledgegraphError(E.E202, path=path, detail=flat_message(err)) from err
    if not len(graph):
        raise PledgegraphError(E.E205, path=path)
    return graph


def flat_message(err: object) -> str:
    """A parser's message on one line; rdflib's Turtle errors lose their dump of the input."""
    return " ".join(str(err).split(" at ^ in:")[0].replace(" of <>:", ":").split())


def load_graph(path: str | Path) -> Graph:
    """Parse a Turtle (or other rdflib-guessable) file with rdflib; errors as in :func:`read_graph`."""
    from rdflib import Graph  # imported here: a reader of a store (``query``) needs no rdflib

    return read_graph(path, lambda p: Graph().parse(p, format="turtle" if p.suffix == ".ttl" else None))
