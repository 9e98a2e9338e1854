"""``trace``: the evolution of one theme or mechanism, one entry per provision, shown as a tree of links.

Each entry names its document by title and date and lists every predecessor with the evidence of its link: the
relation, the pledge objects both provisions take up, the rule and the confidence (``link-evidence.rq``).
"""
from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..errors import E, PledgegraphError
from .engine import GraphSource, open_graph, run_named
from .terms import expand_iri

TIMELINE = "theme-timeline"
EVIDENCE = "link-evidence"
TITLE_WIDTH = 72  # a longer document title is cut with an ellipsis in the tree


def _number(value: str | None) -> float | None:
    try:
        return float(Decimal(value)) if value is not None else None
    except InvalidOperation:
        return None


def _evidence(store, engine: str) -> dict[tuple[str, str], dict]:
    """(later, earlier) -> the link's evidence, objects gathered from one row per object."""
    links: dict[tuple[str, str], dict] = {}
    for row in run_named(store, EVIDENCE, {}, engine).records():
        link = links.setdefault((row["later"], row["earlier"]), {
            "relation": row["relation"], "earlier": row["earlier"], "score": _number(row["score"]),
            "confidence": _number(row["confidence"]), "rule": row["rule"], "objects": [],
            "earlierDate": row["earlierDate"], "earlierTitle": row["earlierTitle"],
            "earlierSource": row["earlierSource"], "earlierLocator": row["earlierLocator"],
        })
        if row["object"] and row["object"] not in link["objects"]:
            link["objects"].append(row["object"])
    return links


def trace(source: GraphSource | str | Path, topic: str, engine: str = "oxigraph",
          min_confidence: float = 0.0) -> list[dict]:
    """Every provision on a theme or mechanism concept, oldest first, with all the links to earlier ones.

    Args:
        source: graph file or store.
        topic: a notation (``counter-terrorism``), a prefixed name (``concept:consultations``) or an IRI.
        engine: ``oxigraph`` or ``rdflib``.
        min_confidence: leave out links whose confidence (their score when they carry none) is below this.

    Returns:
        One dict per provision: ``topic provision date title source locator actors modality committal strength
        quote original relation previous links`` (``original``: the language of the original when the document is
        a translation, else None); ``links`` holds every link to an earlier provision (relation, earlier,
        score, confidence, rule, objects, and the earlier document's date, title, source and locator), best
        first; ``relation``/``previous`` are those of the first link, or None.
    """
    topic = topic.strip()
    if not topic:
        raise PledgegraphError(E.E203, name="topic", value=topic, detail="give a theme or concept notation")
    param = {"theme": topic} if expand_iri(topic) is not None else {"notation": topic}
    store = open_graph(source, engine)
    table = run_named(store, TIMELINE, param, engine)
    evidence = _evidence(store, engine)
    merged: dict[str, dict] = {}
    for row in table.records():
        entry = merged.setdefault(row["provision"], {
            "topic": row["notation"], "provision": row["provision"], "date": row["date"], "title": row["title"],
            "source": row["source"], "locator": row["locator"], "actors": [], "modality": row["modality"],
            "committal": row["committal"] == "true",
            "strength": int(row["strength"]) if row["strength"] is not None else None,
            "quote": row["quote"], "original": row["originalLanguage"], "links": [],
        })
        if row["actor"] and row["actor"] not in entry["actors"]:
            entry["actors"].append(row["actor"])
        if row["previous"] and all(link["earlier"] != row["previous"] for link in entry["links"]):
            link = evidence.get((row["provision"], row["previous"]),
                                {"relation": row["relation"], "earlier": row["previous"], "score": None,
                                 "confidence": None, "rule": None, "objects": []})
            sure = link["confidence"] if link["confidence"] is not None else link["score"]
            if sure is None or sure >= min_confidence:
                entry["links"].append(link)
    for entry in merged.values():
        entry["actors"].sort()
        entry["links"].sort(key=lambda link: (-(link["confidence"] or link["score"] or 0.0), link["earlier"]))
        first = entry["links"][0] if entry["links"] else {}
        entry["relation"], entry["previous"] = first.get("relation"), first.get("earlier")
    return list(merged.values())


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def one_line(text: str) -> str:
    """A quote on one line: breaks between CJK characters vanish, other breaks become a space."""
    if "\n" not in text:  # most quotes: no pattern to try at every run of spaces
        return text.strip()

    def join(m: re.Match) -> str:
        before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
        return "" if before and after and _wide(before) and _wide(after) else " "
    return _LINE_BREAK.sub(join, text).strip()


def _title(title: str | None) -> str:
    title = one_line(title or "")
    if not title:
        return ""
    return f"«{title if len(title) <= TITLE_WIDTH else title[:TITLE_WIDTH - 1] + '…'}»  "


def _headline(entry: dict) -> str:
    actors = "+".join(entry["actors"]) or "?"
    strength = f" ({entry['strength']})" if entry["strength"] is not None else ""
    translated = f" [translation; original in {entry['original']}]" if entry.get("original") else ""
    return (f"{entry['date'] or 'undated'}  {_title(entry.get('title'))}{entry['source']} {entry['locator']}  "
            f"{actors}  {entry['modality']}{strength}{'' if entry['committal'] else ' [non-committal]'}{translated}")


def _object(key: str) -> str:
    """An object key for reading: ``term:consultations@term:terrorism`` -> ``consultations@terrorism``."""
    return "@".join(part.split(":", 1)[-1] for part in key.split("@"))


def _evidence_line(link: dict, by_iri: dict) -> str:
    """``← continues 2002-02-02 «title» 000_x.txt 5.6 · objects … · confidence 0.81 · rule …``"""
    earlier = by_iri.get(link["earlier"])
    if earlier is not None:
        where = f"{earlier['date'] or 'undated'} {_title(earlier.get('title'))}{earlier['source']} {earlier['locator']}"
    elif link.get("earlierSource"):
        where = (f"{link.get('earlierDate') or 'undated'} {_title(link.get('earlierTitle'))}"
                 f"{link['earlierSource']} {link.get('earlierLocator') or ''}")
    else:
        where = link["earlier"]
    parts = [f"← {link['relation']} {where.strip()}"]
    if link.get("objects"):
        parts.append("objects " + ", ".join(_object(key) for key in link["objects"]))
    sure = link.get("confidence")
    if sure is not None:
        parts.append(f"confidence {sure:.2f}")
    elif link.get("score") is not None:
        parts.append(f"score {link['score']:.2f}")
    if link.get("rule"):
        parts.append(f"rule {link['rule']}")
    return " · ".join(parts)


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
        bar = "│" if kids else " "
        lines.append(f"{body}{bar}   “{one_line(row['quote'])}”")
        for link in row["links"]:  # every predecessor, with the evidence of its link
            lines.append(f"{body}{bar}   {_evidence_line(link, by_iri)}")
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
