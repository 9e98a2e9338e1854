"""Rewrites that keep a query's answers and let pyoxigraph find them fast on a large store.

- A final ``ORDER BY`` of plain variables is done in Python on the rows (:func:`split`, :func:`sort`). On an on-disk
  store pyoxigraph compares two IRIs or long strings by reading both from the database at every comparison, so
  ``ORDER BY ?source ?provision`` on 40,000 rows costs seconds; the same rows sorted here, once read, cost
  milliseconds. Rows are ordered as SPARQL orders them (unbound first, then IRIs, then literals by value) when every
  key column holds terms whose order is known for sure: IRIs, plain strings, integers and decimals, dates without a
  timezone, booleans and language-tagged strings (by text, then tag, as pyoxigraph orders them); for anything
  else, or a mix of these in one column, :func:`sort` returns None and the query runs with its ``ORDER BY``. Keys
  the query does not project are projected for the sort (:func:`extend`) and dropped again.
- Bound parameters are also written as a ``VALUES`` block at the start of the query's pattern (:func:`with_values`):
  pyoxigraph's substitutions bind them, but only a ``VALUES`` block lets its planner start from them (a chain of one
  provision: 3 s without, 10 ms with, at a million triples).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from . import lexer

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMBERS = {_XSD + name for name in ("integer", "decimal", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong",
                                     "unsignedInt", "unsignedShort", "unsignedByte")}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # xsd:date without a timezone: its text sorts as its value
_CONDITIONS = re.compile(r"\s*(?:(?:\?|\$)(\w+)|(ASC|DESC)\s*\(\s*(?:\?|\$)(\w+)\s*\))", re.IGNORECASE)

_AGGREGATE = re.compile(r"\b(COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(", re.IGNORECASE)

Key = tuple[str, bool]  # (variable, descending)


def split(query: str) -> tuple[str, list[Key]] | None:
    """``(query without its final ORDER BY, [(variable, descending), ...])``, or None when the query does not end
    with an ORDER BY of plain variables (an expression, a LIMIT or OFFSET after it, ...)."""
    order = None
    for kind, value, offset in lexer.tokens(query):
        if kind == "word" and value.upper() == "ORDER":
            order = offset
    if order is None:
        return None
    tail = _blanked(query[order:])
    m = re.match(r"ORDER\s+BY\b", tail, re.IGNORECASE)
    if m is None:
        return None
    keys, position = [], m.end()
    while True:
        condition = _CONDITIONS.match(tail, position)
        if condition is None:
            break
        name = condition[1] or condition[3]
        keys.append((name, (condition[2] or "").upper() == "DESC"))
        position = condition.end()
    if not keys or tail[position:].strip():
        return None
    return query[:order], keys


def _blanked(text: str, kinds: tuple[str, ...] = ("comment",)) -> str:
    """``text`` with its tokens of ``kinds`` (comments, strings, IRIs) overwritten by spaces, offsets kept."""
    for kind, value, offset in reversed(list(lexer.tokens(text))):
        if kind in kinds:
            text = text[:offset] + " " * len(value) + text[offset + len(value):]
    return text


def _top_level(query: str) -> list[tuple[str, int, int]]:
    """``(word or brace, start, end)`` of the braces and query keywords outside nested groups, comments, strings and
    IRIs, with the brace depth before each: enough to find the top-level SELECT list and WHERE group."""
    skeleton = _blanked(query, ("comment", "string", "iri"))
    found, depth = [], 0
    for m in re.finditer(r"[{}]|\b(SELECT|CONSTRUCT|ASK|DESCRIBE|WHERE|DISTINCT|REDUCED|GROUP)\b", skeleton,
                         re.IGNORECASE):
        if m[0] == "}":
            depth -= 1
        if depth == 0:
            found.append((m[0].upper(), m.start(), m.end()))
        if m[0] == "{":
            depth += 1
    return found


def extend(query: str, names: list[str]) -> str | None:
    """``query`` with ``names`` added at the end of its top-level SELECT list, so that rows can be sorted by
    variables the query orders by without projecting them; None for ``SELECT *``, ``DISTINCT``, ``REDUCED``,
    aggregates or a top-level ``GROUP BY`` (there another projection would change the rows)."""
    words = _top_level(query)
    select = next((end for word, _, end in words if word == "SELECT"), None)
    end = next((start for word, start, _ in words if select is not None and start > select and word in ("WHERE", "{")),
               None)
    if select is None or end is None or any(word in ("DISTINCT", "REDUCED", "GROUP") for word, _, _ in words):
        return None
    projection = query[select:end]
    if projection.strip().startswith("*") or _AGGREGATE.search(projection):
        return None
    return query[:end] + "".join(f" ?{name}" for name in names) + " " + query[end:]


def projection(query: str) -> list[str] | None:
    """The variables the top-level SELECT list projects, in order (``?x`` and ``(... AS ?x)``); None for
    ``SELECT *`` and for other query forms."""
    words = _top_level(query)
    select = next((end for word, _, end in words if word == "SELECT"), None)
    end = next((start for word, start, _ in words if select is not None and start > select and word in ("WHERE", "{")),
               None)
    if select is None or end is None:
        return None
    names, depth, after_as = [], 0, False
    for m in re.finditer(r"[()]|\bAS\b|[?$](\w+)|\*", _blanked(query[select:end], ("comment", "string", "iri")),
                         re.IGNORECASE):
        token = m[0]
        if token == "*" and depth == 0:
            return None
        depth += {"(": 1, ")": -1}.get(token, 0)
        if m[1] and (depth == 0 or after_as):
            names.append(m[1])
        after_as = token.upper() == "AS"
    return names


def with_values(query: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with ``VALUES ?name { term }`` for each binding at the start of its top-level WHERE group (terms
    written by pyoxigraph, in N-Triples syntax); the query unchanged when that group is not found."""
    words = _top_level(query)
    form = next((i for i, (word, _, _) in enumerate(words) if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), None)
    if form is None or not bindings:
        return query
    rest = words[form + 1:]
    where = next((i for i, (word, _, _) in enumerate(rest) if word == "WHERE"), None)
    if where is not None:
        rest = rest[where:]
    elif words[form][0] == "CONSTRUCT":
        return query  # its first group is the template
    group = next((end for word, _, end in rest if word == "{"), None)
    if group is None:
        return query
    block = "".join(f" VALUES ?{name} {{ {term} }}" for name, term in sorted(bindings.items()))
    return query[:group] + block + query[group:]


def _family(term) -> str | None:
    """Which kind of value a term is for ordering, or None when this module does not order it."""
    if term is None:
        return "unbound"
    if isinstance(term, ox.NamedNode):
        return "iri"
    if not isinstance(term, ox.Literal):
        return None
    if term.language:
        return "language"
    datatype = term.datatype.value
    if datatype == _XSD + "string":
        return "string"
    if datatype in _NUMBERS:
        return "number"
    if datatype == _XSD + "boolean":
        return "boolean"
    if datatype == _XSD + "date" and _DATE.fullmatch(term.value):
        return "date"
    return None


def _key(term, family: str):
    if term is None:
        return (0, "")
    if isinstance(term, ox.NamedNode):
        return (1, term.value)  # Python compares str by code point: the order of their UTF-8 bytes
    if family == "number":
        return (2, Decimal(term.value))
    if family == "boolean":
        return (2, term.value in ("true", "1"))
    if family == "language":  # pyoxigraph orders language-tagged strings by text, then tag
        return (2, term.value, term.language)
    return (2, term.value)


def sort(columns: list[str], rows: list[tuple], keys: list[Key]) -> list[tuple] | None:
    """``rows`` (tuples of pyoxigraph terms, in ``columns`` order) sorted by ``keys``; None when a key is not a
    column or a key column holds terms of a kind (or a mix of literal kinds) this module cannot order for sure.

    Each key column's distinct terms are ordered once and ranked (terms of equal value share a rank); the rows are
    then sorted by their tuples of ranks, stably."""
    ranks = []
    for name, descending in keys:
        if name not in columns:
            return None
        index = columns.index(name)
        distinct = {row[index] for row in rows}
        families = {_family(term) for term in distinct} - {"unbound", "iri"}
        if None in families or len(families) > 1:
            return None
        family = families.pop() if families else "string"
        try:
            ordered = sorted(((_key(term, family), term) for term in distinct), key=lambda pair: pair[0])
        except (InvalidOperation, TypeError):
            return None
        rank, previous, number = {}, object(), -1
        for value, term in ordered:
            if value != previous:
                number, previous = number + 1, value
            rank[term] = -number if descending else number
        ranks.append([rank[row[index]] for row in rows])
    if not ranks:
        return rows
    order = sorted(range(len(rows)), key=list(zip(*ranks)).__getitem__)
    return [rows[i] for i in order]
