"""Split a paragraph into sentences and a sentence into clause candidates.

Offsets are local to the text passed in. Whether a candidate break is kept depends on a stance cue
starting the next part (``Lexicon.break_cue``); merging parts that turn out to carry the same stance
is left to the pipeline, which knows their modality.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pledgegraph.lang import countries
from pledgegraph.lang.chinese import simplified

from .lexicon import Cue, Lexicon
from .literals import Scan
from .morphology import morph_hits

OPEN_BRACKETS = "(（[「『《“"
CLOSE_BRACKETS = ")）]」』》”"
BRACKET = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")
SPEECH_OPENS = re.compile(r"(?:^|[:：])\s*$")  # a quote opening a sentence or after a colon: speech
OPENING_SUBJECT_CHARS = 8  # a subject before an opening stance verb ("双方", "中方", "两国元首")
LOOKAHEAD = 400  # characters after a break searched for the stance that begins there
LEAD_IN = re.compile(r"^\s*(?:(?:the|both|and|also|while)\s+)*", re.IGNORECASE)  # words before a state in a subject
MORPH_LOOKAHEAD = 60  # characters after a break searched for a pledging word form


@dataclass(frozen=True)
class Span:
    """A half-open [start, end) range of a text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The spanned text."""
        return text[self.start:self.end]


def trim(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str, lex: Lexicon) -> list[Span]:
    """Sentences of ``text`` (terminator included), empty ones dropped."""
    spans, start = [], 0
    for m in lex.sentence_end.finditer(text):
        if lex.no_sentence_end_before.search(text[m.end():m.end() + 3]):
            continue
        if m.group().startswith(".") and lex.abbreviation.search(text[max(0, m.start() - 8):m.start()]):
            continue
        spans.append(trim(text, start, m.end()))
        start = m.end()
    spans.append(trim(text, start, len(text)))
    return [s for s in spans if s.end > s.start]


def _depths(text: str, positions: list[int]) -> dict[int, int]:
    """Bracket depth at each of ``positions``, in one pass (breaks inside brackets or quotes are not
    clause breaks); a quote that opens the text or follows a colon is quoted speech (他说：“…，…”), whose
    breaks count."""
    stack: list[bool] = []  # per open mark: whether it adds to the depth
    depth, out = 0, {}
    marks = BRACKET.finditer(text)
    mark = next(marks, None)
    for pos in sorted({p for p in positions if 0 <= p < len(text)}):
        while mark is not None and mark.start() < pos:
            if mark.group() in OPEN_BRACKETS:
                counts = not SPEECH_OPENS.search(text, max(0, mark.start() - 4), mark.start())
                stack.append(counts)
                depth += counts
            elif stack:
                depth -= stack.pop()
            mark = next(marks, None)
        out[pos] = depth
    return out


class CueIndex:
    """The cue matches of one sentence (found once), to ask in log time whether a range of it holds a
    stance and to hand each clause its own matches."""

    def __init__(self, body: str, lex: Lexicon) -> None:
        self.scan = lex.cue_screen.scan(body)  # also answers for parts of the sentence
        hits = [(m.start(), m.end(), cue) for cue in lex.cues for m in self.scan.finditer(cue.regex, body)]
        hits += morph_hits(body, lex.language, lex.morph_cues)
        names = [m.span() for m in lex.name_marks.finditer(body)]  # "《…行动计划》": a title, not a stance
        hits = [h for h in hits if not any(a <= h[0] and h[1] <= b for a, b in names)] if names else hits
        self.hits = sorted(hits, key=lambda h: (h[0], h[1]))
        self.starts = [h[0] for h in self.hits]
        self.ends = {h[1] for h in self.hits}
        self.min_end_from = [len(body) + 1] * (len(self.hits) + 1)
        for i in range(len(self.hits) - 1, -1, -1):
            self.min_end_from[i] = min(self.hits[i][1], self.min_end_from[i + 1])

    def any_within(self, start: int, end: int) -> bool:
        """Whether a cue lies inside [start, end) (a reporting frame such as "述べ" is a stance too)."""
        return self.min_end_from[bisect_left(self.starts, start)] <= end

    def within(self, start: int, end: int) -> list[tuple[int, int, Cue]]:
        """Matches inside [start, end), with offsets relative to ``start``."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end, lo=lo)
        return [(s - start, e - start, cue) for s, e, cue in self.hits[lo:hi] if e <= end]

    def affirms_before(self, body: str, part_start: int, pos: int) -> bool:
        """Whether the stance verb that ends right before ``pos`` states a view (强调, 指出): what follows it with a
        subject of its own is a stance of that subject."""
        end = len(body[:pos].rstrip())
        lo = bisect_left(self.starts, part_start)
        return any(e == end and cue.modality == "affirm" for s, e, cue in self.hits[lo:] if s < end)

    def opening_before(self, body: str, part_start: int, pos: int) -> bool:
        """Whether the part before ``pos`` is only a subject and a stance verb ("双方商定"): its
        complement is what follows the break."""
        end = pos
        while end > part_start and body[end - 1].isspace():
            end -= 1
        if end not in self.ends:
            return False
        lo = bisect_left(self.starts, part_start)
        hi = bisect_left(self.starts, part_start + OPENING_SUBJECT_CHARS + 1)
        return any(e == end and not (cue.bound or cue.frame) for _, e, cue in self.hits[lo:hi])


def _starts_stance(part: str, lex: Lexicon, comma: bool, scan: Scan, offset: int) -> bool:
    """Whether a part after a candidate break begins (or, in clause-final languages, holds) a new stance;
    ``scan``: the cue scan of the sentence, in which the part starts at ``offset``."""
    for start, _, _ in morph_hits(part[:MORPH_LOOKAHEAD], lex.language, lex.morph_cues):
        if _subject_gap(part, start, lex):
            return True  # "и будут содействовать": a verb form that pledges begins the part
    for cue in lex.cues:
        if cue.frame or (cue.bound and not comma and lex.break_needs_comma):
            continue
        m = scan.search(cue.regex, part, offset)
        if m is None:
            continue
        gap_ok = _subject_gap(part, m.start(), lex)
        if gap_ok or (lex.break_cue == "anywhere" and not cue.bound):
            return True
    return False


def _leads_in_to_another(body: str, part_start: int, m: re.Match, cues: CueIndex, lex: Lexicon) -> bool:
    """Whether a view verb opening the part ("习近平指出，") only leads in to a stance of another subject that follows
    the break ("中方愿…"); not to one of both sides ("双方要…", "中阿双方", "雙方": his view of what both should do)."""
    subject = lex.new_subject.match(body[m.end():])
    if not subject or not cues.affirms_before(body, part_start, m.start()) or any(
            rx.search(body, part_start, m.end()) for rx in lex.skip):  # "专家认为，…": no state's view at all
        return False
    text = simplified(subject.group()) if lex.language == "zh" else subject.group()
    return not any(rx.search(text) for rx in lex.all_parties)


def _adverbial(head: str, lex: Lexicon) -> bool:
    """Whether ``head`` ends with an adverbial phrase (``lex.not_subject_within``: "越通社万象——在…期间，")."""
    return any(m.end() >= len(head.rstrip()) for rx in lex.not_subject_within for m in rx.finditer(head))


def _subject_gap(part: str, start: int, lex: Lexicon) -> bool:
    """Whether what stands in ``part`` before a cue at ``start`` leaves the cue starting a stance: nothing, words
    the cue binds over ("и будут"), a subject ("双方也"), or states named by themselves ("中法", "中法两国将")."""
    gap = part[:start]
    if not gap.strip() or lex.bound_gap.match(gap) or lex.break_subject.match(gap):
        return True
    lead = end = len(gap) - len(gap.lstrip())
    for _, first, last in countries.find(part, lex.language):
        if last > start or (first != end and not (end > lead and lex.connector.match(part[end:first]))):
            break  # states joined by a connector ("中国和坦桑尼亚将…") are one subject
        end = last
    rest = gap[end:]
    return end > lead and bool(lex.bound_gap.match(rest) or lex.break_subject.match(rest))


def _lone_state(body: str, end: int, language: str) -> bool:
    """Whether the words since the last comma (or the sentence start) before ``end`` name one state and
    nothing else: the first of two coordinated subjects."""
    start = max(body.rfind(mark, 0, end) for mark in ",;:") + 1
    head = body[start:end].strip()
    found = countries.find(head, language) if head else []
    return len(found) == 1 and not LEAD_IN.sub("", head[:found[0][1]]) and not head[found[0][2]:].strip()


def clause_candidates(text: str, sentence: Span, lex: Lexicon, cues: CueIndex | None = None) -> list[Span]:
    """Split one sentence where a new stance predicate begins (see module docstring); ``cues`` are the
    sentence's cue matches when the caller already has them."""
    body = sentence.of(text)
    forward = {m.start() for m in lex.forward_break.finditer(body)}
    found = sorted((m for rx in (lex.clause_break, lex.forward_break, lex.remark_break) for m in rx.finditer(body)
                    if m.start() > 0 and m.end() < len(body)),
                   key=lambda m: (m.start(), -m.end(), m.re is not lex.remark_break))  # a remark break counts in quotes
    found = [m for i, m in enumerate(found) if not i or m.start() >= found[i - 1].end()]
    depth = _depths(body, [m.start() for m in found])
    breaks = [m for m in found if (depth[m.start()] == 0 or m.re is lex.remark_break)
              and not lex.no_break_after.match(body[m.end():m.end() + LOOKAHEAD])]
    cues = cues or CueIndex(body, lex)
    cuts = []
    for i, m in enumerate(breaks):
        comma = bool(re.search(r"[,，、;；]", m.group()))
        if not comma and m.start() in cues.ends:  # "commends and supports": one stance, two verbs
            continue
        if not comma and lex.latin and _lone_state(body, m.start(), lex.language):
            continue  # "To deepen ties, Kenya and the United States decided": one subject, two states
        part_start = cuts[-1].end() if cuts else 0
        if lex.no_break_before.search(body, part_start, m.start()):
            continue  # "中方愿同波方一道，坚持…": the verb of the part before follows the break
        if lex.break_cue == "start" and cues.opening_before(body, part_start, m.start()) and not _leads_in_to_another(
                body, part_start, m, cues, lex):
            continue  # "双方商定，保持…": the cue's complement follows the comma
        # the next break's continuative ending ("歓迎し,") belongs to the part it closes; a stance that
        # starts a part begins within LOOKAHEAD characters of the break (the gap patterns are bounded)
        nxt = breaks[i + 1].end() if i + 1 < len(breaks) else len(body)
        part = body[m.end():nxt] if lex.break_cue == "anywhere" else body[m.end():m.end() + LOOKAHEAD]
        # CJK: the break's own text ends the stance before it ("歓迎し,")
        before_end = m.start() if lex.latin else m.end()
        if lex.break_needs_cue_before and m.start() not in forward and not cues.any_within(part_start, before_end) \
                and not (lex.new_subject.match(part) and not _adverbial(body[part_start:m.end()], lex)):
            continue  # a new subject breaks off narrated text, but not an opening adverbial ("在…期间，双方…")
        if _starts_stance(part, lex, comma, cues.scan, m.end()):
            cuts.append(m)
    spans, start = [], 0
    for m in cuts:
        # Latin scripts: ", and call upon" -> the comma ends nothing, "and call upon" begins the clause;
        # CJK: the comma stays with the clause it ends ("述べ、" / "不可分割的，").
        if lex.latin:
            end, start_next = m.start(), m.start() + len(m.group()) - len(m.group().lstrip(",;:， \t\n"))
        else:
            end = start_next = m.end()
        spans.append(trim(text, sentence.start + start, sentence.start + end))
        start = start_next
    spans.append(trim(text, sentence.start + start, sentence.end))
    return [s for s in spans if s.end > s.start]
