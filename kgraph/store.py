"""The embedded graph store (pyoxigraph): the only module that imports pyoxigraph.

An output folder holds:

- ``store/``: the live store, one named graph per source: ``GRAPH_IRI + "extracted"`` and
  ``GRAPH_IRI + "ontology"`` (written by the build) and ``GRAPH_IRI + "loaded/<file>"`` (one per
  file added with ``kgraph load``);
- ``.store.new/`` and ``.store.old/``: transient, while :func:`replace` swaps a new store in;
- ``.kgraph.lock``: writers (:func:`replace`, :func:`add_files`, :meth:`Session.update`) hold an
  exclusive lock on it, so two writers never interleave. Readers take no lock: they open the store
  read-only, which pyoxigraph allows while another process has it open for writing.

A rebuild (:func:`replace`) replaces every graph except the loaded ones, which it copies into the
new store: files added with ``kgraph load`` survive ``kgraph build``. Data written to other graphs
with ``kgraph query --allow-update`` does not.

Every SPARQL query here runs with the default graph as the union of all graphs.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union
from urllib.parse import quote

import pyoxigraph as ox
import rdflib

from kgraph.errors import ExportError, QueryError, StoreError
from kgraph.vocab import GRAPH_IRI, PREFIXES

if TYPE_CHECKING:
    from kgraph.endpoint import Endpoint, EndpointLoader, EndpointSession

Location = Union[Path, "Endpoint"]  # noqa: UP007 - "Endpoint" is only a name at run time
"""Where a graph lives: an output folder (the embedded store) or a SPARQL server."""
AnySession = Union["Session", "EndpointSession"]  # noqa: UP007

log = logging.getLogger(__name__)

STORE_DIR = "store"
_NEW_DIR = ".store.new"
_OLD_DIR = ".store.old"
_LOCK_FILE = ".kgraph.lock"
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

# Dump format names (file extensions, as pyoxigraph's RdfFormat.from_extension knows them).
_DUMP_FORMATS: dict[str, ox.RdfFormat] = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdf": ox.RdfFormat.RDF_XML,
}

_UNION_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


_WAIT_HINT = "Wait for the running `kgraph build` or `kgraph load` to finish, then try again."


def _build_hint(output: Path) -> str:
    return f"Run `kgraph build CORPUS --output {output}` first."


def graph_iri(name: str) -> str:
    """The IRI of the named graph ``name`` ("extracted", "ontology", "loaded/x.ttl")."""
    return GRAPH_IRI + name


def loaded_graph_name(file: Path) -> str:
    """The graph name of a loaded file: ``loaded/`` + its file name, percent-encoded (IRI-safe)."""
    return "loaded/" + quote(file.name, safe="-._~")


def store_path(output: Path) -> Path:
    """The folder of the live store inside ``output``."""
    return output / STORE_DIR


def exists(output: Path) -> bool:
    """Whether ``output`` holds a store (possibly one a crashed swap left as ``.store.old``)."""
    return _live_dir(output) is not None


# ---------------------------------------------------------------------------------------------
# Terms and query outcomes: plain data, so no other module needs pyoxigraph's types.


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term of a query result.

    Attributes:
        kind: "uri", "literal", "bnode" or "triple" (an RDF 1.2 triple term).
        value: the IRI, the literal's lexical form, the blank node id (without ``_:``), or for a
            triple term its N-Triples text.
        ntriples: the term in N-Triples syntax (``<iri>``, ``"v"@lang``, ``"1"^^<dt>``, ``_:id``).
        datatype: a literal's datatype IRI (xsd:string or rdf:langString included), else None.
        lang: a literal's language tag, else None.
    """

    kind: Literal["uri", "literal", "bnode", "triple"]
    value: str
    ntriples: str
    datatype: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a SPARQL query produced, in plain data.

    Attributes:
        kind: "select", "ask" or "graph" (CONSTRUCT and DESCRIBE).
        variables: SELECT variable names, without ``?``.
        rows: SELECT solutions; None where a variable is unbound.
        boolean: the ASK answer.
        ntriples: CONSTRUCT/DESCRIBE triples as N-Triples, sorted and deduplicated.
    """

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    ntriples: bytes = b""


def _term(node: object) -> Term:
    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value, str(node))
    if isinstance(node, ox.Literal):
        return Term("literal", node.value, str(node), node.datatype.value, node.language)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value, str(node))
    text = str(node)
    return Term("triple", text, text)


def _rows(solutions: ox.QuerySolutions) -> tuple[tuple[Term | None, ...], ...]:
    """Solutions as rows of Terms. A term that repeats (a concept in many rows) is converted once
    and shared: converting each cell anew was a third of the time of a 38k-row query."""
    seen: dict[object, Term] = {}
    rows = []
    for solution in solutions:
        row = []
        for node in solution:
            if node is None:
                row.append(None)
                continue
            term = seen.get(node)
            if term is None:
                term = seen[node] = _term(node)
            row.append(term)
        rows.append(tuple(row))
    return tuple(rows)


def _sorted_lines(data: bytes) -> tuple[bytes, int]:
    """N-Triples/N-Quads lines sorted and deduplicated: byte-stable output for the same graph."""
    lines = sorted(set(data.splitlines(keepends=True)))
    return b"".join(lines), len(lines)


sorted_lines = _sorted_lines


def as_stored(ntriples: bytes) -> bytes:
    """N-Triples as the store writes them back (unsorted, each triple once): the store keeps some
    literals in a canonical form (``"0.70"^^xsd:decimal`` → ``"0.7"``, ``xsd:nonNegativeInteger``
    → ``xsd:integer``) and escapes as its writer does. Round-trips through an in-memory store,
    which encodes terms as the on-disk store does.

    Raises:
        StoreError: the text does not parse as N-Triples.
    """
    memory = ox.Store()
    try:
        memory.bulk_load(ntriples, ox.RdfFormat.N_TRIPLES)
    except SyntaxError as exc:
        raise StoreError(
            f"Triples the store rejects: {exc}",
            hint="This is a bug in the graph builder; please report it with the input.",
        ) from exc
    return memory.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""


def in_memory(graphs: Mapping[str, bytes]) -> Session:
    """A session on an in-memory store holding each N-Triples text as the named graph of its
    IRI (the endpoint twin dumps through it).

    Raises:
        StoreError: a text does not parse as N-Triples.
    """
    memory = ox.Store()
    for iri, data in graphs.items():
        try:
            memory.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
        except SyntaxError as exc:
            raise StoreError(
                f"The graph <{iri}> from the server does not parse: {exc}",
                hint="Check the server's N-Triples output.",
            ) from exc
    return Session(memory)


# ---------------------------------------------------------------------------------------------
# Opening


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
    try:
        return ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as exc:
        raise _open_error(path, output, exc) from exc


def _open_writable(path: Path, output: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        raise _open_error(path, output, exc) from exc


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


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Session:
    """An open store: run SPARQL, dump it, count it. From :func:`reading` or :func:`writing`."""

    def __init__(self, store: ox.Store, output: Path | None = None) -> None:
        self._store: ox.Store | None = store
        self._output = output

    def _get(self) -> ox.Store:
        if self._store is None:
            raise StoreError(
                "The store session is closed.", hint="Use the store inside its `with` block."
            )
        return self._store

    def close(self) -> None:
        """Drop the handle; pyoxigraph closes the store when its last reference goes."""
        self._store = None

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> Outcome:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: the query text.
            prefixes: prefixes predeclared for the query (its own PREFIX lines win).

        Raises:
            SyntaxError: pyoxigraph's parser error; its message starts "error at LINE:COLUMN:".
            QueryError: the query failed while running.
        """
        try:
            result = self._get().query(
                sparql, prefixes=dict(prefixes or {}), use_default_graph_as_union=True
            )
            if isinstance(result, ox.QueryBoolean):
                return Outcome("ask", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                data, _ = _sorted_lines(result.serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
                return Outcome("graph", ntriples=data)
            variables = tuple(v.value for v in result.variables)
            return Outcome("select", variables=variables, rows=_rows(result))
        except (OSError, RuntimeError, ValueError) as exc:
            raise _damaged(exc, self._output) or QueryError(
                f"The query failed: {exc}", hint="Check the query; see `kgraph query --help`."
            ) from exc

    def update(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Run a SPARQL UPDATE in one transaction (a session from :func:`writing` only).

        Raises:
            SyntaxError: pyoxigraph's parser error, as for :meth:`query`.
            QueryError: the update failed while running.
        """
        try:
            self._get().update(sparql, prefixes=dict(prefixes or {}))
        except (OSError, RuntimeError, ValueError) as exc:
            raise _damaged(exc, self._output) or QueryError(
                f"The update failed: {exc}", hint="Check the update's syntax and graphs."
            ) from exc

    def graphs(self) -> list[str]:
        """The IRIs of the store's named graphs, sorted."""
        return sorted(g.value for g in self._get().named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        """The number of quads in the store."""
        return len(self._get())

    def dump(
        self, fmt: str, *, union: bool, prefixes: Mapping[str, str] | None = None
    ) -> tuple[bytes, int]:
        """Serialise the store; return the bytes and the number of triples (or quads) written.

        Args:
            fmt: "nt", "nq", "ttl", "trig", "jsonld" or "rdf" (RDF/XML).
            union: merge all graphs into one graph (required for formats without named graphs);
                otherwise keep the named graphs (N-Quads, TriG).
            prefixes: prefixes for the formats that use them.

        N-Triples and N-Quads come out sorted and deduplicated, so the same store gives the same
        bytes. The other formats follow the store's index order, which depends on content only.

        Raises:
            ExportError: unknown format, or a graph the format cannot express.
        """
        try:
            rdf_format = _DUMP_FORMATS[fmt]
        except KeyError:
            raise ExportError(
                f"Unknown dump format '{fmt}'. Available: {', '.join(sorted(_DUMP_FORMATS))}",
                hint="Use one of the listed names.",
            ) from None
        store = self._get()
        prefix_map = dict(prefixes or {})
        try:
            if not union:
                if not rdf_format.supports_datasets:
                    raise ExportError(
                        f"The {rdf_format.name} format cannot hold named graphs.",
                        hint="Export the union of the graphs instead, or use nq or trig.",
                    )
                if rdf_format == ox.RdfFormat.N_QUADS:
                    return _sorted_lines(store.dump(format=rdf_format) or b"")
                return store.dump(format=rdf_format, prefixes=prefix_map) or b"", len(store)
            ntriples = _union_ntriples(store)
            if rdf_format == ox.RdfFormat.N_TRIPLES:
                return _sorted_lines(ntriples)
            # Merge in an in-memory store: it deduplicates and orders by content. Parsed quads
            # keep their blank node ids (Store.load would rename them at random), so the output
            # is stable.
            merged = ox.Store()
            merged.bulk_extend(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES))
            data = merged.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefix_map)
            return data or b"", len(merged)
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            raise _damaged(exc, self._output) or ExportError(
                f"Cannot write the graph as {rdf_format.name}: {exc}",
                hint="Try another format, e.g. --format nt.",
            ) from exc

    def union_text(self) -> str:
        """The triples of all graphs as N-Triples text, unsorted, a triple in several graphs
        repeated: what :meth:`dump` sorts for ``"nt"``, for writers that sort it themselves."""
        try:
            return _union_ntriples(self._get()).decode("utf-8")
        except (OSError, RuntimeError, ValueError) as exc:
            raise _damaged(exc, self._output) or ExportError(
                f"Cannot read the graph: {exc}", hint="Try again; rebuild the store if it fails."
            ) from exc


# ---------------------------------------------------------------------------------------------
# Keeping a store open across queries (the Python API's KnowledgeGraph)

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

    With ``memory=True`` the store is copied into an in-memory store on first use (about 6 s
    and 450 MiB per million triples on the machine of docs/scaling.md) and queries run there,
    several times faster than on disk; a change of the store on disk makes the next query copy it
    again.
    """

    def __init__(self, output: Path, *, memory: bool = False) -> None:
        self.output = output
        self.memory = memory
        self._store: ox.Store | None = None
        self._mark: tuple[object, ...] | None = None
        self._lock = threading.Lock()

    def session(self) -> Session:
        """A session on the open store (opened or reopened here if needed).

        Raises:
            StoreError: no store in the folder, or it cannot be opened.
        """
        mark = _mark(self.output)
        with self._lock:
            if self._store is None or mark is None or mark != self._mark:
                self._store = None  # drop the old handle before opening the new one
                disk = _open_read_only(self.output)
                self._store = _memory_copy(disk) if self.memory else disk
                self._mark = mark
            return Session(self._store, self.output)

    def close(self) -> None:
        """Drop the handle (the next :meth:`session` opens it again)."""
        with self._lock:
            self._store = None
            self._mark = None


def _memory_copy(disk: ox.Store) -> ox.Store:
    memory = ox.Store()
    memory.bulk_extend(disk)  # quads pass from store to store in Rust, in batches
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


def _union_ntriples(store: ox.Store) -> bytes:
    """Every graph dumped as N-Triples, one after the other. Dumping each graph in Rust is about
    10 % faster than a CONSTRUCT over the union, and gives the same lines (blank nodes keep their
    store ids in both); most of the time is the store decoding its strings (~5 µs a quad)."""
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [ox.DefaultGraph()]
    graphs.extend(store.named_graphs())
    return b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b"" for g in graphs)


def union_text(output: Location) -> str:
    """The N-Triples of the union of all graphs in ``output``, unsorted (see
    :meth:`Session.union_text`).

    Raises:
        StoreError: no store, or it cannot be opened.
        ExportError: the store cannot be read.
    """
    with reading(output) as session:
        if isinstance(session, Session):
            return session.union_text()
        return session.dump("nt", union=True)[0].decode("utf-8")


@contextmanager
def reading(output: Location) -> Iterator[AnySession]:
    """Open the store in ``output`` read-only for the duration of the ``with`` block.

    Read-only handles do not block a running build, load or update, nor are they blocked by one.
    ``output`` may also be a SPARQL server (:class:`kgraph.endpoint.Endpoint`).

    Raises:
        StoreError: no store in ``output`` (hint: run ``kgraph build``), or it cannot be opened.
    """
    if not isinstance(output, Path):
        from kgraph import endpoint

        with endpoint.session(output) as remote:
            yield remote
        return
    reader = _kept.get(output.resolve()) if _kept else None
    session = reader.session() if reader is not None else Session(_open_read_only(output), output)
    try:
        yield session
    finally:
        session.close()


@contextmanager
def writing(output: Location) -> Iterator[AnySession]:
    """Open the store in ``output`` for writing (creating it if needed), holding the writer lock.

    Raises:
        StoreError: another process writes to ``output``, or the store cannot be opened.
    """
    if not isinstance(output, Path):
        from kgraph import endpoint

        with endpoint.session(output) as remote:
            yield remote
        return
    with _write_lock(output):
        _recover(output)
        session = Session(_open_writable(output / STORE_DIR, output), output)
        try:
            yield session
        finally:
            session.close()


# ---------------------------------------------------------------------------------------------
# Writing: replace (the build) and add_files (kgraph load)


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
        """Add N-Triples to the named graph ``GRAPH_IRI + name`` (duplicates are stored once).

        Raises:
            StoreError: the graph name is invalid, or a term the store rejects.
        """
        _check_graph_name(name)
        try:
            self._get().bulk_load(
                ntriples, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri(name))
            )
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
            store.flush()
            del store  # close it before the rename
            live, old = output / STORE_DIR, output / _OLD_DIR
            if live.exists():
                os.rename(live, old)
            os.rename(new, live)
            _fsync_dir(output)
            if old.is_dir():
                shutil.rmtree(old)
            elif old.exists():
                old.unlink()  # a file where the store should be: replaced, like a store
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
            store.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=graph)
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
                if store.contains_named_graph(graph):
                    store.remove_graph(graph)
                store.add_graph(graph)
                store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=graph)
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


# ---------------------------------------------------------------------------------------------
# Convenience readers


def construct(output: Location, sparql: str) -> rdflib.Graph:
    """Run a CONSTRUCT (or DESCRIBE) over the union of all graphs; return an rdflib Graph.

    The graph has kgraph's prefixes bound; the query may use them without declaring them.

    Raises:
        StoreError: no store, or it cannot be opened.
        QueryError: the query does not parse, is not CONSTRUCT/DESCRIBE, or fails.
    """
    with reading(output) as session:
        try:
            outcome = session.query(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(
                f"Invalid CONSTRUCT query: {exc}", hint="Check the query text."
            ) from exc
    if outcome.kind != "graph":
        raise QueryError(
            f"Expected a CONSTRUCT or DESCRIBE query, got {outcome.kind.upper()}.",
            hint="Use CONSTRUCT { ... } WHERE { ... }.",
        )
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.parse(data=outcome.ntriples, format="nt")
    return graph


def union_graph(output: Location) -> rdflib.Graph:
    """All graphs of the store merged into one rdflib Graph."""
    return construct(output, _UNION_TRIPLES)


def to_turtle(ntriples: bytes, *, prefixes: Mapping[str, str] | None = None) -> bytes:
    """N-Triples → Turtle in the same triple order (sort the lines first for stable output).

    pyoxigraph groups consecutive triples of a subject with ``;`` and ``,``. The prefix lines
    come in pyoxigraph's order, which is the same from run to run.

    Raises:
        ExportError: the input is not valid N-Triples.
    """
    # Declare only the prefixes the triples use: pyoxigraph writes every prefix it is given.
    used = {p: ns for p, ns in (prefixes or {}).items() if b"<" + ns.encode() in ntriples}
    try:
        quads = ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)
        data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.TURTLE, prefixes=used)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ExportError(
            f"Cannot write Turtle: {exc}", hint="This is a bug; please report it."
        ) from exc
    return data or b""


def to_trig(nquads: bytes, *, prefixes: Mapping[str, str] | None = None) -> bytes:
    """N-Quads → TriG in the same quad order (sort by graph first for one block per graph).

    Raises:
        ExportError: the input is not valid N-Quads.
    """
    used = {p: ns for p, ns in (prefixes or {}).items() if b"<" + ns.encode() in nquads}
    try:
        quads = ox.parse(nquads, ox.RdfFormat.N_QUADS)
        data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=used)
    except (SyntaxError, ValueError, OSError) as exc:
        raise ExportError(
            f"Cannot write TriG: {exc}", hint="This is a bug; please report it."
        ) from exc
    return data or b""


def dump(
    output: Location, fmt: str, *, union: bool, prefixes: Mapping[str, str] | None = None
) -> tuple[bytes, int]:
    """Open the store read-only and :meth:`Session.dump` it.

    Raises:
        StoreError: no store, or it cannot be opened.
        ExportError: see :meth:`Session.dump`.
    """
    with reading(output) as session:
        return session.dump(fmt, union=union, prefixes=prefixes)
