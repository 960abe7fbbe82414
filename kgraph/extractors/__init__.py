"""Extractors: the Protocol every extractor follows and the registry that names them.

Built-ins register exactly as a third-party package would (``@extractors.register("rules")``);
others come from the ``kgraph.extractors`` entry-point group.
"""

from __future__ import annotations

from typing import Protocol

from kgraph.model import Document, Extraction, Sentence
from kgraph.registry import Registry


class Extractor(Protocol):
    """Finds mentions and assertions in one document.

    Attributes:
        name: the registry name, recorded on every statement it produces.
        version: bumps whenever its output for the same input may change.
        languages: the language codes it handles; empty means any.
    """

    name: str
    version: str
    languages: frozenset[str]

    def extract(self, doc: Document, sentences: tuple[Sentence, ...]) -> Extraction:
        """Mentions and assertions of ``doc``; a pure function of its arguments."""
        ...


extractors: Registry[Extractor] = Registry("extractor", "kgraph.extractors")


@extractors.register("rules")
def _rules() -> Extractor:
    from kgraph.extractors.rules import RuleExtractor

    return RuleExtractor()
