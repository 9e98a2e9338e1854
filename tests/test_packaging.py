"""The package carries everything it reads at run time, and declares everything it imports."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
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


def test_every_imported_distribution_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {re.split(r"[<>=!~ \[]", r, maxsplit=1)[0].lower().replace("_", "-")
                for r in config["project"]["dependencies"]}
    imported = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"pledgegraph"}
    distributions = packages_distributions()
    needed = {d.lower().replace("_", "-") for module in third_party for d in distributions.get(module, [module])}
    assert needed <= declared, needed - declared
