"""What kind of text a document is (its genre) and whether it is a translation, from cue patterns per language
(``genres`` and ``translation`` in ``lang/<iso>/metadata.yaml``).

The list is a sequence of cue groups, each for one genre and one zone of the text: its title (the front matter,
else the first line), its head (the first ``HEAD`` characters) or its body (the whole text). Groups are tried in
order, so that strong evidence comes first (a news agency's marker before a headline naming a joint statement, a
page labelled "Press release" before the quotes it carries). The first cue found names the genre; the rule
records the genre, zone and cue. A text without any cue is ``other``.
"""
from __future__ import annotations

import re
from functools import cache

from pledgegraph.ingest.lexicon import metadata_lexicon
from pledgegraph.timeparse import fold_text

HEAD = 400  # characters of the text that count as its head
NOTE_REACH = 600  # characters at the start (and half as many at the end) searched for a translation note
ZONES = ("title", "head", "body")
OTHER = "other"


@cache
def _genre_cues(language: str) -> tuple[tuple[str, str, int, re.Pattern], ...]:
    """(genre, zone, index, pattern) in the order they are tried."""
    cues = []
    for group in metadata_lexicon(language).get("genres", []):
        if group["zone"] not in ZONES:
            raise ValueError(f"genre cues of {language}: unknown zone {group['zone']!r}")
        for i, pattern in enumerate(group["cues"], 1):
            cues.append((group["genre"], group["zone"], i, re.compile(pattern, re.IGNORECASE | re.MULTILINE)))
    return tuple(cues)


def detect_genre(norm: str, title: str, language: str) -> tuple[str, str]:
    """(genre, rule) of a text given its normalised view and its front matter (``title``)."""
    texts = {"title": title or norm.lstrip().split("\n", 1)[0], "head": norm[:HEAD], "body": norm}
    for genre, zone, i, pattern in _genre_cues(language):
        if pattern.search(texts[zone]):
            return genre, f"{language}.genre.{genre}.{zone}{i}"
    return OTHER, f"{language}.genre.no-cue"


@cache
def _translation(language: str) -> tuple[tuple[re.Pattern, ...], dict[str, str]]:
    table = metadata_lexicon(language).get("translation") or {}
    notes = tuple(re.compile(p, re.IGNORECASE) for p in table.get("notes") or [])
    names = {str(k).lower(): str(v) for k, v in (table.get("languages") or {}).items()}
    return notes, names


def detect_translation(raw: str, language: str) -> tuple[str | None, bool, str]:
    """(original language, authoritative, rule) from a translation note ("[原件：俄文]", "(Provisional
    Translation)", "仮訳", "Неофициальный перевод").

    The original language is the ISO 639-1 code of the language the note names, None when it names none. A
    text is authoritative unless a note says it is a translation (a note naming the text's own language as
    the original says it is the original).
    """
    notes, names = _translation(language)
    searched = fold_text(raw[:NOTE_REACH] + "\n" + raw[-NOTE_REACH // 2:])  # the raw text: a note may read as
    # navigation ("Original: English")
    for i, pattern in enumerate(notes, 1):
        m = pattern.search(searched)
        if not m:
            continue
        named = m.groupdict().get("lang")
        original = names.get(named.lower()) if named else None
        if original == language:
            return original, True, f"{language}.translation.note{i}.original"
        return original, False, f"{language}.translation.note{i}"
    return None, True, f"{language}.translation.no-note"
