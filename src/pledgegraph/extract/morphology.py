"""Cues recognised by the form of a word rather than its spelling, for languages whose cue lexicon lists
``morph_cues``: Russian with pymorphy3 (a verb in the future tense, "проведут", "примем", pledges what the
sides will do, whatever the verb) and Japanese with SudachiPy (a clause-final verb in the plain present,
"協力を推進する。", is a treaty-style pledge).

Each morph cue names a part of speech, grammemes (pymorphy3 tags; Sudachi conjugation type and form) the word
must carry, lemmas it must or must not have, and optionally the parts of speech the next word must have
("будут решены", "推進する。").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\w+(?:-\w+)?")
ANALYZERS = {"ru": "pymorphy3", "ja": "sudachi"}
SUDACHI_CHUNK = 10_000  # characters tokenised per call
PUNCTUATION = "補助記号"  # Sudachi's punctuation, told apart by its subtype


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
    if ANALYZERS.get(language) == "sudachi":
        from sudachipy import dictionary

        return dictionary.Dictionary().tokenizer()
    return None


def _words(text: str, language: str) -> list[tuple[int, int, tuple[str, str, frozenset[str]]]]:
    """(start, end, (lemma, part of speech, grammemes)) of the words of ``text``."""
    if ANALYZERS.get(language) != "sudachi":
        return [(w.start(), w.end(), analyse_word(language, w.group().lower())) for w in WORD.finditer(text)]
    out = []
    for offset in range(0, len(text), SUDACHI_CHUNK):  # Sudachi takes at most ~49 kB per call
        for m in _analyzer(language).tokenize(text[offset:offset + SUDACHI_CHUNK]):
            pos = m.part_of_speech()
            kind = f"{pos[0]}-{pos[1]}" if pos[0] == PUNCTUATION else pos[0]  # a full stop (句点) or a comma (読点)
            out.append((offset + m.begin(), offset + m.end(), (m.dictionary_form(), kind, frozenset(pos[4:6]))))
    return out


@lru_cache(maxsize=200_000)
def analyse_word(language: str, word: str) -> tuple[str, str, frozenset[str]]:
    """(lemma, part of speech, grammemes) of the most likely analysis of ``word``; a verb of both aspects
    ("реализуются", "осознает") reads in the present, which it always can, not as a future."""
    parses = _analyzer(language).parse(word)
    parsed = parses[0]
    if "futr" in parsed.tag:
        parsed = next((p for p in parses if p.tag.POS == parsed.tag.POS and "pres" in p.tag), parsed)
    return parsed.normal_form, str(parsed.tag.POS or ""), frozenset(parsed.tag.grammemes)


@lru_cache(maxsize=50_000)
def cases(language: str, word: str) -> frozenset[str]:
    """Every grammatical case an analysis of ``word`` gives it (empty without an inflection analyser)."""
    if ANALYZERS.get(language) != "pymorphy3":
        return frozenset()
    return frozenset(str(p.tag.case) for p in _analyzer(language).parse(word.lower()) if p.tag.case)


@lru_cache(maxsize=10_000)
def person_name(language: str, word: str) -> bool:
    """Whether an analysis of ``word`` reads it as a given name or a surname ("Путин", "Бердымухамедов"); False
    without an inflection analyser."""
    if ANALYZERS.get(language) != "pymorphy3":
        return False
    return any({"Surn", "Name"} & set(p.tag.grammemes) for p in _analyzer(language).parse(word))


@lru_cache(maxsize=10_000)
def adjective(language: str, word: str) -> bool:
    """Whether the likeliest analysis of ``word`` is an adjective ("российские"); False without an inflection
    analyser."""
    if ANALYZERS.get(language) != "pymorphy3":
        return False
    return str(_analyzer(language).parse(word.lower())[0].tag.POS) in {"ADJF", "ADJS"}


def _matches(cue: MorphCue, analysis: tuple[str, str, frozenset[str]]) -> bool:
    lemma, pos, grammemes = analysis
    return (pos in cue.pos and cue.grammemes <= grammemes and (not cue.lemmas or lemma in cue.lemmas)
            and lemma not in cue.except_lemmas)


NEXT_REACH = 3  # words looked at after an auxiliary: adverbs and particles may stand between ("будем и дальше развивать")
SKIPPABLE = frozenset({"ADVB", "PRCL", "CONJ", "COMP"})


def _next_is(following: list, pos: frozenset[str]) -> bool:
    """Whether the first word after an auxiliary that is not an adverb, particle or conjunction has one of ``pos``."""
    for _, _, analysis in following:
        if analysis[1] in pos:
            return True
        if analysis[1] not in SKIPPABLE:
            return False
    return False


def morph_hits(text: str, language: str, cues: tuple[MorphCue, ...]) -> list[tuple[int, int, object]]:
    """(start, end, Cue) of every word of ``text`` that a morph cue matches."""
    if not cues or _analyzer(language) is None:
        return []
    words = _words(text, language)
    hits = []
    for i, (start, end, analysis) in enumerate(words):
        for cue in cues:
            if not _matches(cue, analysis):
                continue
            if cue.next_pos and not _next_is(words[i + 1:i + 1 + NEXT_REACH], cue.next_pos):
                continue
            hits.append((start, end, cue.cue))
            break
    return hits

