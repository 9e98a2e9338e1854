"""Pictures of the commitment graph: a networkx graph (GraphML for Gephi), a timeline (PNG/SVG), an HTML view."""
from __future__ import annotations

from .graph import to_networkx, write_graphml
from .html import write_html
from .timeline import draw_timeline

__all__ = ["draw_timeline", "to_networkx", "write_graphml", "write_html"]
