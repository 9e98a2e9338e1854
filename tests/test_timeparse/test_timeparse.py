"""The one date and numeral subsystem: numerals, the era table, month names, and the three stages that read
dates through it (ingest, timex, citations)."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgegraph.extract.timex import find
from pledgegraph.timeparse import calendar, find_dates, number, parse_date


@pytest.mark.parametrize("text,value", [
    ("2014", 2014), ("２０１４", 2014), ("二〇一四", 2014), ("二十三", 23), ("十五", 15), ("十", 10), ("两", 2),
    ("一百零五", 105), ("元", 1), ("", None), ("abc", None),
])
def test_one_numeral_parser(text, value):
    assert number(text) == value


def test_number_words_are_per_language_data():
    assert calendar("en").number("five") == 5
    assert calendar("ru").number("двадцати") == 20
    assert calendar("ja").number("five") is None


@given(st.integers(min_value=0, max_value=9999))
def test_positional_cjk_numerals_read_back(n):
    assert number("".join("〇一二三四五六七八九"[int(d)] for d in str(n))) == n


@pytest.mark.parametrize("era,year,expected", [("平成", "1", 1989), ("平成", "元", 1989), ("平成", "14", 2002),
                                               ("令和", "元", 2019), ("昭和", "64", 1989)])
def test_one_era_table_with_the_first_year_as_base(era, year, expected):
    assert calendar("ja").year(year, era) == expected


def test_ingest_and_timex_read_an_era_year_alike():
    (date,) = find_dates("平成26年5月1日", "ja")
    assert date.iso == "2014-05-01"
    assert find("平成26年に開催する。", "ja", "2013-04-29").deadline == "2014"


@pytest.mark.parametrize("language,name,month", [("en", "Sept", 9), ("en", "december", 12), ("ru", "ноября", 11),
                                                 ("ru", "ноябре", 11), ("ru", "ноябрь", 11), ("ja", "5", 5),
                                                 ("zh", "十二", 12), ("en", "13", None)])
def test_one_month_table_per_language(language, name, month):
    assert calendar(language).month(name) == month


@pytest.mark.parametrize("language,text,iso", [
    ("en", "2 February 2002", "2002-02-02"), ("en", "February 2, 2002", "2002-02-02"), ("en", "June 2000", "2000-06"),
    ("en", "2001", "2001"), ("ja", "2002年2月2日", "2002-02-02"), ("ja", "2002年", "2002"),
    ("zh", "2001年12月", "2001-12"), ("ru", "2 апреля 1996 года", "1996-04-02"), ("ru", "1996 г.", "1996"),
    ("en", "no date", None),
])
def test_dates_of_cited_documents(language, text, iso):
    assert parse_date(text, language) == iso


@pytest.mark.parametrize("language,text,iso", [
    ("zh", "北京青年报客户端 2024-03-19 16:00", "2024-03-19"),
    ("zh", "星期一, 24/08/2020 15:04", "2020-08-24"),
    ("ru", "в ноябре 2025 года", "2025-11"), ("ru", "• 17 декабря, 2025", "2025-12-17"),
    ("en", "in June of 2015", "2015-06"),
    # a numeric date without leading zeros ("2021-7-5 17:02"), but not a document number ("1598-03-08-2022")
    ("ru", "2021-7-5 17:02 | Президент провел переговоры", "2021-07-05"), ("en", "Posted 2019-7-8 08:12", "2019-07-08"),
])
def test_more_date_forms(language, text, iso):
    assert [d.iso for d in find_dates(unicodedata.normalize("NFKC", text), language)] == [iso]


def test_no_other_stage_keeps_its_own_tables():
    import yaml

    from pledgegraph import bundled

    for language in ("en", "ja", "zh", "ru"):
        folder = bundled.lang() / language
        metadata, time, citations = (yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
                                     for name in ("metadata", "time", "citations"))
        assert "dates" not in metadata
        assert not {"months", "eras", "numbers"} & set(time)
        assert not {"months", "date_formats"} & set(citations)
        assert calendar(language).patterns
