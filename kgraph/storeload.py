"""Writing the embedded store: a new store swapped in by the build (:func:`rebuilding`,
:func:`replace`) and RDF files added in place by ``kgraph load`` (:func:`add_files`); graph names.
Reached through :mod:`kgraph.store`, which re-exports these names."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox
import rdflib

from kgraph import storeunion
from kgraph.errors import StoreError
from kgraph.storefolder import (
    _NEW_DIR,
    STORE_DIR,
    _live_dir,
    _open_writable,
    _recover,
    _swap_in,
    _write_lock,
)
from kgraph.vocab import GRAPH_IRI

if TYPE_CHECKING:
    from kgraph.endpoint import EndpointLoader
    from kgraph.store import Location

log = logging.getLogger(__name__)

LOADED_PREFIX = GRAPH_IRI + "loaded/"

# File suffix → pyoxigraph format, for `kgraph load`.
_LOAD_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
LOADABLE_SUFFIXES: tuple[str, ...] = tuple(_LOAD_FORMATS)

_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def _sorted_lines(data: bytes) -> tuple[bytes, int]:
    """N-Triples/N-Quads lines sorted and deduplicated: byte-stable output for the same graph."""
    lines = sorted(set(data.splitlines(keepends=True)))
    return b"".join(lines), len(lines)


def graph_iri(name: str) -> str:
    """The IRI of the named graph ``name`` ("extracted", "ontology", "loaded/x.ttl")."""
    return GRAPH_IRI + name


def loaded_graph_name(file: Path) -> str:
    """The graph name of a loaded file: ``loaded/`` + its file name, percent-encoded (IRI-safe)."""
    return "loaded/" + quote(file.name, safe="-._~")


def _check_graph_name(name: str) -> None:
    if not name or name.startswith("loaded/") or quote(name, safe="-._~/") != name:
        raise StoreError(
            f"Invalid graph name '{name}'.",
            hint="Use letters, digits, '-', '_', '.' or '/'; "
            "'loaded/' names are kept for `kgraph load`.",
        )


class Loader:
    """A new store being written by :func:`rebuilding`: add N-Triples to its named graphs in
    batches, read a graph back. Bulk loads parse and index in Rust, outside any transaction."""

    def __init__(self, store: ox.Store) -> None:
        self._store: ox.Store | None = store
        self.swapped: list[Callable[[], None]] = []
        """Called after the new store is in place, with the writer lock still held."""

    def _get(self) -> ox.Store:
        if self._store is None:
            raise StoreError("The new store is closed.", hint="Load inside the `with` block.")
        return self._store

    def graphs(self) -> list[str]:
        """The names of the new store's graphs (loaded files' graphs included), sorted."""
        return sorted(
            g.value.removeprefix(GRAPH_IRI)
            for g in self._get().named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_IRI)
        )

    def add(self, name: str, ntriples: bytes) -> None:
        """Add N-Triples to the named graph ``GRAPH_IRI + name`` and to the default graph, the
        union (duplicates are stored once).

        Raises:
            StoreError: the graph name is invalid, or a term the store rejects.
        """
        _check_graph_name(name)
        try:
            storeunion.add(self._get(), ox.NamedNode(graph_iri(name)), ntriples)
        except SyntaxError as exc:
            raise StoreError(
                f"The '{name}' graph holds a term the store rejects: {exc}",
                hint="This is a bug in the graph builder; please report it with the input.",
            ) from exc

    def ntriples(self, name: str) -> tuple[bytes, int]:
        """The named graph ``name`` as sorted, deduplicated N-Triples, and its triple count."""
        graph = ox.NamedNode(graph_iri(name))
        data = self._get().dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        return _sorted_lines(data or b"")

    def close(self) -> None:
        self._store = None


@contextmanager
def rebuilding(output: Location) -> Iterator[Loader | EndpointLoader]:
    """Write a new store in ``output/.store.new`` and swap it in when the ``with`` block succeeds.

    The swap is two renames; a crash at any moment leaves the previous store usable (the next
    write or read finds it), and an exception in the block leaves it untouched. Graphs loaded
    with :func:`add_files` (``loaded/...``) are copied from the previous store; every other
    graph of the previous store is dropped. Holds the writer lock throughout.

    Raises:
        StoreError: the folder cannot be written or is locked by another writer.
    """
    if not isinstance(output, Path):  # a SPARQL server: staged graphs, moved in on success
        from kgraph import endpoint

        with endpoint.rebuilding(output) as remote:
            yield remote
        return
    with _write_lock(output):
        _recover(output)
        new = output / _NEW_DIR
        try:
            loader = Loader(_open_writable(new, output))
            _copy_loaded_graphs(output, loader._get())
            yield loader
            store = loader._get()
            loader.close()
            # Compact what the bulk loads wrote: queries over the default graph of the bench's
            # 800k-triple store took up to 1.6x as long without (0.6 s to compact it).
            store.optimize()
            store.flush()
            del store  # close it before the rename
            storeunion.mark(new)  # every graph went to the default graph too
            _swap_in(output, new)
            for callback in loader.swapped:
                callback()
        except OSError as exc:
            shutil.rmtree(new, ignore_errors=True)
            raise StoreError(
                f"Cannot write the graph store in '{output}/': {exc}",
                hint="Check free disk space and permissions; the previous store is unchanged.",
            ) from exc
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise


def replace(output: Path, graphs: Mapping[str, rdflib.Graph]) -> None:
    """Write a new store holding each graph as the named graph ``GRAPH_IRI + name``, atomically
    (see :func:`rebuilding`).

    Args:
        output: the output folder (created if missing).
        graphs: graph name → rdflib graph, e.g. ``{"extracted": g, "ontology": onto}``.

    Raises:
        StoreError: a graph name is invalid, a graph holds a term the store rejects, or the folder
            cannot be written or is locked by another writer.
    """
    for name in graphs:
        _check_graph_name(name)
    with rebuilding(output) as loader:
        for name in sorted(graphs):
            # rdflib → N-Triples bytes → bulk_load: the parsing and indexing run in Rust.
            try:
                data = graphs[name].serialize(format="nt", encoding="utf-8")
            except Exception as exc:  # rdflib raises a bare Exception for an IRI it cannot write
                raise StoreError(
                    f"The '{name}' graph cannot be written as N-Triples: {exc}",
                    hint="This is a bug in the graph builder; please report it with the input.",
                ) from exc
            loader.add(name, data)


def _copy_loaded_graphs(output: Path, store: ox.Store) -> None:
    previous = _live_dir(output)
    if previous is None:
        return
    try:
        old = ox.Store.read_only(str(previous))
    except (OSError, RuntimeError) as exc:
        log.warning("Not keeping loaded graphs: the previous store cannot be opened: %s", exc)
        return
    for graph in old.named_graphs():
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(LOADED_PREFIX):
            data = old.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
            storeunion.add(store, graph, data)
    del old


@dataclass(frozen=True, slots=True)
class LoadedFile:
    """One file added by :func:`add_files`: where it went and how many triples it holds."""

    path: Path
    graph: str
    triples: int


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What :func:`add_files` loaded (failures raise, after the other files are loaded)."""

    loaded: tuple[LoadedFile, ...]
    store: Path

    @property
    def triples(self) -> int:
        return sum(f.triples for f in self.loaded)

    def summary(self) -> str:
        """One line, e.g. ``2 files, 1,234 triples → output/store (a.ttl: 1,000, b.nt: 234)``."""
        files = ", ".join(f"{f.path.name}: {f.triples:,}" for f in self.loaded)
        n = len(self.loaded)
        return f"{n} file{'s' if n != 1 else ''}, {self.triples:,} triples → {self.store} ({files})"


def _parse_file(file: Path) -> bytes:
    """Parse one RDF file into N-Triples (named graphs of quad formats are merged).

    Raises:
        ValueError: the file is missing, has an unknown suffix, or does not parse; the message
            names the line and column when the parser gives them.
    """
    fmt = _LOAD_FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"unknown RDF suffix '{file.suffix}' (known: {', '.join(LOADABLE_SUFFIXES)})"
        )
    if not file.is_file():
        raise ValueError("no such file")
    scratch = ox.Store()
    try:
        scratch.load(path=str(file), format=fmt, base_iri=file.resolve().as_uri())
    except SyntaxError as exc:
        message = exc.msg
        if exc.lineno is not None:
            # "Parser error at line 3 column 7: msg" → "line 3, column 7: msg"
            message = f"line {exc.lineno}, column {exc.offset}: {message.split(': ', 1)[-1]}"
        raise ValueError(message) from exc
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from exc
    triples = scratch.query(_UNION_TRIPLES, use_default_graph_as_union=True)
    assert isinstance(triples, ox.QueryTriples)
    return triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b""


def _count_graph(store: ox.Store, graph: ox.NamedNode) -> int:
    result = store.query(f"SELECT (COUNT(*) AS ?n) {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        term = solution[0]
        return int(term.value) if isinstance(term, ox.Literal) else 0
    return 0


def add_files(output: Path, files: Sequence[Path]) -> LoadReport:
    """Add RDF files to the store, each into the named graph ``GRAPH_IRI + "loaded/" + file name``.

    Loading a file again replaces its earlier load. The format comes from the suffix
    (``.ttl .nt .nq .trig .jsonld .json .rdf .owl .xml .n3``); the named graphs of ``.nq``/``.trig``
    files are merged into the file's graph. A file that is missing or does not parse adds
    nothing; the other files are still loaded. Creates the store if there is none.

    Raises:
        StoreError: some files failed (the message names each, with the parser's line and column;
            the others were loaded), or the store cannot be opened for writing.
    """
    loaded: list[LoadedFile] = []
    failed: list[str] = []
    from kgraph.store import Session, writing

    with writing(output) as session:
        assert isinstance(session, Session)  # a folder, not a server: kgraph load is local
        store = session._get()
        for file in files:
            try:
                data = _parse_file(file)
            except ValueError as exc:
                failed.append(f"{file}: {exc}")
                continue
            name = loaded_graph_name(file)
            graph = ox.NamedNode(graph_iri(name))
            try:
                storeunion.drop_graph(store, graph)  # and its triples no other graph holds
                store.add_graph(graph)
                storeunion.extend(store, graph, data)
            except (OSError, RuntimeError, SyntaxError) as exc:
                failed.append(f"{file}: {exc}")
                continue
            loaded.append(LoadedFile(file, name, _count_graph(store, graph)))
        store.flush()
    if failed:
        done = (
            f" ({len(loaded)} other file{'s' if len(loaded) != 1 else ''} loaded)" if loaded else ""
        )
        raise StoreError(
            f"Cannot load {'; '.join(failed)}{done}",
            hint="Fix the file and run `kgraph load` again; loading a file again replaces it.",
        )
    return LoadReport(tuple(loaded), output / STORE_DIR)
