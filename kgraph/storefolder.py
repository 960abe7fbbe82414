"""The output folder of the embedded store: where the live store is, the writer lock, opening
the store and recovering from an interrupted swap. Used by :mod:`kgraph.store`,
:mod:`kgraph.storeload` and :mod:`kgraph.reader`; everything else goes through :mod:`kgraph.store`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kgraph import storeunion
from kgraph.errors import StoreError

log = logging.getLogger(__name__)

STORE_DIR = "store"
_NEW_DIR = ".store.new"
_OLD_DIR = ".store.old"
_LOCK_FILE = ".kgraph.lock"

_WAIT_HINT = "Wait for the running `kgraph build` or `kgraph load` to finish, then try again."


def _build_hint(output: Path) -> str:
    return f"Run `kgraph build CORPUS --output {output}` first."


def store_path(output: Path) -> Path:
    """The folder of the live store inside ``output``."""
    return output / STORE_DIR


def exists(output: Path) -> bool:
    """Whether ``output`` holds a store (possibly one a crashed swap left as ``.store.old``)."""
    return _live_dir(output) is not None


def _live_dir(output: Path) -> Path | None:
    live = output / STORE_DIR
    if live.is_dir():
        return live
    # A crash between the two renames of a swap leaves the previous store here.
    old = output / _OLD_DIR
    if old.is_dir():
        return old
    return None


def _open_error(path: Path, output: Path, exc: Exception) -> StoreError:
    text = str(exc)
    # RocksDB says "lock hold by ..." / ".../LOCK: ..."; a damaged file says "block checksum".
    if re.search(r"\block\b|/LOCK\b", text, re.IGNORECASE) and not text.startswith("Corruption"):
        return StoreError(
            f"The graph store '{path}' is in use by another kgraph process.",
            hint=_WAIT_HINT,
        )
    return StoreError(
        f"The graph store '{path}' cannot be opened (damaged, or not a kgraph store): {text}",
        hint=f"Rebuild it: `kgraph build CORPUS --output {output}` replaces the store.",
    )


def _damaged(exc: Exception, output: Path | None) -> StoreError | None:
    """A StoreError saying what to run if ``exc`` is RocksDB finding a damaged file, else None."""
    if not str(exc).startswith("Corruption"):
        return None
    where = f" in '{output}/'" if output is not None else ""
    return StoreError(
        f"The graph store{where} is damaged: {exc}",
        hint=f"Rebuild it: `kgraph build CORPUS --output {output or 'OUTPUT'}` replaces the store.",
    )


def _open_read_only(output: Path) -> ox.Store:
    path = _live_dir(output)
    if path is None:
        raise StoreError(
            f"No graph in '{output}/': there is no store at '{output / STORE_DIR}'.",
            hint=_build_hint(output),
        )
    if not storeunion.is_current(path):
        _upgrade(output)
        path = output / STORE_DIR
    try:
        return ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as exc:
        raise _open_error(path, output, exc) from exc


def _open_writable(path: Path, output: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        raise _open_error(path, output, exc) from exc


def _open_live_writable(output: Path) -> ox.Store:
    """The live store opened for writing (call with the writer lock held, after
    :func:`_recover`), upgraded first if an older kgraph made it (:func:`_upgrade_locked`)."""
    _upgrade_locked(output)
    return _open_writable(output / STORE_DIR, output)


def _upgrade_locked(output: Path) -> None:
    """If the live store is not current (:func:`storeunion.is_current`), write its upgrade in
    ``.store.new`` (:func:`storeunion.upgrade`) and swap it in, as a build does: readers of the
    live store meanwhile are not disturbed. Call with the writer lock held, after _recover.

    Raises:
        StoreError: the new store cannot be written.
    """
    live, new = output / STORE_DIR, output / _NEW_DIR
    if not live.is_dir() or storeunion.is_current(live):
        return
    try:
        old = ox.Store.read_only(str(live))
    except (OSError, RuntimeError) as exc:
        raise _open_error(live, output, exc) from exc
    log.info("Making the default graph of '%s' the union of its graphs (once)", live)
    try:
        store = ox.Store(str(new))
        storeunion.upgrade(old, store, live)
        del old, store  # close both before the rename
        storeunion.mark(new)
        _swap_in(output, new)
    except (OSError, RuntimeError) as exc:
        shutil.rmtree(new, ignore_errors=True)
        raise StoreError(
            f"Cannot upgrade the graph store '{live}' made by an older kgraph: {exc}",
            hint=f"Rebuild it: `kgraph build CORPUS --output {output}` replaces the store.",
        ) from exc


def _swap_in(output: Path, new: Path) -> None:
    """Make the closed store in ``new`` the live one: two renames, so a crash at any moment
    leaves a usable store (:func:`_recover` finishes or undoes it). Call with the lock held."""
    live, old = output / STORE_DIR, output / _OLD_DIR
    if live.exists():
        os.rename(live, old)
    os.rename(new, live)
    _fsync_dir(output)
    if old.is_dir():
        shutil.rmtree(old)
    elif old.exists():
        old.unlink()  # a file where the store should be: replaced, like a store


def _upgrade(output: Path) -> None:
    """Upgrade the store of an older kgraph in place, for a reader (once; takes the lock).

    Raises:
        StoreError: another process writes to ``output``, or the folder cannot be written.
    """
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(_write_lock(output))
        except StoreError as exc:
            raise _older(output, exc) from exc
        _recover(output)
        _upgrade_locked(output)


def _older(output: Path, exc: StoreError) -> StoreError:
    return StoreError(
        f"The graph store in '{output}/' was made by an older kgraph and must be upgraded "
        f"once, which cannot be done now: {exc.message}",
        hint=f"{exc.hint} Or rebuild it: `kgraph build CORPUS --output {output}`.",
    )


@contextmanager
def _write_lock(output: Path) -> Iterator[None]:
    """Serialise writers on ``output/.kgraph.lock``; fail at once if another process writes."""
    try:
        output.mkdir(parents=True, exist_ok=True)
        handle = open(output / _LOCK_FILE, "a+b")  # noqa: SIM115 - closed in finally
    except OSError as exc:
        raise StoreError(
            f"Cannot write to '{output}/': {exc.strerror or exc}",
            hint="Check the folder's permissions, or choose another with --output.",
        ) from exc
    try:
        if sys.platform != "win32":
            import fcntl

            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(
                    f"Another kgraph process is writing to '{output}/'.",
                    hint=_WAIT_HINT,
                ) from None
        from kgraph import snapshot

        snapshot.invalidate(output)  # before any write: the ready export may no longer match
        yield
    finally:
        try:
            # A write happened (or may have, if it failed half-way): a kept-open Reader compares
            # this time and reopens, since a read-only handle does not see later writes.
            os.utime(output / _LOCK_FILE)
        except OSError as exc:
            log.warning("Cannot touch '%s': %s", output / _LOCK_FILE, exc)
        handle.close()  # closing releases the lock


def _recover(output: Path) -> None:
    """Finish or undo a swap a crash interrupted (call with the write lock held)."""
    live, old, new = output / STORE_DIR, output / _OLD_DIR, output / _NEW_DIR
    if old.is_dir():
        if live.is_dir():
            shutil.rmtree(old)  # crashed after the swap: the new store is live
        else:
            os.rename(old, live)  # crashed mid-swap: put the previous store back
    if new.exists():
        shutil.rmtree(new)  # an unfinished build
    if (output / storeunion.CHECKPOINT_DIR).exists():
        shutil.rmtree(output / storeunion.CHECKPOINT_DIR)  # an update cut short


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
