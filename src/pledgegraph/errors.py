"""Error messages with codes, in one place (spaCy style).

Raise ``PledgegraphError(E.E001, path=...)``; the CLI prints ``[E001] message`` and exits non-zero.
"""
from __future__ import annotations


class E:
    """Message templates; ``str.format`` fields are filled by the raiser."""

    # ingest (E0xx)
    E001 = "Cannot decode {path}: not valid text in any supported encoding ({detail})."
    E002 = "{path} is empty: there is no text to extract pledges from."
    E003 = "{path} looks like a binary file, not text."
    E004 = "{path}: language '{lang}' is not supported (supported: {supported})."
    E005 = "Malformed metadata sidecar {path}: {detail}"
    E006 = "No such file or folder: {path}"
    E007 = "No .txt documents found in {path}."
    E008 = "{path} is too large ({size} bytes; the limit is {limit} bytes)."
    E009 = "{path} and {other} have the same file name; documents are identified by it, so rename one."
    # build and output (E1xx)
    E101 = "The built graph does not conform to the shapes ({count} problems); the previous output is kept.\n{report}"
    E102 = "Cannot write output folder {path}: {detail}"
    # query (E2xx)
    E201 = "Unknown query '{name}'. Available: {available}."
    E202 = "Cannot read graph {path}: {detail}"
    E203 = "Bad query parameter {name}={value}: {detail}"
    # validation (E3xx)
    E301 = "Ontology is inconsistent according to HermiT: {detail}"
    E302 = "HermiT could not reason over the graph: {detail}"


class PledgegraphError(Exception):
    """An expected failure with a user-facing message and a code."""

    def __init__(self, template: str, **fields: object) -> None:
        code = next((k for k, v in vars(E).items() if v == template), "E000")
        self.code = code
        super().__init__(f"[{code}] {template.format(**fields)}")
