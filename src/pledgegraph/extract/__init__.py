"""Extractors, registered by name (rdflib plugin style) and loaded lazily.

``extract(doc, blocks)`` runs the default extractor. Register another with
``register(name, "package.module:function")``; the function takes ``(doc, blocks)`` and returns a
list of ``Provision``.
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from pledgegraph.model import Block, Document, Provision

Extractor = Callable[[Document, list[Block]], list[Provision]]
DEFAULT = "clauses"

_registry: dict[str, str] = {
    "clauses": "pledgegraph.extract.pipeline:extract_provisions",
}


def register(name: str, target: str) -> None:
    """Register an extractor as ``"module:function"`` under ``name``."""
    _registry[name] = target


def names() -> list[str]:
    """Registered extractor names."""
    return sorted(_registry)


def get(name: str = DEFAULT) -> Extractor:
    """The extractor registered under ``name`` (KeyError if unknown)."""
    module, _, function = _registry[name].partition(":")
    return getattr(import_module(module), function)


def extract(doc: Document, blocks: list[Block], extractor: str = DEFAULT) -> list[Provision]:
    """Provisions of ``doc`` found by the named extractor, in document order."""
    return sorted(get(extractor)(doc, blocks), key=lambda p: (p.start, p.end))
