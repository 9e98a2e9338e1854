"""SPARQL 1.1 query results formats (JSON, CSV, TSV) from typed terms, engine-neutral.

A :class:`Term` keeps what the formats need of an RDF term: its kind (``uri``, ``literal``, ``bnode``), its
value (IRI, lexical form or blank node label), a literal's datatype and language. pyoxigraph and rdflib terms
both convert with :func:`term_of`, so the output does not depend on the engine.

- JSON (https://www.w3.org/TR/sparql11-results-json/): ``{"head": {"vars": [...]}, "results": {"bindings": [...]}}``,
  unbound variables left out, ``xml:lang`` on language-tagged literals, ``datatype`` on typed literals other than
  xsd:string; ASK gives ``{"head": {}, "boolean": true}``.
- CSV (https://www.w3.org/TR/sparql11-results-csv-tsv/): a header of variable names, values without their type
  (IRIs as they are, literals as their lexical form, blank nodes as ``_:label``), RFC 4180 quoting, CRLF after
  every row.
- TSV: a header of ``?name``, values as N-Triples terms (``<iri>``, ``"text"@ja``, ``"0.6"^^<...#decimal>``),
  LF after every row.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# N-Triples escapes as pyoxigraph writes them, so that both engines print the same: the usual ones, then a \u escape
# for each other C0 control character and DEL
_NT_ESCAPES = str.maketrans({
    **{chr(code): f"\\u{code:04X}" for code in (*range(0x20), 0x7F)},
    "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})


class Term(NamedTuple):
    """An RDF term as the results formats see it."""

    kind: str  # uri | literal | bnode
    value: str  # the IRI, the literal's lexical form, or the blank node's label
    datatype: str | None = None  # a typed literal's datatype IRI; None for xsd:string and language-tagged literals
    lang: str | None = None  # a language-tagged literal's tag

    def nt(self) -> str:
        """The term in N-Triples syntax (as SPARQL TSV writes it)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = '"' + self.value.translate(_NT_ESCAPES) + '"'
        if self.lang:
            return f"{text}@{self.lang}"
        return f"{text}^^<{self.datatype}>" if self.datatype else text

    def json(self) -> dict[str, str]:
        """The term as a SPARQL JSON results binding."""
        out = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype:
            out["datatype"] = self.datatype
        return out


def term_of(node: object) -> Term | None:
    """The :class:`Term` of a pyoxigraph or rdflib term; None for an unbound value."""
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        return _literal(node.value, None if node.language else node.datatype.value, node.language)
    from rdflib.term import BNode, Literal, URIRef  # an rdflib term exists only once rdflib is imported

    if isinstance(node, URIRef):
        return Term("uri", str(node))
    if isinstance(node, BNode):
        return Term("bnode", str(node))
    if isinstance(node, Literal):
        return _literal(str(node), str(node.datatype) if node.datatype else None, node.language)
    raise TypeError(f"not an RDF term: {node!r}")


def _literal(lexical: str, datatype: str | None, language: str | None) -> Term:
    if language:
        return Term("literal", lexical, None, language)
    return Term("literal", lexical, None if datatype in (None, XSD_STRING, RDF_LANG_STRING) else datatype)


def to_json(columns: Sequence[str], rows: Iterable[Sequence[Term | None]]) -> str:
    bindings = [{name: term.json() for name, term in zip(columns, row) if term is not None} for row in rows]
    return json.dumps({"head": {"vars": list(columns)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=2)


def boolean_json(value: bool) -> str:
    """An ASK result in SPARQL JSON."""
    return json.dumps({"head": {}, "boolean": bool(value)}, indent=2)


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[Term | None]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if t is None else f"_:{t.value}" if t.kind == "bnode" else t.value for t in row])
    return out.getvalue()


def to_tsv(columns: Sequence[str], rows: Iterable[Sequence[Term | None]]) -> str:
    written: dict[Term | None, str] = {None: ""}  # each term written once, however many rows hold it

    def nt(term: Term | None) -> str:
        text = written.get(term)
        if text is None:
            text = written[term] = term.nt()
        return text

    lines = ["\t".join(f"?{name}" for name in columns)]
    lines += ["\t".join([nt(t) for t in row]) for row in rows]
    return "".join(line + "\n" for line in lines)
