"""Standard output for commands whose reader may stop early (``pledgegraph validate ... | head -1``)."""
from __future__ import annotations

import os
import sys


def emit(text: str, end: str = "\n") -> None:
    """Print ``text`` and ``end``; if the reader has gone, drop the rest of the output and let the command carry on.

    The command then still returns its own exit status (``validate`` exits 1 on a bad graph even when piped
    into ``head``).
    """
    try:
        print(text, end=end, flush=True)
    except BrokenPipeError:
        discard_stdout()


def discard_stdout() -> None:
    """Point standard output at the null device, so that no later write or the final flush fails again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
