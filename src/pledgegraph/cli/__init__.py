"""Command line: one thin module per command; the logic lives in the library packages."""
from __future__ import annotations

import argparse
import os
import sys

from ..errors import PledgegraphError
from . import build, query, trace, validate

COMMANDS = (build, validate, query, trace)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="pledgegraph", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_parser(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except PledgegraphError as err:
        print(f"pledgegraph: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into e.g. `head`, which closed early
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
