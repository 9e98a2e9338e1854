"""Find the analysts' SPARQL files by name and read their header comments.

Every ``queries/<name>.rq`` starts with a comment header::

    # Title: Theme timeline
    # Question: How did the pledges on one theme evolve?
    # Parameters:
    #   ?theme     IRI     a theme concept, e.g. theme:counter-terrorism
    #   ?notation  string  the theme's notation, e.g. counter-terrorism
    # Columns: ?date ?source ...

Declared parameter types (``IRI``, ``string``, ``integer``) tell how a command-line value is turned into a term.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import bundled
from ..errors import E, PledgegraphError

QUERIES_ENV = "PLEDGEGRAPH_QUERIES"
_PARAM_LINE = re.compile(r"^#\s+\?(\w+)\s+(IRI|string|integer)\b\s*(.*)$")
_FIELD_LINE = re.compile(r"^#\s*(Title|Question|Answers|Columns):\s*(.*)$")


@dataclass(frozen=True)
class Param:
    """A variable a query lets the caller bind."""

    name: str
    kind: str  # IRI | string | integer
    help: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """One SPARQL file and what its header says about it."""

    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    params: dict[str, Param] = field(default_factory=dict)


def queries_dir() -> Path:
    """The queries folder: ``$PLEDGEGRAPH_QUERIES`` when set, else the bundled ``queries/``."""
    if os.environ.get(QUERIES_ENV):
        return Path(os.environ[QUERIES_ENV])
    return bundled.queries()


def available() -> list[str]:
    """Names of the top-level queries, sorted."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


def parse_header(text: str) -> tuple[str, str, dict[str, Param]]:
    """Title, question and declared parameters from the leading comment block.

    Without a ``Title:`` field the first comment line is the title; ``Answers:`` counts as ``Question:``.
    """
    title = question = ""
    params: dict[str, Param] = {}
    comments = [line for line in text.splitlines() if line.strip()]
    for number, line in enumerate(comments):
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params[m[1]] = Param(m[1], m[2], m[3].strip())
        elif (m := _FIELD_LINE.match(line)) and m[1] == "Title":
            title = m[2].strip()
        elif m and m[1] in ("Question", "Answers"):
            question = m[2].strip()
        elif number == 0 and not m:
            title = line.lstrip("# ").strip()
    return title, question, params


def load(name_or_path: str | Path) -> NamedQuery:
    """A query by name (``themes-per-year``) or by path to a ``.rq`` file; E201 when unknown."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        path = candidate
    else:
        path = queries_dir() / f"{name_or_path}.rq"
        if not path.is_file():
            raise PledgegraphError(E.E201, name=name_or_path, available=", ".join(available()) or "(none)")
    text = path.read_text(encoding="utf-8")
    title, question, params = parse_header(text)
    return NamedQuery(path.stem, path, text, title, question, params)
