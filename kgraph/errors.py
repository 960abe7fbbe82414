"""The error types kgraph raises: every one carries a message and a hint for what to do next."""

from __future__ import annotations


class KgraphError(Exception):
    """A failure a user can cause and fix: the CLI prints it as one line plus a hint, never a traceback.

    Args:
        message: what went wrong and where (a file, a line, a query position).
        hint: what to do about it, e.g. the command to run or the valid choices.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class CorpusError(KgraphError):
    """A corpus folder or document cannot be read."""


class OntologyError(KgraphError):
    """The ontology files are missing or do not parse."""


class UnknownPluginError(KgraphError):
    """A registry lookup named an extractor or exporter that does not exist."""


class QueryError(KgraphError):
    """A SPARQL query is malformed, refused, or failed while running."""


class StoreError(KgraphError):
    """The graph store is missing, locked, or unreadable."""


class ExportError(KgraphError):
    """A graph could not be written in the requested format."""
