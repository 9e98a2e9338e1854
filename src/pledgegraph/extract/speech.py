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
from .morphology import person_name
from .stance import ActorTable, Mention, addressed_party

HEAD_LINES = 5  # the non-empty lines a speech's heading is looked for in
LABEL_SLACK = 3  # characters of a label outside its mention (a title: "首相", "Mr.")
STATEMENT_CHARS = 3000  # what an unplaced speaker says that is read to place them


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
    """(where the statement starts, who) when ``text`` opens with a label naming one side's speaker."""
    m = lex.speaker_label.match(text)
    found = label_mention(m.group("who"), lex, actors) if m else None
    if found is None:
        return None
    return m.end(), Mention(m.start("who") + found.start, m.start("who") + found.end, found.codes, found.kind)


def label_mention(label: str, lex: Lexicon, actors: ActorTable) -> Mention | None:
    """Who a speaker's label ("Путин", "両首脳", "首相") names: a person, a state or a title one known person holds;
    offsets in ``label``. A place (a dateline: "NEW DELHI") or a title naming a pair ("Kenya-USA: Joint
    Statement") is no speaker."""
    who = label.strip()
    lead = label.index(who) if who else 0
    if not who or countries.place_only(who, lex.language):
        return None
    if who in actors.roles:
        return Mention(lead, lead + len(who), (actors.roles[who],), "person")
    found = actors.mentions(who)
    if len(found) == 1 and found[0].end - found[0].start >= len(who) - LABEL_SLACK and (
            len(found[0].codes) == 1 or found[0].kind == "all"):
        g = found[0]
        return Mention(lead + g.start, lead + g.end, g.codes, g.kind)
    return None


def unplaced_person(name: str, lex: Lexicon, actors: ActorTable) -> bool:
    """Whether ``name`` reads as a person ("В.Путин", "Эрдоган") whom a two-party document never places."""
    label = lex.person_label.fullmatch(name.strip()) if lex.person_label is not None else None
    if label is None or len(actors.parties) != 2 or label_mention(name, lex, actors):
        return False
    return not label.groupdict().get("single") or bool(person_name(lex.language, label.group("single")))


def unplaced_side(name: str, statement: str, lex: Lexicon, actors: ActorTable) -> str | None:
    """The state of a speaker named ``name`` whom the text never places ("В.Путин:", "— сказал Бердымухамедов"),
    read off what they say: in a two-party document, a speaker who names one party only as an object or a partner
    ("отношений с ЮАР", "руководству Российской Федерации") is the other party."""
    if not unplaced_person(name, lex, actors):
        return None
    said = statement[:STATEMENT_CHARS]
    addressed = addressed_party(said, actors.mentions(said), lex, actors.parties)
    return None if addressed is None else next(p for p in actors.parties if p != addressed)
