"""``pledgegraph push``: the named graphs into any SPARQL 1.1 Graph Store Protocol server, changed ones only.

Each named graph (one per document, the corpus graph, the thesaurus: ``rdf/dataset.py``) is sent with ``PUT
<endpoint>?graph=<iri>``, which replaces that graph (https://www.w3.org/TR/sparql11-http-rdf-update/). What was sent
is remembered on the server in one more graph, ``id:graph/pushed``: ``<graph> dcterms:identifier "sha256:<hex>"``
(the SHA-256 of the graph's sorted N-Triples), written last. A later push reads it back, sends only the graphs whose
digest changed, and deletes the graphs it sent before that are gone (a document left out of the archive);
``force`` sends every graph. On Oxigraph the endpoint is ``http://HOST:PORT/store``, on Fuseki
``http://HOST:PORT/DATASET/data``.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pyoxigraph as ox

from ..errors import E, PledgegraphError
from ..rdf import dataset, store
from ..rdf.namespaces import DCTERMS

PUSHED = dataset.GRAPH + "pushed"
NTRIPLES = "application/n-triples"
_IDENTIFIER = ox.NamedNode(str(DCTERMS.identifier))


@dataclass
class PushReport:
    """Graphs sent (new or changed), deleted (gone from the source) and left as they were."""

    sent: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0

    def text(self) -> str:
        return (f"{len(self.sent)} graphs sent, {len(self.deleted)} deleted, {self.unchanged} unchanged")


def graphs(source: Path) -> dict[str, bytes]:
    """Graph IRI -> its triples as sorted N-Triples, from a store or a graph file (split as a build splits it)."""
    if store.is_store(source):
        quads = store.open_store(source).quads_for_pattern(None, None, None)
    else:
        from ..query.engine import open_graph  # its reader gives the usual errors (E202, E205)

        quads = dataset.quads(open_graph(source).quads_for_pattern(None, None, None))
    grouped: dict[str, list[str]] = defaultdict(list)
    for quad in quads:
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else str(dataset.CORPUS)
        grouped[name].append(str(ox.Triple(quad.subject, quad.predicate, quad.object)) + " .\n")
    return {name: "".join(sorted(lines)).encode("utf-8") for name, lines in sorted(grouped.items())}


def _digest(ntriples: bytes) -> str:
    return "sha256:" + hashlib.sha256(ntriples).hexdigest()


def _call(endpoint: str, method: str, graph: str, body: bytes | None = None, timeout: float = 60.0):
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode({'graph': graph})}"
    headers = {"Content-Type": NTRIPLES} if body is not None else {"Accept": NTRIPLES}
    try:
        with urlopen(Request(url, data=body, method=method, headers=headers), timeout=timeout) as response:
            return response.read(), response.headers.get("Content-Type", NTRIPLES)
    except HTTPError as err:
        if err.code == 404 and method in ("GET", "DELETE"):
            return None, None
        detail = " ".join(err.read().decode("utf-8", "replace").split())[:300]
        raise PledgegraphError(E.E402, url=endpoint, method=method, graph=graph, status=err.code,
                               detail=detail or err.reason) from err
    except (URLError, OSError) as err:
        raise PledgegraphError(E.E401, url=endpoint, detail=getattr(err, "reason", err)) from err


def _pushed(endpoint: str, timeout: float) -> dict[str, str]:
    """Graph IRI -> digest, as the server's ``id:graph/pushed`` remembers them (empty when it has none)."""
    body, media = _call(endpoint, "GET", PUSHED, timeout=timeout)
    if body is None:
        return {}
    rdf_format = ox.RdfFormat.from_media_type(media.split(";")[0].strip()) or ox.RdfFormat.N_TRIPLES
    return {t.subject.value: t.object.value for t in ox.parse(body, format=rdf_format)
            if t.predicate == _IDENTIFIER and isinstance(t.subject, ox.NamedNode)}


def push(source: Path, endpoint: str, force: bool = False, timeout: float = 60.0) -> PushReport:
    """Send the named graphs of ``source`` (a store or a graph file) to the Graph Store ``endpoint``."""
    local = graphs(Path(source))
    digests = {name: _digest(body) for name, body in local.items()}
    remote = {} if force else _pushed(endpoint, timeout)
    report = PushReport()
    for name, body in local.items():
        if remote.get(name) == digests[name]:
            report.unchanged += 1
            continue
        _call(endpoint, "PUT", name, body, timeout)
        report.sent.append(name)
    for name in sorted(set(remote) - set(local)):
        _call(endpoint, "DELETE", name, timeout=timeout)
        report.deleted.append(name)
    record = "".join(sorted(f"<{name}> <{_IDENTIFIER.value}> \"{digest}\" .\n" for name, digest in digests.items()))
    _call(endpoint, "PUT", PUSHED, record.encode("utf-8"), timeout)
    return report
