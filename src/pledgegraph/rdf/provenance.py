"""The build as a PROV-O activity: what software made the graph from which inputs, and (only when
``SOURCE_DATE_EPOCH`` is set, so that builds stay byte-identical) when.

``id:build/<sha1(version|source|sha256|...)[:12]>`` is a ``prov:Activity`` that ``prov:used`` every document (each
a ``prov:Entity`` with its ``pg:sha256``) and ``prov:wasAssociatedWith`` ``id:software/pledgegraph/<version>`` (a
``prov:SoftwareAgent``); every provision, evolution link and pledge status ``prov:wasGeneratedBy`` it and keeps the
name of the rule that made it in ``pg:rule``. The same inputs and version give the same IRI.
"""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from .. import __version__
from ..errors import E, PledgegraphError
from ..model import Document
from . import iris

EPOCH_ENV = "SOURCE_DATE_EPOCH"
SOFTWARE = "pledgegraph"


def build_time() -> Literal | None:
    """``SOURCE_DATE_EPOCH`` as an xsd:dateTime in UTC (``2024-01-31T12:00:00Z``); None when unset; E107 when
    it is not a whole number of seconds (reproducible-builds.org says a malformed value must fail the build)."""
    value = os.environ.get(EPOCH_ENV, "").strip()
    if not value:
        return None
    try:
        moment = datetime.fromtimestamp(int(value), tz=timezone.utc)
    except (ValueError, OverflowError, OSError) as err:
        raise PledgegraphError(E.E107, value=value, detail=err) from err
    return Literal(moment.strftime("%Y-%m-%dT%H:%M:%SZ"), datatype=XSD.dateTime)


def document_sha256(doc: Document) -> str:
    """``pg:sha256`` of a document: the SHA-256 of its decoded text in UTF-8."""
    return hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()


def activity_iri(documents: list[Document], version: str = __version__) -> URIRef:
    """The build's IRI: a digest of the software version and every input's name and SHA-256, in name order."""
    parts = [version] + [f"{d.source}|{document_sha256(d)}" for d in sorted(documents, key=lambda d: d.source)]
    return iris.build(hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:12])


def add_activity(g: Graph, documents: list[Document], version: str = __version__) -> URIRef:
    """The build activity, its software agent and the documents it used; returns the activity's IRI."""
    activity, agent = activity_iri(documents, version), iris.software(SOFTWARE, version)
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, RDFS.label, Literal(f"{SOFTWARE} build")))
    g.add((activity, PROV.wasAssociatedWith, agent))
    for doc in documents:
        g.add((activity, PROV.used, iris.document(doc.source)))
    when = build_time()
    if when is not None:
        g.add((activity, PROV.endedAtTime, when))
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(SOFTWARE)))
    g.add((agent, OWL.versionInfo, Literal(version)))
    return activity
