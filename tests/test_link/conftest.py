"""Hand-made documents and provisions for the linker tests."""
from __future__ import annotations

import pytest

from pledgegraph.model import Document, Provision, TimeQualifier


def make_doc(source: str, date: str, language: str = "en", doc_type: str = "joint-statement",
             title: str = "", raw: str = "", parties=("JP", "RU")) -> Document:
    """A document whose raw text is given (or a placeholder), by default a Japan–Russia one (the parties name the
    relationship its pledges belong to, as extraction finds them)."""
    return Document(source=source, raw=raw or f"text of {source}", language=language, date=date,
                    doc_type=doc_type, title=title, parties=list(parties))


def make_prov(source: str, locator: str, quote: str, modality: str = "intend", themes=("counter-terrorism",),
              actors=("JP", "RU"), concepts=(), frequency=None, deadline=None, start: int = 0) -> Provision:
    """A provision with the given quote; offsets are nominal unless ``start`` is given."""
    return Provision(source=source, locator=locator, index=1, start=start, end=start + len(quote), quote=quote,
                     actors=list(actors), modality=modality, committal=modality in {"agree", "intend", "support", "ready"},
                     themes=list(themes), concepts=list(concepts),
                     time=TimeQualifier(frequency=frequency, deadline=deadline))


@pytest.fixture()
def doc():
    return make_doc


@pytest.fixture()
def prov():
    return make_prov


@pytest.fixture()
def link_two():
    """Link an earlier (2000) and a later (2002) Japan–Russia provision: (earlier, later) -> the links."""
    from pledgegraph.link import link

    def run(earlier: Provision, later: Provision):
        return link([make_doc(earlier.source, "2000-09-05"), make_doc(later.source, "2002-02-02")], [earlier, later])
    return run
