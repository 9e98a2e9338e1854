"""Where the document stage runs: in this process, on a pool of local processes, or on a Dask cluster.

``open_executor(spec, jobs)`` gives an executor whose ``map(fn, items, *args)`` yields ``(index, result, error)``
for every item as it finishes (in any order: the caller puts results back in input order, so the build is the
same whatever the order). ``spec`` is ``"local"`` (``jobs`` processes; one runs in this process) or
``"dask://HOST:PORT"``, the scheduler of a Dask distributed cluster (``pip install "pledgegraph[dask]"`` here
and on its workers). The local pool starts its workers with ``forkserver`` (``spawn`` where there is none):
never a fork of a process that may hold threads.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, Protocol

from .errors import E, PledgegraphError

LOCAL = "local"
DASK = "dask://"
DASK_TIMEOUT = 30  # seconds to reach the scheduler
PER_WORKER = 256 * 1024  # with ``jobs`` unset, a local worker process is started per so many bytes of text

Outcome = tuple[int, Any, BaseException | None]


class Executor(Protocol):
    def map(self, fn: Callable, items: Sequence, *args: Any) -> Iterator[Outcome]: ...


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class InProcess:
    """Runs each item here, in order; an error is returned with its item, not raised."""

    def map(self, fn: Callable, items: Sequence, *args: Any) -> Iterator[Outcome]:
        for index, item in enumerate(items):
            try:
                yield index, fn(item, *args), None
            except Exception as err:  # the caller decides (strict builds stop at the first in input order)
                yield index, None, err


class LocalPool:
    """A pool of ``jobs`` worker processes on this machine."""

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self.pool = pool

    def map(self, fn: Callable, items: Sequence, *args: Any) -> Iterator[Outcome]:
        futures = {self.pool.submit(fn, item, *args): index for index, item in enumerate(items)}
        yield from _outcomes(as_completed(futures), futures.__getitem__)


class DaskCluster:
    """The workers of a Dask distributed cluster, through its scheduler."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def map(self, fn: Callable, items: Sequence, *args: Any) -> Iterator[Outcome]:
        from distributed import as_completed as dask_completed

        futures = self.client.map(fn, list(items), *[[a] * len(items) for a in args], pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        try:
            yield from _outcomes(dask_completed(futures), lambda f: index[f.key])
        finally:
            self.client.cancel(futures)


def _outcomes(done: Iterator, index_of: Callable[[Any], int]) -> Iterator[Outcome]:
    for future in done:
        error = future.exception()
        yield index_of(future), None if error else future.result(), error


def workers(jobs: int | None, items: int | None, size: int = 0) -> int:
    """How many local processes to start for ``items`` of ``size`` bytes in all: ``jobs``, or with ``jobs`` None
    one per core as long as each gets ``PER_WORKER`` bytes (a worker first spends seconds loading lexicons, as
    long as it takes to analyse about that much text); never more than the items."""
    items = items if items is not None else 1 << 30
    wanted = jobs if jobs is not None else min(cores(), size // PER_WORKER)
    return max(1, min(wanted, items))


@contextmanager
def open_executor(spec: str | None = LOCAL, jobs: int | None = None, items: int | None = None,
                  size: int = 0) -> Iterator[Executor]:
    """The executor named by ``spec``; a local one with a single worker (see :func:`workers`) runs in this process.

    Raises:
        PledgegraphError: E109 for an unknown spec, a Dask address that does not answer, or Dask not installed.
    """
    spec = spec or LOCAL
    if spec.startswith(DASK):
        client = _dask_client(spec)
        try:
            yield DaskCluster(client)
        finally:
            client.close()
        return
    if spec != LOCAL:
        raise PledgegraphError(E.E109, spec=spec, detail=f"expected '{LOCAL}' or '{DASK}HOST:PORT'")
    jobs = workers(jobs, items, size)
    if jobs <= 1:
        yield InProcess()
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        yield LocalPool(pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_client(spec: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise PledgegraphError(E.E109, spec=spec,
                               detail='Dask is not installed (pip install "pledgegraph[dask]")') from None
    address = "tcp://" + spec[len(DASK):]
    try:
        return Client(address, timeout=DASK_TIMEOUT)
    except (OSError, TimeoutError) as err:
        raise PledgegraphError(E.E109, spec=spec, detail=f"no scheduler answers at {address} ({err})") from None
