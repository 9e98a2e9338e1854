"""The RDF graph as a networkx MultiDiGraph of documents, provisions, states and themes, and its Gephi files.

Nodes are keyed by IRI and carry ``kind`` (document | external-document | provision | country | theme),
``label`` (documents: short title and date, never the file name) and ``date``; dated nodes carry ``year``
(integer) and ``start`` (``YYYY-MM-DD``, Gephi's timeline). Provisions also carry ``modality``, ``locator``,
``quote`` (short), ``committal``, ``strength``, ``themes`` (space-separated notations), one boolean
``theme_<notation>`` per theme of the graph, and ``document``; a pledge taken up later ``end``s on the date of its
first successor.
Every edge has its own key (its id in GraphML and GEXF: the link IRI for evolution, ``<kind>-<n>`` otherwise),
``kind`` (in-document | actor | theme | evolution | cites), ``label`` and ``weight``; evolution edges run
earlier -> later and carry ``relation`` (their label; colour by it in Gephi), ``confidence`` (their weight),
``score``, ``shared`` (space-separated shared concept/theme notations), ``rule`` and the later pledge's ``year``
and ``start``.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ..rdf.dataset import graph_of
from ..rdf.namespaces import PG
from . import gephi

QUOTE_CHARS = 120
NODE_CLASSES = (("document", PG.Document), ("external-document", PG.ExternalDocument))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _notation(g: Graph, concept: URIRef) -> str:
    return _text(g.value(concept, SKOS.notation)) or str(concept).rsplit("/", 1)[-1]


def _english_label(g: Graph, concept: URIRef) -> str:
    labels = sorted(str(lit) for lit in g.objects(concept, SKOS.prefLabel)
                    if isinstance(lit, Literal) and (lit.language or "").startswith("en"))
    return labels[0] if labels else _notation(g, concept)


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _document_label(g: Graph, doc: URIRef) -> str:
    """Short title and date: ``Joint Statement on Cooperation Between… (2000-09-05)``."""
    title = _text(g.value(doc, DCTERMS.title)) or _text(g.value(doc, PG.sourceFile))
    date = _text(g.value(doc, DCTERMS.date))
    return f"{_short(title, 40)} ({date})" if date else _short(title, 40)


def _when(date: str) -> dict:
    """``year`` and ``start`` (a full ISO date, first day of the year or month when only that is known)."""
    if not date[:4].isdigit():
        return {}
    parts = (date.split("-") + ["01", "01"])[:3]
    return {"year": int(parts[0]), "start": "-".join(parts)}


def _edge(G: nx.MultiDiGraph, u: str, v: str, kind: str, key: str | None = None, **data) -> None:
    """Add an edge with its own id (``<kind>-<n>`` unless given), a label and a weight."""
    key = key or f"{kind}-{G.graph.setdefault('counts', {}).setdefault(kind, 0)}"
    G.graph["counts"][kind] = G.graph["counts"].get(kind, 0) + 1
    G.add_edge(u, v, key=key, kind=kind, label=data.pop("label", kind), weight=data.pop("weight", 1.0), **data)


def _document_node(g: Graph, doc: URIRef, kind: str) -> dict:
    date = _text(g.value(doc, DCTERMS.date))
    return dict(kind=kind, label=_document_label(g, doc), date=date, **_when(date),
                title=_short(_text(g.value(doc, DCTERMS.title)), 200), source=_text(g.value(doc, PG.sourceFile)))


def _concept(g: Graph, concept: URIRef, kind: str) -> dict:
    return {"kind": kind, "label": _english_label(g, concept) if kind == "theme" else _notation(g, concept),
                "notation": _notation(g, concept), "date": ""}


def _provision_node(g: Graph, prov: URIRef) -> list:
    """``[head, tail, theme notations, edges]``: a provision node's attributes before and after its ``theme_*``
    flags (which depend on every theme of the graph), and its edges as ``[kind, target, target's attributes]``
    (None for its document, which the network holds when it is one of the graph's)."""
    doc = g.value(prov, PG.inDocument)
    themes = sorted(g.objects(prov, PG.theme))
    modality = g.value(prov, PG.modality)
    strength = g.value(prov, PG.strength)
    committal = g.value(prov, PG.committal)
    date = _text(g.value(doc, DCTERMS.date)) if doc is not None else ""
    head = dict(kind="provision", date=date, **_when(date),
                label=f"{_document_label(g, doc)} para. {_text(g.value(prov, PG.locator))}" if doc is not None
                else str(prov))
    head = {name: head[name] for name in ("kind", "label", "date", "year", "start") if name in head}
    tail = {"document": _text(doc), "locator": _text(g.value(prov, PG.locator)),
                "modality": _notation(g, modality) if modality is not None else "",
                "committal": committal is not None and committal.toPython() is True,
                "strength": int(strength.toPython()) if strength is not None else 0,
                "quote": _short(_text(g.value(prov, PG.quote))), "themes": " ".join(_notation(g, t) for t in themes)}
    edges = [["in-document", str(doc), None]] if doc is not None else []
    edges += [["actor", str(state), _concept(g, state, "country")] for state in sorted(g.objects(prov, PG.actor))]
    edges += [["theme", str(theme), _concept(g, theme, "theme")] for theme in themes]
    return [head, tail, sorted({_notation(g, t) for t in themes}), edges]


def network_piece(g: Graph, documents: list[tuple[str, URIRef]], provisions: list[URIRef]) -> dict:
    """What the network takes from some documents (``(kind, IRI)``) and provisions, as JSON data: the same for a
    document's nodes whether read from the whole graph or from the document's graph with the thesaurus (what a
    document's provisions read lies there: their literals, their document and the thesaurus's concepts), so a build
    keeps it with the document (:func:`to_networkx`'s ``piece_of``)."""
    return {"documents": [[kind, str(doc), _document_node(g, doc, kind)] for kind, doc in documents],
            "provisions": [[str(prov), *_provision_node(g, prov)] for prov in provisions]}


def _add_pieces(g: Graph, G: nx.MultiDiGraph, pieces: list[dict]) -> None:
    """Documents (each kind sorted), citations, then provisions (sorted) with their concepts and edges."""
    for kind, _ in NODE_CLASSES:
        for _, iri, attrs in sorted((d for piece in pieces for d in piece["documents"] if d[0] == kind),
                                    key=lambda d: d[1]):
            G.add_node(iri, **attrs)
    for doc, cited in sorted(g.subject_objects(PG.cites)):
        if str(cited) in G and str(doc) in G:
            _edge(G, str(doc), str(cited), "cites", **_when(G.nodes[str(doc)]["date"]))
    every_theme = sorted({_notation(g, t) for t in g.objects(None, PG.theme)})
    for prov, head, tail, themes, edges in sorted((p for piece in pieces for p in piece["provisions"]),
                                                  key=lambda p: p[0]):
        G.add_node(prov, **head, **{f"theme_{t}": t in themes for t in every_theme}, **tail)
        when = _when(head["date"])
        for kind, target, attrs in edges:
            if attrs is None and target not in G:
                continue
            if attrs is not None and target not in G:
                G.add_node(target, **attrs)
            _edge(G, prov, target, kind, **when)


def _add_links(g: Graph, G: nx.MultiDiGraph) -> None:
    for link in sorted(g.subjects(RDF.type, PG.EvolutionLink)):
        earlier, later = g.value(link, PG.earlier), g.value(link, PG.later)
        if earlier is None or later is None or str(earlier) not in G or str(later) not in G:
            continue
        relation = _notation(g, g.value(link, PG.relation)) if g.value(link, PG.relation) is not None else ""
        score = float(g.value(link, PG.score).toPython()) if g.value(link, PG.score) is not None else 0.0
        confidence = g.value(link, PG.confidence)
        confidence = float(confidence.toPython()) if confidence is not None else score
        shared = sorted(_notation(g, c) for c in g.objects(link, PG.sharedConcept))
        _edge(G, str(earlier), str(later), "evolution", key=str(link), label=relation, weight=confidence,
              relation=relation, score=score, confidence=confidence, shared=" ".join(shared),
              rule=_text(g.value(link, PG.rule)), **_when(G.nodes[str(later)]["date"]))


def _add_ends(G: nx.MultiDiGraph) -> None:
    """A pledge taken up later ends where its first successor starts (Gephi's timeline shows the live ones)."""
    for node, data in G.nodes(data=True):
        if data.get("kind") != "provision" or not data.get("start"):
            continue
        later = [G.nodes[v].get("start", "") for _, v, kind in G.out_edges(node, data="kind") if kind == "evolution"]
        ends = [d for d in later if d > data["start"]]
        if ends:
            data["end"] = min(ends)


def to_networkx(g: Graph, piece_of: Callable[[str, Callable[[], dict]], dict] | None = None) -> nx.MultiDiGraph:
    """Documents, provisions, states, themes, evolution links and citations as one directed multigraph.

    ``piece_of(graph, make)`` gives the piece (:func:`network_piece`) of the nodes of one named graph
    (``rdf.dataset.graph_of``), one kept or ``make()``; without it, the graph is read as one piece.
    """
    nodes: dict[str, tuple[list, list]] = {}
    for kind, cls in NODE_CLASSES:
        for doc in g.subjects(RDF.type, cls):
            nodes.setdefault(graph_of(str(doc), None) if piece_of else "", ([], []))[0].append((kind, doc))
    for prov in g.subjects(RDF.type, PG.Provision):
        nodes.setdefault(graph_of(str(prov), None) if piece_of else "", ([], []))[1].append(prov)
    make = partial(network_piece, g)
    pieces = [piece_of(graph, partial(make, *found)) if piece_of else make(*found)
              for graph, found in sorted(nodes.items())]
    G = nx.MultiDiGraph()
    _add_pieces(g, G, pieces)
    _add_links(g, G)
    _add_ends(G)
    G.graph.pop("counts", None)
    return G


ALLOWED = (str, int, float, bool)


def _typed(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only str/int/float/bool attributes, never None (what GraphML and GEXF writers accept)."""
    clean = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        clean.add_node(node, **{k: v for k, v in data.items() if isinstance(v, ALLOWED)})
    for u, v, key, data in G.edges(keys=True, data=True):
        clean.add_edge(u, v, key=key, **{k: val for k, val in data.items() if isinstance(val, ALLOWED)})
    return clean


def write_graphml(G: nx.MultiDiGraph, path: str | Path, typed: bool = False) -> Path:
    """Write GraphML that Gephi opens: one id per edge (its key), typed attributes, labels and weights (the bytes
    of ``nx.write_graphml``, written by ``viz.gephi``). ``typed``: every attribute of ``G`` is already one of
    :data:`ALLOWED` (as :func:`to_networkx` makes them), so none is filtered out (a copy costs a second on an
    archive: a provision has a flag per theme)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gephi.graphml(G if typed else _typed(G)))
    return path


def write_gexf(G: nx.MultiDiGraph, path: str | Path, typed: bool = False) -> Path:
    """Write GEXF 1.2 for Gephi's timeline: ``start`` dates make nodes and edges dynamic, each edge's id is its key;
    the same bytes for the same graph (networkx's, without its ``lastmodifieddate``, today's date; written by
    ``viz.gephi``). ``typed`` as for :func:`write_graphml`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gephi.gexf(G if typed else _typed(G), ids_from_keys=True))
    return path
