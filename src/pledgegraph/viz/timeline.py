"""A timeline picture: themes as swimlanes over the years, one marker per provision, links as arrows."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import math
import warnings

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402  (after choosing the backend)
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from rdflib import Graph  # noqa: E402

from .graph import to_networkx  # noqa: E402

MARKERS = {"agree": "o", "intend": "s", "support": "^", "ready": "D", "affirm": "v",
           "request": "P", "welcome": "*", "note": "p", "condemn": "X"}
RELATION_COLOURS = {"continues": "#7f7f7f", "strengthens": "#2ca02c", "weakens": "#d62728", "implements": "#1f77b4"}
NO_THEME = "(no theme)"
CJK_FONTS = ("Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "WenQuanYi Zen Hei")  # for locators such as "1.1.ロ"
_RC = {"svg.hashsalt": "pledgegraph", "svg.fonttype": "none", "font.size": 9}
MARKER_SPACING = 0.28  # lane units between markers of one document in one lane


def _font_family() -> list[str]:
    """DejaVu Sans, then the first installed CJK font (asking for a missing one only floods the log)."""
    import matplotlib_fontja  # noqa: F401  (registers IPAexGothic, a dependency, with matplotlib)

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *[name for name in CJK_FONTS if name in installed][:1]]


def decimal_year(date: str) -> float | None:
    """``2000-09-05`` -> 2000.68, ``2002-10`` -> 2002.79, ``2013`` -> 2013.5; None when not a date."""
    parts = date.split("-")
    try:
        year = int(parts[0])
    except ValueError:
        return None
    if len(parts) == 1:
        return year + 0.5
    month = int(parts[1])
    day = int(parts[2][:2]) if len(parts) > 2 else 15
    return year + ((month - 1) * 30.4 + day - 1) / 365.0


def _lanes(provisions: dict[str, dict]) -> dict[str, str]:
    """One lane per provision: its most common theme across the graph (ties: notation order)."""
    frequency = Counter(t for data in provisions.values() for t in data["themes"].split())
    lanes = {}
    for iri, data in provisions.items():
        themes = data["themes"].split()
        lanes[iri] = min(themes, key=lambda t: (-frequency[t], t)) if themes else NO_THEME
    return lanes


def _groups(provisions: dict[str, dict], lanes: dict[str, str]) -> dict[tuple, list[str]]:
    """Provisions of one document in one lane, in document order."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for iri in sorted(provisions, key=lambda i: (provisions[i]["date"], provisions[i]["label"], i)):
        groups[(lanes[iri], provisions[iri]["document"])].append(iri)
    return groups


def _lane_layout(lane_order: list[str], groups: dict[tuple, list[str]]) -> dict[str, tuple[float, float]]:
    """(centre, height) per lane: a lane grows with the largest number of markers one document puts in it."""
    layout, top = {}, 0.0
    for lane in lane_order:
        crowd = max((len(members) for (l, _), members in groups.items() if l == lane), default=1)
        height = max(1.0, math.ceil(crowd * MARKER_SPACING + 0.2))
        layout[lane] = (top + height / 2, height)
        top += height
    return layout


def _positions(provisions: dict[str, dict], groups: dict[tuple, list[str]],
               layout: dict[str, tuple[float, float]]) -> dict[str, tuple]:
    """(x, y) per provision; markers of one document in one lane spread vertically inside the lane."""
    positions = {}
    for (lane, _doc), members in groups.items():
        centre, height = layout[lane]
        step = min((height - 0.2) / len(members), MARKER_SPACING)
        for k, iri in enumerate(members):
            x = decimal_year(provisions[iri]["date"])
            if x is not None:
                positions[iri] = (x, centre + (k - (len(members) - 1) / 2) * step)
    return positions


def draw_timeline(graph: Graph, png_path: str | Path, svg_path: str | Path | None = None,
                  title: str = "Pledges by theme over time") -> list[Path]:
    """Draw the timeline to PNG (and SVG); byte-identical for the same graph. Returns the written paths."""
    G = to_networkx(graph)
    provisions = {n: d for n, d in G.nodes(data=True) if d["kind"] == "provision" and decimal_year(d["date"])}
    lanes = _lanes(provisions)
    labels = {d.get("notation"): d["label"] for _, d in G.nodes(data=True) if d["kind"] == "theme"}
    lane_order = sorted(set(lanes.values()), key=lambda t: (t == NO_THEME, labels.get(t, t).lower()))
    groups = _groups(provisions, lanes)
    layout = _lane_layout(lane_order, groups)
    positions = _positions(provisions, groups, layout)
    total = sum(height for _, height in layout.values()) or 1.0

    years = [x for x, _ in positions.values()] or [2000.0, 2013.0]
    first, last = int(min(years)), int(max(years)) + 1
    with matplotlib.rc_context({**_RC, "font.family": _font_family()}), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing")  # no CJK font installed: boxes, not noise
        fig = Figure(figsize=(max(8.0, 0.55 * (last - first) + 5), 1.6 + 0.45 * total))
        ax = fig.add_subplot()
        for i, lane in enumerate(lane_order):
            centre, height = layout[lane]
            ax.axhspan(centre - height / 2, centre + height / 2, color="#f4f4f4" if i % 2 else "white", zorder=0)
        for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
            if data["kind"] == "evolution" and u in positions and v in positions:
                bend = 0.3 / max(1.0, abs(positions[v][0] - positions[u][0]))  # about the same bulge for any span
                same_lane = lanes[u] == lanes[v]
                ax.annotate("", xy=positions[v], xytext=positions[u], zorder=2,
                            arrowprops={"arrowstyle": "-|>", "color": RELATION_COLOURS.get(data["relation"], "black"),
                                        "lw": 1.2 if same_lane else 0.8, "alpha": 0.9 if same_lane else 0.4, "shrinkA": 5, "shrinkB": 5, "connectionstyle": f"arc3,rad={bend:.3f}"})
        for iri in sorted(positions):
            data, (x, y) = provisions[iri], positions[iri]
            ax.scatter([x], [y], marker=MARKERS.get(data["modality"], "o"), s=55, zorder=3, linewidths=1.1,
                       edgecolors="#333333", facecolors="#333333" if data["committal"] else "white")
            ax.annotate(data["locator"], (x, y), xytext=(5, 3), textcoords="offset points", fontsize=7, zorder=4)
        ax.set_yticks([layout[t][0] for t in lane_order], [labels.get(t, t) for t in lane_order])
        ax.set_ylim(total, 0)
        ax.set_xlim(first - 0.3, last + 0.3)
        ax.set_xticks(range(first, last + 1, 1 if last - first <= 16 else 2))
        ax.tick_params(axis="x", labelrotation=45)
        ax.grid(axis="x", color="#dddddd", zorder=1)
        ax.set_xlabel("year")
        ax.set_title(title)
        handles = [Line2D([], [], marker=MARKERS[m], ls="", color="#333333", label=m) for m in MARKERS]
        handles.append(Line2D([], [], marker="o", ls="", markerfacecolor="white", markeredgecolor="#333333",
                              label="hollow = non-committal"))
        handles += [Line2D([], [], color=c, lw=1.5, label=r) for r, c in RELATION_COLOURS.items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)
        fig.tight_layout()
        written = []
        for path, fmt, meta in ((png_path, "png", {"Software": None}), (svg_path, "svg", {"Date": None})):
            if path is None:
                continue
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format=fmt, dpi=150, metadata=meta)
            written.append(path)
    return written
