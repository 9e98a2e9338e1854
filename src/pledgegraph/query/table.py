"""Query results as a table of strings (and of typed terms), and its text formats.

``table`` is for people (aligned, IRIs compacted, long cells cut); ``json``, ``csv`` and ``tsv`` are the SPARQL 1.1
query results formats, typed and complete (see ``results``).
"""
from __future__ import annotations

import gc
import io
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Union

import pyoxigraph as ox

from ..rdf.prefixes import PREFIXES
from . import results
from .results import Term

if TYPE_CHECKING:
    from rdflib import Graph

FORMATS = ("table", "csv", "tsv", "json")
_MEMO_TYPES = frozenset((ox.NamedNode, ox.Literal, ox.BlankNode, type(None)))  # equal only when the same term
_CELL_WIDTH = 60  # aligned tables cut longer cells (quotes); csv/tsv/json keep everything
# longest namespace first, so id: wins over a shorter prefix of it
_SHORT_FORMS = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def compact(value: str) -> str:
    """``https://w3id.org/pledgegraph/theme/energy`` -> ``theme:energy`` (display only)."""
    for namespace, prefix in _SHORT_FORMS:
        if value.startswith(namespace) and len(value) > len(namespace):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(value: str, width: int = _CELL_WIDTH) -> str:
    flat = " ".join(value.split())
    if display_width(flat) <= width:
        return flat
    out, used = [], 1  # room for the ellipsis
    for ch in flat:
        used += display_width(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out) + "…"


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: a large answer is millions of new tuples, terms and strings, none of
    them garbage, that the collector would otherwise walk again and again (a second of eight for 200,000 rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


class Table:
    """Column names and rows of normalised values (str, or None when unbound), and the typed terms behind them.

    ``terms`` holds each value's :class:`~pledgegraph.query.results.Term` (lexical form, datatype, language) as the
    engine returned it; a table made of strings alone (``terms`` None) has string literals. A table of engine terms
    (:meth:`of_terms`) converts them when ``rows`` or ``terms`` is first read; TSV is written from pyoxigraph's terms
    directly, which a large answer needs.
    """

    def __init__(self, columns: Sequence[str], rows: list[tuple[str | None, ...]] | None = None,
                 terms: list[tuple[Term | None, ...]] | None = None) -> None:
        self.columns = list(columns)
        self._rows = [] if rows is None else rows
        self._terms = terms
        self._nodes: list[tuple[object, ...]] | None = None  # engine terms not converted yet

    @classmethod
    def of_terms(cls, columns: Sequence[str], solutions: Iterable[Sequence[object]]) -> Table:
        """A table of engine terms (pyoxigraph or rdflib, None when unbound), one sequence per solution."""
        table = cls(columns)
        table._nodes = [tuple(solution) for solution in solutions]
        return table

    def _convert(self) -> None:
        """Normalised values and typed terms of the engine's terms. A pyoxigraph term is converted once however many
        rows hold it (a date, a source, a quote repeats a lot in a large answer); rdflib terms one by one, as
        rdflib calls some literals of different lexical forms equal."""
        from .terms import normalise

        cells: dict[object, tuple[str | None, Term | None]] = {}

        def cell(node: object) -> tuple[str | None, Term | None]:
            if type(node) not in _MEMO_TYPES:
                return normalise(node), results.term_of(node)
            found = cells.get(node)
            if found is None:
                found = cells[node] = (normalise(node), results.term_of(node))
            return found

        rows, typed = [], []
        with collector_paused():
            for solution in self._nodes:
                pairs = [cell(node) for node in solution]
                rows.append(tuple(pair[0] for pair in pairs))
                typed.append(tuple(pair[1] for pair in pairs))
        self._rows, self._terms, self._nodes = rows, typed, None

    @property
    def rows(self) -> list[tuple[str | None, ...]]:
        if self._nodes is not None:
            self._convert()
        return self._rows

    @property
    def terms(self) -> list[tuple[Term | None, ...]] | None:
        if self._nodes is not None:
            self._convert()
        return self._terms

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self.columns, self.rows, self.terms) == (other.columns, other.rows, other.terms)

    def __repr__(self) -> str:
        return f"Table(columns={self.columns!r}, rows={len(self)})"

    def _tsv_of_pyoxigraph_terms(self) -> str | None:
        """TSV straight from pyoxigraph's terms, whose N-Triples form is :meth:`Term.nt`'s; None when the table holds
        other terms or has been converted."""
        nodes = self._nodes
        if nodes is None or not {type(node) for row in nodes for node in row} <= _MEMO_TYPES:
            return None
        lines = ["\t".join(f"?{name}" for name in self.columns)]
        with collector_paused():
            lines += ["\t".join(["" if node is None else str(node) for node in row]) for row in nodes]
        return "".join(line + "\n" for line in lines)

    def typed_rows(self) -> list[tuple[Term | None, ...]]:
        """The rows as terms: those the engine returned, else every value a string literal."""
        if self.terms is not None:
            return self.terms
        return [tuple(None if v is None else Term("literal", v) for v in row) for row in self.rows]

    def __len__(self) -> int:
        return len(self._nodes if self._nodes is not None else self._rows)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def column(self, name: str) -> list[str | None]:
        """All values of one column, in row order."""
        i = self.columns.index(name)
        return [row[i] for row in self.rows]

    def format(self, fmt: str = "table", color: bool | None = None) -> str:
        """Render as ``table`` (aligned; rich colours on a terminal), or SPARQL results ``csv``, ``tsv`` or ``json``.

        Args:
            fmt: one of :data:`FORMATS`.
            color: use rich for the table; default: when standard output is a terminal.
        """
        if fmt == "tsv" and (text := self._tsv_of_pyoxigraph_terms()) is not None:
            return text
        writer = {"csv": results.to_csv, "tsv": results.to_tsv, "json": results.to_json}.get(fmt)
        if writer is not None:
            return writer(self.columns, self.typed_rows())
        if fmt != "table":
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        if color is None:
            color = sys.stdout.isatty()
        return self._rich() if color else self._plain()

    def _display_rows(self) -> list[list[str]]:
        return [[_cut(compact(v)) if v is not None else "" for v in row] for row in self.rows]

    def _plain(self) -> str:
        body = self._display_rows()
        widths = [max([display_width(c)] + [display_width(r[i]) for r in body]) for i, c in enumerate(self.columns)]

        def line(cells: list[str]) -> str:
            return "  ".join(_pad(cell, w) for cell, w in zip(cells, widths)).rstrip()

        rule = "  ".join("-" * w for w in widths)
        footer = f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})"
        return "\n".join([line(self.columns), rule, *(line(r) for r in body), footer])

    def _rich(self) -> str:
        from rich.console import Console
        from rich.table import Table as RichTable

        table = RichTable(*self.columns, caption=f"{len(self.rows)} rows", header_style="bold")
        for row in self._display_rows():
            table.add_row(*row)
        console = Console(file=io.StringIO(), force_terminal=True, width=shutil.get_terminal_size().columns)
        console.print(table)
        return console.file.getvalue().rstrip("\n")


Result = Union["Table", bool, "Graph"]  # SELECT | ASK | CONSTRUCT and DESCRIBE (rdflib imported only for these)


def render(result: Result, fmt: str = "table") -> str:
    """A query result as text: SELECT as a table in ``fmt``; ASK as ``true``/``false`` (SPARQL JSON with
    ``json``); a graph as Turtle (JSON-LD with ``json``). CSV and TSV end with their last row's line end."""
    if isinstance(result, bool):
        return results.boolean_json(result) if fmt == "json" else ("true" if result else "false")
    if isinstance(result, Table):
        return result.format(fmt)
    from rdflib import Graph

    out = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    out += result
    if fmt == "json":
        return out.serialize(format="json-ld", context=dict(sorted(PREFIXES.items())), indent=2, auto_compact=True)
    from ..rdf.turtle import serialize

    return serialize(out).decode("utf-8").rstrip("\n")
