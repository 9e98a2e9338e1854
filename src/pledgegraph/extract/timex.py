"""Frequency and deadline of a clause, from the patterns in ``lang/<iso>/time.yaml``.

Dates, months, eras and numbers are read with the one date subsystem (:mod:`pledgegraph.timeparse`, data in
``lang/<iso>/dates.yaml``); ``time.yaml`` holds only what makes a time a deadline or a recurrence.

A deadline is a time the action is fixed for: an explicit bound ("within the year 2000", "2002年までに", "最迟于
2008年"), a time relative to the document date ("next year", 来年, "in November this year", 来年5月, "next
month", "tomorrow"), a date later than the document date ("3月中旬" in a February text), or the end of a span
("within five years", 在五年内). A date in the document's own year counts only with a plan cue in the clause
("2002年の最重要課題", "agreed to ... in 2025", "в 2025 году проведут"); earlier dates are narrative and never
deadlines. "Early" (早期) is not a date; neither is the second year of a range ("for the term 2016-2017"), a
date that only names an occasion, nor a year that is part of a name ("the Vision 2030 document", "the 1993
Declaration", 「2030年ビジョン」, a quoted title) (``deadline.not_deadline``). A recurrence cue inside a
``frequency_exclude`` match fixes no recurrence ("the next annual summit", "has been held every year since
2010").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache

from .. import bundled, yamltext
from ..model import TimeQualifier
from ..timeparse import Calendar, calendar, find_dates, iso
from .literals import Scan, Screen

LANG_DIR = bundled.lang()
N = re.compile(r"\{n\}")  # in a frequency value: the count the pattern's group ``n`` read


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    value: str = ""
    offset: int | None = None


@dataclass(frozen=True)
class _Table:
    cal: Calendar
    frequency: tuple[_Rule, ...]
    frequency_exclude: tuple[re.Pattern, ...]
    qualifiers: tuple[tuple[str, re.Pattern], ...]
    bounded: tuple[_Rule, ...]
    relative: tuple[_Rule, ...]
    relative_months: tuple[_Rule, ...]
    relative_days: tuple[_Rule, ...]
    dates: tuple[_Rule, ...]
    month_only: tuple[_Rule, ...]
    plan_cues: tuple[re.Pattern, ...]
    future_cues: tuple[re.Pattern, ...]
    spans: tuple[_Rule, ...]
    not_deadline: tuple[re.Pattern, ...]
    anaphora: tuple[re.Pattern, ...] = ()
    screen: Screen = field(default_factory=lambda: Screen(()))  # every pattern above (see literals.py)

    def scan(self, text: str) -> Scan:
        """Where the patterns may match ``text``."""
        return self.screen.scan(text)


@cache
def table(lang: str) -> _Table | None:
    """The compiled time patterns of ``lang``, None when it has no ``time.yaml``."""
    path = LANG_DIR / lang / "time.yaml"
    if not path.exists():
        return None
    data = yamltext.safe_load(path.read_text(encoding="utf-8"))
    cal = calendar(lang)
    deadline = data.get("deadline") or {}
    extra = {"YEAR": deadline.get("year", r"(?P<year>(?:19|20)\d{2})")}

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(cal.fill(pattern, extra), re.IGNORECASE)

    def rules(items: list[dict] | None) -> tuple[_Rule, ...]:
        return tuple(_Rule(i["name"], compile_(i["pattern"]), i.get("value", ""), i.get("offset"))
                     for i in items or [])

    def patterns(items: list[str] | None) -> tuple[re.Pattern, ...]:
        return tuple(compile_(p) for p in items or [])

    tab = _Table(
        cal=cal,
        frequency=rules(data.get("frequency")),
        frequency_exclude=patterns(data.get("frequency_exclude")),
        qualifiers=tuple((q, compile_(p)) for q, ps in (data.get("qualifiers") or {}).items() for p in ps),
        bounded=rules(deadline.get("bounded")),
        relative=rules(deadline.get("relative")),
        relative_months=rules(deadline.get("relative_months")),
        relative_days=rules(deadline.get("relative_days")),
        dates=rules(deadline.get("dates")),
        month_only=rules(deadline.get("month_only")),
        plan_cues=patterns(deadline.get("plan_cues")),
        future_cues=patterns(deadline.get("future_cues")),
        spans=rules(deadline.get("spans")),
        not_deadline=patterns(deadline.get("not_deadline")),
        anaphora=patterns(deadline.get("anaphora")),
    )
    return replace(tab, screen=Screen(_patterns(tab)))


def _patterns(tab: _Table) -> list[re.Pattern]:
    """Every pattern of a table."""
    rules = (*tab.frequency, *tab.bounded, *tab.relative, *tab.relative_months, *tab.relative_days, *tab.dates,
             *tab.month_only, *tab.spans)
    return [r.pattern for r in rules] + [p for _, p in tab.qualifiers] + [
        *tab.frequency_exclude, *tab.plan_cues, *tab.future_cues, *tab.not_deadline, *tab.anaphora]


def _group(match: re.Match, name: str) -> str | None:
    return match.groupdict().get(name)


def _year(match: re.Match, tab: _Table) -> int | None:
    if _group(match, "era"):
        return tab.cal.year(_group(match, "eyear"), _group(match, "era"))
    return tab.cal.year(_group(match, "year"))


def _frequency(text: str, scan: Scan, tab: _Table) -> tuple[str | None, str | None, str]:
    text, scan = _mask(text, scan, tab.frequency_exclude, tab)
    for rule in tab.frequency:
        for m in scan.finditer(rule.pattern, text):
            value = rule.value
            if N.search(value):
                count = tab.cal.number(_group(m, "n") or "")
                if not count:
                    continue
                value = N.sub(str(count), value)
            qualifier = next((q for q, p in tab.qualifiers if scan.search(p, text)), None)
            return value, qualifier, f"timex.frequency.{rule.name}" + (f"+{qualifier}" if qualifier else "")
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


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    year, index = divmod(year * 12 + month - 1 + months, 12)
    return year, index + 1


def _deadline(text: str, scan: Scan, tab: _Table, doc_date: str | None) -> tuple[str | None, str]:
    text, scan = _mask(text, scan, tab.not_deadline, tab)
    doc_year = int(doc_date[:4]) if doc_date else None
    doc_month = int(doc_date[5:7]) if doc_date and len(doc_date) >= 7 else None
    for rule in tab.bounded:
        for m in scan.finditer(rule.pattern, text):
            if rule.offset is not None:
                if doc_year is not None:
                    return iso(doc_year + rule.offset), f"timex.deadline.{rule.name}"
                continue
            year = _year(m, tab)
            if year and (doc_year is None or year >= doc_year):
                return iso(year, tab.cal.month(_group(m, "month"))), f"timex.deadline.{rule.name}"
    if doc_year is None:
        return _undated(text, scan, tab)
    for rule in tab.spans:
        for m in scan.finditer(rule.pattern, text):
            years = tab.cal.number(_group(m, "n") or "")
            if years:
                return iso(doc_year + years), f"timex.deadline.{rule.name}"
    if doc_date and len(doc_date) == 10:
        for rule in tab.relative_days:
            if scan.search(rule.pattern, text):
                day = dt.date.fromisoformat(doc_date) + dt.timedelta(days=rule.offset or 0)
                return day.isoformat(), f"timex.deadline.{rule.name}"
    if doc_month:
        for rule in tab.relative_months:
            if scan.search(rule.pattern, text):
                return iso(*_add_months(doc_year, doc_month, rule.offset or 0)), f"timex.deadline.{rule.name}"
    past: list[tuple[int, int]] = []  # a month of a relative year already past ("本年4月以来" in November)
    for rule in tab.relative:
        for m in scan.finditer(rule.pattern, text):
            if any(m.start() < e and s < m.end() for s, e in past):
                continue
            month = tab.cal.month(_group(m, "month"))
            value = iso(doc_year + (rule.offset or 0), month)
            if _group(m, "month") and (not month or (doc_month and value < doc_date[:7])):
                past.append(m.span())
                continue
            return value, f"timex.deadline.{rule.name}"
    planned = _planned(text, scan, tab)
    for value, rule in _dates(text, scan, tab):
        if _is_future(value, doc_date, planned):
            return value, rule
    for rule in tab.month_only:
        for m in scan.finditer(rule.pattern, text):
            month = tab.cal.month(_group(m, "month"))
            if month and doc_month and month > doc_month:
                return iso(doc_year, month), f"timex.deadline.{rule.name}"
    return None, ""


def _planned(text: str, scan: Scan, tab: _Table, cues: str = "plan_cues") -> bool:
    """Whether the clause has a plan cue ("will", "agreed to", 予定, 将, будут), or one of ``cues``."""
    return any(scan.search(p, text) for p in getattr(tab, cues))


def _dates(text: str, scan: Scan, tab: _Table) -> list[tuple[str, str]]:
    """(ISO value, rule) of the calendar dates of a clause: whole dates first (days, then months), then
    years (``deadline.dates``), each in text order. Month-only dates ("in March") are left to the caller."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for date in sorted(find_dates(text, tab.cal.language), key=lambda d: -len(d.iso)):
        taken.append((date.start, date.end))
        found.append((date.iso, f"timex.deadline.date-{date.precision}"))
    for rule in tab.dates:
        for m in scan.finditer(rule.pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            year = _year(m, tab)
            if year:
                found.append((iso(year), f"timex.deadline.{rule.name}"))
    return found


def _undated(text: str, scan: Scan, tab: _Table) -> tuple[str | None, str]:
    """The deadline of a clause of a document whose date is unknown, past its bounds: the latest date it
    names when a cue of the future makes it a plan ("will ... in 2025", ``future_cues``); nothing relative can
    be placed."""
    found = _dates(text, scan, tab) if _planned(text, scan, tab, "future_cues") else []
    if not found:
        return None, ""
    value, rule = max(found, key=lambda f: (f[0][:4], f[0]))
    return value, f"{rule}+undated-plan"


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
