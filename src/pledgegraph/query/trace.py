"""``trace``: the evolution of one theme or mechanism, one entry per provision, shown as a tree of links."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from ..errors import E, PledgegraphError
from .engine import GraphSource, run_named
from .terms import expand_iri

TIMELINE = "theme-timeline"


def trace(source: GraphSource | str | Path, topic: str, engine: str = "oxigraph") -> list[dict]:
    """Every provision on a theme or mechanism concept, oldest first, with the links to earlier ones.

    Args:
        source: graph file or store.
        topic: a notation (``counter-terrorism``), a prefixed name (``concept:consultations``) or an IRI.

    Returns:
        One dict per provision: ``topic provision date source locator actors modality committal strength quote
        relation previous links`` (``relation``/``previous``: the first link to an earlier provision, or None).
    """
    topic = topic.strip()
    if not topic:
        raise PledgegraphError(E.E203, name="topic", value=topic, detail="give a theme or concept notation")
    param = {"theme": topic} if expand_iri(topic) is not None else {"notation": topic}
    table = run_named(source, TIMELINE, param, engine)
    merged: dict[str, dict] = {}
    for row in table.records():
        entry = merged.setdefault(row["provision"], {
            "topic": row["notation"], "provision": row["provision"], "date": row["date"],
            "source": row["source"], "locator": row["locator"], "actors": [], "modality": row["modality"],
            "committal": row["committal"] == "true",
            "strength": int(row["strength"]) if row["strength"] is not None else None,
            "quote": row["quote"], "links": [],
        })
        if row["actor"] and row["actor"] not in entry["actors"]:
            entry["actors"].append(row["actor"])
        link = {"relation": row["relation"], "earlier": row["previous"]}
        if row["previous"] and link not in entry["links"]:
            entry["links"].append(link)
    for entry in merged.values():
        entry["actors"].sort()
        entry["links"].sort(key=lambda link: (link["earlier"], link["relation"]))
        first = entry["links"][0] if entry["links"] else {}
        entry["relation"], entry["previous"] = first.get("relation"), first.get("earlier")
    return list(merged.values())


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def one_line(text: str) -> str:
    """A quote on one line: breaks between CJK characters vanish, other breaks become a space."""
    def join(m: re.Match) -> str:
        before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
        return "" if before and after and _wide(before) and _wide(after) else " "
    return _LINE_BREAK.sub(join, text).strip()


def _headline(entry: dict) -> str:
    actors = "+".join(entry["actors"]) or "?"
    strength = f" ({entry['strength']})" if entry["strength"] is not None else ""
    return (f"{entry['date'] or 'undated'}  {entry['source']} {entry['locator']}  {actors}  "
            f"{entry['modality']}{strength}{'' if entry['committal'] else ' [non-committal]'}")


def _tree(rows: list[dict]) -> str:
    by_iri = {row["provision"]: row for row in rows}
    children: dict[str | None, list[dict]] = {}
    for row in rows:
        parents = [link for link in row["links"] if link["earlier"] in by_iri]
        children.setdefault(parents[0]["earlier"] if parents else None, []).append(row)
    topics = sorted({row["topic"] for row in rows})
    links = sum(len(row["links"]) for row in rows)
    lines = [f"{', '.join(topics)}: {len(rows)} pledge{'s' * (len(rows) != 1)}, {links} link{'s' * (links != 1)}"]

    def walk(row: dict, indent: str, is_last: bool, root: bool) -> None:
        branch = "● " if root else ("└── " if is_last else "├── ")
        parent_links = [link for link in row["links"] if link["earlier"] in by_iri]
        relation = f"{parent_links[0]['relation']} → " if parent_links and not root else ""
        lines.append(f"{indent}{branch}{relation}{_headline(row)}")
        body = indent + ("" if root else ("    " if is_last else "│   "))
        kids = children.get(row["provision"], [])
        lines.append(f"{body}{'│' if kids else ' '}   “{one_line(row['quote'])}”")
        for extra in parent_links[1:] + [link for link in row["links"] if link["earlier"] not in by_iri]:
            lines.append(f"{body}{'│' if kids else ' '}   also {extra['relation']} {extra['earlier']}")
        for i, kid in enumerate(kids):
            walk(kid, body, i == len(kids) - 1, False)

    for root in children.get(None, []):
        walk(root, "", True, True)
    return "\n".join(lines)


def format_trace(rows: list[dict], fmt: str = "tree") -> str:
    """Render :func:`trace` output as a readable ``tree`` or as ``json``."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt != "tree":
        raise ValueError(f"unknown trace format {fmt!r}; use tree or json")
    if not rows:
        return "No pledges found for this theme or concept (check the notation with `pledgegraph query themes-per-year`)."
    return _tree(rows)
