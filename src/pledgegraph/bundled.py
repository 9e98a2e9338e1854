"""Files the program reads at run time, found with ``importlib.resources`` (never through the checkout).

Lexicons and rules live in the package itself (``lang/``, ``link/``). The top-level ``ontology/``,
``shapes/``, ``queries/`` and ``corpus/`` folders of the source tree are mapped into the package by the links
``src/pledgegraph/resources/<name>``: a wheel carries their files as ``pledgegraph/resources/<name>/`` and
an editable install reads them in place.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGE = "pledgegraph"


@cache
def path(relative: str) -> Path:
    """A file or folder of the installed package, e.g. ``lang`` or ``resources/shapes``."""
    found = Path(str(files(PACKAGE).joinpath(relative)))
    if not found.exists():
        raise FileNotFoundError(f"{relative} is missing from the installed package at {found}")
    return found


def ontology() -> Path:
    """The OWL ontology, ``ontology/pledgegraph.ttl``."""
    return path("resources/ontology/pledgegraph.ttl")


def thesaurus() -> Path:
    """The SKOS thesaurus folder, ``ontology/thesaurus/``."""
    return path("resources/ontology/thesaurus")


def shapes() -> Path:
    """The SHACL shapes folder, ``shapes/``."""
    return path("resources/shapes")


def queries() -> Path:
    """The analysts' queries, ``queries/``."""
    return path("resources/queries")


def checks() -> Path:
    """The integrity checks, ``queries/checks/``."""
    return path("resources/queries/checks")


def corpus() -> Path:
    """The bundled documents, ``corpus/``."""
    return path("resources/corpus")


def lang() -> Path:
    """Per-language lexicons, ``lang/<iso>/*.yaml``."""
    return path("lang")
