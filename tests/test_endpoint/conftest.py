"""A SPARQL endpoint over the bundled build's store, started on 127.0.0.1 for the module and stopped after."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from pledgegraph.endpoint import Endpoint, Settings

LIMIT = 7


@pytest.fixture(scope="module")
def endpoint(bundled_build):
    running = Endpoint(bundled_build.out / "store", port=0, settings=Settings(timeout=2, limit=LIMIT)).start()
    yield running
    running.close()


def call(url: str, query: str | None = None, data: bytes | None = None, method: str | None = None,
         **headers: str) -> tuple[int, dict, bytes]:
    """Status, headers and body of one request (HTTP errors included) with urllib."""
    if query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={k.replace("_", "-"): v for k, v in headers.items()})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def bindings(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]
