"""The extractor registry (rdflib plugin style)."""
import pytest

from pledgegraph import extract as registry


def test_default_extractor_is_registered_and_loadable():
    assert registry.DEFAULT in registry.names()
    assert callable(registry.get())


def test_unknown_extractor_name_fails():
    with pytest.raises(KeyError):
        registry.get("no-such-extractor")


def test_registered_extractor_is_used(monkeypatch):
    monkeypatch.setattr(registry, "_registry", dict(registry._registry))
    registry.register("empty", "builtins:list")
    assert "empty" in registry.names()
    assert registry.get("empty")([]) == []
