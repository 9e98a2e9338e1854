"""The corpus as an RDF dataset: one named graph per document, one for what spans documents, one for the thesaurus.

``id:graph/doc/<slug>`` holds a document and everything under its IRI (blocks, provisions, persons, annotations);
``id:graph/corpus`` holds what joins documents or the whole build (evolution links and their ``later pg:<relation>
earlier`` triples, pledge statuses, citations and external documents, versions and alignments, the build's
provenance); ``id:graph/thesaurus`` holds every triple about a non-instance subject (the SKOS thesaurus). The rule
works on any graph of the model (see :func:`graph_of`), so a ``graph.ttl`` splits the same way as a fresh build,
and a document's graph changes only when that document does.

>>> nquads = to_nquads(graph)  # doctest: +SKIP   (deterministic: sorted N-Quads)
>>> for iri, g in named_graphs(graph): ...  # doctest: +SKIP   (rdflib graphs, sorted by graph IRI)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from ..model import Corpus
from . import iris
from .namespaces import ID, PREFIXES

GRAPH = str(ID) + "graph/"
CORPUS = URIRef(GRAPH + "corpus")
THESAURUS = URIRef(GRAPH + "thesaurus")
_DOC = str(ID) + "doc/"
_ID = str(ID)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Source = Graph | Corpus | Iterable[ox.Triple] | Iterable[ox.Quad]


def document_graph(source: str) -> URIRef:
    """The named graph of the document read from ``source`` (its file name): ``id:graph/doc/<slug>``."""
    return URIRef(GRAPH + "doc/" + iris.slug(source))


def _document_slug(iri: str) -> str | None:
    """``<slug>`` when ``iri`` is ``id:doc/<slug>`` or lies under it, else None."""
    if not iri.startswith(_DOC):
        return None
    return iri[len(_DOC):].split("/", 1)[0] or None


def graph_of(subject: str, obj: str | None) -> str:
    """The graph IRI of a triple, from its subject IRI and its object IRI (None for a literal).

    A triple about a document or a node under it stays in that document's graph unless its object is another
    instance (``id:...`` outside that document): such a triple joins documents, or ties the document to the build,
    and goes to the corpus graph, as does every other instance triple. Non-instance subjects are the thesaurus.
    """
    slug = _document_slug(subject)
    if slug is not None:
        if obj is None or not obj.startswith(_ID) or _document_slug(obj) == slug:
            return GRAPH + "doc/" + slug
        return str(CORPUS)
    return str(CORPUS) if subject.startswith(_ID) else str(THESAURUS)


def _ox_term(term, cache: dict) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        node = cache.get(term)
        if node is None:
            node = cache[term] = ox.NamedNode(str(term))
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=_ox_term(term.datatype, cache))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _triples(data: Source) -> Iterator[ox.Triple | ox.Quad]:
    if isinstance(data, Corpus):
        from .build import build_graph

        data = build_graph(data)
    if isinstance(data, Graph):
        cache: dict = {}
        for s, p, o in data:
            yield ox.Triple(_ox_term(s, cache), _ox_term(p, cache), _ox_term(o, cache))
        return
    yield from data


def quads(data: Source) -> list[ox.Quad]:
    """Every triple of ``data`` (a graph, a corpus, or pyoxigraph triples or quads) in its named graph, sorted."""
    names: dict[str, ox.NamedNode] = {}
    out = []
    for t in _triples(data):
        subject, obj = t.subject, t.object
        name = graph_of(subject.value if isinstance(subject, ox.NamedNode) else "",
                        obj.value if isinstance(obj, ox.NamedNode) else None)
        graph = names.get(name)
        if graph is None:
            graph = names[name] = ox.NamedNode(name)
        out.append(ox.Quad(subject, t.predicate, obj, graph))
    out.sort(key=quad_key)
    return out


def quad_key(q: ox.Quad) -> tuple[str, str, str, str]:
    """The order of quads in every dataset output: graph, subject, predicate, object."""
    return q.graph_name.value, str(q.subject), q.predicate.value, str(q.object)


def to_nquads(data: Source) -> bytes:
    """Sorted N-Quads: byte-identical for the same triples."""
    return ox.serialize(quads(data), format=ox.RdfFormat.N_QUADS)


def to_trig(data: Source) -> bytes:
    """TriG with the project prefixes, graphs and subjects in IRI order: byte-identical for the same triples."""
    return ox.serialize(quads(data), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def named_graphs(data: Source) -> list[tuple[URIRef, Graph]]:
    """``(graph IRI, rdflib Graph)`` for every named graph of ``data``, by graph IRI; the graphs bind the project
    prefixes."""
    graphs: dict[str, Graph] = {}
    for quad in quads(data):
        graph = graphs.get(quad.graph_name.value)
        if graph is None:
            graph = graphs[quad.graph_name.value] = Graph(bind_namespaces="none")
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace)
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
    return [(URIRef(name), graphs[name]) for name in sorted(graphs)]


def rdflib_term(term) -> URIRef | BNode | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
