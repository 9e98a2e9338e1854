"""Turning parameter values into RDF terms and result terms into comparable strings.

Parameter values become pyoxigraph terms; rdflib terms are accepted and given back for the rdflib engine, but
rdflib is imported only where one is at hand, so that a query on a store starts without it.
"""
from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import E, PledgegraphError
from ..rdf.prefixes import PREFIXES
from .catalog import Param

if TYPE_CHECKING:
    from rdflib import Literal, URIRef

Term = ox.NamedNode | ox.Literal  # or an rdflib URIRef or Literal
_XSD = PREFIXES["xsd"]
_XSD_INTEGER = ox.NamedNode(_XSD + "integer")


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


def expand_iri(value: str) -> ox.NamedNode | None:
    """``<http://x>``, ``http://x`` or ``prefix:local`` (project prefixes) as an IRI; None otherwise.

    The IRI must be absolute and well-formed (RFC 3987, as pyoxigraph checks it): no spaces, a scheme.
    """
    iri = _iri_text(value)
    if iri is None:
        return None
    try:
        return ox.NamedNode(iri)
    except ValueError:
        return None


def parse_value(name: str, value: str, param: Param | None) -> Term:
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
            return ox.Literal(str(int(value)), datatype=_XSD_INTEGER)
        except ValueError:
            raise PledgegraphError(E.E203, name=name, value=value, detail="expected an integer") from None
    return ox.Literal(value)


def _rdflib():
    """The rdflib module when it has been imported (an rdflib term cannot exist before), else None."""
    return sys.modules.get("rdflib")


def to_oxigraph(term: Term | URIRef | Literal | str) -> ox.NamedNode | ox.Literal:
    """The pyoxigraph twin of a term (pyoxigraph terms pass through; plain ``str`` counts as a string literal)."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term
    rdflib = _rdflib()
    if rdflib is not None and isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if rdflib is not None and isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or _XSD + "string")))
    if isinstance(term, str):
        return ox.Literal(term)
    raise TypeError(f"cannot bind {term!r}: use an rdflib URIRef or Literal")


def to_rdflib(term: Term | URIRef | Literal | str) -> URIRef | Literal:
    """The rdflib twin of a term: rdflib terms pass through, plain ``str`` and ``xsd:string`` literals become plain
    literals."""
    from rdflib import Literal, URIRef

    if isinstance(term, (URIRef, Literal)):
        return term
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD + "string" else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, str):
        return Literal(term)
    raise TypeError(f"cannot bind {term!r}: use an rdflib URIRef or Literal")


_INTEGERS = frozenset(_XSD + name for name in ("integer", "int", "long", "nonNegativeInteger"))
_DECIMAL, _BOOLEAN, _STRING = _XSD + "decimal", _XSD + "boolean", _XSD + "string"
_FLOATS = frozenset((_XSD + "double", _XSD + "float"))


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
    rdflib = _rdflib()
    if rdflib is not None and isinstance(term, rdflib.Literal):
        return _canonical(str(term), str(term.datatype) if term.datatype else None)
    if rdflib is not None and isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)
