"""Same input, same bytes; adding an unrelated document does not renumber another document's provisions."""
from __future__ import annotations

from pathlib import Path

import pytest

from pledgegraph import pipeline
from pledgegraph.publish import build
from pledgegraph.rdf.build import build_graph
from pledgegraph.rdf.namespaces import PG

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
UNSEEN = ROOT / "tests" / "data" / "unseen"


@pytest.fixture(scope="module")
def second_build(tmp_path_factory):
    """A second full build of the bundled corpus, into another folder."""
    return build([CORPUS], tmp_path_factory.mktemp("again") / "out")


@pytest.mark.parametrize("name", ["graph.ttl", "thesaurus.ttl", "graph.graphml", "graph.gexf", "timeline.svg", "graph.html", "validation.txt"])
def test_outputs_are_byte_identical_across_builds(name, bundled_build, second_build):
    first = (bundled_build.out / name).read_bytes()
    assert first and first == (second_build.out / name).read_bytes()


def provision_iris(paths: list[Path], source: str) -> dict[str, str]:
    """Provision IRI -> quote for the provisions of ``source`` in a build of ``paths``."""
    graph = build_graph(pipeline.run(paths))
    doc = next(d for d in graph.subjects(PG.sourceFile, None) if str(graph.value(d, PG.sourceFile)) == source)
    return {str(p): str(graph.value(p, PG.quote)) for p in graph.subjects(PG.inDocument, doc)
            if graph.value(p, PG.quote) is not None}


def test_provision_iris_survive_an_unrelated_document(tmp_path):
    alone = sorted(UNSEEN.glob("*.txt"))[:1]
    source = alone[0].name
    before = provision_iris(alone, source)
    after = provision_iris([*alone, sorted(UNSEEN.glob("*.txt"))[1], CORPUS / "003_eb0704a5b58683b1.txt"], source)
    assert before and before == after
