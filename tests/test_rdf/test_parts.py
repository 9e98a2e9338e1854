"""The graph in parts (rdf.parts, rdf.turtle.assemble): the same bytes as the whole graph serialized at once."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal, URIRef

from pledgegraph.rdf import dataset, parts, turtle
from pledgegraph.rdf.build import build_graph, document_parts, new_graph, thesaurus_graph, to_turtle
from pledgegraph.rdf.namespaces import PG
from tests.test_validate.examples import DATA, load_invalid, load_valid

EX = "https://w3id.org/pledgegraph/id/"
EXAMPLES = sorted((DATA / "valid").glob("*.ttl")) + sorted((DATA / "invalid").glob("*.ttl"))


@pytest.fixture(scope="module")
def built(bundled_build):
    """The bundled build's graph, and its dataset as a build makes it: a part per document, per corpus item."""
    corpus = bundled_build.corpus
    found, orphans = document_parts(corpus)
    made = [parts.document_part(doc, blocks, provisions) for doc, blocks, provisions in found]
    made += parts.corpus_parts(corpus, orphans) + [parts.thesaurus_part()]
    return build_graph(corpus), parts.Dataset.of(corpus.documents, made)


def test_graph_ttl_from_parts_is_the_graph_serialized(built):
    graph, data = built
    assert data.turtle() == to_turtle(graph)


def test_nquads_from_parts_are_the_graph_s(built):
    graph, data = built
    assert data.nquads() == dataset.to_nquads(graph) and data.count == len(graph)


def test_thesaurus_ttl_from_its_part_is_the_thesaurus_serialized():
    assert turtle.assemble([parts.thesaurus_part()]) == to_turtle(thesaurus_graph())


def test_kept_corpus_items_give_the_same_parts(bundled_build):
    kept: dict = {}
    first = parts.corpus_parts(bundled_build.corpus, [], kept)
    again = parts.corpus_parts(bundled_build.corpus, [], dict(kept))
    assert kept and [p.to_json() for p in again] == [p.to_json() for p in first]


def test_the_statements_part_is_kept_under_its_triples_and_made_again_when_they_change(bundled_build, monkeypatch):
    corpus = bundled_build.corpus
    held: dict = {}

    def keep(digest, make):
        if digest not in held:
            held[digest] = make()
        return held[digest]
    first = parts.corpus_parts(corpus, [], None, keep)
    made, real = [], parts.make_part
    monkeypatch.setattr(parts, "make_part", lambda triples, **kw: made.append(1) or real(triples, **kw))
    again = parts.corpus_parts(corpus, [], None, keep)
    assert again[1] is first[1] and len(made) == len(again) - 1  # every part but the statements' made anew
    fewer = replace(corpus, links=corpus.links[1:])
    assert parts.corpus_parts(fewer, [], None, keep)[1].to_json() == parts.corpus_parts(fewer)[1].to_json()
    assert len(held) == 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_any_graph_in_one_part_serializes_as_rdflib_does(path):
    graph = load_valid(path) if path.parent.name == "valid" else load_invalid(path)
    data = parts.Dataset.of_graph(graph)
    assert data.turtle() == turtle.serialize(graph)
    assert data.nquads() == dataset.to_nquads(graph)


def _part(*triples) -> parts.Part:
    return parts.make_part(triples)


def test_iris_of_one_predicate_in_two_parts_merge_in_order_and_a_shared_triple_counts_once():
    a, b, c, p = (URIRef(EX + name) for name in ("doc/a", "doc/b", "doc/c", "p"))
    first, second = _part((a, p, c), (a, p, b)), _part((a, p, c), (b, p, c))
    graph = new_graph()
    for triple in ((a, p, c), (a, p, b), (b, p, c)):
        graph.add(triple)
    assert turtle.assemble([first, second]) == turtle.serialize(graph)


def test_different_literals_of_one_predicate_in_two_parts_cannot_be_assembled():
    a, p = URIRef(EX + "doc/a"), URIRef(EX + "p")
    with pytest.raises(turtle.NotAssemblable):
        turtle.assemble([_part((a, p, Literal("one"))), _part((a, p, Literal("two")))])


def test_a_part_round_trips_as_json(built):
    part = built[1].parts[0]
    assert parts.Part.from_json(part.to_json()) == part


def test_a_literal_holding_unicode_line_separators_stays_one_line():
    a = URIRef(EX + "doc/a")
    text, quote = Literal("one\u2028two\x85three\u2029four"), Literal("one\u2028two")
    data = parts.Dataset([_part((a, PG.text, text)), _part((a, PG.quote, quote))], parts.PLACEHOLDER)
    graph = new_graph()
    graph.add((a, PG.text, text))
    graph.add((a, PG.quote, quote))
    assert data.nquads() == dataset.to_nquads(graph) and data.turtle() == turtle.serialize(graph)


def test_lines_merged_as_text_keep_the_order_of_their_triples():
    """``sort_lines`` orders lines as ``ntriples`` orders triples: by the predicate's bare IRI (``…#end`` before
    ``…#end-1``, which their bracketed forms would swap) and with a literal before its tagged or typed forms."""
    triples = [("<urn:a>", "urn:p#end-1", '"1"'), ("<urn:a>", "urn:p#end", '"1"@en'), ("<urn:a>", "urn:p#end", '"1"'),
               ("<urn:a-1>", "urn:p", "<urn:b>"), ("<urn:a>", "urn:p#end", '"1"^^<urn:t>')]
    lines = parts.each_line(parts.ntriples(triples))
    assert parts.sort_lines(lines) == parts.each_line(parts.ntriples(sorted(triples)))


def test_merged_lines_are_each_line_once_in_order_whatever_order_the_texts_come_in():
    a = parts.ntriples([("<urn:a>", "urn:p", '"1"'), ("<urn:b>", "urn:p", "<urn:c>")])
    b = parts.ntriples([("<urn:a>", "urn:p", '"1"'), ("<urn:a>", "urn:p#", '"x y"'), ("<urn:a/b>", "urn:p", '"2"')])
    unsorted = parts.ntriples([("<urn:z>", "urn:p", '"9"'), ("<urn:a>", "urn:q", '"0"')])
    for texts in ([a, b, unsorted], [unsorted, b, a], [b, b]):
        expected = "".join(f"{line}\n" for line in parts.sort_lines({l for t in texts for l in parts.each_line(t)}))
        assert parts.merge_lines(texts) == expected
    assert parts.merge_lines([]) == ""


def test_blocks_are_read_as_fragments_only_where_parts_share_a_subject(built, monkeypatch):
    """Parts read back from the cache's JSON assemble to the same bytes; a block is split into its fragments only for
    a subject that several parts give (most are one part's, written as their text)."""
    import json

    graph, data = built
    kept = [parts.Part.from_json(json.loads(json.dumps(part.to_json()))) for part in data.parts]
    subjects = [s for part in kept for s in part.blocks]
    shared = {s for s in subjects if subjects.count(s) > 1}
    read = []
    real = turtle.fragments
    monkeypatch.setattr(turtle, "fragments", lambda block: read.append(block[0]) or real(block))
    assert parts.Dataset(kept, data.activity).turtle() == to_turtle(graph)
    assert shared and read and {label[1:-1] for label in read if label.startswith("<")} <= shared
    assert len(read) < len(subjects) / 2


def test_a_subject_many_parts_give_is_merged_as_rdflib_writes_it_and_ordered_once(monkeypatch):
    a, b, c, d = (URIRef(EX + f"doc/{name}") for name in "abcd")
    p, q = URIRef(EX + "p"), URIRef(EX + "q")
    triples = [[(a, p, b), (a, q, Literal("x"))], [(a, p, c), (a, q, Literal("x"))], [(a, p, d), (a, p, b)],
               [(a, URIRef(EX + "r"), c)]]
    graph = new_graph()
    for some in triples:
        for triple in some:
            graph.add(triple)
    made = [_part(*some) for some in triples]
    calls = []
    real = turtle.predicate_key
    monkeypatch.setattr(turtle, "predicate_key", lambda predicate: calls.append(predicate) or real(predicate))
    assert turtle.assemble(made) == turtle.serialize(graph)
    assert len(calls) == 3  # the subject's three predicates, sorted once


def test_the_corpus_parts_keep_their_fragments_as_lists_the_documents_as_text(built):
    """The corpus parts' subjects are mostly also a document's (merging reads their fragments), a document's are its
    own (written as their text): each keeps its blocks as it is read."""
    graph, data = built
    corpus = [part for part in data.parts[:-1] if not any("/graph/doc/" in g for g in part.lines)]
    documents = [part for part in data.parts if any("/graph/doc/" in g for g in part.lines)]
    assert corpus and documents
    assert all(isinstance(block[2], list) for part in corpus for block in part.blocks.values())
    assert all(isinstance(block[2], str) for part in documents for block in part.blocks.values())
    assert data.turtle() == to_turtle(graph)
