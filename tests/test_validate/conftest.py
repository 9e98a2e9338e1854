"""Fixtures of the validation tests."""
from __future__ import annotations

import pytest
import rdflib

from .examples import BASE_EXAMPLE, load_valid


@pytest.fixture(scope="session")
def valid_graph() -> rdflib.Graph:
    """The base valid example (two documents, one link) with its thesaurus."""
    return load_valid(BASE_EXAMPLE)
