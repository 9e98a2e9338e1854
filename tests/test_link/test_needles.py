"""Glossary and concept patterns searched only in texts holding one of their needles (``link.needles``): the same
hits as searching every pattern, in any case and form ``re.IGNORECASE`` makes equal."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from re._casefix import _EXTRA_CASES  # the characters re.IGNORECASE makes equal beyond their lower case

import pytest

from pledgegraph.link import evidence, needles
from pledgegraph.link.evidence import normalise

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _cased() -> list[str]:
    """Every character with another case, and every one ``re`` holds equal to another beyond its lower case."""
    found = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
             and (chr(c).lower() != chr(c) or chr(c).upper() != chr(c))}
    for lower, others in _EXTRA_CASES.items():
        found.update(map(chr, (lower, *others)))
    return sorted(found)


def test_fold_keeps_the_length_and_gives_one_character_to_all_that_ignorecase_makes_equal():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert len(needles.fold(every)) == len(every)
    for c in _cased():
        same = re.compile(re.escape(c), re.IGNORECASE)
        variants = {c.lower(), c.upper(), c.title(), c.casefold()}
        variants |= {chr(x) for v in list(variants) if len(v) == 1 for x in _EXTRA_CASES.get(ord(v), ())}
        for other in (v for v in variants if len(v) == 1 and same.fullmatch(v)):
            assert needles.fold(other) == needles.fold(c), (c, other)


def _every_hit(text: str, matchers) -> list:
    """``evidence._hits`` as it was: every pattern searched."""
    hits = sorted(((m.start(), m.end(), key, kind) for key, kind, lazy in matchers for m in lazy.regex.finditer(text)
                   if m.end() > m.start()), key=lambda h: (h[0] - h[1], h[0], h[2]))
    kept = []
    for hit in hits:
        if not any(hit[0] < e and s < hit[1] for s, e, _, _ in kept):
            kept.append(hit)
    return kept


TRICKY = ["İSTANBUL PROCESS and the ıstanbul process", "the Belt and Road Inıtiative", "ΣΥΜΦΩΝΙΑ συμφωνίας",
          "Ѕtrategic partnerſhip", "ВТО и вто", "the WTO, the wto and the Wto", "一带一路倡议", "ＡＳＥＡＮ"]


@pytest.mark.parametrize("which", ["_term_matchers", "_concept_matchers"])
def test_hits_found_through_needles_are_those_of_every_pattern(which):
    matchers = getattr(evidence, which)()
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))] + TRICKY
    texts += [normalise(t.upper()) for t in texts] + [normalise(t.lower()) for t in texts]
    for text in texts:
        assert evidence._hits(text, matchers) == _every_hit(text, matchers)


def test_a_pattern_is_compiled_only_for_a_text_holding_its_needle():
    lazy = needles.Lazy(r"(?<![a-z])strateg\w*[\s\-]+partner", re.IGNORECASE, [("strateg", True)])
    assert not lazy.may_match("a partnership", needles.fold("a partnership")) and "regex" not in vars(lazy)
    assert lazy.may_match("A STRATEGIC partnership", needles.fold("A STRATEGIC partnership"))
    assert lazy.search("A STRATEGIC partnership") is not None and "regex" in vars(lazy)
