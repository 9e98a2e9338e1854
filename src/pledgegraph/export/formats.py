"""The other writers of :data:`~pledgegraph.export.FORMATS`: quads, Gephi files and the OWL-safe graph.

Each takes an rdflib graph of the model (a ``graph.ttl``) and returns the file's bytes.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import to_canonical_graph

from ..rdf import dataset
from ..rdf.namespaces import PREFIXES


def nquads(graph: Graph) -> bytes:
    """N-Quads, one named graph per document plus the corpus and thesaurus graphs (``rdf.dataset``), sorted."""
    return dataset.to_nquads(graph)


def trig(graph: Graph) -> bytes:
    """TriG with the same named graphs and the project prefixes."""
    return dataset.to_trig(graph)


def _gephi(graph: Graph, suffix: str) -> bytes:
    from .. import viz  # matplotlib and networkx: loaded only for these formats

    with tempfile.TemporaryDirectory(prefix="pledgegraph-export-") as tmp:
        path = Path(tmp) / f"graph.{suffix}"
        (viz.write_graphml if suffix == "graphml" else viz.write_gexf)(viz.to_networkx(graph), path)
        return path.read_bytes()


def graphml(graph: Graph) -> bytes:
    """GraphML for Gephi (``viz.write_graphml``): unique edge ids, numeric years, one attribute per theme."""
    return _gephi(graph, "graphml")


def gexf(graph: Graph) -> bytes:
    """GEXF 1.2 for Gephi's timeline (``viz.write_gexf``)."""
    return _gephi(graph, "gexf")


def owl(graph: Graph) -> bytes:
    """RDF/XML (the one syntax every OWL 2 tool reads) that OWL 2 DL reasoners accept as it is: the ontology, the
    thesaurus and the data, with literals of types outside the OWL 2 datatype map (xsd:date, xsd:gYear,
    xsd:gYearMonth, xsd:duration) as plain strings and the actor states declared ``owl:AllDifferent``
    (``validate.reason.owl_safe``, what ``--reason`` feeds HermiT). Blank nodes (the ontology's restrictions, the
    AllDifferent axiom) get canonical labels and triples are sorted, so the same graph gives the same bytes."""
    from ..validate.reason import owl_safe

    ntriples = to_canonical_graph(owl_safe(graph)).serialize(format="nt", encoding="utf-8")
    triples = sorted(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), key=str)
    return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
