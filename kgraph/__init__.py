"""kgraph: business texts about customer relationships → an RDF knowledge graph.

The public API is re-exported here: ``kgraph.build(corpus, output=...)`` and
``kgraph.open(output)`` give a :class:`~kgraph.api.KnowledgeGraph`. They are imported on first
use, so ``kgraph query`` (which needs neither) does not load the build pipeline.
"""

from typing import TYPE_CHECKING, Any

from kgraph.errors import KgraphError

if TYPE_CHECKING:
    from kgraph.api import KnowledgeGraph, Rows, build, open  # noqa: A004
    from kgraph.model import Document

__version__ = "0.1.0"

__all__ = ["Document", "KgraphError", "KnowledgeGraph", "Rows", "__version__", "build", "open"]

_LAZY = {
    "KnowledgeGraph": "kgraph.api",
    "Rows": "kgraph.api",
    "build": "kgraph.api",
    "open": "kgraph.api",
    "Document": "kgraph.model",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
