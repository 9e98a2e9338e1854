"""Stable IRIs: derived from the source file name and the printed locator, never from run order."""
from __future__ import annotations

import hashlib
from pathlib import PurePath
from urllib.parse import quote

from rdflib import URIRef

from .namespaces import ID


def slug(source: str) -> str:
    """The file stem, percent-encoded (UTF-8) except ``[A-Za-z0-9_.~-]``: readable, and distinct for any two
    file names (``joint statement`` -> ``joint%20statement``, ``共同声明`` -> ``%E5%85%B1%E5%90%8C%E5%A3%B0%E6%98%8E``)."""
    return quote(PurePath(source).stem, safe="")


def _loc(locator: str) -> str:
    return quote(locator, safe=".~")


def _digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def document(source: str) -> URIRef:
    return ID[f"doc/{slug(source)}"]


def block(source: str, locator: str) -> URIRef:
    return ID[f"doc/{slug(source)}/block/{_loc(locator)}"]


def provision(source: str, locator: str, index: int) -> URIRef:
    return ID[f"doc/{slug(source)}/prov/{_loc(locator)}/{index}"]


def provision_from_key(key: str) -> URIRef:
    """IRI of a provision from its ``Provision.key`` ("source#locator/index")."""
    source, rest = key.split("#", 1)
    locator, index = rest.rsplit("/", 1)
    return provision(source, locator, int(index))


def person(source: str, number: int) -> URIRef:
    return ID[f"doc/{slug(source)}/person/{number}"]


def external(title: str, date: str | None) -> URIRef:
    return ID[f"external/{_digest(title, date or '')}"]


def link(earlier_key: str, later_key: str) -> URIRef:
    return ID[f"link/{_digest(earlier_key, later_key)}"]


def status(provision_key: str) -> URIRef:
    """The pledge status node of a provision (one per provision)."""
    return ID[f"status/{_digest(provision_key)}"]


def annotation(provision_iri: URIRef) -> URIRef:
    """The Web Annotation of a provision's span: ``<provision>/annotation``."""
    return URIRef(f"{provision_iri}/annotation")


def annotation_part(provision_iri: URIRef, part: str) -> URIRef:
    """A node of that annotation: ``target`` (the span), ``quote`` and ``position`` (its selectors)."""
    return URIRef(f"{provision_iri}/annotation/{part}")


def build(digest: str) -> URIRef:
    """The build activity (``prov:Activity``) that generated the graph."""
    return ID[f"build/{digest}"]


def software(name: str, version: str) -> URIRef:
    """The software agent of a build, one IRI per version."""
    return ID[f"software/{quote(name, safe='')}/{quote(version, safe='')}"]
