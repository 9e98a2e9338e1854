"""The integrity-check files: documented headers, zero rows on the valid examples."""
from __future__ import annotations

import pytest

from pledgegraph.validate.checks import CHECKS_DIR, SUFFIX, check_names, run_checks

NAMES = check_names()


@pytest.mark.parametrize("name", NAMES)
def test_check_file_starts_with_title_detects_fix(name):
    lines = (CHECKS_DIR / f"{name}{SUFFIX}").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# title: ")
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "# detects: " in header and "# fix: " in header


def test_all_checks_return_zero_rows_on_the_valid_example(valid_graph):
    results = run_checks(valid_graph)
    assert [r.name for r in results] == NAMES
    assert {r.name: r.rows for r in results if r.rows} == {}
