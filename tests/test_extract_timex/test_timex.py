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
