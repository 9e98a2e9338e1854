"""pledgegraph: a commitment-tracking knowledge graph from diplomatic documents."""

__version__ = "0.1.0"
