"""Typed literals in their canonical lexical form, so every RDF engine reads the value the same way.

XSD 1.1 canonical mappings: ``0.6`` not ``0.60`` and ``1`` not ``1.00`` (xsd:decimal), ``true``/``false``
(xsd:boolean), ``5`` not ``+05`` (xsd:integer), ``P1Y`` not ``P12M`` (xsd:duration). Only primitive types
and xsd:integer: pyoxigraph reads ``"5"^^xsd:nonNegativeInteger`` as ``"5"^^xsd:integer``. pyoxigraph stores values
and prints them canonically while rdflib keeps the lexical form it read, so a non-canonical literal makes the two
return different rows; tests/test_rdf/test_literals.py checks every literal of a build on both.
"""
from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD

_DURATION = re.compile(r"^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth}


def integer(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.integer)


def boolean(value: object) -> Literal:
    return Literal("true" if value else "false", datatype=XSD.boolean)


def canonical_decimal(value: float | Decimal | str, places: int | None = None) -> str:
    """``0.60`` -> ``0.6``, ``1.00`` -> ``1``, ``-0`` -> ``0``; rounded half-even to ``places`` when given."""
    number = Decimal(str(value))
    if isinstance(value, float) and places is not None:  # as Python formats floats (what the build always wrote)
        number = Decimal(f"{value:.{places}f}")
    elif places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    text = format(number.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def decimal(value: float | Decimal | str, places: int | None = 2) -> Literal:
    """An xsd:decimal in canonical form (``rdf.turtle`` writes ``"1"^^xsd:decimal`` where rdflib would write
    ``1.0``, which other engines read as another lexical form)."""
    return Literal(canonical_decimal(value, places), datatype=XSD.decimal)


def date(value: str) -> Literal:
    """An ISO date, year-month or year (``2000-09-05``, ``2000-09``, ``2000``) as the matching XSD type."""
    return Literal(value, datatype=_DATE_TYPES.get(len(value), XSD.date))


def canonical_duration(value: str) -> str:
    """``P12M`` -> ``P1Y``, ``PT24H`` -> ``P1D``, ``P0Y`` -> ``PT0S`` (XSD 1.1 duration canonical map)."""
    m = _DURATION.match(value)
    if not m or value.endswith(("P", "T")):
        raise ValueError(f"not an xsd:duration: {value!r}")
    sign, years, months, days, hours, minutes, seconds = m.groups()
    months_total = int(years or 0) * 12 + int(months or 0)
    seconds_total = (((int(days or 0) * 24 + int(hours or 0)) * 60 + int(minutes or 0)) * 60
                     + Decimal(seconds or 0))
    y, mo = divmod(months_total, 12)
    d, rest = divmod(seconds_total, 86400)
    h, rest = divmod(rest, 3600)
    mi, s = divmod(rest, 60)
    date_part = "".join(f"{n}{unit}" for n, unit in ((y, "Y"), (mo, "M"), (int(d), "D")) if n)
    time_part = "".join(f"{n}{unit}" for n, unit in ((int(h), "H"), (int(mi), "M")) if n)
    if s:
        time_part += canonical_decimal(s) + "S"
    if not date_part and not time_part:
        return "PT0S"
    return f"{sign if months_total or seconds_total else ''}P{date_part}{'T' + time_part if time_part else ''}"


def duration(value: str) -> Literal:
    return Literal(canonical_duration(value), datatype=XSD.duration)


def text(value: str, language: str | None) -> Literal:
    """Text in a known language (``"..."@ja``); a plain xsd:string when the language is unknown."""
    return Literal(value, lang=language) if language else Literal(value)
