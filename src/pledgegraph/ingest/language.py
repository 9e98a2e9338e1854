"""Language detection by script, driven by ``lang/scripts.yaml``."""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache

from pledgegraph.ingest.lexicon import lang_table

SAMPLE = 200_000  # characters of body text looked at


@lru_cache(maxsize=1)
def _range_index() -> tuple[list[int], list[tuple[int, str]]]:
    """Sorted range starts and (end, script) for bisect lookup."""
    spans = sorted((lo, hi, name) for name, spec in lang_table("scripts")["scripts"].items()
                   for lo, hi in spec["ranges"])
    return [lo for lo, _, _ in spans], [(hi, name) for _, hi, name in spans]


def script_of(char: str) -> str | None:
    """Name of the script table entry containing ``char`` (None for digits, punctuation...)."""
    starts, ends = _range_index()
    i = bisect.bisect_right(starts, ord(char)) - 1
    if i >= 0 and ord(char) <= ends[i][0]:
        return ends[i][1]
    return None


def script_counts(text: str) -> Counter:
    """Characters per script in ``text`` (first ``SAMPLE`` characters)."""
    return Counter(s for s in map(script_of, text[:SAMPLE]) if s)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the majority script of ``text``; None when it has no letters.

    Pass the body without navigation lines so that a Japanese site menu does not outvote
    an English text (see ``pledgegraph.ingest.navigation``).
    """
    table = lang_table("scripts")
    counts = script_counts(text)
    weights = {name: spec["weight"] for name, spec in table["scripts"].items()}
    group_score = {g: sum(counts[s] * weights[s] for s in members) for g, members in table["groups"].items()}
    if not any(group_score.values()):
        return None
    best_group = max(sorted(group_score), key=lambda g: group_score[g])
    group_chars = sum(counts[s] for s in table["groups"][best_group])
    for rule in table["languages"]:
        if rule["group"] != best_group:
            continue
        required = rule.get("requires")
        if required and sum(counts[s] for s in required) < rule.get("min_share", 0) * group_chars:
            continue
        if required and not sum(counts[s] for s in required):
            continue
        return rule["language"]
    return None
