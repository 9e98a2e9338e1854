"""Find thesaurus labels in text: longest match wins, no overlaps.

Scripts without word spaces (Japanese, Chinese) match labels as substrings, ignoring white space
(line joins leave spaces inside CJK words). Other languages match whole words, case-insensitively,
except acronyms ("ARF", "WTO", "G8"), which must match with their case; English labels also
accept a plural ``s``/``es``.
"""
from __future__ import annotations

from dataclasses import dataclass

#: languages written without spaces between words
UNSPACED = frozenset({"ja", "zh", "ko", "th"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"} | {"\u2019": "'", "\u2018": "'"})


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


def _compact(text: str) -> tuple[str, list[int]]:
    """Text without white space plus the map from compact index to original index."""
    keep = [i for i, c in enumerate(text) if not c.isspace()]
    return "".join(text[i] for i in keep), keep


class LabelIndex:
    """Labels of one language mapped to targets (e.g. notations), searchable in text."""

    def __init__(self, entries: list[tuple[str, str, str]], lang: str) -> None:
        """``entries``: (label, target, kind) triples, all in language ``lang``."""
        self.lang = lang
        self.unspaced = lang.split("-")[0] in UNSPACED
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
