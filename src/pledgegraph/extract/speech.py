"""Who speaks: documents that are one person's speech ("Remarks by Prime Minister X", "ショルツ首相冒頭発言",
"Выступление Министра иностранных дел России"), where a clause with no subject of its own is the speaker's
side's; and paragraphs opening with a speaker's label ("安倍晋三首相 文大統領とともに…", "Lavrov: We …"), all
of whose sentences are that speaker's statement.

The title and the first lines must each match the language's ``speech_title`` pattern as a whole (a heading,
not a sentence or a menu); its ``who`` group must name one party of the document (a state, a side word or a
person known to the actor table).
"""
from __future__ import annotations

from pledgegraph.lang import countries
from pledgegraph.model import Document

from .lexicon import Lexicon
from .stance import ActorTable, Mention

HEAD_LINES = 5  # the non-empty lines a speech's heading is looked for in
LABEL_SLACK = 3  # characters of a label outside its mention (a title: "首相", "Mr.")


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


def label_speaker(text: str, lex: Lexicon, actors: ActorTable) -> tuple[int, Mention] | None:
    """(where the statement starts, who) when ``text`` opens with a label naming one side's speaker: a
    person, a state or a title one known person holds ("首相", "大統領")."""
    m = lex.speaker_label.match(text)
    if not m:
        return None
    who = m.group("who").strip()
    if countries.place_only(who, lex.language):
        return None  # "NEW DELHI: India and the UAE held…": a dateline
    if who in actors.roles:
        return m.end(), Mention(m.start("who"), m.end("who"), (actors.roles[who],), "person")
    found = actors.mentions(who)
    if len(found) == 1 and found[0].end - found[0].start >= len(who) - LABEL_SLACK and (
            len(found[0].codes) == 1 or found[0].kind == "all"):  # "両首脳" speak; "Kenya-USA: Joint Statement" is a title
        g = found[0]
        return m.end(), Mention(m.start("who") + g.start, m.start("who") + g.end, g.codes, g.kind)
    return None
