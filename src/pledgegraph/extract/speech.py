"""Documents that are one person's speech ("Remarks by Prime Minister X", "ショルツ首相冒頭発言",
"Выступление Министра иностранных дел России"): a clause with no subject of its own is the speaker's side's.

The title and the first lines must each match the language's ``speech_title`` pattern as a whole (a heading,
not a sentence or a menu); its ``who`` group must name one party of the document (a state, a side word or a
person known to the actor table).
"""
from __future__ import annotations

from pledgegraph.model import Document

from .lexicon import Lexicon
from .stance import ActorTable

HEAD_LINES = 5  # the non-empty lines a speech's heading is looked for in


def document_speaker(doc: Document, lex: Lexicon, actors: ActorTable) -> tuple[str, ...] | None:
    """The side of the one person whose speech ``doc`` is, or None."""
    lines = [line.strip() for line in (doc.norm or doc.raw).splitlines() if line.strip()][:HEAD_LINES]
    for line in [doc.title.strip()] + lines if doc.title else lines:
        m = lex.speech_title.fullmatch(line)
        if not m:
            continue
        codes = {c for g in actors.mentions(m.group("who")) for c in g.codes}
        if len(codes) == 1 and codes <= set(doc.parties):
            return tuple(codes)
    return None
