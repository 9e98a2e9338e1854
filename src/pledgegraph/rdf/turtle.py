"""Turtle that keeps every literal's lexical form, registered with rdflib as ``pledgegraph-turtle``.

rdflib writes numbers and booleans in Turtle's short form, and for some values the short form is another lexical
form: ``"1"^^xsd:decimal`` becomes ``1.0`` (read back as ``"1.0"``). This serializer writes the short form only
when it reads back as the same lexical form, else ``"1"^^xsd:decimal``.
"""
from __future__ import annotations

import json

from rdflib import BNode, Graph, Literal, URIRef, plugin
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer

from .namespaces import ID

FORMAT = "pledgegraph-turtle"
INSTANCES = str(ID)


class ExactTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle serializer, except that a literal's short form must spell its lexical form, and that instance
    IRIs (``id:doc/…/prov/…``, never a prefixed name: their local part holds "/") are written in full at once
    instead of through rdflib's namespace lookup, whose cost grows with the square of the documents."""

    def get_pname(self, uri, gen_prefix=True):
        if isinstance(uri, URIRef) and uri.startswith(INSTANCES) and "/" in uri[len(INSTANCES):]:
            return None
        return super().get_pname(uri, gen_prefix)

    def label(self, node, position):
        text = super().label(node, position)
        if isinstance(node, Literal) and not text.startswith('"') and text != str(node):
            return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, True))
        return text


plugin.register(FORMAT, Serializer, __name__, ExactTurtleSerializer.__name__)


def serialize(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle with exact lexical forms (subjects and predicates sorted by rdflib)."""
    return graph.serialize(format=FORMAT, encoding="utf-8")


# --- Turtle in pieces -------------------------------------------------------------------------------------------
# rdflib writes a subject's block from that subject's triples alone: the subject, its predicates (rdf:type first,
# then rdfs:label, then by IRI), each with its objects sorted. Only three things depend on the whole graph: the order
# of the blocks (subjects typed rdfs:Class first, then by how often each is an object, then by IRI), the @prefix
# lines (the namespaces any term uses) and nothing else. So a block can be written once, kept, and the file put
# together from kept blocks, with the same bytes as ``serialize`` (rdf.pieces uses this; tests compare the two).

SUBJECT, VERB, OBJECT = 0, 1, 2
_KEPT_LITERAL = 64  # characters of the longest literal whose text a Formatter keeps
_ORDER = (str(RDF.type), str(RDFS.label))  # rdflib's predicateOrder
_CLASS = (RDF.type, RDFS.Class)
_OBJECTS = ",\n        "  # between the objects of one predicate


class NotAssemblable(Exception):
    """The graph needs something the pieces cannot give (a blank node, a prefix rdflib would invent): serialize the
    whole graph instead."""


class Formatter:
    """Turtle text of terms, as ``ExactTurtleSerializer`` writes them for a graph with ``graph``'s prefixes."""

    def __init__(self, graph: Graph) -> None:
        self._serializer = ExactTurtleSerializer(graph)
        self._bound = {prefix: str(ns) for prefix, ns in graph.namespace_manager.namespaces()}
        self._labels: dict[tuple, str] = {}
        self._prefixes: dict[tuple, tuple[tuple[str, str], ...]] = {}

    def label(self, term, position: int) -> str:
        """What the serializer writes for ``term`` as subject, verb or object (kept, unless a long literal: texts
        and quotes are seldom written twice)."""
        key = (term, position)
        text = self._labels.get(key)
        if text is None:
            if isinstance(term, BNode):
                raise NotAssemblable("blank node")
            text = self._serializer.label(term, position)
            if not isinstance(term, Literal) or len(term) <= _KEPT_LITERAL:
                self._labels[key] = text
        return text

    def prefixes(self, term, position: int) -> tuple[tuple[str, str], ...]:
        """The (prefix, namespace) pairs the serializer declares because of ``term`` (as its ``preprocessTriple``)."""
        key = (Literal, term.datatype, position) if isinstance(term, Literal) else (term, position)  # its datatype's
        found = self._prefixes.get(key)
        if found is None:
            serializer = self._serializer
            serializer.namespaces = {}
            if not (position == VERB and term in serializer.keywords):
                serializer.get_pname(term, gen_prefix=position == VERB)
                if isinstance(term, Literal) and term.datatype:
                    serializer.get_pname(term.datatype, gen_prefix=False)
            found = tuple(sorted((prefix, str(ns)) for prefix, ns in serializer.namespaces.items()))
            if any(self._bound.get(prefix) != ns for prefix, ns in found):
                raise NotAssemblable(f"rdflib would invent a prefix for {term}")
            self._prefixes[key] = found
        return found

    def blocks(self, triples, lazy: bool = True) -> tuple[dict[str, list], dict[str, int], dict[str, str], list[str]]:
        """The blocks of ``triples`` by subject: ``{subject IRI: [label, text, fragments]}``: ``text`` its
        predicates and objects as written, ``fragments`` the JSON text of a list of ``[predicate IRI, its label, its
        objects' labels as written, the object IRIs one a line or None when an object is a literal]`` (predicates in
        rdflib's order, objects sorted); how often each IRI is an object, the prefixes used, and the subjects typed
        rdfs:Class. A block of a subject that one part alone gives is written as its text; the fragments are read
        (:func:`fragments`) only to merge the blocks of a subject that several parts give: a cache reads a block as
        three strings, not as four strings per predicate (a rebuild of 1,000 documents reads 51,000 blocks of
        246,000 fragments). Not ``lazy``: the fragments stay a list (blocks that are mostly merged)."""
        by_subject: dict = {}
        refs: dict[str, int] = {}
        prefixes: dict[str, str] = {}
        classes = []
        for s, p, o in triples:
            by_subject.setdefault(s, {}).setdefault(p, []).append(o)
            if isinstance(o, URIRef):
                refs[str(o)] = refs.get(str(o), 0) + 1
            for term, position in ((s, SUBJECT), (p, VERB), (o, OBJECT)):
                prefixes.update(self.prefixes(term, position))
            if (p, o) == _CLASS:
                classes.append(str(s))
        blocks = {}
        for s, properties in by_subject.items():
            fragments = []
            for p in sorted(properties, key=predicate_key):
                objects = sorted(properties[p])
                iris = "\n".join(map(str, objects)) if all(isinstance(o, URIRef) for o in objects) else None
                fragments.append([str(p), self.label(p, VERB), _OBJECTS.join(self.label(o, OBJECT) for o in objects),
                                  iris])
            blocks[str(s)] = [self.label(s, SUBJECT), _text(fragments),
                              json.dumps(fragments, ensure_ascii=False, separators=(",", ":")) if lazy else fragments]
        return blocks, refs, prefixes, sorted(classes)


def predicate_key(predicate) -> tuple[int, str]:
    """rdflib's order of a subject's predicates: rdf:type, rdfs:label, then by IRI."""
    text = str(predicate)
    return (_ORDER.index(text), "") if text in _ORDER else (len(_ORDER), text)


def assemble(parts, rename: dict[str, str] | None = None) -> bytes:
    """The Turtle of the union of ``parts`` (each with ``blocks``, ``refs``, ``prefixes`` and ``classes`` as
    :meth:`Formatter.blocks` returns them): the bytes ``serialize`` writes for that graph. ``rename`` maps IRIs that
    stand for others (never subjects, never with a prefix) to those.

    Raises:
        NotAssemblable: when two parts give one subject one predicate with different literals (they would need
            sorting as rdflib sorts literals).
    """
    rename = rename or {}
    refs: dict[str, int] = {}
    prefixes: dict[str, str] = {}
    classes: set[str] = set()
    merged: dict[str, list] = {}
    shared: dict[str, dict[str, list]] = {}  # subject -> its fragments by predicate, where several parts give it
    for part in parts:
        for iri, count in part.refs.items():
            iri = rename.get(iri, iri)
            refs[iri] = refs.get(iri, 0) + count
        prefixes.update(part.prefixes)
        classes.update(part.classes)
        for subject, block in part.blocks.items():
            known = merged.get(subject)
            if known is None:
                merged[subject] = block
                continue
            by_predicate = shared.get(subject)
            if by_predicate is None:
                by_predicate = shared[subject] = {f[0]: f for f in fragments(known)}
            merged[subject] = [block[0]]
            for iri in _merge(subject, by_predicate, fragments(block), rename):  # a triple two parts share is one
                refs[iri] -= 1
    for subject, by_predicate in shared.items():  # ordered and written once, however many parts give the subject
        merging = sorted(by_predicate.values(), key=lambda f: predicate_key(f[0]))
        merged[subject] = [merged[subject][0], _text(merging), merging]
    order = sorted(classes) + sorted((s for s in merged if s not in classes), key=lambda s: (refs.get(s, 0), s))
    out = [f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(prefixes.items())]
    for subject in order:
        label, text, _ = merged[subject]
        out.append("\n" + label + " " + text + " .\n")
    out.append("\n")
    text = "".join(out)
    for old, new in rename.items():
        text = text.replace(f"<{old}>", f"<{new}>")
    return text.encode("utf-8", "replace")


def _text(fragments: list) -> str:
    """A block's predicates and objects as written."""
    return " ;\n    ".join(f"{verb} {objects}" for _, verb, objects, _ in fragments)


def fragments(block: list) -> list:
    """The fragments of a block (see :meth:`Formatter.blocks`), read from their JSON text when they are that."""
    return json.loads(block[2]) if isinstance(block[2], str) else block[2]


def _objects(fragment: list) -> zip:
    """``(IRI, label)`` of each object of a fragment whose objects are all IRIs (their labels hold no separator)."""
    return zip(fragment[3].split("\n"), fragment[2].split(_OBJECTS))


def _merge(subject: str, by_predicate: dict[str, list], second: list, rename: dict[str, str]) -> list[str]:
    """Merge the fragments ``second`` of one subject (from one more part) into ``by_predicate`` (its fragments so far,
    by predicate); the object IRIs of the triples both have."""
    twice: list[str] = []
    for fragment in second:
        known = by_predicate.get(fragment[0])
        if known is None or known == fragment:
            by_predicate[fragment[0]] = fragment
            twice += [rename.get(key, key) for key in fragment[3].split("\n")] if known and fragment[3] else []
            continue
        if known[3] is None or fragment[3] is None:
            raise NotAssemblable(f"{subject} {fragment[0]}: literals in two parts")
        objects: dict[str, str] = {}
        for key, label in [*_objects(known), *_objects(fragment)]:
            key = rename.get(key, key)
            if key in objects:
                twice.append(key)
            objects[key] = label
        by_predicate[fragment[0]] = [fragment[0], fragment[1], _OBJECTS.join(objects[k] for k in sorted(objects)),
                                     "\n".join(sorted(objects))]
    return twice
