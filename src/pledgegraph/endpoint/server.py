"""``pledgegraph serve``: the store over the SPARQL 1.1 Protocol, read-only, on the standard library's HTTP server.

Queries run in worker processes (``workers.py``) with a timeout; results are cut at ``limit`` rows, and a cut
answer carries ``X-Pledgegraph-Truncated: true`` and ``X-SPARQL-MaxRows``. A graph file is first written to a
temporary store, split into named graphs as a build splits it, so that both kinds of source answer alike.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from ..rdf import store
from .protocol import PATHS, ProtocolError, parse
from .workers import Workers

MAX_BODY = 1 << 20  # bytes of a POSTed query or form
ALLOW = "GET, POST"


class _Handler(BaseHTTPRequestHandler):
    server_version = "pledgegraph"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 (http.server's names)
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._handle("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle("DELETE")

    def do_PATCH(self) -> None:  # noqa: N802
        self._handle("PATCH")

    def _handle(self, method: str) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(413, "text/plain; charset=utf-8", b"request body too large\n")
        body = self.rfile.read(length) if length else b""
        try:
            request = parse(method, url.path, url.query, self.headers.get("Content-Type", ""), body)
        except ProtocolError as err:
            return self._send(err.status, "text/plain; charset=utf-8", f"{err}\n".encode("utf-8"))
        settings = self.server.settings
        result = self.server.workers.answer(request, self.headers.get("Accept", ""), settings.limit, settings.timeout)
        extra = {"X-Pledgegraph-Truncated": "true", "X-SPARQL-MaxRows": str(settings.limit)} if result.truncated else {}
        self._send(result.status, result.media, result.body, extra)

    def _send(self, status: int, media: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if status == 405:
            self.send_header("Allow", ALLOW)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if self.server.settings.log:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, workers: Workers, settings: Settings) -> None:
        super().__init__(address, _Handler)
        self.workers, self.settings = workers, settings


class Settings:
    """How the endpoint answers: ``timeout`` seconds a query, at most ``limit`` rows, log requests or not."""

    def __init__(self, timeout: float = 30.0, limit: int = 100_000, log: bool = False) -> None:
        self.timeout, self.limit, self.log = timeout, limit, log


class Endpoint:
    """A running endpoint over a store folder or a graph file; :meth:`serve_forever`, or :meth:`start` in a thread.

    Args:
        source: a store (``out/store``) or a graph file (.ttl, .nt, .nq, .trig, ...).
        host, port: where to listen; port 0 takes a free one (see :attr:`url`).
        workers: worker processes, that is queries answered at once.
    """

    def __init__(self, source: Path, host: str = "127.0.0.1", port: int = 7879, settings: Settings | None = None,
                 workers: int = 2, allow_service: bool = False) -> None:
        self.temporary = None
        path = Path(source)
        if not store.is_store(path):
            self.temporary = Path(tempfile.mkdtemp(prefix="pledgegraph-serve-"))
            path = self.temporary / "store"
            store.write(_file_quads(source), path)
        store.open_store(path)  # E202/E205 now, not in a worker
        self.workers = Workers(path, workers, allow_service)
        self.server = _Server((host, port), self.workers, settings or Settings())
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{PATHS[0]}"

    def serve_forever(self) -> None:
        try:
            self.server.serve_forever()
        finally:
            self.close()

    def start(self) -> Endpoint:
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def close(self) -> None:
        if self.thread is not None:
            self.server.shutdown()
            self.thread = None
        self.server.server_close()
        self.workers.close()
        if self.temporary is not None:
            shutil.rmtree(self.temporary, ignore_errors=True)
            self.temporary = None


def _file_quads(path: Path):
    """Every triple (or quad) of a graph file, read with the query engine's reader (its errors, E202/E205)."""
    from ..query.engine import open_graph

    return open_graph(path).quads_for_pattern(None, None, None)
