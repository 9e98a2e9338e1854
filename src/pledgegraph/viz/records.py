"""The graph as plain records for the pictures: documents, pledges, evolution links and the labels they use.

Read with SPARQL on pyoxigraph: the bundled ``documents.rq`` and ``commitments.rq`` (always the bundled ones,
whatever ``PLEDGEGRAPH_QUERIES`` says), and the explorer's own ``assets/queries/*.rq`` (``links.rq`` and
``statuses.rq`` ask what ``link-evidence.rq`` and ``status.rq`` ask, without the joins to documents that make
those slow on large graphs). Labels come from the graph, or from the bundled thesaurus when it carries none.
Every list is sorted, so the same graph gives the same records.

Each row but the labels' is about one node (:data:`OWNED` names its column): a document, a provision, a status, a
link, and reads only what that node's producer writes and the thesaurus, so a build keeps the rows with each part
(``incremental``) and puts the records together from them (:func:`records_of`) instead of querying the whole graph.
"""
from __future__ import annotations

from collections import defaultdict
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
from rdflib import Graph

from .. import bundled
from ..link.identity import pair_keys, relationships
from ..query import run_named
from ..query.trace import one_line

QUERIES = Path(__file__).parent / "assets" / "queries"
SHORT_TITLE = 48  # characters of a document title shown on a column or a card header
#: The queries whose every row is about one node, and the column that names it.
OWNED = {"facets": "subject", "documents": "document", "pledges": "provision", "commitments": "provision",
         "statuses": "pledge", "links": "link"}


@dataclass
class Records:
    documents: list[dict]
    pledges: list[dict]
    links: list[dict]
    labels: dict[str, dict[str, dict]] = field(default_factory=dict)  # scheme -> notation -> {pref, alt}


def _store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _path(name: str) -> Path:
    own = QUERIES / f"{name}.rq"
    return own if own.is_file() else bundled.queries() / f"{name}.rq"


def _rows(store: ox.Store, name: str) -> list[dict]:
    return run_named(store, str(_path(name))).records()


@cache
def _order(name: str) -> tuple[str, ...]:
    """The variables of the query's final ``ORDER BY``."""
    text = re.sub(r"#[^\n]*", "", _path(name).read_text(encoding="utf-8"))
    found = re.search(r"ORDER\s+BY\s+([?\w\s]+)\s*$", text, re.IGNORECASE)
    return tuple(re.findall(r"\?(\w+)", found.group(1))) if found else ()


def _sorted(name: str, rows: list[dict]) -> list[dict]:
    """``rows`` of one query gathered from parts, in its order (unbound first; ties by every column), whatever the
    order they were gathered in."""
    order = _order(name)
    columns: dict[tuple, tuple] = {}  # a row's columns as they come -> those it is ordered by (rows share a few)

    def key(row: dict) -> tuple:
        found = columns.get(tuple(row))
        if found is None:
            found = columns[tuple(row)] = (*order, *sorted(row))
        return tuple([(value is not None, value or "") for value in map(row.get, found)])
    return sorted(rows, key=key)


def owned_rows(store: ox.Store) -> dict[str, dict[str, list[dict]]]:
    """The rows of the :data:`OWNED` queries on ``store``, by the node each is about: ``{IRI: {query: rows}}``."""
    found: dict[str, dict[str, list[dict]]] = {}
    for name, column in OWNED.items():
        for row in _rows(store, name):
            found.setdefault(row[column], {}).setdefault(name, []).append(row)
    return found


def _number(value: str | None) -> float | None:
    return None if value is None else float(value)


def short_title(title: str, limit: int = SHORT_TITLE) -> str:
    """A title on one line, cut with an ellipsis."""
    title = one_line(title)
    return title if len(title) <= limit else title[: limit - 1] + "…"


def _documents(rows: dict[str, list[dict]], facets: dict) -> list[dict]:
    docs = []
    for row in rows["documents"]:
        title = one_line(row["title"] or row["source"])
        docs.append({
            "iri": row["document"], "source": row["source"], "title": title, "short": short_title(title),
            "date": row["date"] or "", "year": int(row["date"][:4]) if (row["date"] or "")[:4].isdigit() else None,
            "language": row["language"], "genre": row["genre"] or "",
            "authoritative": row["authoritative"] != "false", "originalLanguage": row["originalLanguage"] or "",
            "parties": sorted(facets[row["document"]]["party"]),
        })
    return sorted(docs, key=lambda d: (d["date"], d["source"]))


def _pledges(rows: dict[str, list[dict]], facets: dict, documents: list[dict]) -> list[dict]:
    index = {d["iri"]: i for i, d in enumerate(documents)}
    found: dict[str, dict] = {}
    for row in rows["pledges"]:
        if row["document"] in index:
            found[row["provision"]] = {
                "iri": row["provision"], "doc": index[row["document"]], "locator": row["locator"],
                "clause": int(row["clauseIndex"] or 1), "start": int(row["start"]), "quote": one_line(row["quote"]),
                "strength": int(row["strength"]) if row["strength"] else None,
                "actors": set(), "themes": set(), "modality": "", "committal": False,
                "concepts": sorted(facets[row["provision"]]["concept"]), "status": "", "statusRule": "",
            }
    for row in rows["commitments"]:
        pledge = found.get(row["provision"])
        if pledge is not None:
            pledge["actors"].update([row["actor"]] if row["actor"] else [])
            pledge["themes"].update([row["theme"]] if row["theme"] else [])
            pledge["modality"], pledge["committal"] = row["modality"], row["committal"] == "true"
    for row in rows["statuses"]:
        pledge = found.get(row["provision"])
        if pledge is not None and not pledge["status"]:
            pledge["status"], pledge["statusRule"] = row["status"], row["rule"] or ""
    pledges = sorted(found.values(), key=lambda p: (p["doc"], p["start"], p["clause"], p["iri"]))
    _add_relationships(pledges, documents)
    for p in pledges:
        p["actors"], p["themes"] = sorted(p["actors"]), sorted(p["themes"])
    return pledges


def _add_relationships(pledges: list[dict], documents: list[dict]) -> None:
    """Each pledge's relationships: the pairs of its document's states that hold one of its actors
    (the linker's definition, :func:`~pledgegraph.link.identity.relationships`)."""
    docs = [SimpleNamespace(source=str(i), parties=d["parties"]) for i, d in enumerate(documents)]
    provs = [SimpleNamespace(source=str(p["doc"]), actors=sorted(p["actors"])) for p in pledges]
    states = relationships(docs, provs, texts=False)  # read from the graph: no text to weigh
    for p in pledges:
        pairs = pair_keys(states.get(str(p["doc"]), frozenset()))
        p["relationships"] = sorted({"–".join(sorted(pair)) for pair in pairs if set(pair) & p["actors"]})


def _links(rows: dict[str, list[dict]], pledges: list[dict]) -> list[dict]:
    index = {p["iri"]: i for i, p in enumerate(pledges)}
    found: dict[tuple[int, int], dict] = {}
    for row in rows["links"]:
        if row["earlier"] not in index or row["later"] not in index:
            continue
        link = found.setdefault((index[row["earlier"]], index[row["later"]]), {
            "earlier": index[row["earlier"]], "later": index[row["later"]], "relation": row["relation"],
            "confidence": _number(row["confidence"]), "score": _number(row["score"]), "rule": row["rule"] or "",
            "objects": [],
        })
        if row["object"] and row["object"] not in link["objects"]:
            link["objects"].append(row["object"])
    return [found[key] for key in sorted(found)]


def label_rows(store: ox.Store) -> list[dict]:
    """The rows of ``labels.rq`` on ``store``."""
    return _rows(store, "labels")


def _bundled_label_rows() -> list[dict]:
    thesaurus = ox.Store()
    for path in sorted(bundled.thesaurus().glob("*.ttl")):
        thesaurus.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return label_rows(thesaurus)


def _labels(rows: list[dict], used: dict[str, set[str]]) -> dict[str, dict[str, dict]]:
    labels: dict[str, dict[str, dict]] = {scheme: {} for scheme in used}
    for row in rows:
        if row["notation"] not in used.get(row["scheme"], ()):
            continue
        entry = labels[row["scheme"]].setdefault(row["notation"], {"pref": {}, "alt": []})
        if row["kind"] == "pref":
            entry["pref"].setdefault(row["lang"] or "", row["label"])
        elif row["label"] not in entry["alt"]:
            entry["alt"].append(row["label"])
    return labels


def read_records(graph: Graph) -> Records:
    """Documents (by date), pledges (in document order), links (earlier -> later, as pledge indexes), labels."""
    return store_records(_store(graph))


def store_records(store: ox.Store) -> Records:
    """:func:`read_records` of the graph in ``store`` (its default graph, or the union of its named graphs)."""
    return records_of([{name: _rows(store, name) for name in OWNED}], label_rows(store))


def records_of(parts: Iterable[dict[str, list[dict]]], labels: list[dict]) -> Records:
    """The records of rows of the :data:`OWNED` queries gathered from parts (``{query: rows}`` each; the same
    records in whatever order) and the rows of ``labels.rq`` (when there are none, the bundled thesaurus's)."""
    parts = list(parts)
    rows = {name: _sorted(name, [row for part in parts for row in part.get(name, ())]) for name in OWNED}
    facets: dict[str, dict[str, set]] = defaultdict(lambda: {"party": set(), "concept": set()})
    for row in rows["facets"]:
        facets[row["subject"]][row["facet"]].add(row["notation"])
    documents = _documents(rows, facets)
    pledges = _pledges(rows, facets, documents)
    links = _links(rows, pledges)
    objects = {part.split(":", 1)[1] for link in links for key in link["objects"] for part in key.split("@")
               if part.startswith("concept:")}
    used = {"theme": {t for p in pledges for t in p["themes"]},
            "concept": {c for p in pledges for c in p["concepts"]} | objects,
            "country": {a for p in pledges for a in p["actors"]} | {s for d in documents for s in d["parties"]}}
    return Records(documents, pledges, links, _labels(labels or _bundled_label_rows(), used))
