"""Assemble Provisions from a document's blocks: sentences -> clauses -> stance -> Provision.

Actors of a clause without a subject of its own come, in this order, from: the speaker of a quoted
statement it sits in, the other party when its cue is a counterpart one ("招待は受け入れられた"), the
speaker named by a label ("Путин:") or the heading of a speech ("Remarks by ..."), all parties when its cue
is joint ("合意した", "It was decided"), the previous
clause of the block, an introducing sentence ("イワノフ外相より以下の発言があった", "Both sides declare
as follows:"), and finally all parties. Sentences without a cue are provisions only inside a quoted
statement of one side or under an introducing sentence (default modality affirm, or the intro's).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from pledgegraph.model import Block, Document, Provision, TimeQualifier

from . import clauses as cl
from .lexicon import COMMITTAL_MODALITIES, MODALITY_RANK, Lexicon, load
from ..timeparse.dates import fold_text
from .speech import STATEMENT_CHARS, document_speaker, label_mention, label_speaker, unplaced_person, unplaced_side
from .stance import ActorTable, CueHit, Mention, Stance, analyse, find_cues, is_committal

DEFAULT_MODALITY = "affirm"
LEAD_IN_END = re.compile(r"\s*[，,]\s*")  # what follows the verb of a lead-in ("习近平指出，")
AFFIRMED = "affirm"
REQUESTED = "request"
DATELINE = re.compile(r"^.{0,24}?(?:——|--|—|电|:|：)\s*")  # "越通社万象——", "新华社北京9月20日电"
REPEAT_CHARS = 15  # a statement this long, printed twice, is one provision
ITEM_END = re.compile("[;；]")  # ends an item of a list: what follows is a pledge of its own
SKIP_REACH = 8  # characters around the governing cue searched for a skip pattern
CONTEXT_REACH = 2000  # characters of the block either side of a clause that give it context themes
TERMINATED = re.compile(r"[.!?;。．！？；」]\W*$")
SPEAKER_LABEL = re.compile(r"^\W*([^\W\d][^:：\n]{0,40}?)\s*[:：]\s*$")  # a line naming who speaks next
DATE_ONLY = re.compile(r"^[\W\d\s年月日]*$|^\W*(?:in|at|done at)\b.{0,40}\d{4}\W*$", re.IGNORECASE)


@dataclass
class Frame:
    """A stance context opened by an introducing sentence, for the paragraphs that follow it."""

    actors: tuple[str, ...]
    modality: str | None  # None: the frame only names who speaks (a speaker label)
    committal: bool
    rule: str
    owner: Block | None  # None: the whole document (a speech)
    had_children: bool = False


@dataclass
class Clause:
    """A clause with its resolved stance (local offsets into the block view)."""

    span: cl.Span
    stance: Stance
    actors: tuple[str, ...]
    explicit_actor: bool
    modality: str | None
    committal: bool
    rule: str
    confidence: float
    sentence: int


@dataclass
class BlockView:
    """The normalised text of one block and the map back to raw offsets."""

    text: str
    to_raw: list[int]

    def raw_span(self, span: cl.Span) -> tuple[int, int]:
        """Raw offsets of a local span (end exclusive, last character included)."""
        return self.to_raw[span.start], self.to_raw[span.end - 1] + 1


def block_view(doc: Document, block: Block) -> BlockView:
    """The block's text in the normalised view (raw text when there is no normalised view)."""
    if not doc.norm or len(doc.norm_to_raw) != len(doc.norm) + 1:
        return BlockView(doc.raw[block.start:block.end], list(range(block.start, block.end + 1)))
    ns = bisect_left(doc.norm_to_raw, block.start)
    ne = bisect_left(doc.norm_to_raw, block.end, lo=ns)
    return BlockView(doc.norm[ns:ne], doc.norm_to_raw[ns:ne + 1])


@dataclass
class _State:
    frames: list[Frame] = field(default_factory=list)
    heading_text: str = ""
    speaker: tuple[str, ...] | None = None  # who spoke last in the previous paragraph (named there)
    voice: Mention | None = None  # the speaker a label named ("首相 …"): their paragraphs go on to a heading
    by_locator: dict[str, Block] = field(default_factory=dict)
    remarks: tuple[str, ...] = ()  # whose remarks an introducing sentence announced last ("…以下のとおり発言")
    person: tuple[str, ...] | None = None  # the side of the last person named as a subject, in any paragraph before


def extract_provisions(doc: Document, blocks: list[Block]) -> list[Provision]:
    """All provisions of ``doc`` (see module docstring)."""
    if not doc.parties:
        _detect_parties(doc)
    doc = reading_view(doc)
    lex = load(doc.language)
    actors = ActorTable(doc, lex)
    _place_speakers(doc, blocks, lex, actors)
    state = _State(by_locator={b.locator: b for b in blocks})
    speaker = document_speaker(doc, lex, actors)  # a speech: clauses without a subject are the speaker's
    speech_frame = Frame(speaker, None, False, f"{lex.language}.modality.speaker", None) if speaker else None
    # the articles of an agreement are its terms: what they state without a stance of their own was agreed
    terms = Frame(tuple(doc.parties), "agree", True, f"{lex.language}.modality.agreement-term", None) \
        if doc.genre == AGREEMENT else None
    parents = {b.parent for b in blocks}
    out: list[Provision] = []
    said: set[str] = set()  # what was stated already (a news page prints its lead again in the body)
    for block in blocks:
        view = block_view(doc, block)
        if block.heading and not _list_item(block, parents):
            state.heading_text = view.text.strip()
            state.speaker = state.voice = None
            continue
        frame = _current_frame(state, block)
        # "また…" opening a paragraph goes on with the speaker of the one before
        carried = state.speaker if lex.continuation.match(view.text) else None
        label = label_speaker(view.text, lex, actors)
        state.voice = label[1] if label else state.voice
        voice = label or ((0, state.voice) if state.voice else None)
        article = terms if not UNNUMBERED.match(block.locator) else None
        one_side = state.speaker and len(state.speaker) < len(doc.parties)
        found = _block_clauses(view.text, lex, actors, doc, frame or speech_frame or article, carried, voice,
                               item=block.heading, last=state.speaker if one_side else state.person)
        named = [c.actors for c in found if c.explicit_actor]
        state.speaker = named[-1] if named else (carried if found else None)
        state.person = next((c.stance.subject.codes for c in reversed(found) if c.stance.subject is not None
                             and c.stance.subject.kind == "person" and len(c.stance.subject.codes) == 1), state.person)
        intro = _intro_frame(view.text, lex, actors, doc, block, found, state.remarks)
        if intro:
            state.remarks = intro.actors if intro.modality is None else state.remarks
            state.frames.append(intro)
            cut = intro_start(view.text, lex)
            found = [c for c in found if c.span.end <= cut]
        out.extend(_provisions(doc, block, view, [c for c in found if not _repeated(c.span.of(view.text), said)],
                               state.heading_text))
    return out


def _place_speakers(doc: Document, blocks: list[Block], lex: Lexicon, actors: ActorTable) -> None:
    """Add to ``actors`` the speakers the text never places, placed by what they say: a label opening a paragraph
    ("В.Путин: …"), a speaker named after a quote («…», — заявил Лавров) or at a sentence's end ("…, - сказал X.")."""
    if lex.person_label is None:
        return
    found: list[tuple[str, str]] = []  # (name, what they say)
    labelled: list[tuple[str, str]] = []
    for i, block in enumerate(blocks):
        text = block_view(doc, block).text
        label = lex.speaker_label.match(text)
        if label:
            labelled.append((label.group("who").strip(), _statement(doc, blocks, i, lex)))
        for start, end, _ in _quotes(text, lex):
            tail = _quote_speaker(text, start, end, lex)
            if tail:
                found.append((_who(tail), text[start:end]))
        for span in cl.sentences(text, lex):
            said = lex.end_speaker.search(span.of(text))
            if said:
                found.append((_who(said), span.of(text)[:said.start()]))
    for name, statement in labelled + found:
        side = unplaced_side(name, statement, lex, actors)
        if side:
            actors.add_person(name, side)
    _place_interlocutor([name for name, _ in labelled], lex, actors)


def _place_interlocutor(names: list[str], lex: Lexicon, actors: ActorTable) -> None:
    """In a two-party transcript of two labelled speakers ("Путин: …", "Эрдоган: …"), one placed and one not, the
    other speaks for the other party."""
    names = list(dict.fromkeys(n.strip() for n in names))
    if len(actors.parties) != 2 or len(names) != 2:
        return
    sides = [label_mention(n, lex, actors) for n in names]
    placed = {m.codes[0] for m in sides if m is not None and len(m.codes) == 1} & set(actors.parties)
    unplaced = [n for n in names if unplaced_person(n, lex, actors)]
    if len(placed) == 1 and len(unplaced) == 1:
        actors.add_person(unplaced[0], next(p for p in actors.parties if p not in placed))


def _statement(doc: Document, blocks: list[Block], i: int, lex: Lexicon) -> str:
    """What the speaker labelled at the start of block ``i`` says: that block and those after it, up to the next
    label or heading (at most about STATEMENT_CHARS characters)."""
    parts = [block_view(doc, blocks[i]).text]
    for block in blocks[i + 1:]:
        text = block_view(doc, block).text
        if block.heading or lex.speaker_label.match(text) or sum(map(len, parts)) >= STATEMENT_CHARS:
            break
        parts.append(text)
    return "\n".join(parts)


def _repeated(text: str, said: set[str]) -> bool:
    """Whether ``text`` states again, word for word (a dateline before it aside), what was stated before in the
    document; records it in ``said`` otherwise."""
    keys = {re.sub(r"\W+", "", t) for t in (text, DATELINE.sub("", text, count=1))}
    keys = {k for k in keys if len(k) >= REPEAT_CHARS}
    if keys & said:
        return True
    said.update(keys)
    return False


UNNUMBERED = re.compile(r"^[tsp]\d+$")
AGREEMENT = "agreement"  # the genre (ingest/genre.py) of treaties, agreements and memoranda


def _list_item(block: Block, parents: set[str | None]) -> bool:
    """A short numbered line with nothing under it is an item of a list, not a heading: in action plans and
    outlines it states a pledge without a verb ("(2)議会間交流の支援")."""
    return block.locator not in parents and not UNNUMBERED.match(block.locator)


def reading_view(doc: Document) -> Document:
    """The document as the lexicons read it: Chinese in Simplified characters (same offsets)."""
    if doc.language != "zh" or not doc.norm:
        return doc
    from pledgegraph.lang.chinese import simplified

    return replace(doc, norm=simplified(doc.norm))


def _detect_parties(doc: Document) -> None:
    from .parties import detect_parties

    doc.parties = list(detect_parties(doc))


def _current_frame(state: _State, block: Block) -> Frame | None:
    """The innermost open frame that covers ``block``; frames whose subtree was left are closed."""
    while state.frames:
        top = state.frames[-1]
        if _descends(block, top.owner, state.by_locator):
            top.had_children = True
            return top
        if top.had_children:
            state.frames.pop()
            continue
        return top
    return None


def _descends(block: Block, owner: Block, by_locator: dict[str, Block]) -> bool:
    parent = block.parent
    while parent:
        if parent == owner.locator:
            return True
        parent = by_locator[parent].parent if parent in by_locator else None
    return False


def intro_start(text: str, lex: Lexicon) -> int:
    """Start of the block's last sentence (the introducing one)."""
    spans = cl.sentences(text, lex)
    return spans[-1].start if spans else 0


def _intro_frame(text: str, lex: Lexicon, actors: ActorTable, doc: Document, block: Block,
                 found: list[Clause], remarks: tuple[str, ...] = ()) -> Frame | None:
    """A frame when the block ends with a sentence that introduces what follows; ``remarks``: whose remarks the
    last such sentence announced (a reply, "これに対し…", is the other side's)."""
    spans = cl.sentences(text, lex)
    if not spans:
        return None
    last = spans[-1].of(text)
    label = SPEAKER_LABEL.match(text)
    speaker = label_mention(label.group(1), lex, actors) if label else None
    if speaker:  # "Путин:" / "Erdoğan:" — what follows is that speaker's, with no stance of its own
        return Frame(speaker.codes, None, False, f"{lex.language}.modality.speaker", block)
    if not lex.intro.search(last) or lex.text_intro.search(last) or not (
            lex.intro_cue.search(last) or _bare_cue_before_colon(last, lex)):
        return None  # "The following is the full text of the joint statement:" introduces a text, not a stance
    stance = analyse(last, lex, actors)
    mine = [c for c in found if c.span.start >= spans[-1].start]
    who = mine[-1].actors if mine else (stance.subject.codes if stance.subject else tuple(doc.parties))
    if lex.intro_speech.search(last):  # "河野大臣から，…以下のとおり発言しました。": what follows is his
        other = tuple(p for p in doc.parties if p not in remarks)
        named = any(c.explicit_actor for c in mine) or stance.subject is not None
        if not named and len(remarks) == 1 and len(other) == 1 and lex.rejoinder.search(last):
            who = other  # "これに対し，シュクリ大臣から，…以下のとおり発言がありました。"
        return Frame(who, None, False, f"{lex.language}.modality.speaker", block)
    # the predicate that introduces is the last stance before the colon ("A and B, committed to …, have agreed
    # to:"), not a bare verb of what is introduced ("双方决定…开展合作：")
    final = max((h for h in find_cues(last, lex) if not (h.cue.frame or h.cue.bound)), key=lambda h: h.end,
                default=stance.cue)
    if final:
        return Frame(who, final.cue.modality, is_committal(last, final, lex), final.cue.id, block)
    return Frame(who, DEFAULT_MODALITY, False, f"{lex.language}.modality.intro", block)


def _bare_cue_before_colon(sentence: str, lex: Lexicon) -> bool:
    """Whether a stance verb ends the sentence right before its colon ("双方强调：", "They pledged that:"): it
    introduces what follows, with no object of its own."""
    for hit in find_cues(sentence, lex):
        gap = lex.complementizer.match(sentence, hit.end)
        if COLON_END.fullmatch(sentence, gap.end() if gap else hit.end):
            return True
    return False


COLON_END = re.compile(r"\s*[:：]\s*")


def _speeches(text: str, lex: Lexicon, actors: ActorTable,
              spoke: tuple[str, ...] | None = None) -> list[tuple[int, int, Mention | None]]:
    """Quoted statements and who makes them: (open, close, speaker). A quote spanning several sentences
    (「…。…」) is one, its speaker named before it opens; so is any quote whose speaker is named right after it
    closes (``lex.tail_speaker``: '"…," said Singapore's Deputy Prime Minister', '«…», — заявил Лавров'), or
    referred to there (``lex.anaphoric_speaker``: "— сказал он"): ``spoke``, the last one speaking before."""
    out = []
    for start, end, whole in _quotes(text, lex):
        who = analyse(_sentence_head(text, start), lex, actors).subject
        tail = _quote_speaker(text, start, end, lex)
        if who is None and tail:
            back = spoke and lex.anaphoric_speaker.match(_who(tail))
            who = None if back and _only_referent(_who(tail), back, lex) else _named_speaker(tail, lex, actors)
            if who is None and back:
                who = Mention(tail.start(), tail.end(), spoke, "person")
        if whole or (tail and who is not None):
            out.append((start, end, who))
    return out


def _only_referent(who: str, referent: re.Match, lex: Lexicon) -> bool:
    """Whether a quote's speaker phrase names nobody beyond its pronoun or bare title: what follows is an adjunct
    ("— пояснил министр на пресс-конференции после встречи с мозамбикским коллегой")."""
    rest = who[referent.end():]
    return not rest.strip() or bool(lex.speaker_adjunct.match(rest))


def _quote_speaker(text: str, start: int, end: int, lex: Lexicon) -> re.Match | None:
    """Who a quote's speaker pattern names: right after it closes, or between dashes where the quote is broken
    off and resumed ("«…, - сказал Бердымухамедов. - …»")."""
    tail = lex.tail_speaker.match(text, end + 1)
    if tail:
        return tail
    inner = lex.tail_speaker.search(text, start + 1, end)
    return inner if inner and RESUMED.match(text, inner.end(), end) else None


RESUMED = re.compile(r"[^«»“”\".!?]{0,60}[.!?]?\s*[-—–]\s")  # the rest of the speaker's phrase, the dash


def _said_at_end(sentence: str, span: cl.Span, lex: Lexicon, actors: ActorTable):
    """The sentence as one speaker's statement when it ends naming who said it ("…, Modi said."; ``lex.end_speaker``):
    (start, end, speaker), or None."""
    m = lex.end_speaker.search(sentence)
    who = _named_speaker(m, lex, actors) if m else None
    return (span.start, span.end, who) if who is not None and len(who.codes) == 1 else None


def _named_speaker(m: re.Match, lex: Lexicon, actors: ActorTable) -> Mention | None:
    """Who a speaker pattern's match names (its first group ``who``, ``who2``, … that took part): the subject of
    that phrase, else its first mention ("Singapore's Foreign Minister" has no verb)."""
    said = analyse(_who(m), lex, actors)
    return said.subject or next(iter(said.mentions), None)


def _who(m: re.Match) -> str:
    """The name a speaker pattern's match gives: its first group ``who``, ``who2``, … that took part."""
    return next(v for k, v in m.groupdict().items() if k.startswith("who") and v).strip()


def _quotes(text: str, lex: Lexicon) -> list[tuple[int, int, bool]]:
    """Outermost quotes: (open, close, whether a sentence ends inside). ``quote_open`` and ``quote_close`` list
    the marks; a mark in both (") opens when no quote is open and closes otherwise. A text that never uses the
    opening marks quotes with ``quote_plain`` ('"…", - сказал министр' where «…» is the norm)."""
    opening, closing = lex.quote_open, lex.quote_close
    if lex.quote_plain and not any(c in text for c in opening):
        opening = closing = lex.quote_plain
    if not opening:
        return []
    ranges, depth, start = [], 0, 0
    for m in _quote_marks(opening, closing).finditer(text):
        i, ch = m.start(), m.group()
        closes = ch in closing and depth and (ch not in opening or depth == 1)
        if closes:
            depth -= 1
            if depth == 0:
                ranges.append((start, i, any(t in text[start:i] for t in "。.!?！？")))
        elif ch in opening:
            depth, start = depth + 1, (i if depth == 0 else start)
    return ranges


def _quote_marks(opening: str, closing: str) -> re.Pattern:
    """A pattern finding the given opening and closing quote marks."""
    return re.compile("[" + re.escape("".join(sorted(set(opening) | set(closing)))) + "]")


def _sentence_head(text: str, pos: int) -> str:
    """The part of the sentence before ``pos`` (who is speaking before a quote opens)."""
    return text[max(text.rfind(t, 0, pos) for t in "。.!?！？") + 1:pos]


def _block_clauses(text: str, lex: Lexicon, actors: ActorTable, doc: Document,
                   frame: Frame | None, carried: tuple[str, ...] | None = None,
                   voice: tuple[int, Mention] | None = None, item: bool = False,
                   last: tuple[str, ...] | None = None) -> list[Clause]:
    """Resolve every clause of a block; clauses without a stance get modality None. ``carried``: the
    actors a block that goes on from the one before starts with; ``voice``: (offset, speaker) of a labelled
    statement that runs to the end of the block; ``item``: the block is an item of a list (no full stop needed);
    ``last``: who spoke last in the block before (a quote's "— сказал он" refers to them)."""
    spoke = carried if carried and len(carried) < len(doc.parties) else None  # the last person speaking
    referred = spoke or (last if last and len(last) < len(doc.parties) else None)
    speeches = [(0, len(text), voice[1])] if voice else _speeches(text, lex, actors, referred)
    speech_ends = [sp[1] for sp in speeches]  # quotes are disjoint: sorted by start and by end
    result: list[Clause] = []
    for si, sent in enumerate(cl.sentences(text, lex)):
        sentence_text = sent.of(text)
        preamble = any(rx.search(sentence_text) for rx in lex.preamble)
        asked = bool(lex.question.search(sentence_text))  # a question (a journalist's) is no stance
        asked = asked or any(rx.search(sentence_text) for rx in lex.retrospective) or _looks_back(sentence_text,
                                                                                              doc, lex)
        speech = _speech_of(speeches, speech_ends, sent) or _said_at_end(sentence_text, sent, lex, actors)
        cues = cl.CueIndex(sentence_text, lex)
        spans = cl.clause_candidates(text, sent, lex, cues)
        stances = [analyse(span.of(text), lex, actors, _clause_hits(cues, span, sent)) for span in spans]
        # "Recalling his visit, PM Chinh affirmed ..., and wishes ...": a participle opening a sentence that has
        # a subject of its own is no recital
        preamble = preamble and not any(st.subject and st.cue for st in stances)
        # a sentence with a cue of its own does not take the default stance of a quote or intro
        default_ok = not any(st.cue for st in stances)
        remarks = _remark_speakers(text, spans, stances, lex)
        for span, st, remark in zip(spans, stances, remarks):
            clause_text = span.of(text)
            who, explicit = _actors(st, speech, carried, frame, doc, span, lex, clause_text)
            spoke = next((m.codes for m in st.mentions if m.kind == "person" and len(m.codes) == 1
                          and (st.cue is None or m.end <= st.cue.start)), spoke)
            if spoke and st.cue and (st.cue.cue.advice or lex.pronoun.search(clause_text, 0, st.cue.start)):
                # "习近平强调，…。双方要坚持…": the speaker's view of what both sides should do; "Он выразил…": his
                who = spoke
            if remark and st.cue and not st.cue.cue.mutual and set(remark) != set(who) \
                    and lex.remark_end.search(sentence_text):
                who = remark  # "モディ首相から、…日印両国は…協力を進めていきたい旨述べました": his remark
            carried = who
            modality, committal, rule, conf = _modality(st, speech if default_ok else None,
                                                        frame if default_ok else None, sentence_text, lex, item,
                                                        labelled=voice is not None)
            # "一是…，推进…": an enumerated item goes on with the sentence before it
            same = si - 1 if lex.enumeration.match(sentence_text) else si
            modality, committal = _borrowed(st, result, same, modality, committal, lex, clause_text)
            if frame and not st.cue and modality and rule == frame.rule:
                who = frame.actors  # a term of an agreement, an item of a plan: those who agreed or planned it
            if _governed(st, modality, frame):
                # "双方决定在以下方面开展合作：… 开展两国防务当局高层互访": the item's bare verb is what was decided
                modality, committal, rule, conf = frame.modality, frame.committal or committal, frame.rule, 0.5
            if modality == "intend" and st.cue and lex.agreed_frame.search(sentence_text, 0,
                                                                span.start - sent.start + st.cue.start):
                modality, committal, rule = "agree", True, f"{lex.language}.modality.per-agreement"
            if st.cue and st.cue.cue.alone and modality == st.cue.cue.modality and len(who) == 1 < len(doc.parties):
                modality, committal = st.cue.cue.alone, st.cue.cue.alone in COMMITTAL_MODALITIES
            if (preamble and not explicit) or asked:
                modality = None
            if modality and _skipped(clause_text, st, lex):
                modality = None
            clause = Clause(span, st, who, explicit, modality, committal, rule, conf, si)
            if not _merge(result, clause, lex, text):
                result.append(clause)
    return _forwarded(result, text, lex)


def _forwarded(result: list[Clause], text: str, lex: Lexicon) -> list[Clause]:
    """A part without a stance that ends in a forward coordinator ("関係を強化するとともに、") takes the stance of
    the clause after it in the sentence ("…協力していくことで一致")."""
    for i in range(len(result) - 2, -1, -1):
        c, nxt = result[i], result[i + 1]
        if c.modality is None and nxt.modality and nxt.sentence == c.sentence and \
                lex.forward_break.search(text, c.span.start, c.span.end + 1) and \
                not _skipped(c.span.of(text), c.stance, lex):  # "お悔やみを述べるとともに、": condolences stay out
            result[i] = replace(c, modality=nxt.modality, committal=nxt.committal, rule=nxt.rule,
                                confidence=nxt.confidence)
    return result


def _looks_back(sentence: str, doc: Document, lex: Lexicon) -> bool:
    """A sentence opening with a year before the document's narrates the past ("2019年4月，…签署了")."""
    m = lex.dated_opening.match(fold_text(sentence[:80]))
    year = (doc.date or "")[:4]
    return bool(m and year.isdigit() and int(m.group("year")) < int(year))


def _speech_of(speeches: list, ends: list[int], sent: cl.Span):
    """The first quoted statement that overlaps the sentence (None if none)."""
    i = bisect_left(ends, sent.start)
    return speeches[i] if i < len(speeches) and speeches[i][0] < sent.end else None


def _clause_hits(cues: cl.CueIndex, span: cl.Span, sentence: cl.Span) -> list[CueHit]:
    """The sentence's cue matches that lie inside one of its clauses, in clause offsets."""
    return [CueHit(cue, s, e) for s, e, cue in cues.within(span.start - sentence.start, span.end - sentence.start)]


def _borrowed(st: Stance, result: list[Clause], sentence: int, modality: str | None,
              committal: bool, lex: Lexicon, clause_text: str) -> tuple[str | None, bool]:
    """The previous clause's stance for an echo cue ("the same position was expressed") or a bare verb
    coordinated with a stronger or committal stance of the same sentence (from ``sentence`` on) ("agreed to A, and hold B";
    "中方愿…，办好B": B is ready too)."""
    prev = next((c for c in reversed(result) if c.modality), None)  # "一是以A为抓手，推进B": A states no stance
    if not (st.cue and modality and prev):
        return modality, committal
    cue = st.cue.cue
    # a request governs the verbs it asks for ("建议双方加强A，完善B"): B is asked for too
    governs = MODALITY_RANK[prev.modality] > MODALITY_RANK[modality] or prev.modality in COMMITTAL_MODALITIES \
        or prev.modality == REQUESTED
    # "普京总统将应邀出席": a person before the cue takes a stance of their own
    own = (st.subject is not None and st.subject.kind == "person") or bool(
        lex.own_subject.fullmatch(clause_text, 0, st.cue.start))
    if cue.echo or (cue.inherit and prev.sentence >= sentence and governs and not own):
        if len(prev.actors) == 1 and lex.enumeration.match(clause_text):
            return AFFIRMED, False  # "李克强说，中方愿…。一是密切高层交往…": one side's proposals, point by point
        return prev.modality, prev.committal
    if cue.inherit and prev.sentence >= sentence and prev.modality == AFFIRMED and st.subject is None:
        # an action under an affirmed position is part of that position: it binds where the position does ("重申坚持A，
        # 共同维护B"), not where it is a view of what should be done ("一致认为应顺应A，坚持B", "双方要…，持续深化…")
        return AFFIRMED, prev.committal
    return modality, committal


def _governed(st: Stance, modality: str | None, frame: Frame | None) -> bool:
    """Whether an introducing sentence's stronger stance governs a clause whose own cue is a bare verb."""
    return bool(modality and st.cue and st.cue.cue.bound and frame and frame.modality
                and MODALITY_RANK[frame.modality] > MODALITY_RANK[modality])


def _skipped(clause_text: str, st: Stance, lex: Lexicon) -> bool:
    """Condolences and boilerplate: a skip pattern near the governing cue (or anywhere without one)."""
    lo, hi = (st.cue.start - SKIP_REACH, st.cue.end + SKIP_REACH) if st.cue else (0, len(clause_text))
    return any(m.start() < hi and m.end() > lo for rx in lex.skip for m in rx.finditer(clause_text))


def _remark_speakers(text: str, spans: list[cl.Span], stances: list[Stance], lex: Lexicon) -> list[tuple[str, ...] | None]:
    """Per clause, the side of the speaker whose remark it is, from the clause that names them so ("Xから、") to
    the next that names another ("…があり、Yからも、…と述べました"): the states named inside a remark ("日印両国は",
    "チリは") are its content. None before any."""
    out, remark = [], None
    for span, st in zip(spans, stances):
        head = span.of(text)
        remark = next((m.codes for m in st.mentions if len(m.codes) == 1 and lex.remark_head.match(head[m.end:])),
                      remark)
        out.append(remark)
    return out


def _actors(st: Stance, speech, carried, frame: Frame | None, doc: Document,
            span: cl.Span, lex: Lexicon, clause_text: str) -> tuple[tuple[str, ...], bool]:
    if st.cue and st.cue.cue.reciprocal and len(doc.parties) == 2:
        return tuple(doc.parties), st.subject is not None
    if speech and speech[2] is not None and speech[0] <= span.start < speech[1]:
        if st.subject is not None and lex.first_person.fullmatch(clause_text, st.subject.start, st.subject.end):
            if _mutual(st, doc, lex, clause_text):
                return tuple(doc.parties), True  # '"We agreed to …," he said': with the other side
            return speech[2].codes, True  # '"We look forward to …," said the Deputy Prime Minister': his side
        if st.subject is not None and set(st.subject.codes) >= set(doc.parties) and (
                st.subject.kind == "all" or (st.cue and st.cue.cue.mutual)):
            return st.subject.codes, True  # "…, To Lam said, the two countries decided": both
        if st.subject is None and _mutual(st, doc, lex, clause_text):
            return tuple(doc.parties), True  # a speaker's "we agreed" in a bilateral meeting: both agreed
        return speech[2].codes, True
    if st.subject is not None:
        spoken = frame is not None and frame.modality is None and not (st.cue and st.cue.cue.mutual)
        if spoken and lex.first_person.fullmatch(clause_text, st.subject.start, st.subject.end):
            return frame.actors, True  # "We will …" in a speech: the speaker's side
        if st.cue and st.cue.cue.mutual and _partner_named(st, doc):
            return tuple(doc.parties), True  # "安倍総理はエルドアン首相と会談し、…で合意" : both agreed
        return st.subject.codes, True
    partner = _partner(st, doc, lex, clause_text)
    if partner:
        return partner, False  # "愿与中国合作": the side that is not the partner
    if st.cue and st.cue.cue.counterpart and carried:
        other = tuple(sorted(set(doc.parties) - set(carried)))
        if other:
            return other, False
    if frame and frame.modality is None:
        if _mutual(st, doc, lex, clause_text):
            return tuple(doc.parties), False  # a speaker's "agreed", "Констатировали обоюдное стремление": both
        # "Путин:" / a speech: "We will …" is the speaker's, after a sentence about the other side too
        return (carried if carried and set(frame.actors) <= set(carried) else frame.actors), False
    if st.cue and st.cue.cue.joint:
        return tuple(doc.parties), False
    if carried:
        return carried, False
    if frame:
        return frame.actors, False
    return tuple(doc.parties), False


def _mutual(st: Stance, doc: Document, lex: Lexicon, text: str) -> bool:
    """Whether a stance in one speaker's words is both sides' in a bilateral document: a cue of agreement ("we
    agreed") or an object both hold ("Констатировали обоюдное стремление…", "welcomed the mutual interest")."""
    return bool(st.cue) and len(doc.parties) == 2 and (
        st.cue.cue.mutual or bool(lex.mutual_object.search(text, st.cue.start, st.cue.end)
                                  or lex.mutual_object.match(text, st.cue.end)))


def _partner(st: Stance, doc: Document, lex: Lexicon, text: str) -> tuple[str, ...]:
    """The other party of a bilateral document when a clause without subject names one party as the partner
    of its stance ("愿与中国合作促进…", "ready to work with Japan"); () otherwise."""
    if len(doc.parties) != 2 or not st.cue:
        return ()
    for m in st.mentions:
        if len(m.codes) == 1 and m.codes[0] in doc.parties and m.start >= st.cue.end and \
                lex.partner_gap.fullmatch(text, st.cue.end, m.start):
            return tuple(p for p in doc.parties if p != m.codes[0])
    return ()


def _partner_named(st: Stance, doc: Document) -> bool:
    """Whether the clause names, besides its subject, the other party of a bilateral document."""
    others = set(doc.parties) - set(st.subject.codes)
    return len(doc.parties) == 2 and len(others) == 1 and any(others & set(m.codes) for m in st.mentions)


def _modality(st: Stance, speech, frame: Frame | None, sentence_text: str,
              lex: Lexicon, item: bool = False, labelled: bool = False) -> tuple[str | None, bool, str, float]:
    """Modality, committal flag, rule and confidence of a clause: its cue's (a reporting verb's only where what it
    reports states a position); else, where the language's quotes state positions (``lex.quote_states_position``),
    a quoted sentence that evaluates or a speaker's labelled one that does not tell what was done: a position
    (affirm); else, under an introducing sentence, that sentence's stance."""
    if st.cue:
        cue = st.cue.cue
        if cue.frame and not _states_a_position(sentence_text, lex):
            return None, False, "", 0.0  # "Putin said trade grew by 20%": a report of facts, no stance
        conf = 0.6 if (cue.frame or cue.bound) else 0.8
        return cue.modality, st.committal, cue.id, conf
    if not _substantial(sentence_text, lex, item):
        return None, False, "", 0.0
    if lex.quote_states_position and speech and speech[2] is not None and (
            _states_a_position(sentence_text, lex) or (labelled and not _narrates(sentence_text, lex))):
        return DEFAULT_MODALITY, False, f"{lex.language}.modality.quoted-statement", 0.5
    if frame and frame.modality:
        return frame.modality, frame.committal, frame.rule, 0.5
    return None, False, "", 0.0


def _states_a_position(sentence: str, lex: Lexicon) -> bool:
    """Whether a reported or quoted sentence states a position: no narrative, and (``lex.frame_alone``) anything
    else, or an evaluation (``lex.frame_stance``: importance, potential, a new stage)."""
    return not _narrates(sentence, lex) and (lex.frame_alone or any(rx.search(sentence) for rx in lex.frame_stance))


def _narrates(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence reports what was done or how figures went (``lex.narrative``): no stance of its own."""
    return any(rx.search(sentence) for rx in lex.narrative)


def _substantial(sentence: str, lex: Lexicon, item: bool = False) -> bool:
    """A whole sentence, long enough to state something (not a date line or a signature); an item of a list
    ("b. Foreign Ministers' Framework Dialogue") needs no full stop and half the length."""
    if not (item or TERMINATED.search(sentence)) or DATE_ONLY.search(sentence):
        return False
    share = 2 if item else 1
    if lex.latin:
        return len(re.findall(r"\w+", sentence)) * share >= lex.min_words
    return len(re.sub(r"\s", "", sentence)) * share >= lex.min_chars


def _merge(result: list[Clause], clause: Clause, lex: Lexicon, text: str) -> bool:
    """Fold ``clause`` into the previous one when both carry the same stance of the same actors
    (a bound cue, or a modality of ``lex.merge_modalities``: "stress X, and express conviction Y")."""
    if not result or clause.modality is None:
        return False
    prev = result[-1]
    if prev.sentence != clause.sentence or prev.actors != clause.actors or prev.modality is None:
        return False
    if clause.span.end - clause.span.start < lex.min_clause_chars:
        result[-1] = replace(prev, span=cl.Span(prev.span.start, clause.span.end))
        return True  # too short to pledge something of its own ("推进" cut off by the page)
    if prev.modality != clause.modality or _own_auxiliary(clause):
        return False
    if clause.stance.cue and clause.stance.modality != clause.modality:
        if not _goes_on(prev, clause, lex, text):
            return False  # a borrowed stance: the coordinated verb has an object of its own
    elif clause.modality not in lex.merge_modalities and not (
            lex.merge_bound and (clause.stance.cue is None or clause.stance.cue.cue.bound)) and not (
            clause.stance.cue and _goes_on(prev, clause, lex, text)):
        return False
    result[-1] = replace(prev, span=cl.Span(prev.span.start, clause.span.end),
                         committal=prev.committal or clause.committal)
    return True


def _own_auxiliary(clause: Clause) -> bool:
    """Whether the clause has an auxiliary of its own ("…и будут содействовать", "and will expand"): a verb of its
    own, so a pledge of its own, not a verb phrase coordinated under the auxiliary before."""
    cue = clause.stance.cue
    return bool(cue and cue.cue.bound and not cue.cue.inherit and clause.stance.modality == clause.modality)


def _goes_on(prev: Clause, clause: Clause, lex: Lexicon, text: str) -> bool:
    """Whether a bare verb that borrowed the stance of ``prev`` continues it (``lex.merge_borrowed``): no subject of
    its own, right after a comma, within one item of a list."""
    before = prev.span.of(text).rstrip()
    return bool(clause.stance.cue.cue.inherit and clause.stance.subject is None and before[-1:] in ",，"
                and not ITEM_END.search(before) and lex.merge_borrowed.match(clause.span.of(text)))


def _lead_in(clause: Clause, text: str, lex: Lexicon) -> bool:
    """Whether a clause only says who speaks ("习近平指出，" before "中方愿…", in a language whose stances open their
    clause): a view with nothing but a comma after its verb. It frames the clauses after it but is no provision."""
    cue = clause.stance.cue
    return bool(lex.break_cue == "start" and cue and cue.cue.modality == "affirm"
                and LEAD_IN_END.fullmatch(text, cue.end))


def _context(block_text: str, span: cl.Span) -> str:
    """The block around a clause, at most CONTEXT_REACH characters either side (a whole paragraph in
    practice; bounded so that a giant block costs linear time)."""
    return block_text[slice(*_context_bounds(span))]


def _context_bounds(span: cl.Span) -> tuple[int, int]:
    """Start and end (possibly past the block) of the clause's context in its block, see :func:`_context`."""
    return max(0, span.start - CONTEXT_REACH), span.end + CONTEXT_REACH


def _provisions(doc: Document, block: Block, view: BlockView, found: list[Clause],
                heading_text: str) -> list[Provision]:
    from . import themes, timex

    out = []
    labels = themes.BlockLabels(view.text, doc.language)
    for clause in (c for c in found if c.modality):
        start, end = view.raw_span(clause.span)
        text = clause.span.of(view.text)
        if _lead_in(clause, text, load(doc.language)):
            continue
        theme = themes.match_in_block(labels, (clause.span.start, clause.span.end), _context_bounds(clause.span),
                                      heading_text)
        time = timex.find(text, doc.language, doc.date) or TimeQualifier()
        time = timex.inherit(text, doc.language, time, out[-1].time if out else None)
        confidence = clause.confidence - (0 if clause.explicit_actor else 0.05)
        out.append(Provision(
            source=doc.source, locator=block.locator, index=len(out) + 1, start=start, end=end,
            quote=doc.raw[start:end], actors=sorted(clause.actors), modality=clause.modality,
            committal=clause.committal or clause.modality in COMMITTAL_MODALITIES,
            themes=list(theme.themes), time=time, concepts=list(theme.concepts), rule=clause.rule,
            confidence=round(max(0.0, min(1.0, confidence)), 2), strength=0))
    return out
