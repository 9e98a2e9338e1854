"""The dataset in parts: each document's share of every RDF output, made from that document's triples alone.

A :class:`Part` holds one producer's triples (a document; an item of the corpus part: a link, a status, ...; the
thesaurus) as every output needs them: as N-Quads in their named graphs (``rdf.dataset``'s rule, for the store),
as Turtle blocks (``rdf.turtle.assemble``, for ``graph.ttl``) and as the rdf:types of its subjects (the context of
validation units, ``validate.units``). Parts are plain JSON, so a build keeps them (``publish`` caches a document's
part with its result, the corpus items in one entry) and a rebuild makes new ones only for what changed.
:class:`Dataset` puts the parts of one build together, with the same bytes as serializing the whole graph (tests
compare the two).

The build activity's IRI is a digest of every input, so it changes with any of them; the corpus items name it
:data:`PLACEHOLDER` instead (a provision, link or status ``prov:wasGeneratedBy`` it), which :class:`Dataset` turns
into the real IRI on the way out.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property

import pyoxigraph as ox
from rdflib import RDF, URIRef
from rdflib.namespace import PROV

from .. import thesaurus
from ..model import Corpus, Document, Provision
from . import dataset, iris, turtle
from .build import add_document_part, corpus_items, corpus_statements, new_graph
from .provenance import activity_iri, add_activity

#: The build activity in what is kept from build to build: an IRI of the same form as the real one (so a triple
#: naming it falls in the same graph, and it passes the same shapes).
PLACEHOLDER = str(iris.build("0" * 12))
_PLACEHOLDER_NT = f"<{PLACEHOLDER}>"


class Triples:
    """A set of triples in the order they were added, with the ``add`` of an rdflib Graph (what ``rdf.build``
    writes into): cheaper than a Graph, which indexes every triple three ways."""

    def __init__(self) -> None:
        self._triples: dict = {}

    def add(self, triple) -> None:
        self._triples[triple] = None

    def __iter__(self) -> Iterator:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


@dataclass
class Part:
    """One producer's triples, as every output needs them."""

    lines: dict[str, str]  # graph IRI -> its triples as N-Triples lines, in rdf.dataset's order
    blocks: dict[str, list]  # Turtle, rdf.turtle.Formatter.blocks: subject IRI -> [label, fragments]
    refs: dict[str, int] = field(default_factory=dict)  # IRI -> times it is an object
    prefixes: dict[str, str] = field(default_factory=dict)  # prefix -> namespace the blocks use
    classes: list[str] = field(default_factory=list)  # subjects typed rdfs:Class
    types: dict[str, list[str]] = field(default_factory=dict)  # subject IRI -> its rdf:types
    digests: dict[str, str] = field(default_factory=dict)  # graph IRI -> SHA-256 of its lines
    objects: dict[str, list[str]] = field(default_factory=dict)  # graph IRI -> IRIs it points to, not its subjects
    rows: dict[str, list] = field(default_factory=dict)  # what the explorer reads of its nodes (viz.records), once read

    def to_json(self) -> dict:
        """The part as JSON data (sharing its lists and dicts: do not change either)."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, data) -> Part:
        """The part :meth:`to_json` gave; ``TypeError`` for anything else (a damaged cache entry)."""
        part = cls(**data)
        if "rows" not in data:  # rows it has none of are kept as an empty list each: this one was never complete
            raise TypeError("not a whole part")
        if not (isinstance(part.lines, dict) and all(isinstance(v, str) for v in part.lines.values())
                and all(isinstance(getattr(part, name), dict) for name in ("blocks", "refs", "prefixes", "types",
                                                                            "digests", "objects", "rows"))
                and isinstance(part.classes, list)):
            raise TypeError("not a part")
        return part


@cache
def formatter() -> turtle.Formatter:
    """Turtle text of terms for graphs with the project prefixes (one per process: it remembers what it wrote)."""
    return turtle.Formatter(new_graph())


def make_part(triples: Iterable, shared: bool = False) -> Part:
    """The part of ``triples`` (rdflib terms). ``shared``: its subjects are mostly other parts' too (the corpus
    parts add to provisions and documents), so its blocks keep their fragments as lists, which merging reads
    (``rdf.turtle.Formatter.blocks``)."""
    triples = list(triples)
    terms: dict = {}
    quads: dict[str, list] = {}
    types: dict[str, list[str]] = {}
    for t in triples:
        s, p, o = (dataset._ox_term(term, terms) for term in t)
        graph = dataset.graph_of(s.value if isinstance(s, ox.NamedNode) else "",
                                 o.value if isinstance(o, ox.NamedNode) else None)
        quads.setdefault(graph, []).append((str(s), p.value, str(o)))
        if t[1] == RDF.type and isinstance(t[0], URIRef):
            types.setdefault(str(t[0]), []).append(str(t[2]))
    blocks, refs, prefixes, classes = formatter().blocks(triples, lazy=not shared)
    lines = {graph: ntriples(sorted(found)) for graph, found in sorted(quads.items())}
    return Part(lines, blocks, refs, prefixes, classes, {s: sorted(found) for s, found in types.items()},
                {graph: digest(text) for graph, text in lines.items()},
                {graph: outside(found) for graph, found in sorted(quads.items())})


def outside(triples: Iterable[tuple[str, str, str]]) -> list[str]:
    """The IRIs (N-Triples) that ``triples`` point to and say nothing about, sorted."""
    triples = list(triples)
    return sorted({o for _, _, o in triples if o.startswith("<")} - {s for s, _, _ in triples})


def ntriples(triples: Iterable[tuple[str, str, str]]) -> str:
    """N-Triples lines of ``(subject, predicate, object)`` (N-Triples terms, the predicate's bare IRI)."""
    return "".join(f"{s} <{p}> {o} .\n" for s, p, o in triples)


def split(lines: str) -> Iterator[tuple[str, str, str]]:
    """``(subject, predicate, object)`` of each N-Triples line (as :func:`ntriples` takes them)."""
    for line in each_line(lines):
        s, p, o = line[:-2].split(" ", 2)
        yield s, p[1:-1], o


def each_line(lines: str) -> list[str]:
    """The N-Triples lines of ``lines``, without their line breaks (only ``\n`` ends one: a literal may hold
    U+2028 or U+0085 as they are, which ``str.splitlines`` would take for line ends)."""
    return lines.split("\n")[:-1]


def sort_lines(lines: Iterable[str]) -> list[str]:
    """N-Triples lines (as :func:`ntriples` writes them) in :func:`ntriples`'s order: by ``(subject, predicate,
    object)``, the predicate's bare IRI."""
    return sorted(lines, key=_line_key)


def merge_lines(texts: Iterable[str]) -> str:
    """The N-Triples lines of ``texts``, each line once, in :func:`ntriples`'s order. Each text is mostly in that
    order already (a part's lines are), so the lines are sorted as they come, which Python's sort merges as runs (a
    third faster than sorting a set of them: the corpus graph of 1,000 documents is 108,000 lines of 12,000 parts)."""
    lines = [line for text in texts for line in each_line(text)]
    lines.sort(key=_line_key)
    return "".join(f"{line}\n" for i, line in enumerate(lines) if not i or line != lines[i - 1])


def _line_key(line: str) -> tuple[str, str, str]:
    s, p, o = line.split(" ", 2)
    return s, p[1:-1], o[:-2]


def nquads(graph: str, lines: str) -> bytes:
    """N-Triples ``lines`` in ``graph``, as N-Quads (no literal holds a line break: N-Triples escapes them)."""
    return lines.replace(" .\n", f" <{graph}> .\n").encode("utf-8")


def digest(lines: str) -> str:
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def document_triples(doc: Document, blocks, provisions: list[Provision]) -> Triples:
    """The triples made from one document alone (``rdf.build.add_document_part``)."""
    triples = Triples()
    add_document_part(triples, doc, blocks, provisions)
    return triples


def document_part(doc: Document, blocks, provisions: list[Provision]) -> Part:
    """The part made from one document alone."""
    return make_part(document_triples(doc, blocks, provisions))


#: ``keep(digest, make)``: the part kept under ``digest`` (of what it is made of), else ``make()``.
Keep = Callable[[str, Callable[[], "Part"]], "Part"]


def _not_kept(digest: str, make: Callable[[], Part]) -> Part:
    return make()


def statements_digest(corpus: Corpus) -> str:
    """The digest of all that the corpus's one-triple statements (``rdf.build.corpus_statements``) are made of: the
    provisions' keys (their IRIs) and the links' ends (their closure), in order. A rebuild that keeps their part
    reads it without making the tens of thousands of statements (and their closure) to hash them."""
    provisions = "".join(f"{p.key}\n" for p in corpus.provisions)
    links = "".join(f"{link.later}\t{link.earlier}\n" for link in corpus.links)
    return digest(f"{provisions}\n{links}")


def corpus_parts(corpus: Corpus, orphans: list[Provision] = (), kept: dict[str, dict] | None = None,
                 keep: Keep = _not_kept) -> list[Part]:
    """The corpus part of a build: the build activity's own part, the part of the one-triple statements
    (``rdf.build.corpus_statements``), then one part per item (``rdf.build.corpus_items``), naming the activity
    :data:`PLACEHOLDER`. ``kept`` maps item digests to parts of earlier builds (as JSON); it is updated to hold the
    parts of this build's items, and only those. The statements' part comes through ``keep`` (not the activity's,
    which names every input): a rebuild whose provisions and links are the last build's does not make it again."""
    activity = Triples()
    add_activity(activity, corpus.documents)
    statements = keep(statements_digest(corpus),
                      lambda: make_part(corpus_statements(corpus, URIRef(PLACEHOLDER)), shared=True))
    parts = [make_part(activity, shared=True), statements]
    earlier, now = dict(kept or {}), {}
    for key, write in corpus_items(corpus, URIRef(PLACEHOLDER), orphans):
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        data = earlier.get(digest)
        try:
            part = Part.from_json(data)
        except TypeError:  # not kept, or damaged
            triples = Triples()
            write(triples)
            part = make_part(triples, shared=True)
            part.digests, part.objects = {}, {}  # made again when wanted: not kept for each item
            data = part.to_json()
        now[digest] = data
        parts.append(part)
    if kept is not None:
        kept.clear()
        kept.update(now)
    return parts


@cache
def thesaurus_part() -> Part:
    """The part of the SKOS thesaurus (the same for every build of one version)."""
    return make_part(thesaurus.load())


class Dataset:
    """A build's graph as parts: every document's, the corpus part's and the thesaurus's; ``activity`` is the IRI
    that :data:`PLACEHOLDER` stands for."""

    def __init__(self, parts: list[Part], activity: str) -> None:
        self.parts = parts
        self.activity = activity

    @classmethod
    def of(cls, documents: list[Document], parts: list[Part]) -> Dataset:
        """The dataset of a build of ``documents`` made of ``parts``."""
        return cls(parts, str(activity_iri(documents)))

    @classmethod
    def of_graph(cls, graph) -> Dataset:
        """A graph (any triples) as one part; its build activity, if it names one, is the activity."""
        activities = sorted(str(s) for s in graph.subjects(RDF.type, PROV.Activity))
        return cls([make_part(graph)], activities[0] if activities else PLACEHOLDER)

    @cached_property
    def graphs(self) -> dict[str, str]:
        """Graph IRI -> its triples as N-Triples lines in rdf.dataset's order (naming the activity by its IRI)."""
        found: dict[str, list[str]] = {}
        for part in self.parts:
            for graph, lines in part.lines.items():
                found.setdefault(graph, []).append(lines)
        real, placeholder = f"<{self.activity}>", f"<{PLACEHOLDER}>"
        graphs = {}
        for graph, texts in sorted(found.items()):
            if len(texts) == 1 and placeholder not in texts[0]:
                graphs[graph] = texts[0]
                continue
            graphs[graph] = merge_lines(text.replace(placeholder, real) if placeholder in text else text
                                        for text in texts)
        return graphs

    @cached_property
    def digests(self) -> dict[str, str]:
        """Graph IRI -> SHA-256 of its lines (a part's own, for a graph that is all one part's)."""
        known = {graph: part.digests.get(graph) for part in self.parts for graph, lines in part.lines.items()
                 if self.graphs[graph] is lines}
        return {graph: known.get(graph) or digest(lines) for graph, lines in self.graphs.items()}

    @property
    def count(self) -> int:
        """Triples in the dataset."""
        return sum(lines.count("\n") for lines in self.graphs.values())

    def nquads(self) -> bytes:
        """The whole dataset as sorted N-Quads: ``rdf.dataset.to_nquads`` of the graph."""
        return b"".join(nquads(graph, lines) for graph, lines in self.graphs.items())

    def ntriples(self) -> bytes:
        """The whole dataset as N-Triples (one graph)."""
        return "".join(self.graphs.values()).encode("utf-8")

    def turtle(self) -> bytes:
        """``graph.ttl``: the bytes ``rdf.turtle.serialize`` writes for the whole graph (``NotAssemblable`` when the
        parts cannot give them)."""
        return turtle.assemble(self.parts, {PLACEHOLDER: self.activity})
