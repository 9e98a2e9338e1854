"""Plain data passed between pipeline stages (no rdflib here).

Offsets are code-point offsets into ``Document.raw`` (the decoded file text), end exclusive,
unless a field says otherwise.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """One input file as read from disk: all the document stage needs (it may run on another machine)."""

    path: str  # the file as found; problems name it
    data: bytes
    sidecar: str = ""  # its metadata sidecar as found, "" when it has none
    sidecar_data: bytes = b""

    @property
    def name(self) -> str:
        """The file's base name: the document's source name."""
        return os.path.basename(self.path)


@dataclass(frozen=True)
class Person:
    """A named participant or signatory."""

    name: str
    role: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, "" when unknown
    signatory: bool = False


@dataclass
class Document:
    """One source text, kept verbatim, plus what ingest detected from it."""

    source: str  # file base name, e.g. "tokyo-2000.txt"
    raw: str  # decoded file text, verbatim: every offset points here
    language: str  # ISO 639-1: en | ja | zh | ru ...
    norm: str = ""  # normalised view (NFKC, CJK line joins, navigation dropped)
    norm_to_raw: list[int] = field(default_factory=list)  # len(norm)+1 entries: norm index -> raw index
    encoding: str = "utf-8"
    date: str | None = None  # ISO date of adoption/issue "YYYY-MM-DD" (or "YYYY-MM", "YYYY")
    title: str = ""
    place: str = ""
    doc_type: str = ""  # joint-statement | press-statement | meeting-summary | un-letter | ...
    genre: str = ""  # joint-statement | joint-declaration | press-readout | press-release | action-plan |
    #                  agreement | press-conference | news-report | un-letter | other
    original_language: str | None = None  # ISO 639-1 of the original when the text says it is a translation
    authoritative: bool = True  # False for a translation (a note says so); the original text is authoritative
    letter_date: str | None = None  # a UN letter's own date ("date" is that of the annexed statement)
    parties: list[str] = field(default_factory=list)  # ISO codes of the states party to the text
    persons: list[Person] = field(default_factory=list)
    metadata_rules: dict[str, str] = field(default_factory=dict)  # field name -> rule that set it
    blocks: list[Block] = field(default_factory=list, repr=False)  # segmented once, at ingest

    def raw_span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a span of the normalised view back to raw offsets."""
        return self.norm_to_raw[norm_start], self.norm_to_raw[norm_end]


@dataclass
class Block:
    """A numbered (or unnumbered) paragraph as printed."""

    locator: str  # "I.6", "5.3", "1.1.イ", "p3"
    start: int  # raw offsets of the paragraph body (after its number)
    end: int
    depth: int = 0
    parent: str | None = None  # locator of the enclosing block
    heading: bool = False  # a heading line, not a paragraph of content


@dataclass
class TimeQualifier:
    """Recurrence and deadline attached to a provision."""

    frequency: str | None = None  # ISO 8601 duration, "P1Y"
    frequency_qualifier: str | None = None  # "at-least" | "in-principle"
    deadline: str | None = None  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    rule: str = ""


@dataclass
class Provision:
    """One clause in which one or both parties take a stance."""

    source: str
    locator: str
    index: int  # clause index within the block, from 1
    start: int  # raw offsets of the clause
    end: int
    quote: str  # == Document.raw[start:end]
    actors: list[str]  # ISO 3166-1 alpha-2 codes
    modality: str  # agree | intend | support | ready | affirm | request | welcome | note | condemn
    committal: bool
    themes: list[str] = field(default_factory=list)  # theme notations, most specific first
    time: TimeQualifier = field(default_factory=TimeQualifier)
    cites: list[str] = field(default_factory=list)  # names of cited documents/instruments
    concepts: list[str] = field(default_factory=list)  # thesaurus notations of mechanisms/instruments named
    rule: str = ""  # rule/cue that fired, e.g. "ja.modality.itchi"
    confidence: float = 0.5
    strength: int = 0  # ordinal pledge strength (see ontology pg:strength)

    @property
    def key(self) -> str:
        """Stable identity within a corpus: source + locator + clause index."""
        return f"{self.source}#{self.locator}/{self.index}"


@dataclass
class Link:
    """An evolution link between provisions of two documents, earlier -> later."""

    earlier: str  # Provision.key
    later: str
    relation: str  # a notation of relation:scheme (ontology/thesaurus/relations.ttl)
    score: float
    shared: list[str] = field(default_factory=list)  # shared thesaurus notations (evidence)
    rule: str = ""  # "<identity rule>+<relation rule>", e.g. "link.object.concept+link.relation.reports-done"
    objects: list[str] = field(default_factory=list)  # the specific pledge objects both take up ("concept:wto")
    confidence: float = 0.0  # in [0, 1]: that both provisions take up one pledge object


@dataclass
class Citation:
    """A document naming an earlier document."""

    source: str  # citing document's source name
    title: str  # cited title as found (or normalised)
    date: str | None  # ISO date/year of the cited document if given
    target: str | None = None  # source name of the cited document when it is in the corpus
    start: int = 0
    end: int = 0
    rule: str = ""


@dataclass(frozen=True)
class Problem:
    """Something in the input that the build could not use: reported, while the rest of the archive builds."""

    file: str  # the input file as found (path or base name)
    code: str  # error code, e.g. "E001"
    message: str
    action: str = "skipped"  # skipped (the whole document) | omitted (one provision) | dropped (one link)
    locator: str = ""  # for an omitted provision: its paragraph


@dataclass
class Corpus:
    """Everything the pipeline produced, ready for the graph builder."""

    documents: list[Document] = field(default_factory=list)
    blocks: dict[str, list[Block]] = field(default_factory=dict)  # source -> blocks
    provisions: list[Provision] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    versions: list[tuple[str, str]] = field(default_factory=list)  # sorted source pairs that are one work
    alignments: list[tuple[str, str]] = field(default_factory=list)  # sorted Provision.key pairs aligned across versions
    problems: list[Problem] = field(default_factory=list)  # skipped documents, omitted provisions, dropped links


@dataclass
class DocumentResult:
    """What the document stage found in one file: the document and its provisions, or why it was left out."""

    file: str  # the file as found
    document: Document | None = None  # None when the file was left out
    blocks: list[Block] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)  # those with an actor, strength set
    problems: list[Problem] = field(default_factory=list)
    ingested: bool = True  # False when the file could not be read as a document (those problems come first)
