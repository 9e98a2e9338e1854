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
    E010 = "None of the {count} input documents could be used, so nothing was built:\n{problems}"
    E011 = "Cannot read {path}: {detail}"
    E012 = "Could not analyse {path} ({detail}); this is a bug in pledgegraph, please report it."
    E013 = "A provision in {path} at {locator} names no state that could be identified as its actor."
    E014 = "The graph of {path} broke the shapes ({detail}); this is a bug in pledgegraph, please report it."
    # build and output (E1xx)
    E101 = "The built graph does not conform to the shapes ({count} problems); the previous output is kept.\n{report}"
    E102 = "Cannot write output folder {path}: {detail}"
    E103 = ("Refusing to write into {path}: it is not empty and pledgegraph did not write it (it has no {manifest})."
            " Choose a new or empty folder.")
    E104 = ("Refusing to overwrite {files} in {path}: not as pledgegraph wrote them (changed since, or someone"
            " else's). Move them away or choose another folder.")
    E105 = "An evolution link {link} broke the shapes ({detail}); it was left out. This is a bug in pledgegraph."
    E106 = "Cannot write {path}: {detail}"
    E107 = "SOURCE_DATE_EPOCH={value} is not a whole number of seconds since 1970 ({detail})."
    E108 = ("Refusing to use {path} as the document cache: {detail}. Choose a new or empty folder, or one"
            " pledgegraph made (it holds CACHEDIR.TAG).")
    E109 = "Cannot use the executor {spec}: {detail}"
    # query (E2xx)
    E201 = "Unknown query '{name}'. Available: {available}."
    E202 = "Cannot read graph {path}: {detail}"
    E203 = "Bad query parameter {name}={value}: {detail}"
    E204 = "SPARQL syntax error in {path}{where}: {detail}"
    E205 = "{path} holds no triples (an empty or comment-only file): nothing to query or validate."
    E206 = "No such query file or folder: {path}"
    E207 = "Cannot read query file {path}: {detail}"
    E208 = ("{path} line {line} uses SERVICE, which would send requests to another server; "
            "pass --allow-service if you mean it.")
    # validation (E3xx)
    E301 = "Ontology is inconsistent according to HermiT: {detail}"
    E302 = "HermiT could not reason over the graph: {detail}"
    E303 = "No shapes (*.shapes.ttl) found in {path}: without shapes there is nothing to conform to."
    E304 = "Cannot read shapes file {path}: {detail}"
    # serving and pushing the store (E4xx)
    E401 = "Cannot reach the SPARQL server at {url}: {detail}"
    E402 = "The server at {url} refused {method} of graph <{graph}>: HTTP {status} {detail}"
    E403 = "Cannot listen on {host}:{port}: {detail}"
    # the command line itself (E9xx)
    E900 = "Internal error: {kind}: {detail} (set PLEDGEGRAPH_DEBUG=1 for the traceback)"
    E901 = "interrupted"
    E902 = "Give a query NAME or FILE.rq (`pledgegraph query --list` shows the names)."


class PledgegraphError(Exception):
    """An expected failure with a user-facing message and a code."""

    def __init__(self, template: str, **fields: object) -> None:
        code = next((k for k, v in vars(E).items() if v == template), "E000")
        self.code = code
        super().__init__(f"[{code}] {template.format(**fields)}")

    def __reduce__(self):
        """Pickle by message and code (a worker process or a Dask worker sends it back to the build)."""
        return _restore, (self.code, str(self))


def _restore(code: str, message: str) -> PledgegraphError:
    error = Exception.__new__(PledgegraphError)
    Exception.__init__(error, message)
    error.code = code
    return error
