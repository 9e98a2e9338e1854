"""Archives for the build tests: generated statements in two versions, and the outputs of reference builds."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from pledgegraph.publish import OUTPUTS, build
from pledgegraph.rdf import store

BENCH = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
KEPT = (0, 1, 3, 12, 13, 24, 27, 36)  # statements of the first version: English, Japanese, Chinese, Russian
CHANGED = 3  # rewritten in the second version (English, China-Pakistan)
ADDED = 15  # added in the second version (Japanese, China-Pakistan)


def generator():
    spec = importlib.util.spec_from_file_location("generate", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file of a build, by name."""
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def store_contents(out: Path) -> tuple[set[str], list[str]]:
    """The quads of a build's store (as N-Quads lines) and its named graphs."""
    opened = store.open_store(out / store.NAME)
    try:
        return {str(q) for q in opened}, sorted(g.value for g in opened.named_graphs())
    finally:
        del opened


def name_of(folder: Path, index: int) -> str:
    return next(folder.glob(f"s{index:05d}_*.txt")).name


@pytest.fixture(scope="package")
def versions(tmp_path_factory) -> tuple[Path, Path]:
    """Two versions of one archive in four languages: the second rewrites one statement, adds one and keeps the
    rest; each has one file that cannot be used."""
    root = tmp_path_factory.mktemp("archive")
    generated, first, second = root / "all", root / "v1", root / "v2"
    generator().generate(max(KEPT + (ADDED,)) + 1, generated, bad=1)
    for folder, indices in ((first, KEPT), (second, KEPT + (ADDED,))):
        folder.mkdir()
        for name in [name_of(generated, i) for i in indices] + ["bad-binary.txt"]:
            shutil.copy(generated / name, folder / name)
    changed = second / name_of(second, CHANGED)
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("once a year", "twice a year").replace("1.", "1.", 1) + "\n", encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != text
    return first, second


@pytest.fixture(scope="package")
def reference_out(versions, tmp_path_factory) -> Path:
    """The output folder of a clean, in-process build of the second version, without a cache."""
    result = build([versions[1]], tmp_path_factory.mktemp("reference") / "out", jobs=1)
    assert result.skipped and len(result.corpus.documents) == len(KEPT) + 1
    return result.out


@pytest.fixture(scope="package")
def reference(reference_out) -> dict[str, bytes]:
    """The outputs of that build."""
    return outputs(reference_out)
