"""Commitment identity: a link joins provisions of one relationship on one specific pledge object."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pledgegraph.link import link
from pledgegraph.link.identity import relationships, shared_states
from pledgegraph.pipeline import run

ROOT = Path(__file__).resolve().parents[2]
WTO = "support Russia's accession to the World Trade Organization (WTO)"


def _generate():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_same_object_in_another_relationship_is_not_linked(doc, prov):
    docs = [doc("ru-jp.txt", "2000-09-05"), doc("in-jp.txt", "2002-02-02", parties=("IN", "JP")),
            doc("au-jp.txt", "2003-05-01", parties=("AU", "JP"))]
    provs = [prov("ru-jp.txt", "1", WTO, modality="support", themes=("wto-accession",)),
             prov("in-jp.txt", "1", WTO, modality="support", themes=("wto-accession",), actors=("IN", "JP")),
             prov("au-jp.txt", "1", WTO, modality="support", themes=("wto-accession",), actors=("AU", "JP"))]
    assert link(docs, provs) == []


def test_one_side_of_the_same_relationship_is_linked(doc, prov):
    docs = [doc("a.txt", "2000-09-05"), doc("b.txt", "2002-02-02")]
    joint = prov("a.txt", "1", WTO, modality="affirm", themes=("wto-accession",))
    one_side = prov("b.txt", "1", WTO, modality="support", themes=("wto-accession",), actors=("JP",))
    assert [(l.earlier, l.later) for l in link(docs, [joint, one_side])] == [(joint.key, one_side.key)]


def test_a_multilateral_document_links_through_the_states_it_shares(doc, prov):
    docs = [doc("g.txt", "2000-09-05", parties=("JP", "RU", "US")), doc("b.txt", "2002-02-02"),
            doc("c.txt", "2003-02-02", parties=("CN", "US"))]
    provs = [prov("g.txt", "1", WTO, modality="affirm", themes=("wto-accession",), actors=("JP", "RU", "US")),
             prov("b.txt", "1", WTO, modality="support", themes=("wto-accession",)),
             prov("c.txt", "1", WTO, modality="support", themes=("wto-accession",), actors=("CN", "US"))]
    assert [(l.earlier, l.later) for l in link(docs, provs)] == [(provs[0].key, provs[1].key)]


def test_a_shared_venue_or_theme_alone_is_no_pledge_object(prov, link_two):
    a = prov("a.txt", "1", "Both sides support the reform of the United Nations Security Council", modality="support",
             themes=("un",))
    b = prov("b.txt", "1", "Both sides will cooperate closely within the United Nations on climate change",
             themes=("un",))
    assert link_two(a, b) == []


@pytest.fixture(scope="module")
def mixed_archive(tmp_path_factory):
    """The bundled corpus built together with generated statements of twelve other country pairs."""
    generate = _generate()
    folder = tmp_path_factory.mktemp("mixed")
    generate.generate(36, folder)
    return run([ROOT / "corpus", folder])


def test_no_link_joins_two_different_relationships(mixed_archive):
    corpus = mixed_archive
    states = relationships(corpus.documents, corpus.provisions)
    pairs = {d.source: frozenset(d.parties) for d in corpus.documents}
    assert len(set(pairs.values())) > 5  # several relationships really are in the archive
    crossing = [l for l in corpus.links
                if not shared_states(pairs[l.earlier.split("#")[0]], pairs[l.later.split("#")[0]])
                or not shared_states(states[l.earlier.split("#")[0]], states[l.later.split("#")[0]])]
    assert crossing == []
    linked = {pairs[l.later.split("#")[0]] for l in corpus.links}
    assert frozenset({"JP", "RU"}) in linked and len(linked) > 3  # links within Japan–Russia and other pairs
