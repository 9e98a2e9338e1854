"""Graph exports for other tools."""
from __future__ import annotations

from .jsonld import to_jsonld

__all__ = ["to_jsonld"]
