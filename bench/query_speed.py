"""How fast are the analysts' queries? Synthetic commitment-shaped graphs at ~10k and ~100k triples.

Each synthetic document has P provisions; provision i of document d ``pg:continues`` provision i of
document d-1 (with an EvolutionLink node), so every provision of the last document heads a chain as long as
the corpus. Timed: ``queries/chain.rq`` (transitive path) for one provision and for all, and
``queries/themes-per-year.rq`` (GROUP BY), on pyoxigraph; rdflib too at the small size, under a time limit.

Run: ``PYTHONPATH=src python bench/query_speed.py``. Prints figures; asserts nothing.
"""
from __future__ import annotations

import multiprocessing as mp
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rdflib import Graph, URIRef  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from pledgegraph.query import load, run  # noqa: E402
from pledgegraph.rdf.namespaces import COUNTRY, DCTERMS, ID, MODALITY, PG, RDF, RELATION, SKOS, THEME, XSD  # noqa: E402

THEMES = ["counter-terrorism", "energy", "fisheries", "nonproliferation", "trade-investment", "people-exchange"]
MODALITIES = ["agree", "intend", "support", "welcome", "note"]
RDFLIB_TIMEOUT_S = 120


def _t(s, p, o) -> str:
    return f"<{s}> <{p}> {o} .\n"


def _iri(value) -> str:
    return f"<{value}>"


def _lit(value, datatype=None) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


def synthetic_ntriples(documents: int, per_document: int) -> str:
    """N-Triples of a thesaurus plus ``documents`` x ``per_document`` provisions in continues-chains."""
    out = []
    for scheme, notations in ((THEME, THEMES), (MODALITY, MODALITIES), (COUNTRY, ["JP", "RU"]),
                              (RELATION, ["continues"])):
        for n in notations:
            out.append(_t(scheme[n], SKOS.notation, _lit(n)))
            out.append(_t(scheme[n], SKOS.prefLabel, f'"{n}"@en'))
    for d in range(documents):
        doc = ID[f"doc/d{d:03d}"]
        out += [_t(doc, RDF.type, _iri(PG.Document)), _t(doc, PG.sourceFile, _lit(f"d{d:03d}.txt")),
                _t(doc, DCTERMS.date, _lit(f"{1990 + d:04d}-06-01", XSD.date))]
        for i in range(per_document):
            prov = ID[f"doc/d{d:03d}/prov/{i}/1"]
            modality = MODALITIES[(i + d) % len(MODALITIES)]
            out += [
                _t(prov, RDF.type, _iri(PG.Provision)), _t(prov, PG.inDocument, _iri(doc)),
                _t(prov, PG.locator, _lit(str(i))), _t(prov, PG.clauseIndex, _lit(1, XSD.integer)),
                _t(prov, PG.quote, _lit(f"Both sides will cooperate on item {i} ({d}).")),
                _t(prov, PG.actor, _iri(COUNTRY.JP)), _t(prov, PG.actor, _iri(COUNTRY.RU)),
                _t(prov, PG.modality, _iri(MODALITY[modality])),
                _t(prov, PG.committal, _lit("true" if modality in ("agree", "intend", "support") else "false", XSD.boolean)),
                _t(prov, PG.theme, _iri(THEME[THEMES[i % len(THEMES)]])),
                _t(prov, PG.strength, _lit(3, XSD.integer)),
            ]
            if d:
                earlier = ID[f"doc/d{d - 1:03d}/prov/{i}/1"]
                link = ID[f"link/d{d:03d}-{i}"]
                out += [_t(link, RDF.type, _iri(PG.EvolutionLink)), _t(link, PG.earlier, _iri(earlier)),
                        _t(link, PG.later, _iri(prov)), _t(link, PG.relation, _iri(RELATION.continues)),
                        _t(prov, PG.continues, _iri(earlier))]
    return "".join(out)


def _timed(fn) -> tuple[float, int]:
    start = time.perf_counter()
    rows = len(fn())
    return time.perf_counter() - start, rows


def _cases(documents: int):
    last = URIRef(ID[f"doc/d{documents - 1:03d}/prov/0/1"])
    chain, per_year = load("chain").text, load("themes-per-year").text
    return [("chain of one provision", chain, {"provision": last}),
            ("chain of all provisions", chain, {}),
            ("themes-per-year GROUP BY", per_year, {})]


def _rdflib_worker(data: str, documents: int, queue) -> None:
    graph = Graph().parse(data=data, format="nt")
    for label, text, bindings in _cases(documents):
        queue.put((label, *_timed(lambda: run(graph, text, bindings, engine="rdflib"))))
    queue.put(None)


def _rdflib_figures(data: str, documents: int) -> list[tuple]:
    queue = mp.Queue()
    worker = mp.Process(target=_rdflib_worker, args=(data, documents, queue), daemon=True)
    worker.start()
    figures, deadline = [], time.monotonic() + RDFLIB_TIMEOUT_S
    while True:
        remaining = deadline - time.monotonic()
        try:
            item = queue.get(timeout=max(remaining, 0.01))
        except Exception:  # queue.Empty: out of time
            worker.terminate()
            figures.append(("(rdflib timed out)", float("nan"), 0))
            break
        if item is None:
            break
        figures.append(item)
    worker.join(timeout=5)
    return figures


def bench(documents: int, per_document: int, with_rdflib: bool) -> None:
    data = synthetic_ntriples(documents, per_document)
    triples = data.count("\n")
    start = time.perf_counter()
    store = ox.Store()
    store.load(input=data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    load_s = time.perf_counter() - start
    print(f"\n{documents} documents x {per_document} provisions = {triples} triples "
          f"(pyoxigraph load {load_s * 1000:.0f} ms)")
    print(f"  {'query':28} {'engine':9} {'rows':>7} {'ms':>9}")
    for label, text, bindings in _cases(documents):
        seconds, rows = _timed(lambda: run(store, text, bindings))
        print(f"  {label:28} {'oxigraph':9} {rows:>7} {seconds * 1000:>9.1f}")
    if with_rdflib:
        for label, seconds, rows in _rdflib_figures(data, documents):
            print(f"  {label:28} {'rdflib':9} {rows:>7} {seconds * 1000:>9.1f}")


def main() -> None:
    bench(documents=10, per_document=64, with_rdflib=True)  # ~10k triples
    bench(documents=20, per_document=317, with_rdflib=False)  # ~100k triples


if __name__ == "__main__":
    main()
