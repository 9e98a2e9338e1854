"""Find the analysts' SPARQL files by name and read their header comments.

Every ``queries/<name>.rq`` starts with a comment header::

    # Title: Theme timeline
    # Question: How did the pledges on one theme evolve?
    # Parameters:
    #   ?theme     IRI     a theme concept, e.g. theme:counter-terrorism
    #   ?notation  string  the theme's notation, e.g. counter-terrorism
    # Columns: ?date ?source ...

Declared parameter types (``IRI``, ``string``, ``integer``) tell how a command-line value is turned into a term.

A query whose fast shape for the whole answer is slow for one value of a parameter (and the other way round) has
a second shape for that case, ``queries/bound/<name>.<parameter>.rq``, with the same columns and rows:
:func:`load` gives its text when that parameter is bound (the header, parameters and name stay the query's own).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import bundled
from ..errors import E, PledgegraphError

QUERIES_ENV = "PLEDGEGRAPH_QUERIES"
_PARAM_LINE = re.compile(r"^#\s+\?(\w+)\s+(IRI|string|integer)\b\s*(.*)$")
_FIELD_LINE = re.compile(r"^#\s*(Title|Question|Answers|Columns):\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}\S")
BOUND = "bound"  # the folder, beside the queries, of their shapes for a bound parameter


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


def search_path(folder: Path | None = None) -> list[Path]:
    """Where names are looked up: the user's ``folder`` first (E206 when missing), then :func:`queries_dir`."""
    if folder is not None and not Path(folder).is_dir():
        raise PledgegraphError(E.E206, path=folder)
    return ([Path(folder)] if folder is not None else []) + [queries_dir()]


def available(folder: Path | None = None) -> list[str]:
    """Names of the top-level queries, sorted (``folder``: the user's own queries, see :func:`search_path`)."""
    return sorted({p.stem for d in search_path(folder) for p in d.glob("*.rq")})


def listing(folder: Path | None = None) -> str:
    """One line per available query: its name and the question it answers."""
    queries = [load(name, folder) for name in available(folder)]
    width = max((len(q.name) for q in queries), default=0)
    return "\n".join(f"{q.name:<{width}}  {q.question or q.title}".rstrip() for q in queries)


def parse_header(text: str) -> tuple[str, str, dict[str, Param]]:
    """Title, question and declared parameters from the leading comment block.

    Without a ``Title:`` field the first comment line is the title; ``Answers:`` counts as ``Question:``; indented
    comment lines right after the question continue it.
    """
    title = question = ""
    params: dict[str, Param] = {}
    field_name = ""  # the field the previous line belonged to
    comments = [line for line in text.splitlines() if line.strip()]
    for number, line in enumerate(comments):
        if not line.startswith("#"):
            break
        if m := _PARAM_LINE.match(line):
            params[m[1]] = Param(m[1], m[2], m[3].strip())
            field_name = "param"
        elif m := _FIELD_LINE.match(line):
            field_name = "Question" if m[1] == "Answers" else m[1]
            if field_name == "Title":
                title = m[2].strip()
            elif field_name == "Question":
                question = m[2].strip()
        elif field_name == "Question" and _CONTINUATION.match(line):
            question += " " + line.lstrip("# ").strip()
        elif number == 0:
            title = line.lstrip("# ").strip()
        else:
            field_name = ""
    return title, question, params


def find(name_or_path: str | Path, folder: Path | None = None) -> Path:
    """The file of a query name or ``.rq`` path; E206 for a missing file, E201 for an unknown name."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq":
        if not candidate.is_file():
            raise PledgegraphError(E.E206, path=candidate)
        return candidate
    for directory in search_path(folder):
        if (directory / f"{name_or_path}.rq").is_file():
            return directory / f"{name_or_path}.rq"
    raise PledgegraphError(E.E201, name=name_or_path, available=", ".join(available(folder)) or "(none)")


def load(name_or_path: str | Path, folder: Path | None = None, bound: Iterable[str] = ()) -> NamedQuery:
    """A query by name (``themes-per-year``) or by path to a ``.rq`` file (see :func:`find`); with the text of its
    shape for the first of the ``bound`` parameters (sorted) that has one (:func:`bound_shape`)."""
    path = find(name_or_path, folder)
    text = _read(path)
    title, question, params = parse_header(text)
    shape = bound_shape(path, bound)
    return NamedQuery(path.stem, shape or path, _read(shape) if shape else text, title, question, params)


def bound_shape(path: Path, bound: Iterable[str]) -> Path | None:
    """``bound/<name>.<parameter>.rq`` beside the query at ``path``, for the first parameter of ``bound`` (sorted)
    that has one; None when none has."""
    for name in sorted(n for n in bound if re.fullmatch(r"\w+", n)):
        shape = path.parent / BOUND / f"{path.stem}.{name}.rq"
        if shape.is_file():
            return shape
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise PledgegraphError(E.E207, path=path, detail=err) from err
