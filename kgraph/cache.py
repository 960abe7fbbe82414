"""The extraction cache: each document's extraction result, kept under the output folder so that a
rebuild re-extracts only the documents that were added or changed.

One SQLite file, ``OUTPUT/.extractions.sqlite``, holds a row per document: its id, the SHA-256 of
its file's bytes, and the :class:`~kgraph.model.DocumentResult` as JSON. A row is used only when
the file's bytes hash the same and the cache was written by the same extractor (name, version)
and the same kgraph code, ontology and lemma/language-model packages: the cache's *key*, stored
once. A different key empties the cache, so a changed extractor never serves stale results.
Rows of documents that are gone are dropped at the end of a build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kgraph.errors import StoreError
from kgraph.model import (
    Assertion,
    DocumentResult,
    Extraction,
    Mention,
    MentionKind,
    Sentence,
    Span,
)

log = logging.getLogger(__name__)

CACHE_FILE = ".extractions.sqlite"
FORMAT = "1"  # bump when the JSON layout below changes
_PACKAGE = Path(__file__).resolve().parent
# Packages whose data changes what is extracted (lemma dictionaries, language model).
_DATA_PACKAGES = ("simplemma", "py3langid", "trafilatura", "charset-normalizer")


@cache
def _code_digest() -> str:
    """SHA-256 over kgraph's Python sources, the ontology and the versions of data packages."""
    from kgraph.ontology import ONTOLOGY_DIR

    digest = hashlib.sha256()
    files = sorted(_PACKAGE.rglob("*.py")) + sorted(ONTOLOGY_DIR.glob("*"))
    for file in files:
        if file.is_file():
            digest.update(file.relative_to(file.parent.parent).as_posix().encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    for package in _DATA_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}\0".encode())
    return digest.hexdigest()


def key(extractor_name: str, extractor_version: str) -> str:
    """The cache key of an extractor: results cached under another key are never used."""
    return f"{FORMAT}:{extractor_name}:{extractor_version}:{_code_digest()}"


def file_digest(path: Path) -> str | None:
    """SHA-256 of a regular file's bytes; None for anything else (missing, a pipe, unreadable),
    which then always goes to the extractor and gets its reason for being skipped."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


# ---------------------------------------------------------------------------------------------
# JSON layout of a DocumentResult (lists, not objects: a cache of a million documents stays small)


def _mention(m: Mention) -> list[Any]:
    return [m.span.start, m.span.end, m.text, m.kind.value, m.key, m.lang, m.base, m.state,
            m.label, m.anaphor]  # fmt: skip


def _unmention(v: list[Any]) -> Mention:
    return Mention(Span(v[0], v[1]), v[2], MentionKind(v[3]), v[4], v[5], v[6], v[7], v[8], v[9])


def encode(result: DocumentResult) -> str:
    """A DocumentResult as compact JSON text."""
    ex = result.extraction
    assertions = [
        [_mention(a.subject), a.predicate, _mention(a.object),
         [a.sentence.doc_id, a.sentence.index, a.sentence.span.start, a.sentence.span.end,
          a.sentence.lang],
         a.extractor, a.score, a.negated]
        for a in ex.assertions
    ]  # fmt: skip
    value = {
        "id": result.doc_id,
        "lang": result.lang,
        "title": result.title,
        "sentences": result.sentences,
        "anchors": [list(pair) for pair in result.anchors],
        "mentions": [_mention(m) for m in ex.mentions],
        "assertions": assertions,
    }
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> DocumentResult:
    """The DocumentResult :func:`encode` wrote.

    Raises:
        ValueError: the text is not such JSON.
    """
    try:
        v = json.loads(text)
        assertions = tuple(
            Assertion(_unmention(s), p, _unmention(o),
                      Sentence(sent[0], sent[1], Span(sent[2], sent[3]), sent[4]), ext, score, neg)
            for s, p, o, sent, ext, score, neg in v["assertions"]
        )  # fmt: skip
        extraction = Extraction(v["id"], tuple(_unmention(m) for m in v["mentions"]), assertions)
        anchors = tuple((int(start), str(text)) for start, text in v["anchors"])
        return DocumentResult(v["id"], v["lang"], v["title"], v["sentences"], extraction, anchors)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not a cached extraction: {exc}") from exc


# ---------------------------------------------------------------------------------------------
# The SQLite file


class ExtractionCache:
    """Cached extraction results of one output folder (open it with :func:`opened`)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self.hits = 0
        self.writes = 0

    def get(self, doc_id: str, digest: str) -> DocumentResult | None:
        """The cached result of ``doc_id`` if its file still hashes to ``digest``."""
        row = self._db.execute(
            "SELECT digest, result FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None or row[0] != digest:
            return None
        try:
            result = decode(row[1])
        except ValueError as exc:
            log.warning("Re-extracting %s: its cache entry is damaged (%s)", doc_id, exc)
            return None
        self.hits += 1
        return result

    def has(self, doc_id: str, digest: str) -> bool:
        """Whether a result for ``doc_id`` with this digest is cached (without decoding it)."""
        row = self._db.execute("SELECT digest FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and row[0] == digest

    def put(self, doc_id: str, digest: str, result: DocumentResult) -> None:
        """Cache ``result`` as the extraction of ``doc_id`` whose file hashes to ``digest``."""
        self.put_encoded(doc_id, digest, encode(result))

    def put_encoded(self, doc_id: str, digest: str, encoded: str) -> None:
        """Like :meth:`put`, with the result already :func:`encode`-d (by a worker process)."""
        self._db.execute(
            "INSERT OR REPLACE INTO documents (id, digest, result) VALUES (?, ?, ?)",
            (doc_id, digest, encoded),
        )
        self.writes += 1
        if self.writes % 1000 == 0:
            self._db.commit()

    def retain(self, doc_ids: Iterable[str]) -> int:
        """Drop the rows of documents not in ``doc_ids`` (deleted files); return how many."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (id TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM keep")
        self._db.executemany("INSERT OR IGNORE INTO keep (id) VALUES (?)", ((i,) for i in doc_ids))
        dropped = self._db.execute(
            "DELETE FROM documents WHERE id NOT IN (SELECT id FROM keep)"
        ).rowcount
        self._db.commit()
        return int(dropped)

    def ids(self) -> Iterator[str]:
        """The ids of the cached documents, sorted."""
        for (doc_id,) in self._db.execute("SELECT id FROM documents ORDER BY id"):
            yield str(doc_id)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, digest TEXT NOT NULL, result TEXT NOT NULL
);
"""


def _connect(path: Path, cache_key: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level="DEFERRED")
    db.executescript(_SCHEMA)
    row = db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
    if row is None or row[0] != cache_key:
        if row is not None:
            log.info("Extraction cache %s was made by other code: starting afresh", path)
        db.execute("DELETE FROM documents")
        db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('key', ?)", (cache_key,))
        db.commit()
    return db


@contextmanager
def opened(output: Path, cache_key: str) -> Iterator[ExtractionCache]:
    """The extraction cache of ``output`` for ``cache_key``, committed when the block ends.

    A damaged cache file is deleted and started afresh (a cache can always be rebuilt). If the
    block raises, what was cached so far is still committed: those results are valid.
    """
    path = output / CACHE_FILE
    try:
        try:
            db = _connect(path, cache_key)
        except sqlite3.DatabaseError as exc:
            log.warning("Extraction cache %s is damaged (%s): starting afresh", path, exc)
            path.unlink(missing_ok=True)
            db = _connect(path, cache_key)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(
            f"Cannot open the extraction cache '{path}': {exc}",
            hint="Check the folder's permissions and free space, or build with --no-incremental.",
        ) from exc
    try:
        yield ExtractionCache(db)
    finally:
        db.commit()
        db.close()


# ---------------------------------------------------------------------------------------------
# Merging the caches of shards (docs/scaling.md: extraction runs per shard, one build gathers)


def _prefixed(encoded: str, prefix: str) -> str:
    """A cached result whose document id (and its sentences') is ``prefix + id``."""
    value = json.loads(encoded)
    value["id"] = prefix + value["id"]
    for assertion in value["assertions"]:
        assertion[3][0] = prefix + assertion[3][0]
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def merge(output: Path, shards: Iterable[Path], *, prefix: bool = True) -> tuple[int, int]:
    """Copy the extraction caches of shard output folders into ``output``'s cache, so that a build
    of the whole corpus into ``output`` extracts none of those documents again.

    A shard is built as ``kgraph build CORPUS/NAME --output SHARDS/NAME``: its document ids are
    relative to ``CORPUS/NAME``, so with ``prefix`` each id becomes ``NAME/id`` (the shard output
    folder's name), the id the whole corpus's build gives that file. Rows the target already
    holds for other documents are kept. Every cache must come from the same extractor and kgraph
    code (the cache key); the rows are used only where the files still hash the same.

    Returns:
        The number of shards and of documents merged.

    Raises:
        StoreError: a shard has no cache, the caches were made by different code, two shards
            hold the same document, or a cache cannot be read or written.
    """
    sources = list(shards)
    keys: dict[str, Path] = {}
    for shard in sources:
        path = shard / CACHE_FILE
        if not path.is_file():
            raise StoreError(
                f"No extraction cache in '{shard}/' (no {CACHE_FILE}).",
                hint=f"Build the shard first: kgraph build CORPUS/{shard.name} --output {shard}",
            )
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                row = db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(
                f"Cannot read the extraction cache '{path}': {exc}",
                hint="Rebuild that shard.",
            ) from exc
        keys.setdefault(row[0] if row else "", shard)
    if len(keys) > 1:
        raise StoreError(
            "The shards' caches were made by different kgraph code or extractors: "
            + ", ".join(f"'{p}'" for p in keys.values()) + " differ.",
            hint="Build every shard with the same kgraph version and extractor.",
        )
    if not sources:
        return 0, 0
    (key,) = keys
    target = output / CACHE_FILE
    seen: dict[str, Path] = {}
    merged = 0
    try:
        output.mkdir(parents=True, exist_ok=True)
        db = _connect(target, key)  # a target made by other code is emptied first
        try:
            for shard in sources:
                lead = shard.resolve().name + "/" if prefix else ""
                source = sqlite3.connect(f"file:{shard / CACHE_FILE}?mode=ro", uri=True)
                try:
                    rows = source.execute("SELECT id, digest, result FROM documents ORDER BY id")
                    for doc_id, digest, result in rows:
                        new_id = lead + doc_id
                        if new_id in seen:
                            raise StoreError(
                                f"Document '{new_id}' is in the caches of both '{seen[new_id]}' "
                                f"and '{shard}'.",
                                hint="Merge shards of disjoint folders (ids are prefixed with the "
                                "shard folder's name unless --no-prefix).",
                            )
                        seen[new_id] = shard
                        encoded = _prefixed(result, lead) if lead else result
                        db.execute(
                            "INSERT OR REPLACE INTO documents (id, digest, result) VALUES (?, ?, ?)",
                            (new_id, digest, encoded),
                        )
                        merged += 1
                finally:
                    source.close()
            db.commit()
        finally:
            db.close()
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(
            f"Cannot merge into the extraction cache '{target}': {exc}",
            hint="Check the folder's permissions and free space.",
        ) from exc
    return len(sources), merged
