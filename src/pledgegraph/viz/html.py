"""``graph.html``: the explorer, one self-contained page that works offline from a ``file://`` URL.

The page holds the records of :mod:`.records` as JSON, the script and styles of ``assets/`` and a subset of a CJK
font (:mod:`.fonts`); a Content-Security-Policy forbids it any request. For large archives it stays usable by
aggregating: the timeline shows at most eight dots per cell (else a count that zooms in) and a limited number of
rows, and the list is paged; the data itself is compact JSON (for the bundled corpus, see the README for sizes).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from rdflib import Graph

from .. import __version__
from ..link.vocab import committal_modalities, modalities_by_rank
from .fonts import font_faces
from .palette import relation_colours, status_colours
from .records import Records, read_records

ASSETS = Path(__file__).parent / "assets"
TITLE = "pledgegraph explorer"
_SLOT = re.compile(r"\{\{(\w+)\}\}")


def payload(records: Records) -> dict:
    """What the page's script reads: documents, pledges, links (as pledge indexes), labels and vocabularies."""
    return {
        "documents": records.documents,
        "pledges": [{k: v for k, v in p.items() if k not in ("start", "clause")} for p in records.pledges],
        "links": records.links,
        "labels": records.labels,
        "vocab": {"modalities": list(modalities_by_rank()), "committal": sorted(committal_modalities()),
                  "relations": relation_colours(), "statuses": status_colours()},
    }


def script_json(data: dict) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>`` and ``&`` escaped, so ``</script>`` cannot end it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render(records: Records, title: str = TITLE, faces: Callable[[str], tuple[str, list[str]]] = font_faces) -> str:
    """The page as text; the same records give the same text. ``faces`` is ``fonts.font_faces`` or a function that
    returns what it would (one that keeps them)."""
    template = (ASSETS / "explorer.html").read_text(encoding="utf-8")
    data = payload(records)
    fonts, missing = faces(template + json.dumps(data, ensure_ascii=False))
    data["missingGlyphs"] = len(missing)
    parts = {
        "title": escape(title), "generator": escape(f"pledgegraph {__version__}"), "fonts": fonts,
        "style": (ASSETS / "explorer.css").read_text(encoding="utf-8"),
        "script": (ASSETS / "explorer.js").read_text(encoding="utf-8"), "data": script_json(data),
    }
    return _SLOT.sub(lambda m: parts[m[1]], template)


def write_html(graph: Graph, path: str | Path, title: str = TITLE) -> Path:
    """Write the explorer for ``graph`` to ``path``; it fetches nothing from anywhere."""
    return write_records(read_records(graph), path, title)


def write_records(records: Records, path: str | Path, title: str = TITLE,
                  faces: Callable[[str], tuple[str, list[str]]] = font_faces) -> Path:
    """Write the explorer of ``records`` (:func:`~pledgegraph.viz.records.read_records`) to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(records, title, faces), encoding="utf-8")
    return path
