"""Model -> triples: turn a :class:`~pledgegraph.model.Corpus` into an rdflib graph (see docs/graph-model.md).

Typed literals are written in canonical form (``rdf.literals``); quotes, texts and titles carry their document's
language tag; each provision's span is also a Web Annotation (``rdf.annotation``); the build is a PROV-O activity
that generated every provision, link and status (``rdf.provenance``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache, partial

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS

from .. import thesaurus
from ..link.descent import descent
from ..link.status import PledgeStatus, statuses
from ..model import Citation, Corpus, Document, Link, Provision
from . import iris, literals, turtle
from .annotation import add_annotation
from .namespaces import CONCEPT, COUNTRY, DOCTYPE, GENRE, MODALITY, PG, PREFIXES, RELATION, STATUS, THEME
from .provenance import add_activity, document_sha256


def new_graph() -> Graph:
    """An empty graph that binds the project's prefixes (as every graph the builder writes)."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def add_document(g: Graph, doc: Document) -> None:
    d = iris.document(doc.source)
    g.add((d, RDF.type, PG.Document))
    g.add((d, PG.sourceFile, Literal(doc.source)))
    g.add((d, DCTERMS.language, Literal(doc.language)))
    g.add((d, PG.textLength, literals.integer(len(doc.raw))))
    g.add((d, PG.sha256, Literal(document_sha256(doc))))
    g.add((d, PG.encoding, Literal(doc.encoding)))
    g.add((d, PG.text, literals.text(doc.raw, doc.language)))
    if doc.title:
        g.add((d, DCTERMS.title, literals.text(doc.title, doc.language)))
    if doc.date:
        g.add((d, DCTERMS.date, literals.date(doc.date)))
    if doc.place:
        g.add((d, PG.place, Literal(doc.place)))
    g.add((d, PG.docType, DOCTYPE[doc.doc_type or "other"]))
    g.add((d, PG.genre, GENRE[doc.genre or "other"]))
    g.add((d, PG.authoritative, literals.boolean(doc.authoritative)))
    if doc.original_language:
        g.add((d, PG.originalLanguage, Literal(doc.original_language)))
    if doc.letter_date:
        g.add((d, PG.letterDate, literals.date(doc.letter_date)))
    for code in doc.parties:
        g.add((d, PG.party, COUNTRY[code]))
    for number, person in enumerate(doc.persons, 1):
        p = iris.person(doc.source, number)
        g.add((p, RDF.type, PG.Person))
        g.add((p, FOAF.name, Literal(person.name)))
        if person.role:
            g.add((p, PG.role, Literal(person.role)))
        if person.country:
            g.add((p, PG.country, COUNTRY[person.country]))
        g.add((d, PG.participant, p))
        if person.signatory:
            g.add((d, PG.signatory, p))


def add_blocks(g: Graph, source: str, blocks) -> None:
    d = iris.document(source)
    for block in blocks:
        b = iris.block(source, block.locator)
        g.add((b, RDF.type, PG.Block))
        g.add((b, PG.inDocument, d))
        g.add((d, PG.hasBlock, b))
        g.add((b, PG.locator, Literal(block.locator)))
        g.add((b, PG.depth, literals.integer(block.depth)))
        g.add((b, PG.start, literals.integer(block.start)))
        g.add((b, PG.end, literals.integer(block.end)))
        if block.parent:
            g.add((b, PG.parentBlock, iris.block(source, block.parent)))


def add_provision(g: Graph, p: Provision, doc: Document | None = None, activity: URIRef | None = None) -> None:
    """One provision; with its document, the quote gets the document's language and the span a Web Annotation;
    with the build ``activity``, ``prov:wasGeneratedBy`` it."""
    node = iris.provision(p.source, p.locator, p.index)
    g.add((node, RDF.type, PG.Provision))
    g.add((node, PG.inDocument, iris.document(p.source)))
    g.add((node, PG.inBlock, iris.block(p.source, p.locator)))
    g.add((node, PG.locator, Literal(p.locator)))
    g.add((node, PG.clauseIndex, literals.integer(p.index)))
    g.add((node, PG.start, literals.integer(p.start)))
    g.add((node, PG.end, literals.integer(p.end)))
    g.add((node, PG.quote, literals.text(p.quote, doc.language if doc else None)))
    for code in p.actors:
        g.add((node, PG.actor, COUNTRY[code]))
    g.add((node, PG.modality, MODALITY[p.modality]))
    g.add((node, PG.committal, literals.boolean(p.committal)))
    for notation in p.themes:
        g.add((node, PG.theme, THEME[notation]))
    for notation in p.concepts:
        g.add((node, PG.mentions, CONCEPT[notation]))
    if p.time.frequency:
        g.add((node, PG.frequency, literals.duration(p.time.frequency)))
    if p.time.frequency_qualifier:
        g.add((node, PG.frequencyQualifier, Literal(p.time.frequency_qualifier)))
    if p.time.deadline:
        g.add((node, PG.deadline, literals.date(p.time.deadline)))
    g.add((node, PG.strength, literals.integer(p.strength)))
    g.add((node, PG.rule, Literal(p.rule)))
    g.add((node, PG.confidence, literals.decimal(p.confidence)))
    if activity is not None:
        g.add((node, PROV.wasGeneratedBy, activity))
    if doc is not None:
        add_annotation(g, node, iris.document(doc.source), doc.raw, p.start, p.end)


def add_link(g: Graph, link: Link, activity: URIRef | None = None) -> None:
    """The reified link (relation, score, confidence, rule, shared objects and concepts) and the direct
    ``later pg:<relation> earlier`` triple."""
    node = iris.link(link.earlier, link.later)
    earlier, later = iris.provision_from_key(link.earlier), iris.provision_from_key(link.later)
    g.add((node, RDF.type, PG.EvolutionLink))
    g.add((node, PG.earlier, earlier))
    g.add((node, PG.later, later))
    g.add((node, PG.relation, RELATION[link.relation]))
    g.add((node, PG.score, literals.decimal(link.score)))
    g.add((node, PG.confidence, literals.decimal(link.confidence)))
    if link.rule:
        g.add((node, PG.rule, Literal(link.rule)))
    for notation in link.shared:
        g.add((node, PG.sharedConcept, _concept_iri(notation)))
    for key in link.objects:
        g.add((node, PG.sharedObject, Literal(object_key(key))))
    g.add((later, PG[link.relation], earlier))
    if activity is not None:
        g.add((node, PROV.wasGeneratedBy, activity))


def add_status(g: Graph, status: PledgeStatus, activity: URIRef | None = None) -> None:
    """What became of one pledge: ``id:status/<sha1(provision key)[:12]>`` with its status concept, the links
    that decided it and the rule."""
    node = iris.status(status.provision)
    g.add((node, RDF.type, PG.PledgeStatus))
    g.add((node, PG.statusOf, iris.provision_from_key(status.provision)))
    g.add((node, PG.status, STATUS[status.status]))
    for earlier, later in status.links:
        g.add((node, PG.statusLink, iris.link(earlier, later)))
    g.add((node, PG.rule, Literal(status.rule)))
    if activity is not None:
        g.add((node, PROV.wasGeneratedBy, activity))


def _concept_iri(notation: str) -> URIRef:
    """Shared evidence may be a theme or a named concept; themes win on a clash."""
    theme = THEME[notation]
    return theme if thesaurus.objects_of(str(theme), str(SKOS.notation)) else CONCEPT[notation]


def add_citation(g: Graph, citation: Citation, language: str | None = None) -> None:
    """``pg:cites`` to a corpus document, or to an external document titled as the citing text (in its
    ``language``) names it."""
    citing = iris.document(citation.source)
    if citation.target:
        g.add((citing, PG.cites, iris.document(citation.target)))
        return
    ext = iris.external(citation.title, citation.date)
    g.add((ext, RDF.type, PG.ExternalDocument))
    g.add((ext, DCTERMS.title, literals.text(citation.title, language)))
    if citation.date:
        g.add((ext, DCTERMS.date, literals.date(citation.date)))
    g.add((citing, PG.cites, ext))


def add_versions(g: Graph, versions: list[tuple[str, str]], alignments: list[tuple[str, str]]) -> None:
    """Documents that are one work (``pg:sameWorkAs``) and their aligned provisions (``pg:alignedWith``), both ways."""
    pairs = [(iris.document(a), iris.document(b), PG.sameWorkAs) for a, b in versions]
    pairs += [(iris.provision_from_key(a), iris.provision_from_key(b), PG.alignedWith) for a, b in alignments]
    for first, second, prop in pairs:
        g.add((first, prop, second))
        g.add((second, prop, first))


def add_document_part(g: Graph, doc: Document, blocks, provisions: list[Provision]) -> None:
    """A document, its blocks and provisions: the triples made from that document alone (``rdf.dataset`` puts them
    in its named graph), so that they change only when it does."""
    add_document(g, doc)
    add_blocks(g, doc.source, blocks)
    for p in provisions:
        add_provision(g, p, doc)


def document_parts(corpus: Corpus) -> tuple[list[tuple[Document, list, list[Provision]]], list[Provision]]:
    """``(document, blocks, provisions)`` of every document, and the provisions of no document in ``corpus``."""
    by_source: dict[str, list[Provision]] = {}
    for p in corpus.provisions:
        by_source.setdefault(p.source, []).append(p)
    parts = [(doc, corpus.blocks.get(doc.source, []), by_source.pop(doc.source, [])) for doc in corpus.documents]
    return parts, [p for provisions in by_source.values() for p in provisions]


def corpus_items(corpus: Corpus, activity: URIRef,
                 orphans: list[Provision] = ()) -> Iterator[tuple[str, Callable[[Graph], None]]]:
    """What joins documents, item by item: ``(key, write)`` where ``write(g)`` adds one item's triples (a link, a
    status, a citation, a pair of versions; an ``orphan``, a provision whose document is not in the corpus) and
    ``key`` says everything they are made of besides ``activity``, the build's IRI (``rdf.parts`` keeps each item's
    triples under its key). The statements of one triple each are :func:`corpus_statements`."""
    documents = {doc.source: doc for doc in corpus.documents}
    for p in orphans:
        yield f"orphan {p!r}", partial(add_provision, p=p)
    for link in corpus.links:
        yield f"link {link!r}", partial(add_link, link=link, activity=activity)
    for status in statuses(corpus.documents, corpus.provisions, corpus.links):
        yield f"status {status!r}", partial(add_status, status=status, activity=activity)
    for citation in corpus.citations:
        citing = documents.get(citation.source)
        language = citing.language if citing else None
        yield f"citation {citation!r} {language}", partial(add_citation, citation=citation, language=language)
    for pair in corpus.versions:
        yield f"versions {pair!r}", partial(add_versions, versions=[pair], alignments=[])
    for pair in corpus.alignments:
        yield f"aligned {pair!r}", partial(add_versions, versions=[], alignments=[pair])


def corpus_statements(corpus: Corpus, activity: URIRef) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """What joins documents in one triple per statement, between IRIs: every provision ``prov:wasGeneratedBy`` the
    build, and ``later pg:descendsFrom earlier`` for every pair of the links' closure (``link.descent``; tens of
    thousands on an archive: cheaper made anew than kept one by one)."""
    for p in corpus.provisions:
        yield iris.provision(p.source, p.locator, p.index), PROV.wasGeneratedBy, activity
    node = cache(iris.provision_from_key)
    for later, earlier in descent(corpus.links):
        yield node(later), PG.descendsFrom, node(earlier)


def add_corpus_part(g: Graph, corpus: Corpus, orphans: list[Provision] = ()) -> None:
    """What joins documents or the whole build: the build activity (which generated every provision, link and
    status) and :func:`corpus_items`."""
    activity = add_activity(g, corpus.documents)
    for triple in corpus_statements(corpus, activity):
        g.add(triple)
    for _, write in corpus_items(corpus, activity, orphans):
        write(g)


def build_graph(corpus: Corpus, with_thesaurus: bool = True) -> Graph:
    """All triples for the corpus and its build activity, plus the SKOS thesaurus so notations resolve."""
    g = new_graph()
    parts, orphans = document_parts(corpus)
    for doc, blocks, provisions in parts:
        add_document_part(g, doc, blocks, provisions)
    add_corpus_part(g, corpus, orphans)
    if with_thesaurus:
        g += thesaurus.load()
    return g


def thesaurus_graph() -> Graph:
    """The SKOS thesaurus alone (``thesaurus.ttl`` beside ``graph.ttl``), with the project prefixes."""
    g = new_graph()
    g += thesaurus.load()
    return g


def to_turtle(g: Graph) -> bytes:
    """Deterministic Turtle with exact lexical forms (no blank nodes are ever minted, rdflib sorts subjects and
    predicates; ``rdf.turtle`` keeps ``"1"^^xsd:decimal`` from becoming ``1.0``)."""
    return turtle.serialize(g)


def object_key(key: str) -> str:
    """A linker object key as the graph writes it: its words one space apart, none at either end (the linker pads
    names in Latin scripts with spaces to find them as whole words: "name: green economy agreement ")."""
    kind, _, rest = key.partition(":")
    return f"{kind}:{' '.join(rest.split())}"
