"""Rule and lexicon data of the linker, loaded once from YAML and Turtle files."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from .. import bundled, yamltext

HERE = bundled.path("link")
LANG_DIR = bundled.lang()
THESAURUS_DIR = bundled.thesaurus()


def _read_yaml(path: Path) -> dict:
    if not path.exists():
        return {}
    return yamltext.safe_load(path.read_text(encoding="utf-8")) or {}


@cache
def rules() -> dict:
    """Thresholds, weights and cue lists of ``link/rules.yaml``."""
    return _read_yaml(HERE / "rules.yaml")


@cache
def objects() -> dict:
    """The multilingual pledge-object glossary of ``link/objects.yaml``."""
    return _read_yaml(HERE / "objects.yaml")


@cache
def citation_patterns(language: str) -> dict:
    """``lang/<iso>/citations.yaml`` for one language ({} when the language has none)."""
    return _read_yaml(LANG_DIR / language / "citations.yaml")


def citation_languages() -> list[str]:
    """Languages that ship citation patterns, sorted."""
    return sorted(p.parent.name for p in LANG_DIR.glob("*/citations.yaml"))
