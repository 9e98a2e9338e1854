"""pledgegraph: a commitment-tracking knowledge graph from diplomatic documents."""
from pathlib import Path

__version__ = "0.1.0"

#: Project root when run from a checkout (ontology/, shapes/, queries/, corpus/ live there).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
