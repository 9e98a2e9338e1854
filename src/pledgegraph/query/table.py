"""Query results as a small table of strings, and its text formats."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field

from rdflib import Graph

from ..rdf.namespaces import PREFIXES

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
    """Column names and rows of normalised values (str, or None when unbound)."""

    columns: list[str]
    rows: list[tuple[str | None, ...]] = field(default_factory=list)

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
        """Render as ``table`` (aligned; rich colours on a terminal), ``csv``, ``tsv`` or ``json``.

        Args:
            fmt: one of :data:`FORMATS`.
            color: use rich for the table; default: when standard output is a terminal.
        """
        if fmt == "csv":
            return self._delimited(",")
        if fmt == "tsv":
            return self._delimited("\t")
        if fmt == "json":
            return json.dumps(self.records(), ensure_ascii=False, indent=2)
        if fmt != "table":
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        if color is None:
            color = sys.stdout.isatty()
        return self._rich() if color else self._plain()

    def _display_rows(self) -> list[list[str]]:
        return [[_cut(compact(v)) if v is not None else "" for v in row] for row in self.rows]

    def _delimited(self, delimiter: str) -> str:
        cells = [["" if v is None else v for v in row] for row in self.rows]
        if delimiter == "\t":  # TSV has no quoting: one line per row, whitespace runs become one space
            lines = [self.columns] + [[" ".join(c.split()) for c in row] for row in cells]
            return "".join("\t".join(line) + "\n" for line in lines)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(cells)
        return out.getvalue()

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


Result = Table | bool | Graph  # SELECT | ASK | CONSTRUCT and DESCRIBE


def render(result: Result, fmt: str = "table") -> str:
    """A query result as text: SELECT as a table in ``fmt``, ASK as ``true``/``false``, a graph as Turtle."""
    if isinstance(result, bool):
        return "true" if result else "false"
    if isinstance(result, Graph):
        out = Graph(bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            out.bind(prefix, namespace)
        out += result
        return out.serialize(format="turtle").rstrip("\n")
    return result.format(fmt)
