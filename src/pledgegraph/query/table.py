"""Query results as a table of strings (and of typed terms), and its text formats.

``table`` is for people (aligned, IRIs compacted, long cells cut); ``json``, ``csv`` and ``tsv`` are the SPARQL 1.1
query results formats, typed and complete (see ``results``).
"""
from __future__ import annotations

import io
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from ..rdf.namespaces import PREFIXES
from . import results
from .results import Term

if TYPE_CHECKING:
    from rdflib import Graph

FORMATS = ("table", "csv", "tsv", "json")
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


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


@dataclass
class Table:
    """Column names and rows of normalised values (str, or None when unbound), and the typed terms behind them.

    ``terms`` holds each value's :class:`~pledgegraph.query.results.Term` (lexical form, datatype, language) as the
    engine returned it; a table made of strings alone (``terms`` None) has string literals.
    """

    columns: list[str]
    rows: list[tuple[str | None, ...]] = field(default_factory=list)
    terms: list[tuple[Term | None, ...]] | None = None

    @classmethod
    def of_terms(cls, columns: Sequence[str], solutions: Iterable[Sequence[object]], typed: bool = True) -> Table:
        """A table of engine terms (pyoxigraph or rdflib, None when unbound), one sequence per solution; without
        ``typed``, of their normalised values only (``terms`` None: for callers that read no more)."""
        from .terms import normalise

        rows, terms = [], []
        for solution in solutions:
            nodes = tuple(solution)
            rows.append(tuple(map(normalise, nodes)))
            if typed:
                terms.append(tuple(map(results.term_of, nodes)))
        return cls(list(columns), rows, terms if typed else None)

    def typed_rows(self) -> list[tuple[Term | None, ...]]:
        """The rows as terms: those the engine returned, else every value a string literal."""
        if self.terms is not None:
            return self.terms
        return [tuple(None if v is None else Term("literal", v) for v in row) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

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
