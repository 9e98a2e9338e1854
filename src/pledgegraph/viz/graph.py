"""The RDF graph as a networkx MultiDiGraph of documents, provisions, states and themes.

Nodes are keyed by IRI and carry ``kind`` (document | external-document | provision | country | theme),
``label`` and ``date``; provisions also carry ``modality``, ``locator``, ``quote`` (short), ``committal``,
``strength``, ``themes`` (space-separated notations) and ``document``.
Edges carry ``kind`` (in-document | actor | theme | evolution | cites); evolution edges run earlier -> later
and carry ``relation`` (colour by it in Gephi), ``score``, ``shared`` (space-separated shared concept/theme
notations) and ``rule``.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from ..rdf.namespaces import PG

QUOTE_CHARS = 120


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _notation(g: Graph, concept: URIRef) -> str:
    return _text(g.value(concept, SKOS.notation)) or str(concept).rsplit("/", 1)[-1]


def _english_label(g: Graph, concept: URIRef) -> str:
    labels = sorted((str(lit) for lit in g.objects(concept, SKOS.prefLabel)
                     if isinstance(lit, Literal) and (lit.language or "").startswith("en")))
    return labels[0] if labels else _notation(g, concept)


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _document_label(g: Graph, doc: URIRef) -> str:
    name = _text(g.value(doc, PG.sourceFile)) or _text(g.value(doc, DCTERMS.title))
    return name.rsplit(".", 1)[0] if name.endswith(".txt") else _short(name, 40)


def _add_documents(g: Graph, G: nx.MultiDiGraph) -> None:
    for kind, cls in (("document", PG.Document), ("external-document", PG.ExternalDocument)):
        for doc in sorted(g.subjects(RDF.type, cls)):
            G.add_node(str(doc), kind=kind, label=_document_label(g, doc),
                       date=_text(g.value(doc, DCTERMS.date)), title=_short(_text(g.value(doc, DCTERMS.title)), 200))
    for doc, cited in sorted(g.subject_objects(PG.cites)):
        if str(cited) in G and str(doc) in G:
            G.add_edge(str(doc), str(cited), key="cites", kind="cites")


def _add_concept(g: Graph, G: nx.MultiDiGraph, concept: URIRef, kind: str) -> None:
    if str(concept) not in G:
        G.add_node(str(concept), kind=kind, label=_english_label(g, concept) if kind == "theme" else _notation(g, concept),
                   notation=_notation(g, concept), date="")


def _add_provisions(g: Graph, G: nx.MultiDiGraph) -> None:
    for prov in sorted(g.subjects(RDF.type, PG.Provision)):
        doc = g.value(prov, PG.inDocument)
        themes = sorted(g.objects(prov, PG.theme))
        modality = g.value(prov, PG.modality)
        strength = g.value(prov, PG.strength)
        committal = g.value(prov, PG.committal)
        G.add_node(
            str(prov), kind="provision",
            label=f"{_document_label(g, doc)} {_text(g.value(prov, PG.locator))}" if doc is not None else str(prov),
            date=_text(g.value(doc, DCTERMS.date)) if doc is not None else "",
            document=_text(doc), locator=_text(g.value(prov, PG.locator)),
            modality=_notation(g, modality) if modality is not None else "",
            committal=committal is not None and committal.toPython() is True,
            strength=int(strength.toPython()) if strength is not None else 0,
            quote=_short(_text(g.value(prov, PG.quote))),
            themes=" ".join(_notation(g, t) for t in themes),
        )
        if doc is not None and str(doc) in G:
            G.add_edge(str(prov), str(doc), key="in-document", kind="in-document")
        for state in sorted(g.objects(prov, PG.actor)):
            _add_concept(g, G, state, "country")
            G.add_edge(str(prov), str(state), key="actor", kind="actor")
        for theme in themes:
            _add_concept(g, G, theme, "theme")
            G.add_edge(str(prov), str(theme), key=f"theme:{theme}", kind="theme")


def _add_links(g: Graph, G: nx.MultiDiGraph) -> None:
    for link in sorted(g.subjects(RDF.type, PG.EvolutionLink)):
        earlier, later = g.value(link, PG.earlier), g.value(link, PG.later)
        if earlier is None or later is None or str(earlier) not in G or str(later) not in G:
            continue
        relation = g.value(link, PG.relation)
        score = g.value(link, PG.score)
        shared = sorted(_notation(g, c) for c in g.objects(link, PG.sharedConcept))
        G.add_edge(str(earlier), str(later), key=str(link), kind="evolution",
                   relation=_notation(g, relation) if relation is not None else "",
                   score=float(score.toPython()) if score is not None else 0.0,
                   shared=" ".join(shared), rule=_text(g.value(link, PG.rule)))


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """Documents, provisions, states, themes, evolution links and citations as one directed multigraph."""
    G = nx.MultiDiGraph()
    _add_documents(g, G)
    _add_provisions(g, G)
    _add_links(g, G)
    return G


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML that Gephi opens: only str/int/float/bool attributes, never None."""
    clean = nx.MultiDiGraph()
    allowed = (str, int, float, bool)
    for node, data in G.nodes(data=True):
        clean.add_node(node, **{k: v for k, v in data.items() if isinstance(v, allowed)})
    for u, v, key, data in G.edges(keys=True, data=True):
        clean.add_edge(u, v, key=key, **{k: val for k, val in data.items() if isinstance(val, allowed)})
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(clean, path, encoding="utf-8", prettyprint=True)
    return path
