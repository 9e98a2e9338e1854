"""Turning parameter values into RDF terms and result terms into comparable strings."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import E, PledgegraphError
from ..rdf.namespaces import PREFIXES
from .catalog import Param

RdfTerm = URIRef | Literal


def _iri_text(value: str) -> str | None:
    """The IRI a value spells (``<...>``, ``http(s)://...``, ``urn:...``, ``prefix:local``), unchecked; else None."""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if value.startswith(("http://", "https://", "urn:")):
        return value
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return None


def expand_iri(value: str) -> URIRef | None:
    """``<http://x>``, ``http://x`` or ``prefix:local`` (project prefixes) as an IRI; None otherwise.

    The IRI must be absolute and well-formed (RFC 3987, as pyoxigraph checks it): no spaces, a scheme.
    """
    iri = _iri_text(value)
    if iri is None:
        return None
    try:
        ox.NamedNode(iri)
    except ValueError:
        return None
    return URIRef(iri)


def parse_value(name: str, value: str, param: Param | None) -> RdfTerm:
    """A command-line value as the term a declared (or undeclared) parameter needs; E203 when impossible.

    An undeclared parameter is an IRI when its value is written as one, else a string.
    """
    kind = param.kind if param else ("IRI" if _iri_text(value) is not None else "string")
    if kind == "IRI":
        iri = expand_iri(value)
        if iri is None:
            raise PledgegraphError(E.E203, name=name, value=value,
                                   detail="expected an absolute IRI such as <https://...> or a prefixed name such "
                                          "as theme:energy, without spaces")
        return iri
    if kind == "integer":
        try:
            return Literal(int(value), datatype=XSD.integer)
        except ValueError:
            raise PledgegraphError(E.E203, name=name, value=value, detail="expected an integer") from None
    return Literal(value)


def to_oxigraph(term: RdfTerm | str) -> ox.NamedNode | ox.Literal:
    """The pyoxigraph twin of an rdflib term (plain ``str`` counts as a string literal)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    if isinstance(term, str):
        return ox.Literal(term)
    raise TypeError(f"cannot bind {term!r}: use an rdflib URIRef or Literal")


def to_rdflib(term: RdfTerm | str) -> RdfTerm:
    """Plain ``str`` becomes a string literal; rdflib terms pass through."""
    return Literal(term) if isinstance(term, str) and not isinstance(term, (URIRef, Literal)) else term


_INTEGERS = frozenset(str(XSD[name]) for name in ("integer", "int", "long", "nonNegativeInteger"))
_DECIMAL, _BOOLEAN, _STRING = str(XSD.decimal), str(XSD.boolean), str(XSD.string)
_FLOATS = frozenset((str(XSD.double), str(XSD.float)))


def _canonical(lexical: str, datatype: str | None) -> str:
    """Canonical lexical form of numbers and booleans, so both engines print the same."""
    if datatype is None or datatype == _STRING:  # most cells: checked first, as every cell passes here
        return lexical
    if datatype in _INTEGERS:
        try:
            return str(int(lexical))
        except ValueError:
            return lexical
    if datatype == _DECIMAL:
        try:
            text = format(Decimal(lexical), "f")
        except InvalidOperation:
            return lexical
        return text.rstrip("0").rstrip(".") if "." in text else text
    if datatype in _FLOATS:
        try:
            return repr(float(lexical))
        except ValueError:
            return lexical
    if datatype == _BOOLEAN:
        return {"1": "true", "0": "false"}.get(lexical, lexical)
    return lexical


def normalise(term: object) -> str | None:
    """IRIs as str, literals as their (canonical) lexical form, blank nodes as ``_:id``, unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        return _canonical(term.value, term.datatype.value if term.datatype else None)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        return _canonical(str(term), str(term.datatype) if term.datatype else None)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)
