"""Progress on standard error: a bar per stage with counts and an ETA on a terminal; one plain line per finished
stage when standard error is piped or redirected, or in CI (``CI`` set)."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the pipeline itself is imported only by the commands that run it
    from ..pipeline import Progress

#: What a stage counts, in its plain line: "analyse: 998/1000 documents analysed (41.2 s)".
COUNTED = {"read": "files read", "cache": "documents from the cache", "analyse": "documents analysed"}


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


class Lines:
    """Prints one line per stage once the stage is over: its name, its counts and how long it took."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.stage: str | None = None
        self.started = self.done = self.total = 0

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        if stage != self.stage:
            self.finish()
            self.stage, self.started = stage, time.monotonic()
        self.done, self.total = done, total

    def finish(self) -> None:
        if self.stage is None:
            return
        counts = f" {self.done}/{self.total} {COUNTED[self.stage]}" if self.stage in COUNTED else ""
        print(f"pledgegraph: {self.stage}:{counts} ({time.monotonic() - self.started:.1f} s)", file=self.stream,
              flush=True)
        self.stage = None


class Bars:
    """A rich progress bar per stage: counts and an ETA for counted stages, a pulse for the others."""

    def __init__(self, bars) -> None:
        self.bars = bars
        self.stage: str | None = None
        self.task = None

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        if stage != self.stage:
            self.finish()
            self.stage = stage
            self.task = self.bars.add_task(stage, total=total or None)
        self.bars.update(self.task, completed=done, total=total or None)

    def finish(self) -> None:
        if self.task is not None:
            task = next(t for t in self.bars.tasks if t.id == self.task)
            self.bars.update(self.task, total=task.total or 1, completed=task.total or 1)
        self.task = None


@contextmanager
def progress() -> Iterator[Progress]:
    """The progress callback of a command: bars on a terminal, plain lines otherwise."""
    if not interactive():
        lines = Lines(sys.stderr)
        yield lines
        lines.finish()  # not on an error: its one coded line stays the last
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = (SpinnerColumn(), TextColumn("[bold]pledgegraph[/] {task.description:<8}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as bars:
        tracker = Bars(bars)
        yield tracker
        tracker.finish()
