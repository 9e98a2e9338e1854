"""Cues recognised by the form of a word rather than its spelling, for languages whose cue lexicon lists
``morph_cues`` (Russian, with pymorphy3): a verb in the future tense ("проведут", "примем") pledges what the
sides will do, whatever the verb.

Each morph cue names a part of speech, grammemes the word must carry, lemmas it must or must not have, and
optionally the parts of speech one of the next two words must have ("будут решены", "будет развивать").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\w+(?:-\w+)?")
ANALYZERS = {"ru": "pymorphy3"}


@dataclass(frozen=True)
class MorphCue:
    """A cue matched on a word's analysis; ``cue`` is the Cue the hit stands for."""

    cue: object  # lexicon.Cue
    pos: frozenset[str]
    grammemes: frozenset[str]
    lemmas: frozenset[str] = frozenset()
    except_lemmas: frozenset[str] = frozenset()
    next_pos: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def _analyzer(language: str):
    if ANALYZERS.get(language) == "pymorphy3":
        import pymorphy3

        return pymorphy3.MorphAnalyzer()
    return None


@lru_cache(maxsize=200_000)
def analyse_word(language: str, word: str) -> tuple[str, str, frozenset[str]]:
    """(lemma, part of speech, grammemes) of the most likely analysis of ``word``."""
    parsed = _analyzer(language).parse(word)[0]
    return parsed.normal_form, str(parsed.tag.POS or ""), frozenset(parsed.tag.grammemes)


def _matches(cue: MorphCue, analysis: tuple[str, str, frozenset[str]]) -> bool:
    lemma, pos, grammemes = analysis
    return (pos in cue.pos and cue.grammemes <= grammemes and (not cue.lemmas or lemma in cue.lemmas)
            and lemma not in cue.except_lemmas)


def morph_hits(text: str, language: str, cues: tuple[MorphCue, ...]) -> list[tuple[int, int, object]]:
    """(start, end, Cue) of every word of ``text`` that a morph cue matches."""
    if not cues or _analyzer(language) is None:
        return []
    words = list(WORD.finditer(text))
    analyses = [analyse_word(language, w.group().lower()) for w in words]
    hits = []
    for i, word in enumerate(words):
        for cue in cues:
            if not _matches(cue, analyses[i]):
                continue
            if cue.next_pos and not any(a[1] in cue.next_pos for a in analyses[i + 1:i + 3]):
                continue
            hits.append((word.start(), word.end(), cue.cue))
            break
    return hits
