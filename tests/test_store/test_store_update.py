"""A store updated graph by graph (rdf.store._replace): the lines that differ are removed and added in one call each,
and the graph then holds exactly the new lines, whatever its literals hold."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from pledgegraph.rdf import store
from pledgegraph.rdf.parts import nquads, sort_lines

GRAPH = "https://w3id.org/pledgegraph/id/graph/corpus"
ID = "https://w3id.org/pledgegraph/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
LITERALS = ['"plain"', '"a \\"quoted\\" word"', '"back\\\\slash"', '"two\\nlines\\r\\tand a tab"',
            '"} } GRAPH <urn:x> { DELETE"', '"日露パートナーシップ"@ja', '"Совместное заявление"@ru',
            f'"1"^^<{XSD}decimal>', f'"2013-04-29"^^<{XSD}date>', '"control \\u0001 char"', '"\u2028 and \u0085"@en']


def lines(*objects: str) -> str:
    found = [f"<{ID}link/{n}> <{ID}p> {o} ." for n, o in enumerate(objects)]
    found += [f"<{ID}link/{n}> <{ID}q> <{ID}status/{n}> ." for n in range(len(objects))]
    return "".join(f"{line}\n" for line in sort_lines(found))


class Recorded:
    """A store that records which of its methods are called."""

    def __init__(self, real: ox.Store) -> None:
        self.real, self.calls = real, []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self.real, name)


def held(target: ox.Store) -> set[str]:
    return {str(q) for q in target.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH))}


@pytest.mark.parametrize("removed", [slice(0, None, 2), slice(1, None, 2), slice(0, 0)])
def test_the_graph_holds_exactly_the_new_lines(removed):
    before = lines(*LITERALS)
    kept = [o for o in LITERALS if o not in LITERALS[removed]]
    after = lines(*kept, '"new"', '"новое"@ru')
    target = ox.Store()
    target.load(nquads(GRAPH, before), format=ox.RdfFormat.N_QUADS)
    recorded = Recorded(target)
    store._replace(recorded, GRAPH, before, after)
    expected = {str(q) for q in ox.parse(nquads(GRAPH, after), format=ox.RdfFormat.N_QUADS)}
    assert held(target) == expected
    assert "remove" not in recorded.calls and recorded.calls.count("load") == 1


def test_an_emptied_graph_is_removed():
    before = lines(*LITERALS)
    target = ox.Store()
    target.load(nquads(GRAPH, before), format=ox.RdfFormat.N_QUADS)
    store._replace(target, GRAPH, before, "")
    assert not held(target) and ox.NamedNode(GRAPH) not in set(target.named_graphs())


def test_a_store_copied_for_an_update_shares_its_table_files_and_neither_sees_the_others_changes(tmp_path):
    first = tmp_path / "first"
    before, after = lines(*LITERALS), lines('"new"')
    written = ox.Store(str(first))
    written.bulk_load(nquads(GRAPH, before), format=ox.RdfFormat.N_QUADS)
    written.flush()
    written.optimize()
    del written
    tables = sorted(first.glob("*.sst"))
    assert tables
    second = tmp_path / "second"
    import shutil
    shutil.copytree(first, second, copy_function=store._link_or_copy)
    assert all((second / t.name).stat().st_ino == t.stat().st_ino for t in tables)
    updated = ox.Store(str(second))
    store._replace(updated, GRAPH, before, after)
    updated.flush()
    updated.optimize()
    assert held(updated) == {str(q) for q in ox.parse(nquads(GRAPH, after), format=ox.RdfFormat.N_QUADS)}
    del updated
    again = ox.Store.read_only(str(first))
    assert held(again) == {str(q) for q in ox.parse(nquads(GRAPH, before), format=ox.RdfFormat.N_QUADS)}
