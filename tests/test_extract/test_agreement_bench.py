"""bench/agreement.py reads a second annotation as a system's output: a gold set scored against itself agrees fully,
and one provision's modality changed shows in the figures."""
from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "blind"


def _module(name: str):
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_second_annotation_is_scored_as_a_system():
    agreement = _module("agreement")
    q = agreement.q
    gold = q.load_gold(DATA / "gold", [DATA])
    same = q.score(gold, agreement.as_system(gold, [DATA]))
    assert same["commitment_f1"] == same["strict_f1"] == same["provision_f1"] == 1.0
    other = copy.deepcopy(gold)
    first = next(p for d in other.values() for p in d["provisions"] if p["modality"] == "intend")
    first["modality"] = "welcome"
    first["committal"] = False
    changed = q.score(gold, agreement.as_system(other, [DATA]))
    assert changed["commitment_f1"] < 1.0 and changed["modality"] < 1.0
