"""Per-language cue and actor lexicons, read from ``lang/<iso>/cues.yaml`` and ``actors.yaml``."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import bundled, yamltext
from .literals import Screen
from .morphology import MorphCue
from .speakers import SpeakerRules

LANG_DIR = bundled.lang()
FALLBACK_LANGUAGE = "en"
COMMITTAL_MODALITIES = frozenset({"agree", "intend", "support", "ready"})
# Strength order used by ``selection: strongest`` and when two cues are coordinated ("commends and supports").
MODALITY_RANK = {"note": 1, "affirm": 2, "welcome": 3, "condemn": 4, "request": 5,
                 "support": 6, "ready": 7, "intend": 8, "agree": 9}
NEVER = re.compile(r"(?!x)x")
#: What may stand between a stance verb and a stronger one it leads into ("commends and supports").
CUE_CHAIN = r"^\s*(?:and|,|、|和|及|与|并|并且|и)?\s*$"


@dataclass(frozen=True)
class Cue:
    """One modality cue: a pattern and what it means."""

    id: str
    modality: str
    regex: re.Pattern
    priority: int = 50
    committal: bool = False
    frame: bool = False  # reporting verb: used only when no other cue is found
    bound: bool = False  # counts only right after the subject
    joint: bool = False  # no named subject means all parties
    counterpart: bool = False  # no named subject means the other party of the previous clause
    echo: bool = False  # "the same position was expressed": the previous clause's modality
    inherit: bool = False  # a bare coordinated verb takes a stronger stance of its sentence
    mutual: bool = False  # an agreement: a subject that names one side agreed with the other side it names too
    reciprocal: bool = False  # a stance only both sides can take (一致: views coincide): one side named is both
    advice: bool = False  # what both sides should do ("双方要…"): the view of the one speaking, when one is
    alone: str = ""  # the modality when one side of several takes it ("日本企業の投資拡大に期待": asks the other)
    evaluates: bool = False  # an evaluation of the verb phrase before it ("加强合作，符合两国利益"): governs a bare verb


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the extractor needs."""

    language: str
    selection: str
    cues: tuple[Cue, ...]
    bound_gap: re.Pattern
    committal_markers: tuple[re.Pattern, ...]
    preamble: tuple[re.Pattern, ...]
    skip: tuple[re.Pattern, ...]
    narrative: tuple[re.Pattern, ...]  # facts and past events: a reporting verb alone does not make them a stance
    frame_alone: bool  # whether a reporting verb alone ("X said that ...") makes an affirm provision
    frame_stance: tuple[re.Pattern, ...]  # ...or only when what it reports holds one of these (importance, value)
    complementizer: re.Pattern  # after a reporting verb, opens the reported clause ("that", ", что")
    question: re.Pattern  # a question or a journalist's turn: never a provision
    agreed_frame: re.Pattern  # "Under the agreement, …": what the sides will do there is what they agreed
    enumeration: re.Pattern  # a sentence opening an enumerated item ("一是…", "Firstly,"): it goes on with the one before
    text_intro: re.Pattern  # an intro that presents a text ("the full text of the statement:"), no stance
    embeds: re.Pattern  # between a stance and the final verb that confirms it ("用意がある|ことを|確認"): the stance counts
    pronoun: re.Pattern  # a third-person pronoun before a stance ("He also invited", "Она отметила"): the last speaker
    anaphoric_speaker: re.Pattern  # who a quote's tail names without naming ("— сказал он", "— отметил президент")
    speaker_adjunct: re.Pattern  # where a speaker's name ends ("министр | на пресс-конференции после встречи с …")
    end_speaker: re.Pattern  # a sentence ending with who said it (group ``who``): "…, Modi said."
    tail_speaker: re.Pattern  # right after a closing quote, who said it (group ``who``): '," said Mr Wong'
    name_marks: re.Pattern  # a title in its marks ("《…计划》"): no cue inside it is a stance
    cue_object: re.Pattern  # the object of a stance ("对…表示欢迎"): cues inside it are not the clause's own
    speech_title: re.Pattern  # a heading naming one speaker ("Remarks by ..."): group ``who``
    dated_opening: re.Pattern  # a sentence opening with a year (group ``year``): before the document's, a past
    own_subject: re.Pattern  # the text before a cue naming an agent of its own ("普京总统"): no inherited stance
    continuation: re.Pattern  # a paragraph opening that goes on with the previous paragraph's speaker
    retrospective: tuple[re.Pattern, ...]  # a sentence opening that looks back: no provision
    intro: re.Pattern
    intro_cue: re.Pattern
    clause_break: re.Pattern
    forward_break: re.Pattern  # a coordinator after which the part before takes the stance that follows
    remark_break: re.Pattern  # the end of one of several listed remarks: a break inside a quoted remark too
    break_cue: str  # "start": the part after a break must begin with a cue; "anywhere": contain one
    break_needs_comma: bool
    break_subject: re.Pattern
    no_break_after: re.Pattern
    sentence_end: re.Pattern
    no_sentence_end_before: re.Pattern
    abbreviation: re.Pattern
    latin: bool
    min_words: int
    min_chars: int
    quote_open: str
    quote_close: str
    quote_plain: str  # marks that both open and close, in a text that never uses quote_open
    # actors
    all_parties: tuple[re.Pattern, ...]
    subject: str
    subject_marker: re.Pattern
    not_subject_before: re.Pattern
    holder_before: re.Pattern
    not_subject_after: re.Pattern
    speaker_label: re.Pattern  # a paragraph opening naming who speaks in it (group ``who``)
    holder_after: re.Pattern  # ...nor when the mention and what follows name a side ("с российской стороны")
    place_before: re.Pattern  # a mention whose preceding text ends so says where, not who
    person_label: re.Pattern | None  # a label that is a person's name (group ``single``: one word, read by morphology)
    first_person: re.Pattern  # a subject that is the speaker's side in a speech ("we")
    mutual_object: re.Pattern  # after a speaker's stance without subject, an object both sides hold ("обоюдное")
    partner_gap: re.Pattern  # between a cue and a mention naming the partner of the actor ("愿|与|中国")
    not_subject_within: tuple[re.Pattern, ...]  # spans whose mentions are no subject (quotes, "在…时，")
    dateline_tail: re.Pattern  # after a place opening a clause, the rest of a dateline ("NEW DELHI:")
    remark_head: re.Pattern  # after a sentence's subject: the sentence is one speaker's remark ("Xから、")
    remark_end: re.Pattern  # ...when it ends so ("…旨述べました。")
    connector: re.Pattern
    short_mention_suffix: re.Pattern | None
    break_needs_cue_before: bool
    new_subject: re.Pattern = NEVER
    no_break_before: re.Pattern = NEVER  # how a part ends whose verb comes after the break ("愿同波方一道，")
    # sides of a document written by one of the parties (Japanese-side summaries: 当方 / 先方)
    home: str = ""
    writing_state: str = ""  # the state a document in this language names no other party than (ja: JP)
    home_side: tuple[re.Pattern, ...] = ()
    home_titles: tuple[re.Pattern, ...] = ()  # the home side's office named alone (news: "首相は"); no party evidence
    counterpart_side: tuple[re.Pattern, ...] = ()
    foreign_name: re.Pattern = NEVER
    foreign_role: re.Pattern = NEVER
    merge_modalities: frozenset[str] = frozenset({"affirm", "note"})
    cue_chain: re.Pattern = re.compile(CUE_CHAIN, re.IGNORECASE)
    merge_bound: bool = True  # coordinated verb phrases of one stance are one provision
    intro_speech: re.Pattern = NEVER  # an introducing sentence after which one speaker's remarks follow
    rejoinder: re.Pattern = NEVER  # a reply to what the other side said ("これに対し", "In response")
    merge_borrowed: re.Pattern = NEVER  # a bare verb after a comma, taking the stance before it, continues it
    min_clause_chars: int = 0  # a clause shorter than this is folded into the one before it
    quote_states_position: bool = False  # a quoted sentence without a cue still states the speaker's position
    morph_cues: tuple = ()  # MorphCue: cues recognised by word form (extract/morphology.py)
    # a mention right after a comma, with no comma between it and the cue, is the cue's subject ("…，中方对此表示赞赏")
    subject_restart: re.Pattern = NEVER
    subject_restart_gap: re.Pattern = NEVER
    speakers: SpeakerRules | None = None  # persons introduced with state and title (extract/speakers.py)
    # offices named without their holder ("His Majesty the King"): (the office as lang/persons.yaml roles name it,
    # its pattern in this language)
    office_titles: tuple[tuple[str, re.Pattern], ...] = ()
    # grammatical cases a subject can take (Russian: nomn; "генсек Компартии Вьетнама" names no subject)
    subject_cases: frozenset[str] = frozenset()
    # the cue patterns, and all_parties + home_side + counterpart_side, each screened together (literals.py)
    cue_screen: Screen = Screen(())
    actor_screen: Screen = Screen(())


def _compile(pattern: str | None, flags: int) -> re.Pattern:
    return re.compile(pattern, flags) if pattern else NEVER


def _flags(spec: str | None) -> int:
    return re.IGNORECASE if spec and "i" in spec else 0


def _read(language: str, name: str) -> dict:
    path = LANG_DIR / language / name
    return yamltext.safe_load(path.read_text(encoding="utf-8")) or {}


def available_languages() -> list[str]:
    """Languages that have a cue lexicon."""
    return sorted(p.parent.name for p in LANG_DIR.glob("*/cues.yaml"))


def _speaker_rules(spec: dict | None) -> SpeakerRules | None:
    if not spec:
        return None
    optional = lambda key: re.compile(spec[key]) if spec.get(key) else None  # noqa: E731
    listed = lambda key: tuple(re.compile(p) for p in spec.get(key, ()))  # noqa: E731
    classes = tuple((kind, re.compile(pattern)) for kind, pattern in (spec.get("title_classes") or {}).items())
    return SpeakerRules(after=listed("after"), before=optional("before"), name_after=optional("name_after"),
                        untitled=listed("untitled"), name_ending=spec.get("name_ending", ""), classes=classes,
                        home_titles=listed("home_titles"), name_line=optional("name_line"),
                        name_of=optional("name_of"))


def _cue(c: dict, flags: int, regex: re.Pattern | None = None) -> Cue:
    return Cue(id=c["id"], modality=c["modality"], regex=regex or re.compile(c["pattern"], flags),
               priority=int(c.get("priority", 50)),
               committal=bool(c.get("committal", c["modality"] in COMMITTAL_MODALITIES)),
               frame=bool(c.get("frame", False)), bound=bool(c.get("bound", False)),
               joint=bool(c.get("joint", False)), counterpart=bool(c.get("counterpart", False)),
               echo=bool(c.get("echo", False)), inherit=bool(c.get("inherit", False)),
               mutual=bool(c.get("mutual", False)), reciprocal=bool(c.get("reciprocal", False)),
               advice=bool(c.get("advice", False)), alone=c.get("alone", ""),
               evaluates=bool(c.get("evaluates", False)))


@lru_cache(maxsize=None)
def load(language: str) -> Lexicon:
    """Load (once) the lexicon of ``language``; unknown languages get the English one."""
    if language not in available_languages():
        language = FALLBACK_LANGUAGE
    cues_data = _read(language, "cues.yaml")
    actors_data = _read(language, "actors.yaml")
    cf = _flags(cues_data.get("flags"))
    af = _flags(actors_data.get("flags"))
    cues = tuple(_cue(c, cf) for c in cues_data.get("cues", []))
    morph_cues = tuple(
        MorphCue(cue=_cue(c, cf, NEVER), pos=frozenset([c["pos"]]), grammemes=frozenset(c.get("grammemes", [])),
                 lemmas=frozenset(c.get("lemmas", [])), except_lemmas=frozenset(c.get("except_lemmas", [])),
                 next_pos=frozenset(c.get("next_pos", [])))
        for c in cues_data.get("morph_cues", []))
    many = lambda key, data, flags: tuple(re.compile(p, flags) for p in data.get(key, []))  # noqa: E731
    cue_rx = lambda key, flags=cf: _compile(cues_data.get(key), flags)  # noqa: E731
    actor_rx = lambda key: _compile(actors_data.get(key), af)  # noqa: E731
    lexicon = Lexicon(
        language=language,
        selection=cues_data.get("selection", "first"),
        cues=cues,
        bound_gap=cue_rx("bound_gap"),
        committal_markers=many("committal_markers", cues_data, cf),
        preamble=many("preamble", cues_data, 0),
        skip=many("skip", cues_data, cf),
        narrative=many("narrative", cues_data, cf),
        frame_alone=bool(cues_data.get("frame_alone", True)),
        frame_stance=many("frame_stance", cues_data, cf),
        complementizer=cue_rx("complementizer"),
        question=cue_rx("question"),
        agreed_frame=cue_rx("agreed_frame"),
        enumeration=cue_rx("enumeration"),
        text_intro=cue_rx("text_intro"),
        embeds=cue_rx("embeds"),
        name_marks=cue_rx("name_marks"),
        tail_speaker=cue_rx("tail_speaker"),
        end_speaker=cue_rx("end_speaker"),
        pronoun=cue_rx("pronoun"),
        anaphoric_speaker=cue_rx("anaphoric_speaker"),
        speaker_adjunct=cue_rx("speaker_adjunct"),
        cue_object=cue_rx("cue_object"),
        speech_title=cue_rx("speech_title"),
        dated_opening=cue_rx("dated_opening"),
        own_subject=cue_rx("own_subject"),
        continuation=cue_rx("continuation"),
        retrospective=many("retrospective", cues_data, cf),
        intro=cue_rx("intro"),
        intro_cue=cue_rx("intro_cue"),
        clause_break=cue_rx("clause_break"),
        forward_break=cue_rx("forward_break"),
        remark_break=cue_rx("remark_break"),
        break_cue=cues_data.get("break_cue", "start"),
        break_needs_comma=bool(cues_data.get("break_needs_comma", False)),
        break_subject=cue_rx("break_subject", 0),
        no_break_after=cue_rx("no_break_after"),
        no_break_before=cue_rx("no_break_before"),
        sentence_end=_compile(cues_data.get("sentence_end", r"[.!?](?=\s|$)"), 0),
        no_sentence_end_before=cue_rx("no_sentence_end_before", 0),
        abbreviation=cue_rx("abbreviation", 0),
        latin=bool(cues_data.get("latin", True)),
        min_words=int(cues_data.get("min_words", 0)),
        min_chars=int(cues_data.get("min_chars", 0)),
        quote_open=cues_data.get("quote_open", ""),
        quote_close=cues_data.get("quote_close", ""),
        quote_plain=cues_data.get("quote_plain", ""),
        all_parties=many("all_parties", actors_data, af),
        subject=actors_data.get("subject", "first"),
        subject_marker=actor_rx("subject_marker"),
        not_subject_before=actor_rx("not_subject_before"),
        holder_before=actor_rx("holder_before"),
        not_subject_after=actor_rx("not_subject_after"),
        speaker_label=actor_rx("speaker_label"),
        holder_after=actor_rx("holder_after"),
        place_before=actor_rx("place_before"),
        person_label=_compile(actors_data["person_label"], 0) if actors_data.get("person_label") else None,
        first_person=actor_rx("first_person"),
        mutual_object=actor_rx("mutual_object"),
        partner_gap=actor_rx("partner_gap"),
        not_subject_within=many("not_subject_within", actors_data, af),
        dateline_tail=actor_rx("dateline_tail"),
        remark_head=actor_rx("remark_head"),
        remark_end=actor_rx("remark_end"),
        connector=actor_rx("connector"),
        short_mention_suffix=(re.compile(actors_data["short_mention_suffix"], af)
                              if actors_data.get("short_mention_suffix") else None),
        break_needs_cue_before=bool(cues_data.get("break_needs_cue_before", False)),
        new_subject=cue_rx("new_subject"),
        home=actors_data.get("home", ""),
        writing_state=actors_data.get("writing_state", ""),
        home_side=many("home_side", actors_data, af),
        home_titles=many("home_titles", actors_data, af),
        counterpart_side=many("counterpart_side", actors_data, af),
        foreign_name=actor_rx("foreign_name"),
        foreign_role=actor_rx("foreign_role"),
        merge_modalities=frozenset(cues_data.get("merge_modalities", ("affirm", "note"))),
        cue_chain=re.compile(cues_data.get("cue_chain", CUE_CHAIN), re.IGNORECASE),
        merge_bound=bool(cues_data.get("merge_bound", True)),
        quote_states_position=bool(cues_data.get("quote_states_position", False)),
        min_clause_chars=int(cues_data.get("min_clause_chars", 0)),
        merge_borrowed=cue_rx("merge_borrowed"),
        intro_speech=cue_rx("intro_speech"),
        rejoinder=cue_rx("rejoinder"),
        morph_cues=morph_cues,
        subject_restart=actor_rx("subject_restart"),
        subject_restart_gap=actor_rx("subject_restart_gap"),
        speakers=_speaker_rules(actors_data.get("speakers")),
        office_titles=tuple((office, re.compile(p)) for office, p in (actors_data.get("office_titles") or {}).items()),
        subject_cases=frozenset(actors_data.get("subject_cases", ())),
    )
    return replace(lexicon, cue_screen=Screen(c.regex for c in cues),
                   actor_screen=Screen(lexicon.all_parties + lexicon.home_side + lexicon.home_titles
                                       + lexicon.counterpart_side))
