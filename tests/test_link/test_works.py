"""Translations and versions of one statement are one work: aligned, never linked as evolution."""
from __future__ import annotations

from pledgegraph.link import link, versions

EN = ["Both sides support the early entry into force of the Comprehensive Nuclear-Test-Ban Treaty (CTBT).",
      "Both sides reiterate their support for Russia's accession to the World Trade Organization (WTO).",
      "Both sides intend to continue consultations on counter-terrorism."]
JA = ["双方は、包括的核実験禁止条約（ＣＴＢＴ）の早期発効を支持する。",
      "双方は、ロシアのＷＴＯ加盟への支持を改めて表明する。",
      "双方は、テロ対策協議を継続する意向である。"]
THEMES = [("nonproliferation",), ("wto-accession",), ("counter-terrorism",)]


def _statement(doc, prov, source, date, language, quotes, title=""):
    d = doc(source, date, language=language, title=title)
    return d, [prov(source, str(i), q, themes=THEMES[i % len(THEMES)]) for i, q in enumerate(quotes)]


def test_a_translation_dated_days_later_is_one_work_and_not_linked(doc, prov):
    en, en_provs = _statement(doc, prov, "en.txt", "2002-02-02", "en", EN)
    ja, ja_provs = _statement(doc, prov, "ja.txt", "2002-02-05", "ja", JA)
    assert versions([en, ja], en_provs + ja_provs) == [("en.txt", "ja.txt")]
    assert link([en, ja], en_provs + ja_provs) == []


def test_different_content_on_close_dates_is_not_one_work(doc, prov):
    en, en_provs = _statement(doc, prov, "en.txt", "2002-02-02", "en", EN)
    ja, ja_provs = _statement(doc, prov, "ja.txt", "2002-02-05", "ja", JA[:1] + ["日露外相会談を行った。"] * 4)
    assert versions([en, ja], en_provs + ja_provs) == []
    assert link([en, ja], en_provs + ja_provs) != []  # a genuine later text is still linked


def test_same_title_on_the_same_day_is_one_work(doc, prov):
    a, a_provs = _statement(doc, prov, "a.txt", "2013-04-29", "en", EN, title="Joint Statement on Partnership")
    b, b_provs = _statement(doc, prov, "b.txt", "2013-04-29", "en", EN[:1], title="Joint statement on partnership")
    assert versions([a, b], a_provs + b_provs) == [("a.txt", "b.txt")]
