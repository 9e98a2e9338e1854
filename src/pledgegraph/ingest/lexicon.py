"""Load per-language data files (``lang/<iso>/metadata.yaml``, ``lang/*.yaml``) once."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from pledgegraph import bundled, yamltext

LANG_DIR = bundled.lang()


@lru_cache(maxsize=None)
def lang_table(name: str) -> dict[str, Any]:
    """A cross-language table, e.g. ``lang_table("scripts")`` -> ``lang/scripts.yaml``."""
    return yamltext.safe_load((LANG_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def metadata_lexicon(language: str) -> dict[str, Any]:
    """``lang/<language>/metadata.yaml`` as a dict (empty when the language has none)."""
    path = LANG_DIR / language / "metadata.yaml"
    if not path.is_file():
        return {}
    return yamltext.safe_load(path.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with a data folder and listed as supported."""
    return tuple(lang_table("scripts")["supported"])


@lru_cache(maxsize=1)
def navigation_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Navigation cues of all languages: (whole-line phrases, menu tokens), lower-cased."""
    phrases: set[str] = set()
    tokens: set[str] = set()
    for language in supported_languages():
        nav = metadata_lexicon(language).get("navigation", {})
        phrases.update(p.lower() for p in nav.get("lines", []))
        tokens.update(t.lower() for t in nav.get("tokens", []))
    return frozenset(phrases), frozenset(tokens)


@lru_cache(maxsize=65536)
def nfkc(char: str) -> str:
    """NFKC of one character (cached: documents reuse a small alphabet)."""
    return unicodedata.normalize("NFKC", char)
