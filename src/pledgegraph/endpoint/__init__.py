"""The store beyond one process: ``serve`` it over the SPARQL 1.1 Protocol, ``push`` it to another SPARQL server.

>>> Endpoint(Path("out/store"), port=0).start().url  # doctest: +SKIP
'http://127.0.0.1:41234/sparql'
>>> push(Path("out/store"), "http://127.0.0.1:7878/store")  # doctest: +SKIP   (SPARQL 1.1 Graph Store Protocol)
"""
from __future__ import annotations

from .push import PushReport, push
from .server import Endpoint, Settings

__all__ = ["Endpoint", "PushReport", "Settings", "push"]
