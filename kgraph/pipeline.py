"""The build: corpus folder → documents → sentences → extractions → entities → store and Turtle."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kgraph import corpus, resolve, segment, triples
from kgraph.corpus import Skipped
from kgraph.errors import CorpusError, StoreError
from kgraph.extractors import Extractor, extractors
from kgraph.model import Document, DocumentResult, Extraction

if TYPE_CHECKING:
    from kgraph.cache import ExtractionCache
    from kgraph.endpoint import Endpoint

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
GRAPH_FILE = "graph.ttl"


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build did: counts, languages, skipped files, where the graph went, how long."""

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
    reused: int = 0

    @property
    def graph_file(self) -> Path:
        return self.output / GRAPH_FILE

    def summary(self) -> str:
        langs = ", ".join(f"{code} {n}" for code, n in sorted(self.languages.items()))
        skipped = f", {len(self.skipped)} skipped" if self.skipped else ""
        reused = f", {self.reused:,} unchanged" if self.reused else ""
        return (
            f"{self.triples:,} triples from {self.documents:,} documents "
            f"({langs}{skipped}{reused}): "
            f"{self.statements:,} statements ({self.negated:,} negated) "
            f"from {self.sentences:,} sentences → {self.graph_file} ({self.seconds:.1f} s)"
        )


@dataclass(frozen=True, slots=True)
class ExtractResult:
    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    sentences: int
    skipped: tuple[tuple[str, str], ...]


def extract(
    corpus_dir: Path, *, extractor: str = "rules", on_progress: ProgressCallback | None = None
) -> ExtractResult:
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
    return triples.graph(
        result.documents, resolution, assertions, min_confidence=min_confidence
    )


# ---------------------------------------------------------------------------------------------
# Streaming extraction: in N processes, reusing cached results of unchanged documents

PARALLEL_MIN_BYTES = 1_000_000
"""Below this many bytes to extract (about 150,000 words), one process is as fast: the languages
are warmed up once in the main process before the workers are forked (:func:`_warm`, about 1.5 s
a language), and below this size the extraction left to share is about that long. With spawned
workers, each paid the warm-up again and two processes only paid off past ~4 MB. Measured with
bench/bench_extract.py (``pipeline.parts``, fresh processes, same run): 200,000 words (1.3 MB)
9.5 s in one process and 6.8 s in two (it was 15.0 s in two spawned workers); 770 kB about 6 s
either way; 83 kB 3.4 s either way."""

_PLUGINS: dict[str, Extractor] = {}


def _plugin(name: str) -> Extractor:
    plugin = _PLUGINS.get(name)
    if plugin is None:
        plugin = _PLUGINS[name] = extractors.get(name)
    return plugin


def extract_document(path: Path, doc_id: str, extractor: str) -> DocumentResult | Skipped:
    """Read, split and extract one file: a pure function of the file, so it runs in any process.

    An unreadable file, or an extractor failure on it, gives :class:`Skipped` with the reason.
    """
    try:
        doc = corpus.document(path, doc_id)
    except CorpusError as exc:
        return Skipped(doc_id, exc.message.removeprefix(f"{doc_id}: "))
    try:
        sentences = segment.sentences(doc)
        extraction = _plugin(extractor).extract(doc, sentences)
    except Exception as exc:  # a bug on one document must not lose the whole corpus
        log.exception("The %s extractor failed on %s", extractor, doc_id)
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        return Skipped(doc_id, f"the {extractor} extractor failed ({detail}); please report it")
    return triples.document_result(doc, len(sentences), extraction)


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """One document's share of the build, made where it was extracted (a worker process).

    Attributes:
        doc_id: the document's id.
        lang: its language.
        sentences: its sentence count.
        notes: what its mentions say about entities (:func:`resolve.document_notes`).
        lines: its N-Triples (context node, statements, provenance).
        statements: statements among the lines; negated: those negated.
        encoded: the extraction result as the cache stores it, when caching.
    """

    doc_id: str
    lang: str
    sentences: int
    notes: tuple[resolve.Note, ...]
    lines: list[str]
    statements: int
    negated: int
    encoded: str | None = None


def document_part(result: DocumentResult, *, min_confidence: float, encode: bool) -> DocumentPart:
    """Everything the build needs of one extracted document, so its main process only gathers."""
    from kgraph import cache

    notes, assertions = resolve.document_notes(result.extraction)
    made = triples.document_lines(
        result, assertions, resolve.mention_iri, min_confidence=min_confidence
    )
    return DocumentPart(
        result.doc_id, result.lang, result.sentences, notes, made.lines, made.statements,
        made.negated, cache.encode(result) if encode else None,
    )  # fmt: skip


_Task = tuple[str, str, str, float, bool]  # path, doc id, extractor, min confidence, encode


def _work(task: _Task) -> DocumentPart | Skipped:
    path, doc_id, extractor, min_confidence, encode = task
    result = extract_document(Path(path), doc_id, extractor)
    if isinstance(result, Skipped):
        return result
    return document_part(result, min_confidence=min_confidence, encode=encode)


WARM_SAMPLES = 32
"""Documents, spread over the corpus, whose languages are warmed up before workers are forked."""


def _warm(tasks: list[_Task]) -> list[str]:
    """Extract, in this process, one document of each language among ``WARM_SAMPLES`` documents
    spread over ``tasks``, so that forked workers inherit the loaded lexicons, lemma dictionaries
    and language model instead of each loading them again. Returns the languages warmed.

    Nothing is kept of these extractions: the workers extract every document as usual."""
    warmed: list[str] = []
    step = max(1, len(tasks) // WARM_SAMPLES)
    for path, doc_id, extractor, _, _ in tasks[::step][:WARM_SAMPLES]:
        if _size(Path(path)) > 1_000_000:  # a sample, not a large read in the main process
            continue
        try:
            doc = corpus.document(Path(path), doc_id)
        except CorpusError:
            continue  # the worker reports it
        if doc.lang in warmed:
            continue
        warmed.append(doc.lang)
        try:
            _plugin(extractor).extract(doc, segment.sentences(doc))
        except Exception:  # the worker extracts it again and reports the failure
            log.debug("Warm-up extraction failed on %s", doc_id, exc_info=True)
    return warmed


def _start_method() -> str:
    """fork where it is safe and cheap (Linux): workers share the warmed-up parent's memory.
    Elsewhere spawn (macOS and Windows have no safe fork)."""
    return "fork" if sys.platform == "linux" else "spawn"


@contextmanager
def _mapper(
    jobs: int, tasks: list[_Task]
) -> Iterator[Callable[[Iterator[_Task]], Iterator[DocumentPart | Skipped]]]:
    """``map`` over tasks: in this process, or in order over a pool of ``jobs`` processes."""
    work_bytes = sum(_size(Path(task[0])) for task in tasks)
    if jobs <= 1 or work_bytes < PARALLEL_MIN_BYTES:
        yield lambda items: map(_work, items)
        return
    method = _start_method()
    if method == "fork":
        # Workers run only the extractor: they never touch the store, the cache or the lock the
        # parent holds (pyoxigraph's threads are not theirs), and they leave with os._exit.
        log.debug("Warmed up %s before forking", ", ".join(_warm(tasks)) or "nothing")
    with multiprocessing.get_context(method).Pool(jobs) as pool:
        yield lambda items: pool.imap(_work, items, chunksize=4)


def default_jobs() -> int:
    """The number of processes ``build`` extracts in by default: the machine's cores."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def parts(
    corpus_dir: Path,
    *,
    extractor: str = "rules",
    jobs: int = 1,
    min_confidence: float = 0.0,
    cached: ExtractionCache | None = None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[DocumentPart | Skipped]:
    """Every document of ``corpus_dir`` extracted and made into triples, in path order, streamed.

    With ``jobs`` > 1, documents are extracted in that many processes (results still come in path
    order, so nothing depends on ``jobs``). With ``cached``, a document whose file hashes as when
    it was cached is not extracted again, new results are cached, and documents that are gone are
    dropped from the cache at the end. Only the documents in flight are held, never the corpus.

    Raises:
        CorpusError: the corpus folder does not exist.
        UnknownPluginError: no extractor has that name.
    """
    from kgraph import cache

    _plugin(extractor)  # an unknown name fails here, not in a worker
    root = corpus_dir if corpus_dir.is_dir() else corpus_dir.parent
    tasks = [(path, corpus.document_id(path, root)) for path in corpus.find(corpus_dir)]
    digests = [cache.file_digest(path) if cached is not None else None for path, _ in tasks]
    hit = [
        cached is not None and digest is not None and cached.has(doc_id, digest)
        for (_, doc_id), digest in zip(tasks, digests, strict=True)
    ]
    encode = cached is not None
    misses: list[_Task] = [
        (str(path), doc_id, extractor, min_confidence, encode)
        for (path, doc_id), is_hit in zip(tasks, hit, strict=True)
        if not is_hit
    ]
    with _mapper(jobs, misses) as mapper:
        extracted = mapper(iter(misses))
        for done, ((path, doc_id), digest, is_hit) in enumerate(
            zip(tasks, digests, hit, strict=True), 1
        ):
            part: DocumentPart | Skipped
            result = cached.get(doc_id, digest) if is_hit and cached and digest else None
            if result is not None:
                part = document_part(result, min_confidence=min_confidence, encode=False)
            else:
                part = (
                    next(extracted)
                    if not is_hit
                    else _work((str(path), doc_id, extractor, min_confidence, encode))
                )
                if (
                    cached is not None
                    and digest is not None
                    and isinstance(part, DocumentPart)
                    and part.encoded
                ):
                    cached.put_encoded(doc_id, digest, part.encoded)
            yield part
            if on_progress:
                on_progress(done, len(tasks), doc_id)
    if cached is not None:
        cached.retain(doc_id for _, doc_id in tasks)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


BATCH_LINES = 200_000
"""N-Triples lines per bulk load into the store."""


def build(
    corpus_dir: Path,
    output: Path,
    *,
    extractor: str = "rules",
    min_confidence: float = 0.0,
    jobs: int = 1,
    incremental: bool = True,
    on_progress: ProgressCallback | None = None,
    endpoint: Endpoint | None = None,
) -> BuildReport:
    """Build the graph of ``corpus_dir`` into ``output``: the store and ``graph.ttl``.

    Documents stream through: each is extracted (in ``jobs`` processes; the CLI's default is
    :func:`default_jobs`), its triples go to the store in batches, and only the entities of the
    corpus are gathered until the end. The output does not depend on ``jobs``. Processes are
    forked on Linux after the corpus's languages are warmed up here, and spawned elsewhere: a
    script calling this with ``jobs`` > 1 on macOS or Windows needs the usual
    ``if __name__ == "__main__":`` guard. With ``incremental``, the
    extraction results of unchanged documents come from ``output``'s cache (:mod:`kgraph.cache`);
    the graph is the same as a clean build's. With ``endpoint``, the graphs go to that SPARQL
    server (:mod:`kgraph.endpoint`) instead of ``output``'s store; ``graph.ttl`` and the cache
    stay in ``output``.

    Raises:
        CorpusError: the corpus folder does not exist.
        UnknownPluginError: no extractor has that name.
        StoreError: the store (or the extraction cache) cannot be written.
    """
    from kgraph import cache, ontology, snapshot, store, turtle
    from kgraph.vocab import PREFIXES

    started = time.perf_counter()
    plugin = _plugin(extractor)
    jobs = max(1, jobs)
    if not corpus_dir.exists():
        corpus.find(corpus_dir)  # raises the CorpusError that says so, before any output is made
    output.mkdir(parents=True, exist_ok=True)
    resolver = resolve.Resolver()
    languages: Counter[str] = Counter()
    skipped: list[tuple[str, str]] = []
    n_sentences = n_statements = n_negated = reused = 0
    with contextlib.ExitStack() as stack:
        loader = stack.enter_context(store.rebuilding(output if endpoint is None else endpoint))
        cached = None
        if incremental:
            cached = stack.enter_context(
                cache.opened(output, cache.key(plugin.name, plugin.version))
            )
        # graph.ttl is written from the triples as made, not read back from the store: the store
        # stores xsd:nonNegativeInteger literals as xsd:integer.
        turtle.remove_stale_runs(output)  # left by a killed build; we hold the build lock now
        lines = turtle.SortedLines(output, PREFIXES)
        stack.callback(lines.close)
        # What `kgraph export --format turtle` will write, made now from the same batches
        # (:mod:`kgraph.snapshot`); not for a server, whose graphs may change without us.
        ready = snapshot.Collector(output, PREFIXES) if isinstance(loader, store.Loader) else None
        if ready is not None:
            stack.callback(ready.close)

        def flush(batch: list[str]) -> None:
            text = "".join(batch)
            data = text.encode("utf-8")
            loader.add("extracted", data)
            lines.add(batch, text)
            if ready is not None and ready.active:
                ready.add(store.as_stored(data), round_trip=True)

        batch: list[str] = []
        stream = parts(corpus_dir, extractor=extractor, jobs=jobs, min_confidence=min_confidence,
                       cached=cached, on_progress=on_progress)  # fmt: skip
        for part in stream:
            if isinstance(part, Skipped):
                skipped.append((part.path, part.reason))
                continue
            resolver.add_notes(part.notes)
            batch.extend(part.lines)
            n_statements += part.statements
            n_negated += part.negated
            n_sentences += part.sentences
            languages[part.lang] += 1
            if len(batch) >= BATCH_LINES:
                flush(batch)
                batch = []
        reused = cached.hits if cached is not None else 0
        batch.extend(triples.entity_lines(resolver.resolution().entities))
        flush(batch)
        loader.add("ontology", ontology.load().serialize(format="nt", encoding="utf-8"))
        try:
            n_triples = turtle.write(output / GRAPH_FILE, lines.merged(), lines.used)
            if ready is not None and isinstance(loader, store.Loader):
                for name in loader.graphs():  # the ontology and loaded files, as stored
                    if name != "extracted":
                        ready.add(loader.ntriples(name)[0], round_trip=False)
                ready.write()
                loader.swapped.append(lambda: ready.seal(store.store_path(output)))
        except OSError as exc:  # a run file of the sort could not be read back
            raise StoreError(
                f"Cannot sort the triples of the graph in '{output}/': {exc.strerror or exc}",
                hint="Check free disk space in the output folder.",
            ) from exc
    return BuildReport(
        corpus=corpus_dir,
        output=output,
        documents=sum(languages.values()),
        sentences=n_sentences,
        statements=n_statements,
        negated=n_negated,
        triples=n_triples,
        languages=dict(languages),
        skipped=tuple(skipped),
        seconds=time.perf_counter() - started,
        reused=reused,
    )
