"""SHACL validation in units, each validated once and kept: what a build does instead of validating its whole graph.

A unit is what one owner says plus its context. The owners: a document (every triple about it or about a node under
its IRI, whatever named graph holds it), each node outside any document (an evolution link, a pledge status, an
external document, the build activity, its agent) and the thesaurus (every triple about a non-instance subject).
The context is the rdf:type of every IRI the unit points to outside itself: all that the core shapes read of
another node (``sh:class``; paths are single properties or ``oa:hasBody`` inverted, which stays in a document). So
the SHACL results about a unit's own nodes are the same in the unit as in the whole graph (tests compare the two on
every example), and they are kept under a digest of the unit's triples and context (:class:`KeptResults`): a rebuild
validates only the units that changed, all of them in one pySHACL run.

The build activity's IRI changes with every input, so units name it by ``rdf.parts.PLACEHOLDER`` (its own unit
too); results that name the placeholder name the activity again on the way out.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
import pyshacl
import rdflib
from rdflib import RDF, SH, BNode, Literal, URIRef

from ..rdf import dataset as rdf_dataset
from ..rdf.namespaces import ID
from ..rdf.parts import PLACEHOLDER, Dataset, ntriples, outside, split
from .report import ShaclResult
from .shacl import finish, load_shapes, raw_result, result_order

THESAURUS = "thesaurus"
_TYPE = str(RDF.type)
_ID = str(ID)
_DOC_GRAPHS = rdf_dataset.GRAPH + "doc/"
_FIELDS = {"shape", "focus", "message", "severity", "path", "component", "value"}  # of a kept raw result


def owner(subject: str) -> str:
    """The unit of a subject IRI: ``id:doc/<slug>`` for a document and the nodes under it, the subject itself for
    another instance, :data:`THESAURUS` for the rest."""
    slug = rdf_dataset._document_slug(subject)
    if slug is not None:
        return f"{_ID}doc/{slug}"
    return subject if subject.startswith(_ID) else THESAURUS


@dataclass
class Unit:
    name: str  # its owner
    key: str  # digest of its triples and context (and the version given)
    graph: str  # a named graph that is all the unit's ("" when none): its lines are the unit's
    lines: list[tuple[str, str, str]]  # its other triples, then its context (N-Triples terms, bare predicates)


def units(data: Dataset, version: str) -> list[Unit]:
    """The units of a dataset, by owner; triples naming the build activity name :data:`PLACEHOLDER`.

    A document's named graph and the thesaurus's are all one owner's: they enter a unit's key by their digest.
    """
    real, placeholder = f"<{data.activity}>", f"<{PLACEHOLDER}>"
    types: dict[str, set[str]] = {}
    objects: dict[str, set[str]] = {}  # per graph that is all one part's: what it points to
    for part in data.parts:
        for subject, found in part.types.items():
            types.setdefault(f"<{subject}>", set()).update(f"<{t}>" for t in found)
        for graph, lines in part.lines.items():
            if data.graphs[graph] is lines:
                objects[graph] = set(part.objects[graph] if graph in part.objects else outside(split(lines)))
    types[placeholder] = types.get(real, set())
    whole: dict[str, str] = {}  # owner -> its graph
    own: dict[str, list] = {}
    owners: dict[str, list] = {}  # subject -> its owner's triples
    for graph, lines in data.graphs.items():
        name = _graph_owner(graph)
        if name is not None and graph in objects:
            whole[name] = graph
            continue
        for s, p, o in split(lines):
            s, o = (placeholder if s == real else s), (placeholder if o == real else o)
            found = owners.get(s)
            if found is None:
                found = owners[s] = own.setdefault(owner(s[1:-1]), [])
            found.append((s, p, o))
    if data.activity in own:
        own[PLACEHOLDER] = own.pop(data.activity)
    found = []
    for name in sorted(set(whole) | set(own)):
        graph, triples = whole.get(name, ""), sorted(set(own.get(name, ())))
        pointed = (objects[graph] if graph else set()) | {o for _, _, o in triples if o.startswith("<")}
        outside_it = sorted(pointed - {s for s, _, _ in triples})
        context = [(o, _TYPE, t) for o in outside_it for t in sorted(types.get(o, ()))]
        digest = hashlib.sha256(f"{version}\n{data.digests[graph] if graph else ''}\n".encode())
        digest.update(ntriples(triples + context).encode("utf-8"))
        found.append(Unit(name, digest.hexdigest(), graph, triples + context))
    return found


def _graph_owner(graph: str) -> str | None:
    """The owner of every triple of a document's graph or of the thesaurus's; None for the corpus graph."""
    if graph.startswith(_DOC_GRAPHS):
        return f"{_ID}doc/{graph[len(_DOC_GRAPHS):]}"
    return THESAURUS if graph == str(rdf_dataset.THESAURUS) else None


class KeptResults:
    """Raw SHACL results by unit key (JSON), kept from build to build; :meth:`used` is what this build read."""

    def __init__(self, known: dict[str, list] | None = None) -> None:
        self.loaded = dict(known or {})
        self.known = dict(self.loaded)
        self._used: dict[str, list] = {}

    def get(self, key: str) -> list | None:
        found = self.known.get(key)
        if not (isinstance(found, list) and all(isinstance(r, dict) and set(r) == _FIELDS for r in found)):
            return None  # none kept, or damaged
        self._used[key] = found
        return found

    def put(self, key: str, results: list) -> None:
        self.known[key] = self._used[key] = results

    def used(self) -> dict[str, list]:
        return dict(sorted(self._used.items()))


def validate_units(data: Dataset, version: str, kept: KeptResults, value_of: Callable,
                   shapes_dir=None) -> list[ShaclResult]:
    """The SHACL results of ``data`` (core shapes), as ``validate_graph`` gives them for the whole graph; units
    ``kept`` are not validated again. ``value_of(node, predicate)`` reads the whole graph (``shacl.finish``)."""
    shapes = load_shapes(False, shapes_dir)
    found = units(data, version)
    todo = [u for u in found if kept.get(u.key) is None]
    if todo:
        for unit, results in zip(todo, _validate(todo, shapes, data.graphs)):
            kept.put(unit.key, results)
    results = set()
    for unit in found:
        for raw in kept.get(unit.key):
            raw = _from_json(raw)
            if raw["value"] == URIRef(PLACEHOLDER):
                raw["value"] = URIRef(data.activity)
            for name in ("focus", "message"):
                raw[name] = raw[name].replace(PLACEHOLDER, data.activity)
            results.add(finish(raw, shapes, value_of))
    return sorted(results, key=result_order)


def _validate(todo: list[Unit], shapes: rdflib.Graph, graphs: dict[str, str]) -> list[list]:
    """pySHACL once on the union of the units: each unit's results about its own nodes (JSON)."""
    graph = rdflib.Graph()
    lines = "".join((graphs[unit.graph] if unit.graph else "") + ntriples(unit.lines) for unit in todo)
    terms: dict = {}
    for t in ox.parse(lines.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        graph.add(tuple(_term(x, terms) for x in (t.subject, t.predicate, t.object)))
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, inference=None, advanced=False, inplace=True,
                                           allow_warnings=True)
    by_unit: dict[str, list] = {unit.name: [] for unit in todo}
    if not conforms:
        for node in report.subjects(RDF.type, SH.ValidationResult):
            raw = raw_result(report, node)
            unit = by_unit.get(owner(raw["focus"]))  # the placeholder owns its unit, as the activity
            if unit is not None:
                unit.append(_to_json(raw))
    return [sorted(by_unit[unit.name], key=lambda r: json.dumps(r, sort_keys=True)) for unit in todo]


def _term(term, cache: dict):
    found = cache.get(term)
    if found is None:
        found = cache[term] = rdf_dataset.rdflib_term(term)
    return found


def _to_json(raw: dict) -> dict:
    value = raw["value"]
    if value is None:
        kept = None
    elif isinstance(value, Literal):
        kept = ["literal", str(value), value.language, str(value.datatype) if value.datatype else None]
    else:
        kept = ["bnode" if isinstance(value, BNode) else "iri", str(value)]
    return {**raw, "value": kept}


def _from_json(data: dict) -> dict:
    kept = data["value"]
    if kept is None:
        value = None
    elif kept[0] == "literal":
        value = Literal(kept[1], lang=kept[2], datatype=URIRef(kept[3]) if kept[3] else None)
    else:
        value = BNode(kept[1]) if kept[0] == "bnode" else URIRef(kept[1])
    return {**data, "value": value}


def graph_value_of(graphs: dict[str, str]) -> Callable:
    """``value_of(node, predicate)`` over N-Triples lines (``Dataset.graphs``): the first object, as an rdflib term."""
    index: dict[tuple[str, str], str] = {}

    def value_of(node, predicate):
        if not index:
            for lines in graphs.values():
                for s, p, o in split(lines):
                    index.setdefault((s, p), o)
        found = index.get((f"<{node}>", str(predicate)))
        if found is None:
            return None
        triple = next(iter(ox.parse(f"<urn:x> <urn:x> {found} .\n".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)))
        return rdf_dataset.rdflib_term(triple.object)
    return value_of
