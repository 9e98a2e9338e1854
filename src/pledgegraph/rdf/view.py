"""A pyoxigraph store read as an rdflib Graph: ``value``, ``objects``, ``subjects`` and ``subject_objects`` over the
union of its graphs, with rdflib terms, so that code written for a Graph (``viz.graph.to_networkx``) reads a build's
store without an rdflib copy of it (which costs seconds on a large archive)."""
from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib.term import Node

from .dataset import rdflib_term


class StoreView:
    """Read ``store`` (its default graph and its named graphs, as one graph) through rdflib terms. What it reads of a
    subject is read once; ``store`` must not change meanwhile."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._ox_terms: dict = {}
        self._rdflib_terms: dict = {}
        self._subjects: dict = {}

    def _ox(self, term: Node | None):
        if term is None:
            return None
        found = self._ox_terms.get(term)
        if found is None:
            found = self._ox_terms[term] = next(iter(ox.parse(f"<urn:x> <urn:x> {term.n3()} .".encode("utf-8"),
                                                              format=ox.RdfFormat.N_TRIPLES))).object
        return found

    def _rdflib(self, term) -> Node:
        found = self._rdflib_terms.get(term)
        if found is None:
            found = self._rdflib_terms[term] = rdflib_term(term)
        return found

    def _properties(self, subject: Node) -> dict:
        """Predicate -> objects of ``subject`` (ox terms)."""
        found = self._subjects.get(subject)
        if found is None:
            found = self._subjects[subject] = {}
            for quad in self.store.quads_for_pattern(self._ox(subject), None, None, None):
                found.setdefault(quad.predicate.value, []).append(quad.object)
        return found

    def value(self, subject: Node | None = None, predicate: Node | None = None, object: Node | None = None):
        """The one missing term of the first triple that matches (as ``Graph.value``), or None."""
        if subject is not None and predicate is not None and object is None:
            objects = self._properties(subject).get(str(predicate))
            return self._rdflib(objects[0]) if objects else None
        for quad in self.store.quads_for_pattern(self._ox(subject), self._ox(predicate), self._ox(object), None):
            return self._rdflib(quad.subject if subject is None else quad.object)
        return None

    def objects(self, subject: Node | None = None, predicate: Node | None = None) -> Iterator:
        if subject is not None and predicate is not None:
            return (self._rdflib(o) for o in self._properties(subject).get(str(predicate), ()))
        return (self._rdflib(q.object) for q in self.store.quads_for_pattern(self._ox(subject), self._ox(predicate),
                                                                             None, None))

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator:
        return (self._rdflib(q.subject) for q in self.store.quads_for_pattern(None, self._ox(predicate),
                                                                              self._ox(object), None))

    def subject_objects(self, predicate: Node | None = None) -> Iterator:
        return ((self._rdflib(q.subject), self._rdflib(q.object))
                for q in self.store.quads_for_pattern(None, self._ox(predicate), None, None))
