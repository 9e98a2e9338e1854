"""GraphML and GEXF text of a networkx graph, the same bytes as networkx's writers give, several times faster.

networkx builds an ElementTree of the whole file and then serializes it, which takes seconds for an archive of a
thousand documents; these functions write the same text directly. They cover what ``viz.graph`` writes: a
MultiDiGraph whose attributes are str, int, float or bool (``_typed``), networkx's defaults otherwise (pretty
printed, UTF-8, no default values; GEXF 1.2draft with dates as ``start`` and ``end``). Constants, type names and
escaping are networkx's and ElementTree's own; tests compare the bytes with networkx's on real graphs.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # ElementTree's own escaping

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


def _tag(name: str, attributes: dict[str, str], indent: str, text: str | None = None) -> str:
    """One element on its own line (no children): ``<name a="v" />`` or ``<name a="v">text</name>``."""
    attrs = "".join(f' {key}="{_escape_attrib(value)}"' for key, value in attributes.items())
    if text:
        return f"{indent}<{name}{attrs}>{_escape_cdata(text)}</{name}>\n"
    return f"{indent}<{name}{attrs} />\n"


def _open(name: str, attributes: dict[str, str], indent: str) -> str:
    attrs = "".join(f' {key}="{_escape_attrib(value)}"' for key, value in attributes.items())
    return f"{indent}<{name}{attrs}>\n"


def _element(name: str, attributes: dict[str, str], inner: list[str], indent: str) -> list[str]:
    """An element with the lines ``inner`` inside it, or empty."""
    if inner:
        return [_open(name, attributes, indent), *inner, f"{indent}</{name}>\n"]
    return [_tag(name, attributes, indent)]


def _same(value) -> tuple:
    """What decides an attribute value's text: its type and the value (a float's ``repr``: -0.0 is no 0.0); an
    unhashable value (which the writers refuse) stands for itself alone."""
    if type(value) is float:
        return float, repr(value)
    try:
        hash(value)
    except TypeError:
        return type(value), id(value)
    return type(value), value


@cache
def _graphml() -> GraphMLWriter:
    return GraphMLWriter()


def graphml(G: nx.MultiDiGraph) -> bytes:
    """``nx.write_graphml(G, path, encoding="utf-8", prettyprint=True)``'s bytes."""
    writer = _graphml()
    keys: dict[tuple[str, str, str], str] = {}

    written: dict[tuple, str] = {}  # (name, type, value, scope, indent) -> its line: most values recur (a flag per
    # theme, kinds, dates, modalities), and a line depends on nothing else once its key is known

    def data(scope: str, values: dict, indent: str) -> list[str]:
        lines = []
        for name, value in values.items():
            memo = (name, *_same(value), scope, indent)
            line = written.get(memo)
            if line is None:
                found = (str(name), writer.get_xml_type(type(value)), scope)
                if found not in keys:
                    keys[found] = f"d{len(keys)}"
                line = written[memo] = _tag("data", {"key": keys[found]}, indent, str(value))
            lines.append(line)
        return lines

    graph_data = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default", "id")}
    body = data("graph", graph_data, "    ")
    for node, values in G.nodes(data=True):
        body += _element("node", {"id": str(node)}, data("node", values, "      "), "    ")
    for u, v, key, values in G.edges(data=True, keys=True):
        body += _element("edge", {"source": str(u), "target": str(v), "id": str(key)}, data("edge", values, "      "),
                         "    ")
    head = [DECLARATION, _open("graphml", {"xmlns": writer.NS_GRAPHML, "xmlns:xsi": writer.NS_XSI,
                                           "xsi:schemaLocation": writer.SCHEMALOCATION}, "")]
    head += [_tag("key", {"id": ident, "for": scope, "attr.name": name, "attr.type": kind}, "  ")
             for (name, kind, scope), ident in reversed(keys.items())]
    graph = {"edgedefault": "directed" if G.is_directed() else "undirected"}
    if "id" in G.graph:
        graph["id"] = G.graph["id"]
    if body:
        lines = head + [_open("graph", graph, "  "), *body, "  </graph>\n", "</graphml>\n"]
    else:
        lines = head + [_tag("graph", graph, "  "), "</graphml>\n"]
    return "".join(lines).encode("utf-8", "xmlcharrefreplace")


@cache
def _gexf() -> GEXFWriter:
    return GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")


def gexf(G: nx.MultiDiGraph, ids_from_keys: bool = False) -> bytes:
    """The bytes of networkx's ``GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")`` for ``G``,
    written without the meta element's ``lastmodifieddate`` (as ``viz.graph.write_gexf`` writes it);
    ``ids_from_keys``: as if every edge's ``id`` attribute were its key."""
    writer = _gexf()
    ids: dict[tuple[str, str], tuple[str, str, str]] = {}  # (class, title) -> (id, title, type)
    order: list[str] = []  # classes in the order their <attributes> were made
    timeformat: list[str] = []  # that of the last start or end seen (networkx's alter_graph_mode_timeformat)

    def moment(value) -> str:
        if value is not None:
            timeformat[:] = ["date" if isinstance(value, str) else "double" if isinstance(value, float)
                             else "long" if isinstance(value, int) else _bad_time(value)]
        return str(value)
    edge_ids = {str(d["id"]) for _, _, d in G.edges(data=True) if d.get("id") is not None}
    counter = iter(range(10 ** 12))

    written: dict[tuple, str] = {}  # (kind, name, type, value, indent) -> its line (as for graphml: most values recur)

    def attvalues(kind: str, values: dict, indent: str) -> list[str]:
        if not values:
            return []
        lines = [f"{indent}<attvalues>\n"]
        for name, value in values.items():
            memo = (kind, name, *_same(value), indent)
            line = written.get(memo)
            if line is not None:
                lines.append(line)
                continue
            title = "networkx_key" if name == "key" else str(name)
            if type(value) not in writer.xml_type or isinstance(value, list):
                raise TypeError(f"attribute value type is not allowed: {type(value)}")
            if (kind, title) not in ids:
                if kind not in order:
                    order.append(kind)
                ids[(kind, title)] = (str(len(ids)), title, writer.xml_type[type(value)])
            text = str(value).lower() if isinstance(value, bool) else str(value)
            if isinstance(value, float):
                text = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text)
            lines.append(_tag("attvalue", {"for": ids[(kind, title)][0], "value": text}, indent + "  "))
            written[memo] = lines[-1]
        return lines + [f"{indent}</attvalues>\n"]

    nodes: list[str] = []
    for node, data in G.nodes(data=True):
        values = dict(data)
        attributes = {"id": str(values.pop("id", node)), "label": str(values.pop("label", node))}
        for name in ("pid", "start", "end"):
            if name in values:
                value = values.pop(name)
                attributes[name] = str(value) if name == "pid" else moment(value)
        _unsupported(values)
        nodes += _element("node", attributes, attvalues("node", values, "        "), "      ")
    edges: list[str] = []
    for u, v, key, edge_id, data in _edges(G, edge_ids, counter, ids_from_keys):
        values = dict(data)
        attributes = {"source": str(G.nodes[u].get("id", u)), "target": str(G.nodes[v].get("id", v)),
                      "id": str(edge_id)}
        for name in ("label", "weight", "type", "start", "end"):
            if name in values:
                value = values.pop(name)
                attributes[name] = moment(value) if name in ("start", "end") else str(value)
        _unsupported(values)
        edges += _element("edge", attributes, attvalues("edge", values, "        "), "      ")
    graph = {"defaultedgetype": "directed" if G.is_directed() else "undirected",
             "mode": "dynamic" if timeformat or G.graph.get("mode") == "dynamic" else "static",
             "name": G.graph.get("name", "")}
    if timeformat:
        graph["timeformat"] = timeformat[0]
    lines = [DECLARATION, _open("gexf", {"xmlns": writer.NS_GEXF, "xmlns:xsi": writer.NS_XSI,
                                         "xsi:schemaLocation": writer.SCHEMALOCATION, "version": writer.VERSION}, ""),
             "  <meta>\n", f"    <creator>{_escape_cdata(writer.xml.find('meta/creator').text)}</creator>\n",
             "  </meta>\n", _open("graph", graph, "  ")]
    for kind in reversed(order):  # each <attributes> went in first, as it was made
        lines.append(_open("attributes", {"mode": "static", "class": kind}, "    "))
        lines += [_tag("attribute", {"id": i, "title": t, "type": k}, "      ")
                  for (c, _), (i, t, k) in ids.items() if c == kind]
        lines.append("    </attributes>\n")
    for name, inner in (("nodes", nodes), ("edges", edges)):
        lines += [f"    <{name}>\n", *inner, f"    </{name}>\n"] if inner else [f"    <{name} />\n"]
    lines += ["  </graph>\n", "</gexf>\n"]
    return "".join(lines).encode("utf-8", "xmlcharrefreplace")


def _edges(G: nx.MultiDiGraph, edge_ids: set[str], counter: Iterator[int], ids_from_keys: bool = False):
    """``(u, v, key, id, data)`` of each edge as networkx's writer sees it: ``key`` added to the data, ``id`` taken
    out of it (or the key, ``ids_from_keys``; or the next free number)."""
    for u, v, key, data in G.edges(data=True, keys=True):
        values = dict(data)
        values.update(key=key)
        edge_id = values.pop("id", None)
        if ids_from_keys:
            edge_id = key
        if edge_id is None:
            edge_id = next(counter)
            while str(edge_id) in edge_ids:
                edge_id = next(counter)
            edge_ids.add(str(edge_id))
        yield u, v, key, edge_id, values


def _bad_time(value) -> str:
    raise nx.NetworkXError("timeformat should be of the type int, float or str")


def _unsupported(values: dict) -> None:
    """What networkx writes as more than attributes (parents, spells, viz): not written here."""
    found = sorted(k for k in ("parents", "spells", "slices", "viz") if values.get(k))
    if found:
        raise ValueError(f"gephi.gexf does not write {', '.join(found)}")
