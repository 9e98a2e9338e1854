"""The SKOS thesaurus (themes, named concepts, countries, ...), loaded once.

Every ``ontology/thesaurus/*.ttl`` file is parsed into one graph (:func:`load`, for the RDF outputs). Concepts are
addressed by their ``skos:notation`` within a scheme; labels are grouped per language, prefLabel first. The lookups
here (and those of extraction: labels, notations, broader concepts) read :func:`properties`, the same triples as
plain strings by subject and predicate: making it costs a tenth of making the graph (0.03 s instead of 0.28 s of
CPU, paid by every process that analyses a document, and so by every rebuild).
"""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from . import bundled
from .rdf.dataset import rdflib_term
from .rdf.namespaces import BASE

THESAURUS_DIR = bundled.thesaurus()

#: label kinds in the order they are listed
LABEL_KINDS = {"pref": SKOS.prefLabel, "alt": SKOS.altLabel, "hidden": SKOS.hiddenLabel}


@lru_cache(maxsize=1)
def load() -> Graph:
    """All thesaurus files as one graph (cached: treat it as read-only).

    The files are parsed by pyoxigraph and their terms added to the graph at once: the same triples as rdflib's
    Turtle parser gives, in a quarter of its time (0.2 s instead of 0.7 s, paid by every process that analyses a
    document, and so by every rebuild)."""
    graph = Graph()
    terms: dict = {}

    def term(value):
        found = terms.get(value)
        if found is None:
            found = terms[value] = rdflib_term(value)
        return found

    for path in sorted(THESAURUS_DIR.glob("*.ttl")):
        triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        graph.addN((term(t.subject), term(t.predicate), term(t.object), graph) for t in triples)
    return graph


#: An object of :func:`properties`: an IRI, or a literal's lexical form and its language ("" for none).
Value = tuple[str, str | None]


@lru_cache(maxsize=1)
def properties() -> dict[str, dict[str, tuple[Value, ...]]]:
    """Subject IRI -> predicate IRI -> its objects, each once, in the order of the files (as :func:`load` holds
    them): an IRI as ``(iri, None)``, a literal as ``(lexical form, language)`` (a literal without a language:
    ``""``). Read-only."""
    found: dict[str, dict[str, dict[Value, None]]] = {}
    for path in sorted(THESAURUS_DIR.glob("*.ttl")):
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if isinstance(t.subject, ox.NamedNode):
                value = (t.object.value, (t.object.language or "") if isinstance(t.object, ox.Literal) else None)
                found.setdefault(t.subject.value, {}).setdefault(t.predicate.value, {})[value] = None
    return {s: {p: tuple(objects) for p, objects in by.items()} for s, by in found.items()}


def first(subject: str, predicate: str) -> str | None:
    """The first object of ``subject`` and ``predicate`` (an IRI, or a literal's lexical form), as ``Graph.value``
    gives it from :func:`load`; None when there is none."""
    objects = properties().get(subject, {}).get(predicate)
    return objects[0][0] if objects else None


def objects_of(subject: str, predicate: str) -> tuple[Value, ...]:
    """Every object of ``subject`` and ``predicate`` (see :func:`properties`)."""
    return properties().get(subject, {}).get(predicate, ())


def scheme_iri(scheme: str) -> URIRef:
    """``"theme"``/``"themes"``/``"concept"``/... or a full scheme IRI -> the scheme IRI."""
    if scheme.startswith("http"):
        return URIRef(scheme)
    name = scheme.rstrip("s") if scheme.endswith("s") and not scheme.endswith("ss") else scheme
    return URIRef(f"{BASE}{name}/scheme")


@lru_cache(maxsize=None)
def _members(scheme: str) -> tuple[tuple[str, URIRef], ...]:
    iri = str(scheme_iri(scheme))
    pairs = []
    for concept, by in properties().items():
        notation = first(concept, str(SKOS.notation))
        if notation is not None and (iri, None) in by.get(str(SKOS.inScheme), ()):
            pairs.append((notation, URIRef(concept)))
    return tuple(sorted(pairs))


def notations(scheme: str) -> list[str]:
    """Sorted notations of every concept in ``scheme``."""
    return [n for n, _ in _members(scheme)]


@lru_cache(maxsize=None)
def labelled(scheme: str) -> tuple[tuple[str, str, str, str], ...]:
    """Every label of a scheme as ``(notation, lang, kind, label)``, kind in pref|alt|hidden, sorted."""
    rows = set()
    for notation, concept in _members(scheme):
        for kind, prop in LABEL_KINDS.items():
            for value, language in objects_of(str(concept), str(prop)):
                if language:
                    rows.add((notation, language, kind, value))
    order = {k: i for i, k in enumerate(LABEL_KINDS)}
    return tuple(sorted(rows, key=lambda r: (r[0], r[1], order[r[2]], r[3])))


def labels(scheme: str, kinds: tuple[str, ...] = ("pref", "alt", "hidden")) -> dict[str, dict[str, list[str]]]:
    """``{notation: {lang: [labels]}}`` for a scheme, prefLabel first, then altLabels, then hiddenLabels."""
    out: dict[str, dict[str, list[str]]] = {}
    for notation, lang, kind, label in labelled(scheme):
        if kind in kinds:
            out.setdefault(notation, {}).setdefault(lang, []).append(label)
    return out


def pref_label(scheme: str, notation: str, lang: str = "en") -> str:
    """The prefLabel in ``lang`` (English when missing, the notation as a last resort)."""
    found = {lg: lbl for n, lg, kind, lbl in labelled(scheme) if n == notation and kind == "pref"}
    return found.get(lang) or found.get("en") or notation


@lru_cache(maxsize=None)
def broader(scheme: str) -> dict[str, tuple[str, ...]]:
    """``{notation: notations of its skos:broader concepts}`` (the broader ones may be in another scheme)."""
    out = {}
    for notation, concept in _members(scheme):
        ups = sorted(first(b, str(SKOS.notation)) for b, kind in objects_of(str(concept), str(SKOS.broader))
                     if kind is None and first(b, str(SKOS.notation)) is not None)
        out[notation] = tuple(ups)
    return out
