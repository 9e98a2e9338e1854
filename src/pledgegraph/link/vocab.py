"""What the linker (and the pictures, see ``viz/palette.py``) read from the SKOS thesaurus: the relations, the
pledge statuses they give, the modalities with their strength and committal flag, and concept labels.

The relations and their order are data (``relations.ttl``), the modality ranking is data (``modalities.ttl``:
``pg:strength`` and ``pg:CommittalModality``): no list of either lives in Python, so a new relation is one
concept in ``relations.ttl`` plus the rule that assigns it (``relation.rules`` in ``link/rules.yaml``).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Literal
from rdflib.namespace import SKOS

from ..rdf.namespaces import MODALITY, PG, RELATION, STATUS
from .data import THESAURUS_DIR


def _graph(name: str) -> Graph:
    graph = Graph()
    path: Path = THESAURUS_DIR / name
    if path.exists():
        graph.parse(path, format="turtle")
    return graph


def _notations(graph: Graph, scheme) -> dict[str, object]:
    return {str(graph.value(c, SKOS.notation)): c for c in graph.subjects(SKOS.inScheme, scheme)
            if graph.value(c, SKOS.notation) is not None}


@cache
def relations() -> tuple[str, ...]:
    """Notations of the evolution relations (``relation:scheme``), sorted."""
    return tuple(sorted(_notations(_graph("relations.ttl"), RELATION.scheme)))


@cache
def statuses() -> tuple[str, ...]:
    """Notations of the pledge statuses (``status:scheme``), sorted."""
    return tuple(sorted(_notations(_graph("relations.ttl"), STATUS.scheme)))


@cache
def status_of_relation() -> dict[str, str]:
    """Relation notation -> the status it gives the earlier pledge (``pg:yieldsStatus``)."""
    graph = _graph("relations.ttl")
    found = {}
    for notation, concept in _notations(graph, RELATION.scheme).items():
        status = graph.value(concept, PG.yieldsStatus)
        if status is not None and graph.value(status, SKOS.notation) is not None:
            found[notation] = str(graph.value(status, SKOS.notation))
    return dict(sorted(found.items()))


def check_relation(notation: str) -> str:
    """``notation`` when it names a relation of the thesaurus; a misspelt relation in rule data fails loudly."""
    if notation not in relations():
        raise ValueError(f"{notation!r} is not a relation of relations.ttl ({', '.join(relations())})")
    return notation


def check_status(notation: str) -> str:
    """``notation`` when it names a status of the thesaurus."""
    if notation not in statuses():
        raise ValueError(f"{notation!r} is not a status of relations.ttl ({', '.join(statuses())})")
    return notation


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
def committal_modalities() -> frozenset[str]:
    """Modalities by which the actor binds itself to act (typed ``pg:CommittalModality``)."""
    graph = _graph("modalities.ttl")
    return frozenset(str(graph.value(c, SKOS.notation)) for c in graph.subjects(RDF.type, PG.CommittalModality)
                     if graph.value(c, SKOS.notation) is not None)


@cache
def modalities_by_rank() -> tuple[str, ...]:
    """Modality notations from the most binding down: committal first, then by strength, then notation."""
    graph = _graph("modalities.ttl")
    found = _notations(graph, MODALITY.scheme)
    strengths, committal = modality_strengths(), committal_modalities()
    return tuple(sorted(found, key=lambda m: (m not in committal, -strengths.get(m, 0), m)))


def binds(modality: str) -> bool:
    """True when a stance of this modality commits its actor to act."""
    return modality in committal_modalities()


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
