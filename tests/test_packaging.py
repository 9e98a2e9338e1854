"""The package carries everything it reads at run time, and declares everything it imports."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from collections.abc import Iterator
from pathlib import Path

from pledgegraph import bundled

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "pledgegraph"


def test_bundled_folders_are_the_top_level_folders():
    for name, path in (("ontology", bundled.thesaurus().parent), ("shapes", bundled.shapes()),
                       ("queries", bundled.queries()), ("corpus", bundled.corpus())):
        top = ROOT / name
        assert sorted(p.relative_to(path) for p in path.rglob("*") if p.is_file()) == \
            sorted(p.relative_to(top) for p in top.rglob("*") if p.is_file()), name


def test_package_data_patterns_cover_every_data_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["pledgegraph"]
    data = [p.relative_to(SRC) for p in SRC.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    uncovered = [str(p) for p in data if not any(p.match(pattern) or _glob(pattern).fullmatch(str(p))
                                                  for pattern in patterns)]
    assert data and not uncovered


def _glob(pattern: str) -> re.Pattern:
    """A setuptools package-data glob (``**`` spans folders) as a regex."""
    parts = re.split(r"(\*\*/|\*)", pattern)
    return re.compile("".join({"**/": "(?:.*/)?", "*": "[^/]*"}.get(p, re.escape(p)) for p in parts))


def _imports(path: Path) -> Iterator[tuple[str, bool, bool]]:
    """(top-level module, imported at module level, inside a try that catches ImportError) per import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    guarded = {id(n) for t in ast.walk(tree) if isinstance(t, ast.Try)
               and any(ast.unparse(h.type or ast.Name("")) in ("ImportError", "ModuleNotFoundError") for h in t.handlers)
               for stmt in t.body for n in ast.walk(stmt)}
    top = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            yield name.split(".")[0], id(node) in top, id(node) in guarded


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


def test_every_imported_distribution_is_declared():
    """Module-level imports are dependencies; a function may import an optional extra's module when one of its
    imports is guarded (a coded message tells the user which extra to install)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = _names(config["project"]["dependencies"])
    extras = _names([r for name, reqs in config["project"]["optional-dependencies"].items()
                     if name not in ("test", "dev") for r in reqs])
    found = [i for path in SRC.rglob("*.py") for i in _imports(path)
             if i[0] not in sys.stdlib_module_names and i[0] != "pledgegraph"]
    distributions = packages_distributions()

    def dists(module: str) -> set[str]:
        return {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
    optional = {m for m, _, _ in found} - {m for m, top, _ in found if top}
    optional = {m for m in optional if any(g for n, _, g in found if n == m) and dists(m) <= extras}
    needed = {d for m, _, _ in found if m not in optional for d in dists(m)}
    assert needed <= declared, needed - declared
    assert optional == {"distributed"}  # the one optional extra today: dask
