"""Every IRI namespace the project uses, in one place.

``PG`` is closed: a misspelt term raises instead of minting a new IRI.
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, ClosedNamespace

from .. import bundled
from .prefixes import BASE, PREFIXES

ID = Namespace(PREFIXES["id"])  # instance data: documents, blocks, provisions, links, persons
THEME = Namespace(PREFIXES["theme"])  # SKOS concepts of the theme scheme (local name = notation)
MODALITY = Namespace(PREFIXES["modality"])
RELATION = Namespace(PREFIXES["relation"])
STATUS = Namespace(PREFIXES["status"])  # what became of a pledge (implemented, restated, dropped ...)
COUNTRY = Namespace(PREFIXES["country"])  # local name = ISO 3166-1 alpha-2 code
DOCTYPE = Namespace(PREFIXES["doctype"])
GENRE = Namespace(PREFIXES["genre"])  # what kind of text a document is (joint-statement, news-report ...)
CONCEPT = Namespace(PREFIXES["concept"])  # named mechanisms, organisations and instruments
CHECK = Namespace(BASE + "checks#")  # the integrity checks of queries/checks/ (as sources of validation results)
OA = Namespace(PREFIXES["oa"])
TIME = Namespace(PREFIXES["time"])
ORG = Namespace(PREFIXES["org"])


def _relation_properties() -> list[str]:
    """Local names of the sub-properties of pg:evolvesFrom: one per relation concept of ``relations.ttl`` (its
    notation), so that the relations are listed in one place, the thesaurus."""
    graph = Graph().parse(bundled.thesaurus() / "relations.ttl", format="turtle")
    return sorted(str(graph.value(c, SKOS.notation)) for c in graph.subjects(SKOS.inScheme, URIRef(RELATION.scheme))
                  if graph.value(c, SKOS.notation) is not None)


PG = ClosedNamespace(
    PREFIXES["pg"],
    [
        # classes
        "Document", "Block", "Provision", "Commitment", "RecurringCommitment", "BilateralProvision",
        "UnilateralProvision", "EvolutionLink", "ExternalDocument", "Citation", "State", "Person",
        "Theme", "Modality", "CommittalModality", "Relation", "DocumentType", "Genre", "Mechanism",
        # document and block properties
        "sourceFile", "docType", "genre", "originalLanguage", "authoritative", "letterDate", "place", "party",
        "participant", "signatory", "role", "country",
        "textLength", "sha256", "encoding", "hasBlock", "inDocument", "inBlock", "parentBlock",
        "locator", "depth", "text", "start", "end", "cites", "citedTitle", "citedDate",
        # provision properties
        "clauseIndex", "actor", "modality", "committal", "theme", "mentions", "frequency",
        "frequencyQualifier", "deadline", "quote", "rule", "confidence", "strength",
        # evolution
        "earlier", "later", "relation", "score", "sharedConcept", "sharedObject", "evolvesFrom", "descendsFrom",
        *_relation_properties(),  # pg:continues, pg:strengthens ... (later pg:<relation> earlier)
        # pledge status (what became of a pledge) and the relation that gives it
        "PledgeStatus", "Status", "statusOf", "status", "statusLink", "yieldsStatus",
        # versions (expressions of one work)
        "sameWorkAs", "alignedWith",
    ],
)
