"""Frequency and deadline of a clause, from the patterns in ``lang/<iso>/time.yaml``.

A deadline is a time the action is fixed for: an explicit bound ("within the year 2000", "2002年までに"),
a year relative to the document date ("next year", 来年), or a date later than the document date
("3月中旬" in a February text), or the end of a span ("within five years", 在五年内). A date in the
document's own year counts only with a plan cue in the clause ("2002年の最重要課題"); earlier dates are
narrative and never deadlines. "Early" (早期) is not a date; neither is the second year of a range ("for the
term 2016-2017") nor a date that only names an occasion (``deadline.not_deadline``). A recurrence cue
inside a ``frequency_exclude`` match ("the next annual summit") fixes no recurrence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import yaml

from .. import bundled

from ..model import TimeQualifier
from .literals import Scan, Screen

LANG_DIR = bundled.lang()
DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "两": "2"}


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    value: str = ""
    offset: int | None = None


@dataclass(frozen=True)
class _Table:
    frequency: tuple[_Rule, ...]
    frequency_exclude: tuple[re.Pattern, ...]
    qualifiers: tuple[tuple[str, re.Pattern], ...]
    months: dict
    eras: dict
    bounded: tuple[_Rule, ...]
    relative: tuple[_Rule, ...]
    relative_months: tuple[_Rule, ...]
    dates: tuple[_Rule, ...]
    month_only: tuple[_Rule, ...]
    plan_cues: tuple[re.Pattern, ...]
    spans: tuple[_Rule, ...]
    not_deadline: tuple[re.Pattern, ...]
    numbers: dict[str, int]
    anaphora: tuple[re.Pattern, ...] = ()
    screen: Screen = field(default_factory=lambda: Screen(()))  # every pattern above (see literals.py)

    def scan(self, text: str) -> Scan:
        """Where the patterns may match ``text``."""
        return self.screen.scan(text)


def _compile(pattern: str, fill: dict[str, str]) -> re.Pattern:
    for key, value in fill.items():
        pattern = pattern.replace("{" + key + "}", value)
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=None)
def table(lang: str) -> _Table | None:
    """The compiled time patterns of ``lang``, None when it has no ``time.yaml``."""
    path = LANG_DIR / lang / "time.yaml"
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    months = {k.lower(): int(v) for k, v in (data.get("months") or {}).items()}
    deadline = data.get("deadline") or {}
    fill = {
        "MONTH": "|".join(sorted(map(re.escape, months), key=len, reverse=True)) or r"\d{1,2}",
        "YEAR": deadline.get("year", r"(?P<year>(?:19|20)\d{2})"),
    }
    numbers = {str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()}
    fill["NUMBER"] = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True)) or r"\d+"

    def rules(items: list[dict]) -> tuple[_Rule, ...]:
        return tuple(_Rule(i["name"], _compile(i["pattern"], fill), i.get("value", ""), i.get("offset"))
                     for i in items or [])

    tab = _Table(
        frequency=rules(data.get("frequency")),
        frequency_exclude=tuple(_compile(p, fill) for p in data.get("frequency_exclude") or []),
        qualifiers=tuple((q, re.compile(p, re.IGNORECASE)) for q, ps in (data.get("qualifiers") or {}).items()
                         for p in ps),
        months=months,
        eras={k: int(v) for k, v in (data.get("eras") or {}).items()},
        bounded=rules(deadline.get("bounded")),
        relative=rules(deadline.get("relative")),
        relative_months=rules(deadline.get("relative_months")),
        dates=rules(deadline.get("dates")),
        month_only=rules(deadline.get("month_only")),
        plan_cues=tuple(re.compile(p, re.IGNORECASE) for p in deadline.get("plan_cues") or []),
        spans=rules(deadline.get("spans")),
        not_deadline=tuple(_compile(p, fill) for p in deadline.get("not_deadline") or []),
        numbers=numbers,
        anaphora=tuple(re.compile(p, re.IGNORECASE) for p in deadline.get("anaphora") or []),
    )
    return replace(tab, screen=Screen(_patterns(tab)))


def _patterns(tab: _Table) -> list[re.Pattern]:
    """Every pattern of a table."""
    rules = (*tab.frequency, *tab.bounded, *tab.relative, *tab.relative_months, *tab.dates, *tab.month_only,
             *tab.spans)
    return [r.pattern for r in rules] + [p for _, p in tab.qualifiers] + [
        *tab.frequency_exclude, *tab.plan_cues, *tab.not_deadline, *tab.anaphora]


def _number(text: str) -> int:
    return int("".join(DIGITS.get(c, c) for c in text))


def _count(text: str, tab: _Table) -> int | None:
    """A small cardinal: ASCII or CJK digits ("十五", "二十"), or a number word of the language."""
    text = text.strip().lower()
    if text in (tab.numbers or {}):
        return tab.numbers[text]
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_number(tens) if tens else 1) * 10 + (_number(units) if units else 0)
    return _number(text) if all(c.isdigit() or c in DIGITS for c in text) else None


def _year(match: re.Match, tab: _Table) -> int | None:
    groups = match.groupdict()
    if groups.get("era"):
        eyear = groups.get("eyear") or ""
        return tab.eras[groups["era"]] + (1 if eyear == "元" else _number(eyear))
    return _number(groups["year"]) if groups.get("year") else None


def _month(match: re.Match, tab: _Table) -> int | None:
    value = match.groupdict().get("month")
    if not value:
        return None
    return tab.months.get(value.lower()) or (_number(value) if value.isdigit() else None)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    parts = [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if month and day else [])
    return "-".join(parts)


def _frequency(text: str, scan: Scan, tab: _Table) -> tuple[str | None, str | None, str]:
    text, scan = _mask(text, scan, tab.frequency_exclude, tab)
    for rule in tab.frequency:
        if scan.search(rule.pattern, text):
            qualifier = next((q for q, p in tab.qualifiers if scan.search(p, text)), None)
            return rule.value, qualifier, f"timex.frequency.{rule.name}" + (f"+{qualifier}" if qualifier else "")
    return None, None, ""


def _mask(text: str, scan: Scan, patterns: tuple[re.Pattern, ...], tab: _Table) -> tuple[str, Scan]:
    """``text`` with every match of ``patterns`` blanked out (same length, so offsets still hold), and its
    scan (``scan``: that of ``text``)."""
    for pattern in patterns:
        if scan.admits(pattern):
            masked = pattern.sub(lambda m: " " * len(m.group(0)), text)
            if masked != text:
                text, scan = masked, tab.scan(masked)
    return text, scan


def _deadline(text: str, scan: Scan, tab: _Table, doc_date: str | None) -> tuple[str | None, str]:
    text, scan = _mask(text, scan, tab.not_deadline, tab)
    doc_year = int(doc_date[:4]) if doc_date else None
    for rule in tab.bounded:
        for m in scan.finditer(rule.pattern, text):
            if rule.offset is not None:
                if doc_year is not None:
                    return _iso(doc_year + rule.offset), f"timex.deadline.{rule.name}"
                continue
            year = _year(m, tab)
            if year and (doc_year is None or year >= doc_year):
                return _iso(year, _month(m, tab)), f"timex.deadline.{rule.name}"
    if doc_date is None:
        return None, ""
    for rule in tab.spans:
        for m in scan.finditer(rule.pattern, text):
            years = _count(m.group("n"), tab)
            if years:
                return _iso(doc_year + years), f"timex.deadline.{rule.name}"
    if len(doc_date) >= 7:
        for rule in tab.relative_months:
            if scan.search(rule.pattern, text):
                year, month = divmod(doc_year * 12 + int(doc_date[5:7]) - 1 + rule.offset, 12)
                return _iso(year, month + 1), f"timex.deadline.{rule.name}"
    for rule in tab.relative:
        if scan.search(rule.pattern, text):
            return _iso(doc_year + rule.offset), f"timex.deadline.{rule.name}"
    planned = any(scan.search(p, text) for p in tab.plan_cues)
    taken: list[tuple[int, int]] = []
    for rule in tab.dates:
        for m in scan.finditer(rule.pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            day = m.groupdict().get("day")
            value = _iso(_year(m, tab), _month(m, tab), int(day) if day else None)
            if _is_future(value, doc_date, planned):
                return value, f"timex.deadline.{rule.name}"
    for rule in tab.month_only:
        for m in scan.finditer(rule.pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            month = _month(m, tab)
            if month and len(doc_date) >= 7 and month > int(doc_date[5:7]):
                return _iso(doc_year, month), f"timex.deadline.{rule.name}"
    return None, ""


def _is_future(value: str, doc_date: str, planned: bool) -> bool:
    """Later than the document date at the value's precision; the same period only with a plan cue."""
    doc_part = doc_date[: len(value)]
    if value > doc_part:
        return True
    return value == doc_part and len(value) < len(doc_date) and planned


def find(text: str, lang: str, doc_date: str | None) -> TimeQualifier:
    """Frequency (ISO 8601 duration, qualifier) and deadline fixed by one clause.

    Args:
        text: the clause, NFKC-normalised.
        lang: ISO 639-1 code; a language without ``time.yaml`` yields an empty qualifier.
        doc_date: the document's ISO date ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), needed for relative
            expressions and to tell plans from narrative.
    """
    tab = table(lang)
    if tab is None:
        return TimeQualifier()
    scan = tab.scan(text)
    frequency, qualifier, freq_rule = _frequency(text, scan, tab)
    deadline, deadline_rule = _deadline(text, scan, tab, doc_date)
    rule = "+".join(r for r in (freq_rule, deadline_rule) if r)
    return TimeQualifier(frequency=frequency, frequency_qualifier=qualifier, deadline=deadline, rule=rule)


def inherit(text: str, lang: str, own: TimeQualifier, previous: TimeQualifier | None) -> TimeQualifier:
    """A clause that refers back to the previous clause's object ("その実現のために", "to this end") shares
    its deadline when it fixes none of its own."""
    tab = table(lang)
    if own.deadline or previous is None or not previous.deadline or tab is None:
        return own
    scan = tab.scan(text)
    if not any(scan.search(p, text) for p in tab.anaphora):
        return own
    rule = "+".join(r for r in (own.rule, "timex.deadline.anaphora") if r)
    return replace(own, deadline=previous.deadline, rule=rule)
