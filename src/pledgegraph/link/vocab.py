"""What the linker reads from the SKOS thesaurus: modality strengths and concept labels."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from ..rdf.namespaces import PG
from .data import THESAURUS_DIR


def _graph(name: str) -> Graph:
    graph = Graph()
    path: Path = THESAURUS_DIR / name
    if path.exists():
        graph.parse(path, format="turtle")
    return graph


@cache
def modality_strengths() -> dict[str, int]:
    """Modality notation -> ``pg:strength`` from ``modalities.ttl`` ({} when the file is missing)."""
    graph = _graph("modalities.ttl")
    strengths = {}
    for concept, value in graph.subject_objects(PG.strength):
        notation = graph.value(concept, SKOS.notation)
        if notation is not None:
            strengths[str(notation)] = int(value)
    return strengths


@cache
def concept_labels() -> dict[str, tuple[str, ...]]:
    """Concept notation -> every pref/alt label in any language, from ``concepts.ttl``."""
    graph = _graph("concepts.ttl")
    labels: dict[str, set[str]] = {}
    for concept, notation in graph.subject_objects(SKOS.notation):
        found = labels.setdefault(str(notation), set())
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            found.update(str(v) for v in graph.objects(concept, prop) if isinstance(v, Literal))
    return {n: tuple(sorted(v)) for n, v in sorted(labels.items())}


@cache
def concept_neighbours() -> dict[str, tuple[str, ...]]:
    """Concept notation -> notations of the concepts it is broader-than-or-related-to (skos:broader/related).

    A clause naming the Terrorist Financing Convention also takes up the counter-terrorism conventions
    when the thesaurus says so (``skos:broader concept:ct-conventions``).
    """
    graph = _graph("concepts.ttl")
    neighbours: dict[str, set[str]] = {}
    for prop in (SKOS.broader, SKOS.related):
        for concept, other in graph.subject_objects(prop):
            a, b = graph.value(concept, SKOS.notation), graph.value(other, SKOS.notation)
            if a is not None and b is not None and (other, SKOS.inScheme, None) in graph:
                neighbours.setdefault(str(a), set()).add(str(b))
                if prop == SKOS.related:
                    neighbours.setdefault(str(b), set()).add(str(a))
    return {k: tuple(sorted(v)) for k, v in sorted(neighbours.items())}
