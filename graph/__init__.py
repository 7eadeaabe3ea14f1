"""treatygraph: diplomatic statements on the UN cybercrime convention as an RDF knowledge graph."""

__version__ = "0.1.0"
