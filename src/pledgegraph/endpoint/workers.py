"""Worker processes that each hold the store open read-only and answer one query at a time.

A query runs in a worker so that it can be stopped: one that is still running after the timeout has its worker
killed and replaced (pyoxigraph cannot interrupt a query in the middle), and the client gets 503.
"""
from __future__ import annotations

import multiprocessing
import queue
import threading
from pathlib import Path

from .answer import Answer, answer
from .protocol import QueryRequest

_CONTEXT = multiprocessing.get_context("spawn")  # never fork a process that runs threads


def _work(connection, store: str, allow_service: bool) -> None:
    import pyoxigraph as ox

    opened = ox.Store.read_only(store)
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if job is None:
            return
        request, accept, limit = job
        connection.send(answer(opened, request, accept, limit, allow_service))


class _Worker:
    def __init__(self, store: Path, allow_service: bool) -> None:
        self.connection, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=_work, args=(child, str(store), allow_service), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Wait until the worker has opened the store (start-up is not counted in a query's timeout)."""
        if not self.ready and self.connection.poll(timeout):
            self.ready = self.connection.recv() == "ready"
        if not self.ready:
            raise OSError("a worker process could not open the store")

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Workers:
    """``size`` worker processes over the store at ``store``; :meth:`answer` runs a query on an idle one."""

    def __init__(self, store: Path, size: int = 2, allow_service: bool = False) -> None:
        self.store, self.allow_service = store, allow_service
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        for _ in range(max(1, size)):
            self._add()
        for worker in list(self.all):
            worker.wait_ready()

    def _add(self) -> None:
        worker = _Worker(self.store, self.allow_service)
        with self.lock:
            self.all.add(worker)
        self.idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.stop()
        self._add()

    def answer(self, request: QueryRequest, accept: str, limit: int, timeout: float) -> Answer:
        """The answer of an idle worker within ``timeout`` seconds (waiting for one included), else 503."""
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            return Answer.error(503, f"every worker is busy; try again later (timeout {timeout:g} s)")
        try:
            worker.wait_ready()
            worker.connection.send((request, accept, limit))
            if worker.connection.poll(timeout):
                result = worker.connection.recv()
                self.idle.put(worker)
                return result
        except (EOFError, OSError):  # the worker died (out of memory ...): replace it
            self._replace(worker)
            return Answer.error(500, "the query stopped its worker; it has been restarted")
        self._replace(worker)
        return Answer.error(503, f"the query did not finish within {timeout:g} s and was stopped")

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), set()
        for worker in workers:
            worker.stop()
