"""Office holders and the state each speaks for (``lang/persons.yaml``): who "Путин заявил", "王毅表示" or
"Lavrov said" speaks for when the text never says. Persons the text itself introduces with their state win."""
from __future__ import annotations

from functools import lru_cache

from .. import bundled, yamltext

FALLBACK = "en"


@lru_cache(maxsize=None)
def _table() -> tuple[dict, ...]:
    data = yamltext.safe_load((bundled.lang() / "persons.yaml").read_text(encoding="utf-8")) or {}
    return tuple(data.get("persons", []))


@lru_cache(maxsize=None)
def known(language: str, parties: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name form, ISO code) of the office holders of ``parties`` as texts in ``language`` name them."""
    key = language if any(language in p for p in _table()) else FALLBACK
    return tuple((form, p["code"]) for p in _table() if p["code"] in parties for form in p.get(key, []))


@lru_cache(maxsize=None)
def sole_holder(office: str, parties: tuple[str, ...]) -> str:
    """The one party among ``parties`` whose office holders include an ``office`` (a word of their roles: "King",
    "Emir"), or "" when none or several do: who "His Majesty the King" is in a Bhutan–India text."""
    holders = {p["code"] for p in _table() if p["code"] in parties and office in p.get("role", "")}
    return holders.pop() if len(holders) == 1 else ""

