"""The timeline picture: document columns, every theme, numeric paragraph order, colour-blind-safe colours,
arrows above a confidence, small multiples when dense, a page-friendly size, the same bytes every time."""
from __future__ import annotations

import warnings

import matplotlib
from matplotlib.text import Annotation

from pledgegraph.viz import Records, draw_timeline, read_records, timeline_figure
from pledgegraph.viz.palette import RELATION_PALETTE, relation_colours
from pledgegraph.viz.timeline import DPI, PAGE_HEIGHT, PAGE_WIDTH, font_family


def _arrows(fig) -> int:
    return sum(isinstance(t, Annotation) and t.arrow_patch is not None for ax in fig.axes for t in ax.texts)


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_written_deterministic_and_page_sized(mini, tmp_path):
    first = draw_timeline(mini, tmp_path / "a.png", tmp_path / "a.svg")
    second = draw_timeline(mini, tmp_path / "b.png", tmp_path / "b.svg")
    assert [p.suffix for p in first] == [".png", ".svg"]
    assert first[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and first[0].read_bytes() == second[0].read_bytes()
    svg = first[1].read_text(encoding="utf-8")
    assert svg == second[1].read_text(encoding="utf-8") and "<dc:date>" not in svg
    width, height = (float(svg.split(f'{k}="', 1)[1].split("pt", 1)[0]) / 72 for k in ("width", "height"))
    assert width <= PAGE_WIDTH + 0.01 and height <= PAGE_HEIGHT + 0.01


def test_columns_are_documents_with_date_and_title_and_every_theme_has_a_row(mini_records):
    texts = _texts(timeline_figure(mini_records))
    headers = [t for t in texts if t.startswith(("2000-09-05", "2002-", "2013-04-29"))]
    assert len(headers) == 3 and any("日露外相会談の概要" in h for h in headers)
    themes = {mini_records.labels["theme"][t]["pref"]["en"] for p in mini_records.pledges for t in p["themes"]}
    assert themes and all(any(theme == t.replace("\n", " ") for t in texts) for theme in themes)


def test_chips_in_a_cell_follow_paragraph_order(mini_records):
    fig = timeline_figure(mini_records)
    chips = [(t.get_position()[0], t.get_text()) for t in fig.axes[0].texts
             if t.get_text() in ("I.1", "I.2", "I.3") and t.get_position()[1] < 2]
    ordered = [text for _, text in sorted(chips)]
    assert ordered == sorted(ordered)


def test_arrows_only_for_links_above_the_confidence(mini_records):
    assert _arrows(timeline_figure(mini_records, min_confidence=0.0)) >= len(mini_records.links)
    assert _arrows(timeline_figure(mini_records, min_confidence=1.01)) == 0


def test_palette_is_okabe_ito_without_red_green(mini, tmp_path):
    svg = draw_timeline(mini, tmp_path / "t.png", tmp_path / "t.svg")[1].read_text(encoding="utf-8").lower()
    assert set(relation_colours().values()) <= set(RELATION_PALETTE)
    assert "#2ca02c" not in svg and "#d62728" not in svg and relation_colours()["strengthens"].lower() in svg


def test_no_cjk_glyph_is_missing(bundled_build, tmp_path):
    """The bundled corpus has Japanese and Chinese titles and locators (1.1.イ): each glyph is in a font."""
    records = read_records(bundled_build.graph)
    with matplotlib.rc_context({"font.family": font_family()}), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        timeline_figure(records).savefig(tmp_path / "t.png")
    assert not [w for w in caught if "missing" in str(w.message)]


def test_too_many_documents_become_small_multiples(mini_records):
    docs = [dict(mini_records.documents[0], date=f"{2000 + k}-01-01", year=2000 + k, source=f"{k}.txt")
            for k in range(12)]
    pledges = [dict(mini_records.pledges[k % len(mini_records.pledges)], doc=k) for k in range(12)]
    dense = Records(docs, pledges, [], mini_records.labels)
    fig = timeline_figure(dense)
    themes = {t for p in pledges for t in p["themes"] or ["(no theme)"]}
    assert len([ax for ax in fig.axes if ax.axison]) == len(themes)
    assert fig.get_figwidth() <= PAGE_WIDTH and fig.get_figheight() <= PAGE_HEIGHT + 0.01


def test_bundled_timeline_fits_a_page(bundled_build):
    png = (bundled_build.out / "timeline.png").read_bytes()
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert width <= PAGE_WIDTH * DPI and height <= PAGE_HEIGHT * DPI
    assert "2013-04-29" in (bundled_build.out / "timeline.svg").read_text(encoding="utf-8")
