"""The same archive gives the same bytes whatever runs the per-document stage: this process, a pool of local
processes, or a Dask cluster."""
from __future__ import annotations

import pytest

from pledgegraph.publish import build

from .conftest import outputs


def test_a_pool_of_two_processes_writes_the_same_bytes(versions, reference, tmp_path):
    result = build([versions[1]], tmp_path / "out", jobs=2)
    assert outputs(result.out) == reference


def test_a_dask_cluster_of_two_workers_writes_the_same_bytes(versions, reference, tmp_path):
    distributed = pytest.importorskip("distributed", reason='Dask is not installed (pip install "pledgegraph[dask]")')
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        result = build([versions[1]], tmp_path / "out", executor=f"dask://{address}")
    assert outputs(result.out) == reference
