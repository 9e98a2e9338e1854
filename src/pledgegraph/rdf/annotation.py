"""Each provision's span as a W3C Web Annotation, so annotation tools find it without pledgegraph's vocabulary.

``<provision>/annotation`` (an ``oa:Annotation``, motivated by ``oa:describing``) has the provision as body and as
target a ``oa:SpecificResource`` of the document with two selectors: a ``oa:TextQuoteSelector`` (the quote, with up
to :data:`CONTEXT` code points before and after it) and a ``oa:TextPositionSelector`` (code-point offsets, end
exclusive, the same as ``pg:start``/``pg:end``, as xsd:integer: the Web Annotation vocabulary's
xsd:nonNegativeInteger is read as xsd:integer by some engines and not by others). IRIs, not blank nodes, so builds
stay byte-identical.
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from . import iris, literals
from .namespaces import OA

CONTEXT = 32  # code points of prefix and suffix in a TextQuoteSelector


def add_annotation(g: Graph, provision: URIRef, document: URIRef, raw: str, start: int, end: int) -> None:
    """The ``oa:Annotation`` of one provision's span ``raw[start:end]`` in ``document``."""
    node = iris.annotation(provision)
    target, quote, position = (iris.annotation_part(provision, part) for part in ("target", "quote", "position"))
    g.add((node, RDF.type, OA.Annotation))
    g.add((node, OA.motivatedBy, OA.describing))
    g.add((node, OA.hasBody, provision))
    g.add((node, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, document))
    g.add((target, OA.hasSelector, quote))
    g.add((target, OA.hasSelector, position))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(raw[start:end])))
    if start > 0:
        g.add((quote, OA.prefix, Literal(raw[max(0, start - CONTEXT):start])))
    if end < len(raw):
        g.add((quote, OA.suffix, Literal(raw[end:end + CONTEXT])))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, literals.integer(start)))
    g.add((position, OA.end, literals.integer(end)))
