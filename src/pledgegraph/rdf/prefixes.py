"""The project's prefixes as plain strings: what readers of a store need, without rdflib.

``namespaces`` makes its rdflib namespace objects from these; ``query`` compacts IRIs and expands prefixed names
with them, so that ``pledgegraph query`` on a store starts without importing rdflib.
"""
from __future__ import annotations

BASE = "https://w3id.org/pledgegraph/"

PREFIXES = {
    "pg": BASE + "ontology#", "id": BASE + "id/", "theme": BASE + "theme/", "modality": BASE + "modality/",
    "relation": BASE + "relation/", "status": BASE + "status/", "country": BASE + "country/",
    "doctype": BASE + "doctype/", "genre": BASE + "genre/", "concept": BASE + "concept/",
    "oa": "http://www.w3.org/ns/oa#", "time": "http://www.w3.org/2006/time#", "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#", "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
}
