"""The build: corpus folder → documents → sentences → extractions → entities → graph → store and Turtle."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal

from kgraph import build as graph_build
from kgraph import corpus, resolve, segment
from kgraph.corpus import Skipped
from kgraph.extractors import extractors
from kgraph.model import Document, Extraction
from kgraph.vocab import CRM

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
GRAPH_FILE = "graph.ttl"


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: counts, languages, skipped files, where the graph went, how long it took."""

    corpus: Path
    output: Path
    documents: int
    sentences: int
    statements: int
    negated: int
    triples: int
    languages: dict[str, int] = field(default_factory=dict)
    skipped: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0

    @property
    def graph_file(self) -> Path:
        return self.output / GRAPH_FILE

    def summary(self) -> str:
        langs = ", ".join(f"{code} {n}" for code, n in sorted(self.languages.items()))
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        return (
            f"{self.triples:,} triples from {self.documents:,} documents ({langs}{skipped}): "
            f"{self.statements:,} statements ({self.negated:,} negated) from {self.sentences:,} sentences "
            f"→ {self.graph_file} ({self.seconds:.1f} s)"
        )


@dataclass(frozen=True, slots=True)
class ExtractResult:
    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    sentences: int
    skipped: tuple[tuple[str, str], ...]


def extract(corpus_dir: Path, *, extractor: str = "rules", on_progress: ProgressCallback | None = None) -> ExtractResult:
    """Read and extract every document of ``corpus_dir``; unreadable files are skipped, not fatal.

    Raises:
        CorpusError: the corpus folder does not exist.
        UnknownPluginError: no extractor has that name.
    """
    plugin = extractors.get(extractor)
    paths = corpus.find(corpus_dir)
    documents: list[Document] = []
    extractions: list[Extraction] = []
    skipped: list[tuple[str, str]] = []
    n_sentences = 0
    for done, item in enumerate(corpus.read(corpus_dir), start=1):
        if isinstance(item, Skipped):
            skipped.append((item.path, item.reason))
        else:
            try:
                sentences = segment.sentences(item)
                extraction = plugin.extract(item, sentences)
            except Exception as exc:  # a bug on one document must not lose the whole corpus
                log.exception("The %s extractor failed on %s", extractor, item.id)
                detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
                reason = f"the {extractor} extractor failed ({detail}); please report it"
                skipped.append((item.id, reason))
            else:
                n_sentences += len(sentences)
                extractions.append(extraction)
                documents.append(item)
        if on_progress:
            on_progress(done, len(paths), item.path if isinstance(item, Skipped) else item.id)
    return ExtractResult(tuple(documents), tuple(extractions), n_sentences, tuple(skipped))


def extracted_graph(result: ExtractResult, *, min_confidence: float = 0.0) -> Graph:
    """Resolve entities across the corpus and build the graph of SCHEMA.md §4."""
    resolution, assertions = resolve.entities(list(result.extractions))
    return graph_build.graph(result.documents, resolution, assertions, min_confidence=min_confidence)


def build(corpus_dir: Path, output: Path, *, extractor: str = "rules", min_confidence: float = 0.0,
          on_progress: ProgressCallback | None = None) -> BuildReport:
    """Build the graph of ``corpus_dir`` into ``output``: the store and ``graph.ttl``.

    Raises:
        CorpusError: the corpus folder does not exist.
        UnknownPluginError: no extractor has that name.
        StoreError: the store cannot be written.
    """
    from kgraph import exporters, ontology, store

    started = time.perf_counter()
    result = extract(corpus_dir, extractor=extractor, on_progress=on_progress)
    g = extracted_graph(result, min_confidence=min_confidence)
    output.mkdir(parents=True, exist_ok=True)
    store.replace(output, {"extracted": g, "ontology": ontology.load()})
    exporters.write_turtle(g, output / GRAPH_FILE)
    n_statements = len(set(g.subjects(RDF.type, RDF.Statement)))
    n_negated = len(set(g.subjects(CRM.negated, Literal(True))))
    languages = Counter(d.lang for d in result.documents)
    return BuildReport(
        corpus=corpus_dir,
        output=output,
        documents=len(result.documents),
        sentences=result.sentences,
        statements=n_statements,
        negated=n_negated,
        triples=len(g),
        languages=dict(languages),
        skipped=result.skipped,
        seconds=time.perf_counter() - started,
    )
