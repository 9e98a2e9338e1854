"""The SKOS thesaurus files: parseable, complete, no blank nodes, labels in every required language."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SKOS

from pledgegraph import thesaurus
from pledgegraph.rdf.namespaces import BASE, PG

FILES = ["themes.ttl", "concepts.ttl", "countries.ttl"]
SHARED_THEMES = Path("/work/shared/eval/THEMES.md")
LOCAL_THEMES = Path(__file__).resolve().parents[1] / "data" / "THEMES.md"


def themes_md_notations() -> set[str]:
    path = SHARED_THEMES if SHARED_THEMES.exists() else LOCAL_THEMES
    return set(re.findall(r"^- ([a-z0-9-]+)", path.read_text(encoding="utf-8"), flags=re.M))


@pytest.fixture(scope="module", params=FILES)
def ttl(request) -> Path:
    return thesaurus.THESAURUS_DIR / request.param


def test_parses_with_rdflib_and_pyoxigraph(ttl):
    graph = Graph().parse(ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) == len(store) > 100


def test_no_blank_nodes(ttl):
    graph = Graph().parse(ttl, format="turtle")
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_every_concept_has_en_ja_zh_preflabel_and_notation_as_local_name(ttl):
    graph = Graph().parse(ttl, format="turtle")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for concept in concepts:
        langs = {label.language for label in graph.objects(concept, SKOS.prefLabel)}
        assert {"en", "ja", "zh"} <= langs, concept
        assert str(concept).rsplit("/", 1)[1] == str(graph.value(concept, SKOS.notation))
        assert len(list(graph.objects(concept, SKOS.inScheme))) == 1


def test_every_themes_md_notation_is_a_theme():
    notations = themes_md_notations()
    assert len(notations) >= 30
    assert notations <= set(thesaurus.notations("theme"))


def test_groups_are_broader_of_every_theme():
    ups = thesaurus.broader("theme")
    for notation in themes_md_notations():
        assert ups[notation] in (("bilateral-relations",), ("global-regional",)), notation


def test_every_concept_points_at_existing_themes():
    themes = set(thesaurus.notations("theme"))
    ups = thesaurus.broader("concept")
    assert len(ups) >= 60
    assert all(broader and set(broader) <= themes for broader in ups.values())


@pytest.mark.parametrize("notation", ["ctbt", "arf", "two-plus-two", "wto", "kyoto-protocol", "apec", "g8",
                                      "terrorist-financing-convention", "six-party-talks", "action-plan"])
def test_key_concepts_exist(notation):
    assert notation in thesaurus.notations("concept")


def test_countries_are_states_with_iso_codes():
    graph = thesaurus.load()
    codes = thesaurus.notations("country")
    assert len(codes) >= 80
    for code in codes:
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert (URIRef(f"{BASE}country/{code}"), RDF.type, PG.State) in graph
    assert {"JP", "RU", "CN", "IN", "AU", "KZ", "US", "DE", "BR", "SA"} <= set(codes)


def test_labels_pref_first_and_hidden_abbreviations():
    labels = thesaurus.labels("country")
    assert labels["RU"]["ja"][0] == "ロシア"
    assert "露" in labels["RU"]["ja"]
    assert "露" not in thesaurus.labels("country", kinds=("pref", "alt"))["RU"]["ja"]
    assert thesaurus.pref_label("country", "IN", "zh") == "印度"


def test_load_is_cached_and_holds_every_file():
    assert thesaurus.load() is thesaurus.load()
    schemes = set(thesaurus.load().subjects(RDF.type, SKOS.ConceptScheme))
    for name in ("theme", "concept", "country"):
        assert thesaurus.scheme_iri(name) in schemes


def test_the_thesaurus_is_read_without_rdflib_s_turtle_parser_and_gives_its_triples(monkeypatch):
    """pyoxigraph parses the files (a quarter of the time, paid by every rebuild): the same terms, lexical forms,
    datatypes and language tags as rdflib's parser."""
    expected = Graph()
    for path in sorted(thesaurus.THESAURUS_DIR.glob("*.ttl")):
        expected.parse(path, format="turtle")
    monkeypatch.setattr(Graph, "parse", lambda *args, **kwargs: pytest.fail("parsed by rdflib"))
    found = thesaurus.load.__wrapped__()
    assert {tuple(term.n3() for term in triple) for triple in found} == \
        {tuple(term.n3() for term in triple) for triple in expected}
    assert len(found) == len(expected)


SCHEMES = ("theme", "concept", "country", "modality", "relation", "status", "genre", "doctype")


@pytest.mark.parametrize("scheme", SCHEMES)
def test_lookups_read_from_the_parsed_triples_are_those_of_the_graph(scheme):
    """``thesaurus.properties`` (plain strings by subject and predicate, what the lookups read) holds what the
    rdflib graph does: the same members, labels and broader concepts as read from the graph."""
    from rdflib import Literal
    from rdflib.namespace import SKOS

    graph = thesaurus.load()
    iri = thesaurus.scheme_iri(scheme)
    members = sorted((str(graph.value(c, SKOS.notation)), c) for c in graph.subjects(SKOS.inScheme, iri)
                     if graph.value(c, SKOS.notation) is not None)
    assert list(thesaurus._members(scheme)) == members
    rows = {(n, v.language, kind, str(v)) for n, c in members for kind, prop in thesaurus.LABEL_KINDS.items()
            for v in graph.objects(c, prop) if isinstance(v, Literal) and v.language}
    assert set(thesaurus.labelled(scheme)) == rows and len(thesaurus.labelled(scheme)) == len(rows)
    broader = {n: tuple(sorted(str(graph.value(b, SKOS.notation)) for b in graph.objects(c, SKOS.broader)
                               if graph.value(b, SKOS.notation) is not None)) for n, c in members}
    assert thesaurus.broader(scheme) == broader
    for subject in graph.subjects(unique=True):
        for predicate in set(graph.predicates(subject)):
            assert thesaurus.first(str(subject), str(predicate)) == str(graph.value(subject, predicate))
