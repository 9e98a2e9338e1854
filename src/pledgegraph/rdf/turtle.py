"""Turtle that keeps every literal's lexical form, registered with rdflib as ``pledgegraph-turtle``.

rdflib writes numbers and booleans in Turtle's short form, and for some values the short form is another lexical
form: ``"1"^^xsd:decimal`` becomes ``1.0`` (read back as ``"1.0"``). This serializer writes the short form only
when it reads back as the same lexical form, else ``"1"^^xsd:decimal``.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef, plugin
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
