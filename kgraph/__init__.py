"""kgraph: business texts about customer relationships → an RDF knowledge graph."""

from kgraph.errors import KgraphError
from kgraph.model import Document

__version__ = "0.1.0"

__all__ = ["Document", "KgraphError", "__version__"]
