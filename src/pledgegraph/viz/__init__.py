"""Pictures of the commitment graph: the explorer (HTML), a timeline (PNG/SVG) and Gephi files (GraphML, GEXF)."""
from __future__ import annotations

from .graph import to_networkx, write_gexf, write_graphml
from .html import write_html
from .records import Records, read_records
from .timeline import draw_timeline, timeline_figure

__all__ = ["Records", "draw_timeline", "read_records", "timeline_figure", "to_networkx", "write_gexf",
           "write_graphml", "write_html"]
