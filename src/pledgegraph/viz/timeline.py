"""A timeline picture for a paper: themes as rows, documents as columns, one chip per pledge, evolution arrows.

Each column is a document (date, language and short title), in date order; each chip is a pledge labelled with its
paragraph (in document order, so 1, 3, 6, 53), filled when committal, coloured by what became of it; every theme
with a pledge gets a row (a pledge with two themes is in both). Arrows join linked pledges whose link confidence
reaches ``min_confidence``. The page is A4/Letter friendly; when one picture would be too dense (more documents
than ``MAX_COLUMNS`` or taller than a page) it becomes small multiples: a panel per theme with the pledges per
year stacked by status and arcs for the links. Colours are Okabe–Ito (:mod:`.palette`).
"""
from __future__ import annotations

import hashlib
import math
import os
import re
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot or a backend is imported: no display needed
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator
from rdflib import Graph

from .fonts import FALLBACK, FAMILIES, plain_font
from .palette import relation_colours, relation_dashes, status_colours
from .records import Records, read_records

PAGE_WIDTH, PAGE_HEIGHT = 7.2, 10.0  # inches: a full page of A4 or US Letter inside 0.5 in margins
LABEL_WIDTH, HEADER, FOOTER, LINE, MIN_COLUMN = 1.2, 0.85, 0.55, 0.14, 0.7  # inches
CHIP_FONT, MAX_COLUMNS, MIN_CONFIDENCE, DPI = 5.2, 8, 0.5, 200
NO_THEME = "(no theme)"
_RC = {"svg.hashsalt": "pledgegraph", "svg.fonttype": "none", "font.size": 7}


def font_family() -> list[str]:
    """DejaVu Sans, IPAexGothic (matplotlib-fontja) and the bundled CJK fallback, so no glyph is a box."""
    import matplotlib_fontja  # noqa: F401  (registers IPAexGothic with matplotlib)

    data = plain_font(FALLBACK)  # matplotlib reads TrueType, not WOFF: a copy in its cache, named by content
    cached = Path(matplotlib.get_cachedir()) / f"pledgegraph-cjk-{hashlib.sha256(data).hexdigest()[:12]}.ttf"
    if not cached.exists():
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        os.replace(partial, cached)
    if FAMILIES[1] not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(cached))
    return ["DejaVu Sans", "IPAexGothic", FAMILIES[1]]


def _width(text: str, size: float = CHIP_FONT) -> float:
    """Estimated width in inches of ``text`` at ``size`` points."""
    em = size / 72
    return sum(em if unicodedata.east_asian_width(c) in "WF" else 0.56 * em for c in text)


def _wrap(text: str, width: float, lines: int, size: float) -> str:
    """``text`` in at most ``lines`` lines of ``width`` inches; CJK may break between any two characters."""
    tokens = [t for part in re.findall(r"\S+\s*", text)
              for t in (list(part) if any(unicodedata.east_asian_width(c) in "WF" for c in part) else [part])]
    wrapped, line = [], ""
    for token in tokens:
        if line and _width(line + token.rstrip(), size) > width:
            wrapped.append(line.rstrip())
            line = ""
        line += token
    wrapped.append(line.rstrip())
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][:-1] + "…"
    return "\n".join(wrapped)


def _ink(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def _rows(records: Records) -> dict[str, list[int]]:
    """Theme -> pledge indexes (document order), every theme with a pledge, sorted by English label."""
    rows: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(records.pledges):
        if records.documents[p["doc"]]["date"]:
            for theme in p["themes"] or [NO_THEME]:
                rows[theme].append(i)
    return dict(sorted(rows.items(), key=lambda kv: (kv[0] == NO_THEME, _theme_label(records, kv[0]).lower())))


def _theme_label(records: Records, theme: str) -> str:
    return records.labels.get("theme", {}).get(theme, {}).get("pref", {}).get("en", theme)


def _links(records: Records, min_confidence: float) -> list[dict]:
    return [link for link in records.links
            if (link["confidence"] if link["confidence"] is not None else link["score"] or 0) >= min_confidence]


def _column_widths(records: Records, rows: dict[str, list[int]], columns: list[int], width: float) -> list[float]:
    """Widths in inches: each document gets room in proportion to its most crowded cell."""
    need = defaultdict(float)
    for members in rows.values():
        cells = defaultdict(float)
        for i in members:
            cells[records.pledges[i]["doc"]] += _chip_width(records.pledges[i]["locator"])
        for doc, total in cells.items():
            need[doc] = max(need[doc], total)
    weights = [need[doc] for doc in columns]
    room = width - LABEL_WIDTH - MIN_COLUMN * len(columns)
    return [MIN_COLUMN + max(room, 0) * w / sum(weights) for w in weights]


def _chip_width(locator: str) -> float:
    return _width(locator) + 0.07


def _chip_layout(records: Records, rows: dict[str, list[int]], columns: list[int], width: float):
    """(theme, pledge) -> (x, y) chip centres in inches, lanes (top, height), columns (x, width), bottom."""
    widths = _column_widths(records, rows, columns, width)
    place = {doc: (LABEL_WIDTH + sum(widths[:k]), widths[k]) for k, doc in enumerate(columns)}
    positions, lanes, top = {}, {}, HEADER
    for theme, members in rows.items():
        lines_used = 1
        for doc, (left, column_width) in place.items():
            x, line = left + 0.05, 0
            for i in (m for m in members if records.pledges[m]["doc"] == doc):
                w = _chip_width(records.pledges[i]["locator"])
                if x + w > left + column_width - 0.03 and x > left + 0.05:
                    x, line = left + 0.05, line + 1
                positions[(theme, i)] = (x + w / 2, top + 0.03 + (line + 0.5) * LINE)
                x += w + 0.03
            lines_used = max(lines_used, line + 1)
        lanes[theme] = (top, lines_used * LINE + 0.05)
        top += lanes[theme][1]
    return positions, lanes, place, top


def _draw_chips(ax, records: Records, positions: dict, colours: dict[str, str]) -> None:
    for (theme, i), (x, y) in sorted(positions.items()):
        p = records.pledges[i]
        colour = colours.get(p["status"], "#777777")
        fill = colour if p["committal"] else "white"
        ax.text(x, y, p["locator"], ha="center", va="center", fontsize=CHIP_FONT, zorder=3,
                color=_ink(fill) if p["committal"] else "black",
                bbox={"boxstyle": "round,pad=0.18", "fc": fill, "ec": colour, "lw": 0.8})


def _draw_arrows(ax, records: Records, positions: dict, links: list[dict]) -> None:
    colours, dashes = relation_colours(), relation_dashes()
    for link in links:
        earlier, later = records.pledges[link["earlier"]], records.pledges[link["later"]]
        common = [t for t in earlier["themes"] if t in later["themes"]] or [None]
        for theme in common:
            a = positions.get((theme, link["earlier"])) or positions.get(((earlier["themes"] or [NO_THEME])[0], link["earlier"]))
            b = positions.get((theme, link["later"])) or positions.get(((later["themes"] or [NO_THEME])[0], link["later"]))
            if a and b:
                ax.annotate("", xy=b, xytext=a, zorder=2, annotation_clip=False, arrowprops={
                    "arrowstyle": "-|>,head_length=0.35,head_width=0.18", "color": colours.get(link["relation"], "black"),
                    "lw": 0.9 if theme else 0.5, "alpha": 0.9 if theme else 0.5, "shrinkA": 4, "shrinkB": 4,
                    "linestyle": dashes.get(link["relation"], "solid"),
                    "connectionstyle": f"arc3,rad={-min(0.4, 0.12 / max(math.dist(a, b), 0.01)):.3f}"})


def _legend(fig, min_confidence: float, colours: dict[str, str], used: set[str], chips: bool = True) -> None:
    handles = [Patch(fc=colours[s], ec=colours[s], label=s) for s in colours if s in used]
    if chips:
        handles.append(Patch(fc="white", ec="#555555", label="outlined = non-committal"))
    handles += [Line2D([], [], color=c, lw=1.2, ls=relation_dashes()[r], label=f"→ {r}")
                for r, c in relation_colours().items()]
    fig.legend(handles=handles, loc="lower center", ncol=6, fontsize=6, frameon=False, handlelength=2.2,
               title=f"fill: status of the pledge · arrows: evolution links with confidence ≥ {min_confidence:.2f}",
               title_fontsize=6)


def _detailed(records: Records, rows: dict, columns: list[int], links: list[dict], title: str | None,
              min_confidence: float) -> Figure:
    positions, lanes, place, bottom = _chip_layout(records, rows, columns, PAGE_WIDTH)
    height = bottom + FOOTER
    fig = Figure(figsize=(PAGE_WIDTH, height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, PAGE_WIDTH)
    ax.set_ylim(height, 0)
    ax.axis("off")
    ax.text(0.05, 0.22, title or "Pledges by theme and document", fontsize=10, weight="bold", va="center",
            fontfamily="DejaVu Sans")
    for k, (theme, (top, lane_height)) in enumerate(lanes.items()):
        if k % 2:
            ax.add_patch(Rectangle((0, top), PAGE_WIDTH, lane_height, color="#f2f2f2", zorder=0, lw=0))
        label, size = _wrap(_theme_label(records, theme), LABEL_WIDTH - 0.1, 1, 7), 7
        if label.endswith("…"):
            label, size = _wrap(_theme_label(records, theme), LABEL_WIDTH - 0.1, 2, 6), 6
        ax.text(0.05, top + 0.03 + LINE / 2, label, va="center", fontsize=size, linespacing=0.95)
    for doc, (x, column_width) in place.items():
        d = records.documents[doc]
        ax.plot([x, x], [HEADER - 0.05, bottom], color="#cccccc", lw=0.5, zorder=1)
        ax.text(x + 0.04, HEADER - 0.08, f"{d['date']} · {d['language']}\n" + _wrap(d["title"], column_width - 0.08, 3, 6),
                fontsize=6, va="bottom", ha="left", linespacing=1.15)
    colours = status_colours()
    _draw_chips(ax, records, positions, colours)
    _draw_arrows(ax, records, positions, links)
    _legend(fig, min_confidence, colours, {records.pledges[i]["status"] for _, i in positions})
    return fig


def _small_multiples(records: Records, rows: dict, links: list[dict], title: str | None,
                     min_confidence: float) -> Figure:
    years = sorted({records.documents[p["doc"]]["year"] for p in records.pledges if records.documents[p["doc"]]["year"]})
    first, last = (years[0], years[-1]) if years else (2000, 2001)
    ncols = 4
    nrows = math.ceil(len(rows) / ncols)
    panel = max(0.7, min(1.1, (PAGE_HEIGHT - 1.2) / max(nrows, 1)))
    fig = Figure(figsize=(PAGE_WIDTH, 1.2 + panel * nrows))
    axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False)
    colours, relation = status_colours(), relation_colours()
    peak = 1
    for ax, (theme, members) in zip(axes.flat, rows.items()):
        base = defaultdict(int)
        for status, colour in colours.items():
            counts = defaultdict(int)
            for i in members:
                if records.pledges[i]["status"] == status:
                    counts[records.documents[records.pledges[i]["doc"]]["year"]] += 1
            xs = sorted(counts)
            ax.bar(xs, [counts[x] for x in xs], bottom=[base[x] for x in xs], color=colour, width=0.8, lw=0)
            for x in xs:
                base[x] += counts[x]
        peak = max(peak, *base.values()) if base else peak
        member_set, arcs = set(members), defaultdict(int)
        for link in links:
            if link["earlier"] in member_set and link["later"] in member_set:
                years_of = [records.documents[records.pledges[link[end]]["doc"]]["year"] for end in ("earlier", "later")]
                arcs[(*years_of, link["relation"])] += 1
        for (a, b, name), count in sorted(arcs.items()):  # one arc per pair of years and relation, wider for more
            ax.annotate("", xy=(b, base[b]), xytext=(a, base[a]), arrowprops={
                "arrowstyle": "-", "color": relation.get(name, "black"), "lw": 0.4 + 0.3 * math.log2(count),
                "alpha": 0.7, "linestyle": relation_dashes().get(name, "solid"), "connectionstyle": "arc3,rad=-0.3"})
        ax.set_title(f"{_wrap(_theme_label(records, theme), 1.6, 1, 6.5)} ({len(members)})", fontsize=6.5, pad=2)
        ax.tick_params(labelsize=5.5, length=2)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        ax.tick_params(labelbottom=True)
    for ax in list(axes.flat)[len(rows):]:
        ax.axis("off")
    axes.flat[0].set_xlim(first - 0.8, last + 0.8)
    axes.flat[0].set_ylim(0, peak * 1.35)
    fig.suptitle(title or "Pledges per year, one panel per theme", fontsize=9, weight="bold", fontfamily="DejaVu Sans")
    _legend(fig, min_confidence, colours, set(colours), chips=False)
    fig.subplots_adjust(left=0.06, right=0.98, top=1 - 0.45 / fig.get_figheight(), bottom=0.75 / fig.get_figheight(),
                        hspace=0.55, wspace=0.15)
    return fig


def timeline_figure(records: Records, title: str | None = None, min_confidence: float = MIN_CONFIDENCE) -> Figure:
    """The timeline as a matplotlib figure: one detailed picture, or small multiples when that would be too dense."""
    rows = _rows(records)
    columns = sorted({i for members in rows.values() for i in (records.pledges[m]["doc"] for m in members)},
                     key=lambda d: (records.documents[d]["date"], records.documents[d]["source"]))
    links = _links(records, min_confidence)
    too_tall = _chip_layout(records, rows, columns, PAGE_WIDTH)[-1] + FOOTER > PAGE_HEIGHT
    if len(columns) > MAX_COLUMNS or too_tall:
        return _small_multiples(records, rows, links, title, min_confidence)
    return _detailed(records, rows, columns, links, title, min_confidence)


def draw_timeline(graph: Graph, png_path: str | Path, svg_path: str | Path | None = None,
                  title: str | None = None, min_confidence: float = MIN_CONFIDENCE) -> list[Path]:
    """Draw the timeline to PNG (and SVG); byte-identical for the same graph. Returns the written paths."""
    return draw_records(timeline_records(read_records(graph)), png_path, svg_path, title, min_confidence)


#: What the timeline reads of the records; :func:`timeline_records` keeps only these, so that a picture depends on
#: them alone (a build keeps the picture under a digest of them) and reading anything else fails at once.
FIELDS = {
    "documents": ("date", "year", "source", "title", "language"),
    "pledges": ("doc", "themes", "locator", "status", "committal"),
    "links": ("earlier", "later", "relation", "confidence", "score"),
}


def timeline_records(records: Records) -> Records:
    """The part of ``records`` the timeline reads (:data:`FIELDS`, and the theme labels)."""
    def kept(rows: list[dict], fields: tuple[str, ...]) -> list[dict]:
        return [{name: row[name] for name in fields} for row in rows]
    return Records(kept(records.documents, FIELDS["documents"]), kept(records.pledges, FIELDS["pledges"]),
                   kept(records.links, FIELDS["links"]), {"theme": records.labels.get("theme", {})})


def draw_records(records: Records, png_path: str | Path, svg_path: str | Path | None = None,
                 title: str | None = None, min_confidence: float = MIN_CONFIDENCE) -> list[Path]:
    """Draw the timeline of ``records`` (:func:`timeline_records`) to PNG (and SVG); byte-identical for the same
    records. Returns the written paths."""
    written = []
    with matplotlib.rc_context({**_RC, "font.family": font_family()}), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing")
        fig = timeline_figure(records, title, min_confidence)
        for path, fmt, meta in ((png_path, "png", {"Software": None}), (svg_path, "svg", {"Date": None})):
            if path is None:
                continue
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format=fmt, dpi=DPI, metadata=meta)
            written.append(path)
    return written
