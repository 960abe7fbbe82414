"""Keeping a store open across queries (the Python API's KnowledgeGraph): :class:`Reader` and
:func:`keep_open`. :func:`kgraph.store.reading` uses a kept Reader when there is one."""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kgraph.storefolder import _LOCK_FILE, _live_dir

if TYPE_CHECKING:
    from kgraph.store import Session

_kept: weakref.WeakValueDictionary[Path, Reader] = weakref.WeakValueDictionary()


def _mark(output: Path) -> tuple[object, ...] | None:
    """What changes when a writer has been at ``output``: the live folder (a build swaps in a new
    one) and the lock file's time (every writer touches it when done), or None if no store."""
    live = _live_dir(output)
    if live is None:
        return None
    folder = live.stat()
    try:
        written = (output / _LOCK_FILE).stat().st_mtime_ns
    except OSError:
        written = None
    return live.name, folder.st_dev, folder.st_ino, folder.st_mtime_ns, written


class Reader:
    """A store kept open read-only across queries, reopened when a writer has changed it.

    Opening the on-disk store costs about 25 ms, more than most queries once it is open. While a
    Reader for a folder exists (see :func:`keep_open`), every read of that folder in this process
    (:func:`reading`, so ``query.run``, stats, network) uses its handle, after checking with two
    ``stat`` calls that no build, load or update has happened since it was opened (a read-only
    handle does not see later writes); if one has, it reopens.

    With ``memory=True`` the store's default graph (the union of its graphs) is copied into an
    in-memory store on first use (about 6 s and 450 MiB per million triples on the machine of
    docs/scaling.md) and queries that name no graph run there, several times faster than on disk;
    queries with ``GRAPH`` or ``FROM`` read the store on disk. Only the default graph is copied:
    in pyoxigraph's in-memory store a pattern on one graph visits the quads of every graph (a
    copy of every graph made the 3-way join of bench/bench_query.py 1.4x slower, and took twice
    as long). A change of the store on disk makes the next query copy it again.
    """

    def __init__(self, output: Path, *, memory: bool = False) -> None:
        self.output = output
        self.memory = memory
        self._store: ox.Store | None = None
        self._union: ox.Store | None = None
        self._mark: tuple[object, ...] | None = None
        self._lock = threading.Lock()

    def session(self) -> Session:
        """A session on the open store (opened or reopened here if needed).

        Raises:
            StoreError: no store in the folder, or it cannot be opened.
        """
        from kgraph import store  # its _open_read_only: the tests count the opens there

        mark = _mark(self.output)
        with self._lock:
            if self._store is None or mark is None or mark != self._mark:
                self._store = self._union = None  # drop the old handles before opening anew
                self._store = store._open_read_only(self.output)  # type: ignore[attr-defined]
                self._union = _memory_copy(self._store) if self.memory else None
                self._mark = mark
            return store.Session(self._store, self.output, union=self._union)

    def close(self) -> None:
        """Drop the handle (the next :meth:`session` opens it again)."""
        with self._lock:
            self._store = self._union = None
            self._mark = None


def _memory_copy(disk: ox.Store) -> ox.Store:
    """The default graph of ``disk`` in an in-memory store (quads pass in Rust, in batches)."""
    memory = ox.Store()
    memory.bulk_extend(disk.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return memory


def keep_open(output: Path, *, memory: bool = False) -> Reader:
    """The :class:`Reader` for ``output``, made if there is none: the folder's store stays open
    (or in memory) while the caller holds the Reader. A Reader with the other ``memory`` setting
    is replaced."""
    key = output.resolve()
    reader = _kept.get(key)
    if reader is None or reader.memory != memory:
        reader = _kept[key] = Reader(output, memory=memory)
    return reader
