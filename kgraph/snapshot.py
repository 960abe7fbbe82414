"""The build's Turtle export, made ready: ``.export.ttl`` and the stamp saying it is still what
``kgraph export --format turtle`` would write from the store.

``graph.ttl`` is not that file: it holds the extracted graph only, as the build made it (the
store also holds the ontology and loaded files, turns ``xsd:nonNegativeInteger`` into
``xsd:integer``, writes decimals canonically and escapes some characters differently). So a build
also collects the union of the store's graphs in the store's own N-Triples form (the extracted
batches round-tripped through an in-memory store, the other graphs dumped from the new store)
and writes their Turtle with :mod:`kgraph.turtle`, the exporter's own writer, to ``.export.ttl``.

The file is used only while its stamp (``.export.stamp``) is valid:

- the build writes the stamp after its new store is swapped in, while it still holds the writer
  lock, and records the identity of the file and of the store's folder (device, inode, mtime);
- every writer (``kgraph build``, ``kgraph load``, ``kgraph query --allow-update``) deletes the
  stamp and the file as soon as it holds the writer lock, before it writes anything;
- the exporter opens the file, then checks that the stamp names this very file and that the
  store's folder is unchanged (a RocksDB write by any program creates files in it, which changes
  its mtime; a read-only open does not).

Otherwise the exporter reads the store and writes the Turtle itself (the full path), which gives
the same bytes. A build that finds blank nodes in its extracted triples (it makes none) or writes
to a SPARQL server makes no file.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from kgraph import turtle
from kgraph.errors import StoreError

log = logging.getLogger(__name__)

EXPORT_FILE = ".export.ttl"
STAMP_FILE = ".export.stamp"
_VERSION = 1


def invalidate(output: Path) -> None:
    """Delete the stamp and the file: call with the writer lock held, before writing the store.

    Raises:
        StoreError: the stamp exists and cannot be deleted (writing then could leave an export
            file that no longer matches the store).
    """
    for name in (STAMP_FILE, EXPORT_FILE):
        try:
            (output / name).unlink(missing_ok=True)
        except OSError as exc:
            if name == STAMP_FILE:
                raise StoreError(
                    f"Cannot delete '{output / name}': {exc.strerror or exc}",
                    hint="Check the output folder's permissions.",
                ) from exc


def _identity(path: Path) -> list[int]:
    return _of(path.stat())


def _of(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size]


class Collector:
    """The build's side: N-Triples as the store writes them, sorted on disk, then ``.export.ttl``.

    Args:
        output: the output folder (the run files go there while the build runs).
        prefixes: the prefixes the exporter may declare (kgraph's).
    """

    def __init__(self, output: Path, prefixes: Mapping[str, str]) -> None:
        self._output = output
        self._lines: turtle.SortedLines | None = turtle.SortedLines(output, prefixes)
        self._triples: int | None = None

    @property
    def active(self) -> bool:
        """False once the collector has given up (blank nodes) or been closed."""
        return self._lines is not None

    def add(self, ntriples: bytes, *, round_trip: bool) -> None:
        """Add N-Triples exactly as the store dumps them (any order, repeats allowed).

        Args:
            ntriples: the lines.
            round_trip: they come from another store than the new one (:func:`store.as_stored`),
                whose blank node ids need not be the new store's: if they hold a blank node (or
                ``_:`` inside a literal), the collector gives up and exports read the store.

        Raises:
            OSError: a run file cannot be written.
        """
        if self._lines is None:
            return
        if round_trip and b"_:" in ntriples:
            self.close()
            return
        text = ntriples.decode("utf-8")
        lines = [line + "\n" for line in text.split("\n") if line]  # not splitlines(): U+2028
        self._lines.add(lines, text)

    def write(self) -> None:
        """Write ``.export.ttl`` (atomically) from everything added; unstamped until :meth:`seal`.

        Raises:
            ExportError: the file cannot be written.
            OSError: a run file cannot be read back.
        """
        if self._lines is None:
            return
        self._triples = turtle.write(
            self._output / EXPORT_FILE, self._lines.merged(), self._lines.used
        )

    def seal(self, store_dir: Path) -> None:
        """Stamp the written file as the export of the store in ``store_dir``: call after the new
        store is in place, with the writer lock still held. Nothing happens if no file was
        written; a stamp that cannot be written is logged, not raised (the build succeeded, and
        exports then read the store)."""
        if self._triples is None:
            return
        tmp = self._output / f".{STAMP_FILE}.{os.getpid()}.tmp"
        try:
            stamp = {
                "version": _VERSION,
                "triples": self._triples,
                "export": _identity(self._output / EXPORT_FILE),
                "store": _identity(store_dir),
            }
            tmp.write_text(json.dumps(stamp), encoding="utf-8")
            os.replace(tmp, self._output / STAMP_FILE)
        except OSError as exc:
            log.warning("Not keeping the Turtle export ready: %s", exc)
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        """Delete the run files (the written file stays)."""
        if self._lines is not None:
            self._lines.close()
            self._lines = None


def opened(output: Path, store_dir: Path) -> tuple[BinaryIO, int] | None:
    """The ready export of ``output`` opened for reading, and its triple count, if its stamp is
    valid for the store in ``store_dir``; else None (the caller exports from the store).

    The file is opened before the stamp is checked, so a build that replaces both meanwhile
    makes the check fail rather than pair a new stamp with an old file.
    """
    try:
        handle = open(output / EXPORT_FILE, "rb")  # noqa: SIM115 - the caller closes it
    except OSError:
        return None
    try:
        st = os.fstat(handle.fileno())
        stamp = json.loads((output / STAMP_FILE).read_text(encoding="utf-8"))
        valid = (
            isinstance(stamp, dict)
            and stamp.get("version") == _VERSION
            and stamp.get("export") == _of(st)
            and stamp.get("store") == _identity(store_dir)
            and isinstance(stamp.get("triples"), int)
        )
    except (OSError, ValueError):
        valid = False
    if not valid:
        handle.close()
        return None
    return handle, int(stamp["triples"])


def is_ready(output: Path, store_dir: Path) -> bool:
    """Whether ``kgraph export --format turtle`` would stream ``.export.ttl`` now."""
    ready = opened(output, store_dir)
    if ready is None:
        return False
    with contextlib.closing(ready[0]):
        return True
