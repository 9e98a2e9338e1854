"""Progress reporting: a rich status line on a terminal, silence in CI or when piped."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ..pipeline import Progress


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def progress() -> Iterator[Progress]:
    if not interactive():
        yield lambda _: None
        return
    from rich.console import Console

    with Console(stderr=True).status("starting") as status:
        yield lambda step: status.update(f"[bold]pledgegraph[/] {step}")
