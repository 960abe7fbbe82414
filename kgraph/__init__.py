"""kgraph: business texts about customer relationships → an RDF knowledge graph.

The public API is re-exported here: ``kgraph.build(corpus, output=...)`` and
``kgraph.open(output)`` give a :class:`~kgraph.api.KnowledgeGraph`.
"""

from kgraph.api import KnowledgeGraph, Rows, build, open  # noqa: A004
from kgraph.errors import KgraphError
from kgraph.model import Document

__version__ = "0.1.0"

__all__ = ["Document", "KgraphError", "KnowledgeGraph", "Rows", "__version__", "build", "open"]
