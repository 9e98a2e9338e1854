"""A self-contained HTML page (inline SVG, inline JS, no external fetch) of the commitment graph.

Hover a node for its details; pick a theme to show only its provisions and their neighbours.
"""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

import networkx as nx
from rdflib import Graph

from .graph import to_networkx

WIDTH, HEIGHT, MARGIN = 1100, 760, 40
SEED = 7
NODE_STYLE = {  # kind -> (radius, fill)
    "document": (11, "#4c72b0"), "external-document": (8, "#8c8c8c"), "provision": (5, "#dd8452"),
    "country": (10, "#55a868"), "theme": (9, "#8172b3"),
}
EDGE_COLOURS = {"in-document": "#c8c8c8", "actor": "#b7d7bd", "theme": "#d5cde8", "cites": "#4c72b0",
                "continues": "#7f7f7f", "strengthens": "#2ca02c", "weakens": "#d62728", "implements": "#1f77b4"}
_SCRIPT = """
(function () {
  var tip = document.getElementById('tip');
  var nodes = document.querySelectorAll('g.node');
  nodes.forEach(function (n) {
    n.addEventListener('mousemove', function (e) {
      tip.textContent = n.getAttribute('data-info');
      tip.style.display = 'block';
      tip.style.left = (e.pageX + 12) + 'px';
      tip.style.top = (e.pageY + 12) + 'px';
    });
    n.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
  });
  document.getElementById('theme').addEventListener('change', function (e) {
    var theme = e.target.value, hidden = {};
    nodes.forEach(function (n) {
      var themes = (n.getAttribute('data-themes') || '').split(' ');
      var hide = theme !== '' && n.getAttribute('data-themes') !== '*' && themes.indexOf(theme) === -1;
      hidden[n.id] = hide;
      n.style.display = hide ? 'none' : '';
    });
    document.querySelectorAll('line.edge').forEach(function (l) {
      var hide = hidden[l.getAttribute('data-from')] || hidden[l.getAttribute('data-to')];
      l.style.display = hide ? 'none' : '';
    });
  });
})();
"""
_STYLE = """
body { font-family: sans-serif; margin: 12px; }
#tip { position: absolute; display: none; max-width: 420px; padding: 6px 8px; background: #fffff0;
       border: 1px solid #999; font-size: 12px; white-space: pre-wrap; pointer-events: none; }
g.node text { font-size: 9px; fill: #222; }
.legend span { display: inline-block; margin-right: 12px; font-size: 12px; }
"""


def _layout(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    simple = nx.Graph()
    simple.add_nodes_from(sorted(G.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in G.edges()))
    pos = nx.spring_layout(simple, seed=SEED, k=1.6 / max(len(simple), 1) ** 0.5) if len(simple) else {}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (round(MARGIN + (p[0] - min(xs)) / span_x * (WIDTH - 2 * MARGIN), 1),
                round(MARGIN + (p[1] - min(ys)) / span_y * (HEIGHT - 2 * MARGIN), 1)) for n, p in pos.items()}


def _info(node: str, data: dict) -> str:
    lines = [f"{data['kind']}: {data['label']}"]
    for key in ("date", "modality", "locator", "strength", "themes", "title", "quote"):
        if data.get(key) not in (None, ""):
            lines.append(f"{key}: {data[key]}")
    lines.append(node)
    return "\n".join(lines)


def _node_svg(node_id: str, node: str, data: dict, xy: tuple[float, float]) -> str:
    radius, fill = NODE_STYLE.get(data["kind"], (6, "#999999"))
    themes = data.get("themes", "") if data["kind"] == "provision" else (
        data.get("notation", "") if data["kind"] == "theme" else "*")
    stroke = "#222" if data.get("committal") else "#fff"
    label = "" if data["kind"] == "provision" else (
        f'<text x="{xy[0] + radius + 2}" y="{xy[1] + 3}">{escape(data["label"])}</text>')
    return (f'<g class="node" id="{node_id}" data-kind="{escape(data["kind"])}" data-themes="{escape(themes)}" '
            f'data-info="{escape(_info(node, data))}"><circle cx="{xy[0]}" cy="{xy[1]}" r="{radius}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.2"/>{label}</g>')


def write_html(graph: Graph, path: str | Path, title: str = "pledgegraph") -> Path:
    """Write one HTML file with the graph drawn as inline SVG; it fetches nothing from anywhere."""
    G = to_networkx(graph)
    pos = _layout(G)
    ids = {node: f"n{i}" for i, node in enumerate(sorted(G.nodes))}
    edges = []
    for u, v, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["kind"], e[2].get("relation", ""))):
        colour = EDGE_COLOURS.get(data.get("relation") or data["kind"], "#cccccc")
        marker = ' marker-end="url(#arrow)"' if data["kind"] in ("evolution", "cites") else ""
        width = 2 if data["kind"] == "evolution" else 1
        edges.append(f'<line class="edge" data-from="{ids[u]}" data-to="{ids[v]}" x1="{pos[u][0]}" y1="{pos[u][1]}" '
                     f'x2="{pos[v][0]}" y2="{pos[v][1]}" stroke="{colour}" stroke-width="{width}"{marker}/>')
    nodes = [_node_svg(ids[n], n, d, pos[n]) for n, d in sorted(G.nodes(data=True))]
    themes = sorted((d["notation"], d["label"]) for _, d in G.nodes(data=True) if d["kind"] == "theme")
    options = "".join(f'<option value="{escape(n)}">{escape(label)}</option>' for n, label in themes)
    legend = "".join(f'<span style="color:{fill}">● {escape(kind)}</span>' for kind, (_, fill) in NODE_STYLE.items())
    legend += "".join(f'<span style="color:{c}">→ {escape(r)}</span>' for r, c in EDGE_COLOURS.items()
                      if r in ("continues", "strengthens", "weakens", "implements", "cites"))
    counts = json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()})
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>{escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p>Hover a node for details. Theme: <select id="theme"><option value="">all themes</option>{options}</select></p>
<p class="legend">{legend}</p>
<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" data-counts='{counts}'>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>
<g class="edges">{"".join(edges)}</g>
<g class="nodes">{"".join(nodes)}</g>
</svg>
<div id="tip"></div>
<script>{_SCRIPT}</script>
</body>
</html>
"""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
