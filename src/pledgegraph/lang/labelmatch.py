"""Find thesaurus labels in text: longest match wins, no overlaps.

Scripts without word spaces (Japanese, Chinese) match labels as substrings, ignoring white space
(line joins leave spaces inside CJK words). Other languages match whole words, case-insensitively,
except acronyms ("ARF", "WTO", "G8"), which must match with their case; English labels also
accept a plural ``s``/``es``. With ``inflect=True``, languages listed in ``inflection.yaml`` (Russian)
match each label word by its stem plus any inflectional ending ("терроризм" finds "терроризмом").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

#: languages written without spaces between words
UNSPACED = frozenset({"ja", "zh", "ko", "th"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"}
                        | {"\u2019": "'", "\u2018": "'", "\u0451": "\u0435", "\u0401": "\u0415"})
INFLECTION_FILE = Path(__file__).with_name("inflection.yaml")
_SPACE = re.compile(r"\s+")  # the same characters as str.isspace()
_END = ""  # trie key of the entry that ends at a node (no label character is empty)


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
    text = text.translate(_DASHES)
    lowered = text.lower()
    # str.lower() equals the per-character fold unless a character expands (İ) or a final sigma occurs
    if len(lowered) == len(text) and "\u03a3" not in text:
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


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


def _compact(text: str) -> tuple[str, list[int] | range]:
    """Text without white space plus the map from compact index to original index."""
    gaps = list(_SPACE.finditer(text))
    if not gaps:
        return text, range(len(text))
    keep: list[int] = []
    start = 0
    for gap in gaps:
        keep.extend(range(start, gap.start()))
        start = gap.end()
    keep.extend(range(start, len(text)))
    return _SPACE.sub("", text), keep


@dataclass(frozen=True)
class _Key:
    """A searchable label key and what a match of it means; ``rank`` is its place in the sorted label list
    (ties between equal spans go to the lower rank)."""

    rank: int
    key: str
    exact: bool
    label: str
    targets: tuple[tuple[str, str], ...]


class _Trie:
    """Keys as a character trie, to find every key occurrence (overlaps included) in one pass."""

    def __init__(self, keys: list[_Key], word_start: bool) -> None:
        self.root: dict = {}
        for entry in keys:
            node = self.root
            for ch in entry.key:
                node = node.setdefault(ch, {})
            node[_END] = entry
        first = "".join(sorted(self.root))
        # positions where a key may start: its first character, and (spaced scripts) no letter or digit before
        boundary = r"(?<![^\W_])" if word_start else ""
        self.starts = re.compile(boundary + "(?=[" + _char_class(first) + "])") if first else None

    def occurrences(self, hay: str):
        """``(start, end, key)`` of every key occurrence in ``hay``."""
        if self.starts is None:
            return
        root, size = self.root, len(hay)
        for m in self.starts.finditer(hay):
            start = pos = m.start()
            node = root
            while pos < size:
                node = node.get(hay[pos])
                if node is None:
                    break
                pos += 1
                entry = node.get(_END)
                if entry is not None:
                    yield start, pos, entry


def _char_class(chars: str) -> str:
    """``chars`` escaped for use inside a regex character class."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


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
        keys = [_Key(rank, key, exact, label, targets)
                for rank, (key, exact, label, targets) in enumerate(self._labels)]
        self._inflected_keys = [k for k in keys if k.key in self._patterns]
        plain = [k for k in keys if k.key not in self._patterns]
        word_start = not self.unspaced
        self._exact = _Trie([k for k in plain if k.exact], word_start)
        self._folded = _Trie([k for k in plain if not k.exact], word_start)

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping hits in ``text``, longest first when they compete, sorted by position."""
        if self.unspaced:
            view, back = _compact(text.translate(_DASHES))
            folded = _fold(view)
        else:
            view, back = text.translate(_DASHES), range(len(text))
            folded = _fold(text)
        candidates = []
        for k in self._inflected_keys:
            candidates.extend((m.start(), m.end(), k) for m in self._patterns[k.key].finditer(folded))
        for hay, trie in ((view, self._exact), (folded, self._folded)):
            for start, end, k in trie.occurrences(hay):
                end = self._accept(hay, start, end, k.exact)
                if end:
                    candidates.append((start, end, k))
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
    def _resolve(candidates: list, back: list[int] | range, length: int) -> list[Hit]:
        """Longest candidates first (then leftmost, then lowest label rank); a candidate overlapping a
        kept one is dropped."""
        starts: list[int] = []  # kept spans, disjoint, sorted by start (so their ends are sorted too)
        ends: list[int] = []
        hits = []
        for start, end, k in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2].rank)):
            i = bisect_right(starts, start)
            if (i and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            raw_end = back[end - 1] + 1 if end - 1 < len(back) else length
            hits.append(Hit(back[start], raw_end, k.label, k.targets))
        return sorted(hits, key=lambda h: h.start)
