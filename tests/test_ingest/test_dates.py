"""Date forms of every supported language."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgegraph.timeparse import find_dates

CASES = [
    ("en", "In Tokyo, 5 September, 2000.", "2000-09-05"),
    ("en", "on September 5, 2000 in Tokyo", "2000-09-05"),
    ("en", "was held in Tokyo in 13 - 14 November, 2002, with", "2002-11-13"),
    ("en", "the summit held in June 2000", "2000-06"),
    ("en", "dated 2002-03-27", "2002-03-27"),
    ("ja", "2002年 2月 2日", "2002-02-02"),
    ("ja", "２０１３年４月２９日 於モスクワ", "2013-04-29"),
    ("ja", "平成14年2月2日", "2002-02-02"),
    ("ja", "平成２５年４月２９日", "2013-04-29"),
    ("ja", "令和元年5月1日", "2019-05-01"),
    ("ja", "昭和６４年１月７日", "1989-01-07"),
    ("ja", "2002年1月のアフガニスタン復興支援会議", "2002-01"),
    ("zh", "二〇一四年五月二十日", "2014-05-20"),
    ("zh", "2001 年 12月 5 日的《柏林协定》", "2001-12-05"),
    ("ru", "5 сентября 2000 г.", "2000-09-05"),
    ("ru", "13-14 ноября 2002 года", "2002-11-13"),
]


@pytest.mark.parametrize("language, text, iso", CASES)
def test_date_forms(language, text, iso):
    assert [d.iso for d in find_dates(text, language)] == [iso]


def test_offsets_point_into_the_given_text():
    text = "署名は２０１３年４月２９日に行われた"
    (date,) = find_dates(text, "ja")
    assert text[date.start:date.end] == "２０１３年４月２９日"


@pytest.mark.parametrize("text", ["2002年13月40日", "31 February, 2001", "平成0年0月0日"])
def test_impossible_dates_are_ignored(text):
    assert all(d.precision != "day" for d in find_dates(text, "ja" if "年" in text else "en"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１２年月日平成令和元一二三十〇 -,.SeptemberNov")), max_size=60),
       st.sampled_from(["en", "ja", "zh", "ru"]))
def test_date_parser_never_crashes(text, language):
    for date in find_dates(text, language):
        assert 0 <= date.start < date.end <= len(text)
        assert len(date.iso) in (4, 7, 10)
