"""Per-document SHACL validation agrees with whole-graph validation, is fast, and reports readably."""
from __future__ import annotations

import time

import pytest

from pledgegraph.model import Block, Corpus, Document, Link, Provision, TimeQualifier
from pledgegraph.validate import validate, validate_graph

from .examples import DATA, load_invalid

CONTEXT_DEPENDENT = ["concept-without-english-label", "document-date-untyped", "link-relation-unknown",
                     "provision-unknown-property", "provision-confidence-out-of-range", "block-missing-depth",
                     "provision-without-annotation", "annotation-without-position", "provision-not-generated",
                     "activity-without-agent"]


@pytest.mark.parametrize("name", CONTEXT_DEPENDENT)
def test_per_document_validation_matches_whole_graph(name):
    graph = load_invalid(DATA / "invalid" / f"{name}.ttl")
    per_document = validate_graph(graph, per_document=True)
    whole = validate_graph(graph, per_document=False)
    assert per_document.shacl == whole.shacl
    assert per_document.shacl


def test_text_report_shows_locator_quote_and_fix():
    report = validate(load_invalid(DATA / "invalid" / "provision-confidence-out-of-range.ttl"))
    text = report.text()
    assert "does NOT conform (1 problems)" in text
    assert "[Violation] Provision-confidence: 1 result(s)" in text
    assert "https://w3id.org/pledgegraph/id/doc/003_en/prov/I.2/1 [I.2]: pg:confidence must be" in text
    assert 'quote: "Japan welcomes the entry into force of the CTBT by 2001."' in text
    assert "how to fix: Fix: write rdf.literals.decimal(confidence): rounded to 2 places" in text


def test_text_report_lists_check_rows_with_fix():
    report = validate(load_invalid(DATA / "invalid" / "check-strength-mismatch.ttl"))
    text = report.text()
    assert "[Check] strength-mismatch: Strength does not follow the scale (1 row(s))" in text
    assert "expected=5" in text and "strength=4" in text
    assert "how to fix: compute strength" in text


def _synthetic_corpus(documents: int = 5, paragraphs: int = 100) -> Corpus:
    """A corpus shaped like the real one (about 15k triples once built), made without the extractors."""
    modalities = [("agree", 5), ("intend", 4), ("support", 3), ("welcome", 2), ("note", 1)]
    corpus = Corpus()
    for d in range(documents):
        source = f"{d:03d}_synthetic.txt"
        lines = [f"{n}. Both sides will strengthen cooperation against terrorism, step {n} of {d}."
                 for n in range(1, paragraphs + 1)]
        raw = "Joint Statement\n" + "\n".join(lines) + "\n"
        corpus.documents.append(Document(source=source, raw=raw, language="en", date=f"{2000 + d}-01-15",
                                         title="Joint Statement", doc_type="joint-statement", parties=["JP", "RU"]))
        blocks = []
        for n, line in enumerate(lines, 1):
            start = raw.index(line) + len(f"{n}. ")
            end = raw.index(line) + len(line)
            blocks.append(Block(locator=str(n), start=start, end=end))
            modality, base = modalities[n % len(modalities)]
            deadline = f"{2001 + d}" if n % 3 == 0 else None
            corpus.provisions.append(Provision(
                source=source, locator=str(n), index=1, start=start, end=end, quote=raw[start:end],
                actors=["JP", "RU"], modality=modality, committal=base >= 3, themes=["counter-terrorism"],
                time=TimeQualifier(deadline=deadline), rule="en.test", confidence=0.8,
                strength=base + (1 if deadline else 0)))
        corpus.blocks[source] = blocks
    for d in range(1, documents):
        corpus.links.append(Link(earlier=f"{d - 1:03d}_synthetic.txt#1/1", later=f"{d:03d}_synthetic.txt#1/1",
                                 relation="continues", score=0.8, shared=["counter-terrorism"], rule="link.test"))
    return corpus


def test_builder_output_conforms_and_validates_fast():
    from pledgegraph.rdf.build import build_graph

    graph = build_graph(_synthetic_corpus())
    assert len(graph) > 10_000
    started = time.perf_counter()
    report = validate(graph)
    elapsed = time.perf_counter() - started
    assert report.conforms, report.text()
    assert elapsed < 20, f"validation took {elapsed:.1f}s"


def test_a_shared_name_in_a_latin_script_conforms_as_its_words():
    from pledgegraph.rdf.build import build_graph
    from pledgegraph.rdf.namespaces import PG

    corpus = _synthetic_corpus(documents=2, paragraphs=2)
    corpus.links[0].objects = ["name: green economy agreement ", "concept:wto"]
    graph = build_graph(corpus)
    assert sorted(str(o) for o in graph.objects(None, PG.sharedObject)) == ["concept:wto", "name:green economy agreement"]
    report = validate(graph)
    assert report.conforms, report.text()
