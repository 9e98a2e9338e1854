"""Load the valid examples and apply the invalid patches (see data/README.md)."""
from __future__ import annotations

import re
from pathlib import Path

import rdflib

from pledgegraph import bundled
from pledgegraph.rdf.namespaces import BASE, PREFIXES

DATA = Path(__file__).parent / "data"
BASE_EXAMPLE = DATA / "valid" / "two-documents.ttl"
OWN_THESAURUS = [bundled.thesaurus() / f"{name}.ttl" for name in ("modalities", "relations", "doctypes")]
_DIRECTIVES = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + f"@base <{BASE}id/> .\n"


def with_thesaurus(graph: rdflib.Graph) -> rdflib.Graph:
    """Add the test thesaurus fixture and the modality, relation and doctype schemes."""
    for path in [DATA / "thesaurus.ttl", *OWN_THESAURUS]:
        graph.parse(path, format="turtle")
    return graph


def load_valid(path: Path) -> rdflib.Graph:
    """A valid example with its thesaurus."""
    return with_thesaurus(rdflib.Graph().parse(path, format="turtle"))


def header(path: Path, key: str) -> list[str]:
    """Values of the ``# <key>: value`` header lines of an example file."""
    return re.findall(rf"^#\s*{key}:\s*(.+?)\s*$", path.read_text(encoding="utf-8"), flags=re.M)


def load_invalid(path: Path) -> rdflib.Graph:
    """The base example with the patch of ``path`` applied (deletes first, then additions)."""
    graph = load_valid(BASE_EXAMPLE)
    sparql_prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items())) + f"BASE <{BASE}id/>\n"
    for pattern in header(path, "delete"):
        before = len(graph)
        graph.update(f"{sparql_prologue}DELETE WHERE {{ {pattern} }}")
        assert len(graph) < before, f"{path.name}: '# delete: {pattern}' matched nothing"
    graph.parse(data=_DIRECTIVES + path.read_text(encoding="utf-8"), format="turtle")
    return graph
