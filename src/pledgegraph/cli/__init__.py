"""Command line: one thin module per command; the logic lives in the library packages.

Errors end in one coded line on standard error (exit 2), never a traceback; EPILOG lists the exit statuses.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback

from .. import __version__
from ..errors import E, PledgegraphError
from ..query import QUERIES_ENV
from .output import discard_stdout

COMMANDS = ("build", "validate", "query", "trace", "export", "serve", "push")  # modules of this package
DEBUG_ENV = "PLEDGEGRAPH_DEBUG"
ERROR, INTERRUPTED = 2, 130
EPILOG = f"""exit status: 0 done, 1 validate found problems, 2 error, 3 build skipped some documents, 130 interrupted

environment:
  {DEBUG_ENV}=1  show the traceback of an internal error ([E900])
  {QUERIES_ENV}=DIR  use the .rq files of DIR instead of the bundled queries (see query --help)"""


def _named_command(argv: list[str] | None) -> str | None:
    """The command ``argv`` starts with, if it starts with one."""
    argv = sys.argv[1:] if argv is None else argv
    return argv[0] if argv and argv[0] in COMMANDS else None


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``argv`` starting with a command, of that command alone, so that only its module
    is imported (``pledgegraph query`` starts without the libraries of ``build`` and ``export``)."""
    ap = argparse.ArgumentParser(prog="pledgegraph", description=__doc__.splitlines()[0], epilog=EPILOG,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"pledgegraph {__version__}",
                    help="print the version and exit")
    sub = ap.add_subparsers(dest="command", required=True)
    named = _named_command(argv)
    for name in [named] if named else COMMANDS:
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return ap


def fail(err: PledgegraphError) -> int:
    print(f"pledgegraph: {err}", file=sys.stderr)
    return ERROR


def main(argv: list[str] | None = None) -> int:
    """Run one command; expected failures print one coded line, never a traceback (unless PLEDGEGRAPH_DEBUG=1)."""
    try:
        ap = parser(argv)
        args = ap.parse_args(argv)
        if hasattr(args, "check"):
            args.check(ap, args)
        return args.run(args)
    except PledgegraphError as err:
        return fail(err)
    except BrokenPipeError:  # a command that printed without cli.output.emit; its output was cut short
        discard_stdout()
        return 0
    except KeyboardInterrupt:
        print(f"pledgegraph: {PledgegraphError(E.E901)}", file=sys.stderr)
        return INTERRUPTED
    except Exception as err:
        if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
            traceback.print_exc()
        return fail(PledgegraphError(E.E900, kind=type(err).__name__, detail=" ".join(str(err).split())))
