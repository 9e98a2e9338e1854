"""How fast does every query in queries/ answer on an archive-sized store? ~10k, ~100k and ~1M triples.

The data is a synthetic corpus shaped like an archive (:func:`synthetic_corpus`): many pairs of states, each with
a statement every quarter; every statement pledges on mechanisms that recur across its pair's statements, and each
pledge is linked to the pair's latest earlier pledge on the same mechanism, so chains are as long as a pair's
history; some statements have a translation (versions and aligned provisions), and statements cite their pair's
previous one. The real graph builder (``rdf/build.py``, pledge statuses included), the dataset split and the store
writer make the store, so it has exactly the shape of a build's ``out/store``.

For every query (and for the queries with an optional parameter, once more with it bound), it prints:
  raw   pyoxigraph alone on the already opened store: run the query (its shape for the bound parameter, when it has
        one: ``queries/bound/``), read every value of every row;
  cli   ``pledgegraph query NAME --store DIR --format tsv > /dev/null`` in a fresh process, start-up included;
as the median of ``--repeat`` runs, each in its own process, with the number of rows and cli/raw. A run longer than
``--timeout`` seconds is stopped and shown as ``>T``.

Run: ``python bench/query_speed.py [--sizes 10k,100k,1m] [--keep DIR] [--only NAME,...]``. Prints figures;
asserts nothing.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pledgegraph import thesaurus  # noqa: E402
from pledgegraph.link import strength  # noqa: E402
from pledgegraph.model import Block, Citation, Corpus, Document, Link, Person, Provision, TimeQualifier  # noqa: E402
from pledgegraph.query import available, load  # noqa: E402
from pledgegraph.rdf import iris, store  # noqa: E402
from pledgegraph.rdf.build import build_graph  # noqa: E402

COUNTRIES = ["JP", "RU", "CN", "IN", "VN", "AU", "FR", "GB", "DE", "US", "KZ", "MN", "ID", "PK", "BR", "ZA", "TR",
             "EG", "NG", "MX", "KR", "TH", "MY", "PH", "SG", "IT", "ES", "PL", "UA", "UZ"]
MODALITIES = ["agree", "intend", "support", "ready", "affirm", "request", "welcome", "note", "condemn"]
COMMITTAL = {"agree", "intend", "support", "ready"}
RELATIONS = ["continues", "continues", "strengthens", "continues", "weakens", "implements", "strengthens"]
LANGUAGES = ["en", "ja", "zh", "ru"]
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
TRIPLES_PER_DOCUMENT = 485  # measured on this generator with 8 pledges a statement; the thesaurus adds ~10k
RAW = """
import sys, time, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
text = open(sys.argv[2], encoding="utf-8").read()
subs = {ox.Variable(sys.argv[3]): ox.NamedNode(sys.argv[4])} if len(sys.argv) > 4 else None
start = time.perf_counter()
rows = [tuple(solution) for solution in store.query(text, substitutions=subs, use_default_graph_as_union=True)]
print(time.perf_counter() - start, len(rows))
"""


def _document(source: str, pair: tuple[str, str], when: date, language: str, items: list[str]) -> tuple[Document, list[Block], list[tuple[int, int]]]:
    """A statement numbering ``items`` as paragraphs 1..n; returns it, its blocks and each item's raw span."""
    title = f"Joint Statement of {pair[0]} and {pair[1]} ({source})"
    raw, blocks, spans = f"{title}\n{when.isoformat()}\n\n", [], []
    for number, item in enumerate(items, 1):
        head = f"{number}. "
        start = len(raw) + len(head)
        raw += head + item + "\n\n"
        blocks.append(Block(str(number), start, start + len(item)))
        spans.append((start, start + len(item)))
    persons = [Person(f"Minister {code}", "Minister for Foreign Affairs", code, signatory=True) for code in pair]
    doc = Document(source=source, raw=raw, language=language, date=when.isoformat(), title=title, place="Tokyo",
                   doc_type="joint-statement", genre="joint-statement", parties=list(pair), persons=persons)
    doc.blocks = blocks
    return doc, blocks, spans


def _provision(source: str, number: int, span: tuple[int, int], quote: str, pair: tuple[str, str], mechanism: int,
               themes: list[str], concepts: list[str], year: int) -> Provision:
    modality = MODALITIES[(mechanism + number) % len(MODALITIES)]
    actors = list(pair) if number % 4 else [pair[number % 8 // 4]]
    time_ = TimeQualifier(frequency="P1Y" if mechanism % 3 == 0 else None,
                          frequency_qualifier="at-least" if mechanism % 6 == 0 else None,
                          deadline=str(year + 2) if mechanism % 5 == 0 else None)
    p = Provision(source=source, locator=str(number), index=1, start=span[0], end=span[1], quote=quote,
                  actors=actors, modality=modality, committal=modality in COMMITTAL,
                  themes=[themes[mechanism % len(themes)], themes[(mechanism * 7 + 3) % len(themes)]][:1 + mechanism % 2],
                  time=time_, concepts=[concepts[mechanism % len(concepts)]], rule="bench.synthetic",
                  confidence=0.8)
    p.strength = strength(p)
    return p


def synthetic_corpus(documents: int, per_document: int = 8, pairs: int | None = None,
                     mechanisms: int | None = None, translations: int = 20) -> Corpus:
    """``documents`` statements of ``pairs`` pairs of states (default: one pair per 40 statements), one a quarter
    per pair, each pledging on ``per_document`` of the pair's ``mechanisms`` (default 1.5x as many) mechanisms, and
    every ``translations``-th one translated."""
    pairs = pairs or max(1, documents // 40)
    mechanisms = mechanisms or per_document * 3 // 2
    pair_list = list(combinations(COUNTRIES, 2))[:pairs]
    themes, concepts = thesaurus.notations("theme"), thesaurus.notations("concept")
    corpus, latest = Corpus(), {}  # (pair, mechanism) -> provision key of the latest pledge on it
    previous: dict[int, str] = {}  # pair -> source of its latest statement
    for k in range(documents):
        pair_index, turn = k % pairs, k // pairs
        pair = pair_list[pair_index]
        when = date(1990, 1, 1) + timedelta(days=91 * turn + pair_index % 60)
        chosen = sorted((turn * per_document + i) % mechanisms for i in range(per_document))
        items = [f"Both sides agreed to advance mechanism {m} of {pair[0]} and {pair[1]} (statement {k})."
                 for m in chosen]
        source = f"s{k:06d}_{pair[0].lower()}-{pair[1].lower()}.txt"
        language = LANGUAGES[k % len(LANGUAGES)]
        doc, blocks, spans = _document(source, pair, when, language, items)
        corpus.documents.append(doc)
        corpus.blocks[source] = blocks
        for number, (m, span, item) in enumerate(zip(chosen, spans, items), 1):
            p = _provision(source, number, span, item, pair, m, themes, concepts, when.year)
            corpus.provisions.append(p)
            earlier = latest.get((pair_index, m))
            if earlier is not None:
                relation = RELATIONS[(k + m) % len(RELATIONS)]
                corpus.links.append(Link(earlier, p.key, relation, score=0.7, shared=[p.concepts[0]],
                                         rule="bench.synthetic+link.relation.bench", objects=[f"concept:{p.concepts[0]}"],
                                         confidence=0.9))
            latest[(pair_index, m)] = p.key
        if pair_index in previous:
            corpus.citations.append(Citation(source, f"statement {previous[pair_index]}", None, previous[pair_index]))
        if k % 7 == 3:
            corpus.citations.append(Citation(source, f"Treaty of Friendship {k}", f"{1950 + k % 40}"))
        previous[pair_index] = source
        if translations and k % translations == translations - 1:
            twin = source.replace(".txt", "-translation.txt")
            tdoc, tblocks, tspans = _document(twin, pair, when, "en" if language != "en" else "ja", items)
            tdoc.authoritative, tdoc.original_language = False, language
            corpus.documents.append(tdoc)
            corpus.blocks[twin] = tblocks
            corpus.versions.append(tuple(sorted((source, twin))))
            for number, (m, span, item) in enumerate(zip(chosen, tspans, items), 1):
                t = _provision(twin, number, span, item, pair, m, themes, concepts, when.year)
                corpus.provisions.append(t)
                corpus.alignments.append(tuple(sorted((f"{source}#{number}/1", t.key))))
    return corpus


def make_store(triples: int, folder: Path) -> tuple[Path, Corpus, int]:
    """The store of a synthetic corpus of about ``triples`` triples in ``folder`` (reused when already there)."""
    documents = max(4, (triples - 10_000) // TRIPLES_PER_DOCUMENT)
    corpus = synthetic_corpus(documents)
    path = folder / f"store-{documents}"
    if not store.is_store(path):
        start = time.perf_counter()
        graph = build_graph(corpus)
        count = store.write(graph, path)
        print(f"  built {documents} statements, {count} triples, in {time.perf_counter() - start:.0f} s")
    return path, corpus, len(store.open_store(path))


def cases(corpus: Corpus, only: list[str] | None) -> list[tuple[str, str, tuple[str, str] | None]]:
    """(label, query name, (variable, IRI) or None): every query, and the parameterised uses of some."""
    last = next(p for p in reversed(corpus.provisions) if "translation" not in p.source)
    last_iri = str(iris.provision(last.source, last.locator, last.index))
    theme = "https://w3id.org/pledgegraph/theme/" + last.themes[0]
    bound = {"chain": ("provision", last_iri), "status": ("provision", last_iri), "theme-timeline": ("theme", theme),
             "link-evidence": ("later", last_iri), "themes-per-year": ("theme", theme)}
    out = []
    for name in available():
        if only and name not in only:
            continue
        out.append((name, name, None))
        if name in bound:
            out.append((f"{name} ?{bound[name][0]}", name, bound[name]))
    return out


def _timed(command: list[str], timeout: float) -> float | None:
    """Seconds the command took; None when stopped after ``timeout``. A blocking wait, stopped by a timer:
    ``subprocess.run(timeout=...)`` polls, which added up to 50 ms to every figure."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    try:
        status = process.wait()
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - start
    if status < 0 and elapsed >= timeout:
        return None
    if status != 0:
        raise subprocess.CalledProcessError(status, command)
    return elapsed


def _raw(path: Path, name: str, param, timeout: float) -> tuple[float | None, int]:
    shape = load(name, bound=[param[0]] if param else ()).path  # the text the CLI runs (its shape for a parameter)
    command = [sys.executable, "-c", RAW, str(path), str(shape), *(param or ())]
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=timeout).stdout.split()
    except subprocess.TimeoutExpired:
        return None, 0
    return float(out[0]), int(out[1])


def _cli(path: Path, name: str, param, timeout: float) -> float | None:
    command = [sys.executable, "-m", "pledgegraph", "query", name, "--store", str(path), "--format", "tsv"]
    if param:
        command += ["--param", f"{param[0]}=<{param[1]}>"]
    return _timed(command, timeout)


def _median(values: list[float | None]) -> float | None:
    return None if any(v is None for v in values) else statistics.median(values)


def _seconds(value: float | None, timeout: float) -> str:
    return f">{timeout:.0f}" if value is None else f"{value:.3f}"


def bench(label: str, triples: int, folder: Path, repeat: int, timeout: float, only: list[str] | None) -> None:
    print(f"\n~{label} triples")
    path, corpus, count = make_store(triples, folder)
    print(f"  {count} triples, {len(corpus.documents)} documents, {len(corpus.provisions)} provisions, "
          f"{len(corpus.links)} links; store {path}")
    startup = _median([_timed([sys.executable, "-m", "pledgegraph", "--version"], timeout) for _ in range(repeat)])
    print(f"  start-up of `pledgegraph --version`: {_seconds(startup, timeout)} s")
    print(f"  {'query':34} {'rows':>8} {'raw s':>8} {'cli s':>8} {'cli/raw':>8}")
    for case, name, param in cases(corpus, only):
        raws = [_raw(path, name, param, timeout) for _ in range(repeat)]
        raw, rows = _median([r[0] for r in raws]), raws[0][1]
        cli = _median([_cli(path, name, param, timeout) for _ in range(repeat)]) if raw is not None else None
        ratio = f"{cli / raw:8.1f}" if raw and cli else f"{'':8}"
        print(f"  {case:34} {rows:>8} {_seconds(raw, timeout):>8} {_seconds(cli, timeout):>8} {ratio}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10k,100k,1m", help=f"comma-separated, of {', '.join(SIZES)}")
    ap.add_argument("--keep", type=Path, help="keep the stores in this folder (and reuse them next time)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before one run is stopped")
    ap.add_argument("--only", help="comma-separated query names")
    args = ap.parse_args()
    only = args.only.split(",") if args.only else None
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for label in args.sizes.split(","):
            bench(label, SIZES[label], folder, args.repeat, args.timeout, only)


if __name__ == "__main__":
    main()
