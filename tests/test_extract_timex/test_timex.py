"""Frequency and deadline patterns (lang/<iso>/time.yaml) on literal clauses."""
from __future__ import annotations

import unicodedata

import pytest

from pledgegraph.extract.timex import find


@pytest.mark.parametrize("text,lang,frequency,qualifier", [
    ("agreed to hold these consultations in principle once a year, alternating between venues", "en", "P1Y",
     "in-principle"),
    ("The ministers will meet annually.", "en", "P1Y", None),
    ("両国外務大臣が少なくとも年１回の交互の訪問実施を目指すことで合意した。", "ja", "P1Y", "at-least"),
    ("毎年協議を行う。", "ja", "P1Y", None),
    ("双方商定原则上每年举行一次磋商。", "zh", "P1Y", "in-principle"),
    ("双方至少每年会晤一次。", "zh", "P1Y", "at-least"),
    ("Консультации будут проводиться ежегодно.", "ru", "P1Y", None),
    ("The working group meets twice a year.", "en", "P6M", None),
])
def test_frequency(text, lang, frequency, qualifier):
    found = find(unicodedata.normalize("NFKC", text), lang, "2002-11-14")
    assert (found.frequency, found.frequency_qualifier) == (frequency, qualifier)
    assert "timex.frequency" in found.rule


@pytest.mark.parametrize("text,lang,doc_date,deadline", [
    ("cooperate actively toward the completion of work on the three protocols within the year 2000.", "en",
     "2000-09-05", "2000"),
    ("They aim to conclude the agreement by 2000.", "en", "1999-05-01", "2000"),
    ("the next round of consultations would be held next year in the Russian Federation.", "en", "2002-11-14",
     "2003"),
    ("Both sides will hold the meeting this year.", "en", "2002-11-14", "2002"),
    ("3月中旬にモスクワで次官級協議を行うことで合意した", "ja", "2002-02-02", "2002-03"),
    ("小泉総理の訪露が2002年の最重要課題であることが再確認され、", "ja", "2002-02-02", "2002"),
    ("2002年もこれまでと同等の支援を行う方向で検討中であることを説明した。", "ja", "2002-02-02", "2002"),
    ("年内に署名する。", "ja", "2002-02-02", "2002"),
    ("来年ロシアで開催する。", "ja", "2002-02-02", "2003"),
    ("双方决定二〇一四年举行会议。", "zh", "2013-04-29", "2014"),
    ("平成26年に開催する。", "ja", "2013-04-29", "2014"),
    ("双方将于明年举行会谈。", "zh", "2002-02-02", "2003"),
    ("The summit was held in mid-March and they will meet in mid-March.", "en", "2002-02-02", "2002-03"),
])
def test_deadline(text, lang, doc_date, deadline):
    found = find(unicodedata.normalize("NFKC", text), lang, doc_date)
    assert found.deadline == deadline
    assert "timex.deadline" in found.rule


@pytest.mark.parametrize("text,lang,doc_date", [
    ("they welcome the results of the Inter-Korean Summit held in June 2000.", "en", "2000-09-05"),
    ("俄罗斯联邦政府和日本政府最强烈地谴责 2001年 9月11日对美利坚合众国的恐怖主义袭击,", "zh", "2002-02-02"),
    ("2002年1月のアフガニスタン復興支援会議について説明した。", "ja", "2002-02-02"),
    ("未実施分の1.5億ドルの貸し出しが1月に終了したことを説明し、", "ja", "2002-02-02"),
    ("川口大臣の早期訪露の招待が表明され、", "ja", "2002-02-02"),
    ("the entry into force of the CTBT at the earliest date possible", "en", "2000-09-05"),
    ("The 2000 conference adopted the text.", "en", "2000-09-05"),
    ("in accordance with resolution 1373 (2001)", "en", "2002-02-02"),
])
def test_no_deadline_for_narrative_or_vague_times(text, lang, doc_date):
    assert find(unicodedata.normalize("NFKC", text), lang, doc_date).deadline is None


def test_relative_needs_document_date_and_unknown_language_is_empty():
    assert find("They will meet next year.", "en", None).deadline is None
    assert find("within the year 2000", "en", None).deadline == "2000"
    assert find("annually", "xx", "2002").frequency is None


@pytest.mark.parametrize("text,lang,doc_date,deadline", [
    ("to realize 3.5 trillion yen of investment to India within five years.", "en", "2014-09-03", "2019"),
    ("a joint feasibility study to be completed by July 2015.", "en", "2014-09-03", "2015-07"),
    ("о сооружении не менее двенадцати энергоблоков в течение ближайших двадцати лет.", "ru", "2014-12-11", "2034"),
    ("завершить до конца 2015 года совместное исследование", "ru", "2014-12-11", "2015"),
    ("双方将在五年内完成该项目。", "zh", "2015-08-31", "2020"),
    ("今後5年以内に実現する。", "ja", "2014-09-01", "2019"),
    ("双方商定，于2016年年底前完成口岸改造，", "zh", "2015-08-31", "2016"),
    ("両首脳は、来年前半の訪豪の実現に向けて調整していく。", "ja", "2024-10-10", "2025"),
])
def test_deadline_spans_and_months(text, lang, doc_date, deadline):
    assert find(unicodedata.normalize("NFKC", text), lang, doc_date).deadline == deadline


@pytest.mark.parametrize("text,lang,doc_date", [
    ("support for Japan's candidature for non-permanent membership for the term 2016-2017.", "en", "2014-09-03"),
    ("中方支持哈萨克斯坦竞选2017—2018年度联合国安理会非常任理事国。", "zh", "2015-08-31"),
    ("２０２６年の基本条約署名５０周年に向けて、人的交流を一層促進していく。", "ja", "2024-10-10"),
])
def test_ranges_and_occasions_are_no_deadline(text, lang, doc_date):
    assert find(unicodedata.normalize("NFKC", text), lang, doc_date).deadline is None


@pytest.mark.parametrize("text,lang,frequency", [
    ("The two Prime Ministers decided to hold annual summit meetings, alternately in India and Japan.", "en", "P1Y"),
    ("and invited Prime Minister Abe to visit India for the next annual summit.", "en", None),
    ("посетить Россию в 2015 году для проведения очередного ежегодного саммита.", "ru", None),
    ("Стороны договорились продолжать практику ежегодных встреч на высшем уровне.", "ru", "P1Y"),
    ("They decided to conduct bilateral maritime exercises on a regular basis.", "en", None),
])
def test_recurrence_needs_a_fixed_period(text, lang, frequency):
    assert find(text, lang, "2014-09-03").frequency == frequency


@pytest.mark.parametrize("text,lang,inherited", [
    ("その実現のために双方が協力していくことで意見が一致した。", "ja", "2002"),
    ("To this end, both sides will intensify their contacts.", "en", "2002"),
    ("为此，双方将加强协调。", "zh", "2002"),
    ("双方将加强协调。", "zh", None),  # no reference back: nothing inherited
    ("Both sides will intensify their contacts.", "en", None),
])
def test_clause_referring_back_inherits_the_previous_deadline(text, lang, inherited):
    from pledgegraph.extract.timex import inherit
    from pledgegraph.model import TimeQualifier

    previous = TimeQualifier(deadline="2002", rule="timex.deadline.year")
    own = find(text, lang, "2002-02-02")
    result = inherit(text, lang, own, previous)
    assert result.deadline == inherited
    assert ("anaphora" in result.rule) == (inherited is not None)


def test_own_deadline_is_not_overridden_by_the_previous_clause():
    from pledgegraph.extract.timex import inherit
    from pledgegraph.model import TimeQualifier

    text = "To this end, the ministers will meet by 2005."
    result = inherit(text, "en", find(text, "en", "2002-02-02"), TimeQualifier(deadline="2002"))
    assert result.deadline == "2005"


@pytest.mark.parametrize("text,lang,doc_date,deadline", [
    ("来月モスクワで次官級協議を行うことで一致した。", "ja", "2019-01-14", "2019-02"),
    ("今月下旬に協議を行う。", "ja", "2019-01-14", "2019-01"),
    ("The working group will meet next month.", "en", "2019-12-03", "2020-01"),
    ("双方将于下个月举行磋商。", "zh", "2019-04-01", "2019-05"),
    ("Стороны проведут консультации в следующем месяце.", "ru", "2019-01-14", "2019-02"),
    ("来月モスクワで次官級協議を行う。", "ja", "2019", None),  # no month in the document date
])
def test_month_relative_deadlines(text, lang, doc_date, deadline):
    assert find(text, lang, doc_date).deadline == deadline
