"""Find thesaurus labels in text: longest match wins, no overlaps.

Scripts without word spaces (Japanese, Chinese) match labels as substrings, ignoring white space
(line joins leave spaces inside CJK words). Other languages match whole words, case-insensitively,
except acronyms ("ARF", "WTO", "G8"), which must match with their case; English labels also
accept a plural ``s``/``es``. With ``inflect=True``, languages listed in ``inflection.yaml`` (Russian)
match each label word by its stem plus any inflectional ending ("терроризм" finds "терроризмом").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

#: languages written without spaces between words
UNSPACED = frozenset({"ja", "zh", "ko", "th"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"}
                        | {"\u2019": "'", "\u2018": "'", "\u0451": "\u0435", "\u0401": "\u0415"})
INFLECTION_FILE = Path(__file__).with_name("inflection.yaml")


@dataclass(frozen=True)
class Hit:
    """One label occurrence; offsets into the text that was searched."""

    start: int
    end: int
    label: str
    targets: tuple[tuple[str, str], ...]  # (target id, label kind) for every entry with this label


def is_acronym(label: str) -> bool:
    """True for labels that must match case-sensitively: no lower-case letter, at least one upper-case."""
    return any(c.isupper() for c in label) and not any(c.islower() for c in label)


def _fold(text: str) -> str:
    """Lower-case without changing length; unify dashes and apostrophes."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_DASHES))


@lru_cache(maxsize=None)
def _inflection(lang: str) -> tuple[int, tuple[str, ...]] | None:
    """(minimum stem length, endings longest first) of ``lang``, None when it is not inflected."""
    data = (yaml.safe_load(INFLECTION_FILE.read_text(encoding="utf-8")) or {}).get(lang)
    if not data:
        return None
    return int(data.get("min_stem", 3)), tuple(sorted(data["endings"], key=len, reverse=True))


def stem(word: str, lang: str) -> str:
    """``word`` (folded) without its longest inflectional ending; unchanged in uninflected languages."""
    rules = _inflection(lang)
    if rules is None:
        return word
    min_stem, endings = rules
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[: -len(ending)]
    return word


def _inflected_pattern(key: str, lang: str) -> re.Pattern:
    """Regex for a folded label whose words may take any ending of ``lang``."""
    endings = "|".join(map(re.escape, _inflection(lang)[1]))
    parts = re.split(r"(\s+|-)", key)
    out = []
    for part in parts:
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif part == "-":
            out.append(r"\s*-\s*")
        else:
            out.append(re.escape(stem(part, lang)) + f"(?:{endings})?" if part.isalpha() else re.escape(part))
    return re.compile(r"(?<!\w)" + "".join(out) + r"(?!\w)")


def _compact(text: str) -> tuple[str, list[int]]:
    """Text without white space plus the map from compact index to original index."""
    keep = [i for i, c in enumerate(text) if not c.isspace()]
    return "".join(text[i] for i in keep), keep


class LabelIndex:
    """Labels of one language mapped to targets (e.g. notations), searchable in text."""

    def __init__(self, entries: list[tuple[str, str, str]], lang: str, inflect: bool = False) -> None:
        """``entries``: (label, target, kind) triples, all in language ``lang``.

        ``inflect``: match word stems in languages listed in ``inflection.yaml``.
        """
        self.lang = lang
        self.unspaced = lang.split("-")[0] in UNSPACED
        self.inflected = inflect and not self.unspaced and _inflection(lang.split("-")[0]) is not None
        table: dict[tuple[str, bool], dict[str, set[tuple[str, str]]]] = {}
        for label, target, kind in entries:
            label = label.strip()
            if not label:
                continue
            exact = is_acronym(label)
            key = "".join(label.split()) if self.unspaced else (label.translate(_DASHES) if exact else _fold(label))
            table.setdefault((key, exact), {}).setdefault(label, set()).add((target, kind))
        self._labels = sorted(
            (key, exact, min(forms), tuple(sorted(set().union(*forms.values()))))
            for (key, exact), forms in table.items()
        )
        base = lang.split("-")[0]
        self._patterns = {key: _inflected_pattern(key, base) for key, exact, _, _ in self._labels
                          if self.inflected and not exact}

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping hits in ``text``, longest first when they compete, sorted by position."""
        if self.unspaced:
            view, back = _compact(text.translate(_DASHES))
            folded = _fold(view)
        else:
            view, back = text.translate(_DASHES), list(range(len(text)))
            folded = _fold(text)
        candidates = []
        for key, exact, label, targets in self._labels:
            if key in self._patterns:
                candidates.extend((m.start(), m.end(), label, targets) for m in self._patterns[key].finditer(folded))
                continue
            hay = view if exact else folded
            start = hay.find(key)
            while start >= 0:
                end = start + len(key)
                end = self._accept(hay, start, end, exact)
                if end:
                    candidates.append((start, end, label, targets))
                start = hay.find(key, start + 1)
        return self._resolve(candidates, back, len(text))

    def _accept(self, hay: str, start: int, end: int, exact: bool) -> int:
        """End offset of an acceptable match (plural suffix included), 0 if it is not a whole word."""
        if self.unspaced:
            return end
        if start > 0 and hay[start - 1].isalnum():
            return 0
        if end < len(hay) and hay[end].isalnum() and self.lang == "en" and not exact:
            for suffix in ("s", "es"):
                stop = end + len(suffix)
                if hay[end:stop] == suffix and (stop == len(hay) or not hay[stop].isalnum()):
                    return stop
            return 0
        if end < len(hay) and hay[end].isalnum():
            return 0
        return end

    @staticmethod
    def _resolve(candidates: list, back: list[int], length: int) -> list[Hit]:
        taken: list[tuple[int, int]] = []
        hits = []
        for start, end, label, targets in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            raw_end = back[end - 1] + 1 if end - 1 < len(back) else length
            hits.append(Hit(back[start], raw_end, label, targets))
        return sorted(hits, key=lambda h: h.start)
