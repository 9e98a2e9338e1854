"""OWL 2 reasoning with HermiT (through owlready2): consistency and inferred classes.

owlready2 reads NTriples, and HermiT accepts only the OWL 2 datatype map, so the input is converted with
rdflib first: literals of other datatypes (xsd:date, xsd:gYear, xsd:duration ...) become plain strings,
and the states used as actors are declared different individuals (OWL has no unique-name assumption,
without which "two actors" could be one state).
"""
from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS, XSD, Literal, URIRef
from rdflib.collection import Collection

from pledgegraph import bundled
from pledgegraph.errors import E, PledgegraphError
from pledgegraph.rdf.namespaces import PG

ONTOLOGY = bundled.ontology()
THESAURUS_DIR = bundled.thesaurus()
#: Datatypes of the OWL 2 datatype map that occur in pledgegraph data; other typed literals become strings.
OWL2_DATATYPES = frozenset({
    XSD.string, XSD.integer, XSD.decimal, XSD.boolean, XSD.double, XSD.float, XSD.dateTime, XSD.anyURI,
    XSD.nonNegativeInteger, XSD.positiveInteger, XSD.int, XSD.long, RDF.langString, RDF.PlainLiteral,
    RDFS.Literal,
})
STATE_PROPERTIES = (PG.actor, PG.party, PG.country)


@dataclass
class ReasonResult:
    """Outcome of a HermiT run: consistency and the pg: classes entailed but not asserted."""

    consistent: bool
    inferred: list[tuple[str, str]] = field(default_factory=list)  # (individual IRI, class IRI), sorted
    detail: str = ""  # HermiT's explanation when inconsistent

    def types_of(self, iri: str) -> set[str]:
        """Inferred classes of one individual."""
        return {cls for node, cls in self.inferred if node == iri}

    def text(self) -> str:
        """A readable summary: consistency, then inferred types counted per class."""
        if not self.consistent:
            return f"OWL reasoning (HermiT): the graph is INCONSISTENT.\n{self.detail}\n"
        counts = Counter(cls.rsplit("#", 1)[-1] for _, cls in self.inferred)
        lines = [f"OWL reasoning (HermiT): the graph is consistent; {len(self.inferred)} inferred types."]
        lines += [f"  {name}: {count}" for name, count in sorted(counts.items())]
        return "\n".join(lines) + "\n"


def reason(graph: Path | str | rdflib.Graph | None = None, write_inferred: Path | None = None,
           with_thesaurus: bool = True) -> ReasonResult:
    """Run HermiT on the ontology plus a data graph.

    Args:
        graph: a data graph or the path of one (e.g. graph.ttl); None checks the ontology alone.
        write_inferred: when given and consistent, write the inferred ``rdf:type`` triples there as Turtle.
        with_thesaurus: also load ``ontology/thesaurus/*.ttl`` (committal modalities live there).
    """
    import owlready2  # slow import (Java bridge); only needed here

    merged = _merge(graph, with_thesaurus)
    asserted = set(merged.triples((None, RDF.type, None)))
    with tempfile.TemporaryDirectory(prefix="pledgegraph-reason-") as tmp:
        path = Path(tmp) / "input.nt"
        _for_hermit(merged).serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        ontology = world.get_ontology(path.as_uri()).load()
        try:
            with ontology:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ReasonResult(consistent=False, detail=str(error))
        except owlready2.OwlReadyJavaError as error:
            raise PledgegraphError(E.E302, detail=str(error).strip().splitlines()[-1][:500]) from error
        inferred = sorted(
            (individual.iri, cls.iri)
            for cls in world.classes() if cls.iri.startswith(str(PG))
            for individual in cls.instances(world=world)
            if (URIRef(individual.iri), RDF.type, URIRef(cls.iri)) not in asserted
        )
    if write_inferred is not None:
        _write(inferred, Path(write_inferred))
    return ReasonResult(consistent=True, inferred=inferred)


def owl_safe(graph: Path | str | rdflib.Graph | None, with_thesaurus: bool = True) -> rdflib.Graph:
    """The ontology, the thesaurus and the data as OWL 2 DL reasoners accept them (what HermiT reads here):
    literals outside the OWL 2 datatype map as plain strings, the actor states declared different."""
    return _for_hermit(_merge(graph, with_thesaurus))


def _merge(graph: Path | str | rdflib.Graph | None, with_thesaurus: bool) -> rdflib.Graph:
    merged = rdflib.Graph()
    merged.parse(ONTOLOGY, format="turtle")
    if with_thesaurus:
        for path in sorted(THESAURUS_DIR.glob("*.ttl")):
            merged.parse(path, format="turtle")
    if isinstance(graph, rdflib.Graph):
        merged += graph
    elif graph is not None:
        merged.parse(str(graph))
    return merged


def _for_hermit(graph: rdflib.Graph) -> rdflib.Graph:
    """A copy HermiT accepts: only OWL 2 datatypes, and distinct states declared different."""
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in OWL2_DATATYPES:
            o = Literal(str(o))
        out.add((s, p, o))
    states = sorted({o for prop in STATE_PROPERTIES for o in graph.objects(None, prop) if isinstance(o, URIRef)})
    if len(states) > 1:
        axiom, members = rdflib.BNode(), rdflib.BNode()
        out.add((axiom, RDF.type, OWL.AllDifferent))
        out.add((axiom, OWL.members, members))
        Collection(out, members, states)
    return out


def _write(inferred: list[tuple[str, str]], path: Path) -> None:
    graph = rdflib.Graph()
    graph.bind("pg", str(PG))
    for node, cls in inferred:
        graph.add((URIRef(node), RDF.type, URIRef(cls)))
    graph.serialize(path, format="turtle", encoding="utf-8")
