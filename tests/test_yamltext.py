"""YAML text as data (yamltext): libyaml's safe loader where PyYAML has it, giving what PyYAML's Python loader gives."""
from __future__ import annotations

import pytest
import yaml

from pledgegraph import bundled, yamltext

BUNDLED = sorted(bundled.path(".").rglob("*.yaml"))


def test_the_c_loader_is_used_where_pyyaml_has_it():
    assert yamltext.LOADER is (yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(bundled.path("."))))
def test_every_bundled_yaml_file_reads_as_pythons_safe_loader_reads_it(path):
    text = path.read_text(encoding="utf-8")
    assert yamltext.safe_load(text) == yaml.safe_load(text)


def test_bad_yaml_raises_a_yaml_error():
    with pytest.raises(yaml.YAMLError):
        yamltext.safe_load("a: [1, 2\nb: }")
