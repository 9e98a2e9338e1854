"""Find thesaurus labels in text: longest match wins, no overlaps.

Scripts without word spaces (Japanese, Chinese) match labels as substrings, ignoring white space
(line joins leave spaces inside CJK words). Other languages match whole words, case-insensitively,
except acronyms ("ARF", "WTO", "G8"), which must match with their case; English labels also
accept a plural ``s``/``es``. With ``inflect=True``, languages listed in ``inflection.yaml`` (Russian)
match each label word by its stem plus any inflectional ending ("терроризм" finds "терроризмом").
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from .. import bundled, yamltext

KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")  # katakana letters and the long-vowel mark, not ・

#: languages written without spaces between words
UNSPACED = frozenset({"ja", "zh", "ko", "th"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"}
                        | {"\u2019": "'", "\u2018": "'", "\u0451": "\u0435", "\u0401": "\u0415"})
_DASHES_FOUND = re.compile("[" + "".join(map(chr, sorted(_DASHES))) + "]")
INFLECTION_FILE = bundled.lang() / "inflection.yaml"


def _latin_bases() -> dict[int, str]:
    """Accented Latin letters to their base letter, one character for one ("Việt Nam" finds "Viet Nam")."""
    table = {ord("đ"): "d", ord("Đ"): "D", ord("ı"): "i"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_LATIN_BASES = _latin_bases()
_ACCENTED = re.compile("[" + "".join(map(chr, sorted(_LATIN_BASES))) + "]")
_SPACE = re.compile(r"\s+")  # the same characters as str.isspace()
_START = itemgetter(0)  # start of an occurrence (start, end, key)
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


def _unify(text: str) -> str:
    """Dashes and apostrophes unified, ё as е (one character for one, so offsets hold)."""
    return text.translate(_DASHES) if _DASHES_FOUND.search(text) else text


def _fold(text: str) -> str:
    """Lower-case without accents on Latin letters, without changing length; unify dashes and apostrophes."""
    text = _unify(text)
    if _ACCENTED.search(text):
        text = text.translate(_LATIN_BASES)
    lowered = text.lower()
    # str.lower() equals the per-character fold unless a character expands (İ) or a final sigma occurs
    if len(lowered) == len(text) and "\u03a3" not in text:
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lru_cache(maxsize=None)
def _inflection(lang: str) -> tuple[int, tuple[str, ...]] | None:
    """(minimum stem length, endings longest first) of ``lang``, None when it is not inflected."""
    data = (yamltext.safe_load(INFLECTION_FILE.read_text(encoding="utf-8")) or {}).get(lang)
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
    """Keys found in one regex pass (the keys as a trie, run in C), overlaps included."""

    def __init__(self, keys: list[_Key], word_start: bool) -> None:
        by_key = {k.key: k for k in keys}
        # a key found at an offset implies every key that is a prefix of it (shortest first)
        self.chains = {key: tuple(by_key[key[:n]] for n in range(1, len(key) + 1) if key[:n] in by_key)
                       for key in by_key}
        longest = longest_regex(by_key)
        # the longest key at each offset, in spaced scripts only where no letter or digit precedes
        boundary = r"(?<![^\W_])" if word_start else ""
        self.finder = re.compile(f"{boundary}(?={longest})") if by_key else None
        self.at = re.compile(f"(?={longest})") if by_key else None

    def occurrences(self, hay: str) -> list[tuple[int, int, _Key]]:
        """``(start, end, key)`` of every key occurrence in ``hay``, by start."""
        if self.finder is None:
            return []
        chains = self.chains
        found: list[tuple[int, int, _Key]] = []
        for m in self.finder.finditer(hay):
            start = m.start()
            found.extend((start, start + len(k.key), k) for k in chains[m.group(1)])
        return found

    def walk(self, hay: str, start: int, stop: int) -> list[tuple[int, int, _Key]]:
        """``(start, end, key)`` of the keys that occur at ``start`` and end by ``stop``."""
        m = self.at.match(hay, start, stop) if self.at else None
        return [(start, start + len(k.key), k) for k in self.chains[m.group(1)]] if m else []


def longest_regex(words: Iterable[str]) -> str:
    """A regex, with one group, capturing the longest of ``words`` that begins where it is tried (the words as
    a character trie; a first-character test lets the engine skip other offsets quickly)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True
    if not trie:
        return "(?!)"
    first = "[" + "".join(re.escape(ch) for ch in sorted(trie)) + "]"
    return f"(?={first})({_trie_pattern(trie)})"


def _trie_pattern(node: dict) -> str:
    """Regex for the trie below ``node``, preferring the longest word (greedy optional continuation)."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


class LabelIndex:
    """Labels of one language mapped to targets (e.g. notations), searchable in text."""

    def __init__(self, entries: list[tuple[str, str, str]], lang: str, inflect: bool = False,
                 proper: bool = False) -> None:
        """``entries``: (label, target, kind) triples, all in language ``lang``.

        ``inflect``: match word stems in languages listed in ``inflection.yaml``; ``proper``: the labels are
        proper names, so one written with a capital matches only text written with one ("Male", not "male").
        """
        self.lang = lang
        self.unspaced = lang.split("-")[0] in UNSPACED
        self.proper = proper and not self.unspaced
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
        return self.scan(text).find(0, len(text))

    def scan(self, text: str) -> LabelScan:
        """Every label occurrence in ``text``, found once, to ask for the hits of many slices of it."""
        return LabelScan(self, text)


class LabelScan:
    """The label occurrences of one text: ``find(start, end)`` equals ``index.find(text[start:end])``
    without searching the slice again (context windows of the clauses of a long paragraph)."""

    def __init__(self, index: LabelIndex, text: str) -> None:
        self.index = index
        self.text = text
        if index.unspaced:
            self.view, self.back = _compact(_unify(text))
            self.folded = _fold(self.view)
        else:
            self.view, self.back = _unify(text), range(len(text))
            self.folded = _fold(text)
        # per haystack: the trie and its occurrences (start order); spaced scripts only at word starts
        self._found = []
        for hay, trie in ((self.view, index._exact), (self.folded, index._folded)):
            self._found.append((hay, trie, trie.occurrences(hay)))

    def find(self, start: int, end: int) -> list[Hit]:
        """Hits of ``text[start:end]``, offsets relative to ``start``."""
        lo, hi = (bisect_left(self.back, start), bisect_left(self.back, end)) if self.index.unspaced \
            else (start, min(end, len(self.text)))
        index = self.index
        candidates = []
        if index._inflected_keys:
            window = self.folded[lo:hi]
            candidates.extend((m.start() + lo, m.end() + lo, k) for k in index._inflected_keys
                              for m in index._patterns[k.key].finditer(window) if self._cased(k, m.start() + lo))
        for hay, trie, occurrences in self._found:
            found = occurrences[bisect_left(occurrences, lo, key=_START):bisect_left(occurrences, hi, key=_START)]
            if lo and not index.unspaced and hay[lo - 1].isalnum():
                found = trie.walk(hay, lo, hi) + found  # the slice starts a word that the text does not
            for s, e, k in found:
                if not self._cased(k, s):
                    continue
                if e <= hi:
                    e = self._accept(hay, s, e, k.exact, lo, hi)
                    if e:
                        candidates.append((s, e, k))
        return self._resolve(candidates, start)

    def _cased(self, key: _Key, start: int) -> bool:
        """Whether the text at ``start`` is written as a proper name's label must be: with its capital."""
        return not (self.index.proper and key.label[:1].isupper() and not self.text[start].isupper())

    def _accept(self, hay: str, start: int, end: int, exact: bool, lo: int, hi: int) -> int:
        """End offset of an acceptable match in ``hay[lo:hi]`` (plural suffix included), 0 if it is not a
        whole word."""
        if self.index.unspaced:
            # a name in katakana is a whole word: マリ is not in マリン (Marin), nor in アマリ
            if KATAKANA.fullmatch(hay, start, end) and (
                    (start > lo and KATAKANA.match(hay, start - 1)) or (end < hi and KATAKANA.match(hay, end))):
                return 0
            return end
        if start > lo and hay[start - 1].isalnum():
            return 0
        if end < hi and hay[end].isalnum() and self.index.lang == "en" and not exact:
            for suffix in ("s", "es"):
                stop = end + len(suffix)
                if stop <= hi and hay[end:stop] == suffix and (stop == hi or not hay[stop].isalnum()):
                    return stop
            return 0
        if end < hi and hay[end].isalnum():
            return 0
        return end

    def _resolve(self, candidates: list, shift: int) -> list[Hit]:
        """Longest candidates first (then leftmost, then lowest label rank); a candidate overlapping a
        kept one is dropped. Hits are mapped to text offsets minus ``shift``."""
        starts: list[int] = []  # kept spans, disjoint, sorted by start (so their ends are sorted too)
        ends: list[int] = []
        hits = []
        back = self.back
        for start, end, k in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2].rank)):
            i = bisect_right(starts, start)
            if (i and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
                continue
            starts.insert(i, start)
            ends.insert(i, end)
            hits.append(Hit(back[start] - shift, back[end - 1] + 1 - shift, k.label, k.targets))
        return sorted(hits, key=lambda h: h.start)
