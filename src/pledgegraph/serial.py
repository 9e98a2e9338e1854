"""Plain dataclasses to JSON-ready values and back, guided by their type hints (no pickle: a cache folder
that someone else wrote must never run code when it is read).

Supported field types: ``str``, ``int``, ``float``, ``bool``, ``None``, dataclasses, ``list[T]``,
``tuple[T, ...]``, ``dict[str, T]`` and ``T | None``. A value that does not fit its type raises ``ValueError``.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

SCALARS = (str, int, float, bool, type(None))


def dump(value: Any) -> Any:
    """A dataclass (or list, tuple, dict of them) as lists, dicts and scalars."""
    if dataclasses.is_dataclass(value):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [dump(v) for v in value]
    if isinstance(value, dict):
        return {k: dump(v) for k, v in value.items()}
    if isinstance(value, SCALARS):
        return value
    raise ValueError(f"cannot serialise {type(value).__name__}")


def load(kind: Any, data: Any) -> Any:
    """Rebuild a value of type ``kind`` (a dataclass or a typing form) from what :func:`dump` returned."""
    return _decoder(kind)(data)


@cache
def _decoder(kind: Any) -> Callable[[Any], Any]:
    """A function that rebuilds values of type ``kind`` (made once per type: caches hold thousands of values)."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(t for t in args if t is not type(None)))
        return lambda data: None if data is None and type(None) in args else inner(data)
    if origin in (list, tuple):
        make = list if origin is list else tuple
        if args[0] in SCALARS:
            return lambda data: make(_scalars(args[0], _expect(data, list)))
        item = _decoder(args[0])
        return lambda data: make(item(v) for v in _expect(data, list))
    if origin is dict:
        value = _decoder(args[1])
        return lambda data: {_expect(k, str): value(v) for k, v in _expect(data, dict).items()}
    if dataclasses.is_dataclass(kind):
        fields = {name: _decoder(hint) for name, hint in _hints(kind).items()}

        def build(data: Any) -> Any:
            if set(_expect(data, dict)) != set(fields):
                raise ValueError(f"{kind.__name__}: expected fields {sorted(fields)}, got {sorted(data)}")
            return kind(**{name: decode(data[name]) for name, decode in fields.items()})
        return build
    if kind in SCALARS:
        return lambda data: _scalars(kind, [data])[0]
    raise ValueError(f"cannot rebuild {kind}")


def _scalars(kind: type, values: list) -> list:
    """``values`` when each is a ``kind`` (an int where a float is expected becomes a float)."""
    if kind is float:
        values = [float(v) if type(v) is int else v for v in values]
    if not all(type(v) is kind for v in values):
        raise ValueError(f"expected values of type {kind.__name__}")
    return values


@cache
def _hints(kind: type) -> dict[str, Any]:
    """Init fields of a dataclass and their resolved types."""
    hints = typing.get_type_hints(kind)
    return {f.name: hints[f.name] for f in dataclasses.fields(kind) if f.init}


def _expect(data: Any, kind: type) -> Any:
    if not isinstance(data, kind):
        raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data
