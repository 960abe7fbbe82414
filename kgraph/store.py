"""The embedded graph store (pyoxigraph): the only module that imports pyoxigraph.

An output folder holds:

- ``store/``: the live store, one named graph per source: ``GRAPH_IRI + "extracted"`` and
  ``GRAPH_IRI + "ontology"`` (written by the build) and ``GRAPH_IRI + "loaded/<file>"`` (one per
  file added with ``kgraph load``), ``GRAPH_IRI + "updated"`` (what an update inserted into the
  default graph alone), and as its default graph their union; ``store/kgraph-format`` says so;
- ``.store.new/`` and ``.store.old/``: transient, while :func:`replace` (or the one-time upgrade
  of an older store) swaps a new store in; ``.store.checkpoint/`` while an update runs;
- ``.kgraph.lock``: writers (:func:`replace`, :func:`add_files`, :meth:`Session.update`) hold an
  exclusive lock on it, so two writers never interleave. Readers take no lock: they open the store
  read-only, which pyoxigraph allows while another process has it open for writing.

A rebuild (:func:`replace`) replaces every graph except the loaded ones, which it copies into the
new store: files added with ``kgraph load`` survive ``kgraph build``. Data written to other graphs
with ``kgraph query --allow-update`` does not.

The default graph is the union of the named graphs, kept so by every writer
(:mod:`kgraph.storeunion`): a SPARQL query reads it as any default graph, each triple once.

This module owns sessions on the store (query, update, dump) and re-exports what the rest of
kgraph uses from the modules it is split into: :mod:`kgraph.storefolder` (the folder, the lock,
opening), :mod:`kgraph.storeload` (the build's new store, ``kgraph load``, graph names) and
:mod:`kgraph.reader` (a store kept open across queries).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union

import pyoxigraph as ox
import rdflib

from kgraph import reader as _reader
from kgraph import storeorder, storeunion
from kgraph.errors import ExportError, QueryError, StoreError
from kgraph.reader import Reader, keep_open
from kgraph.storefolder import (
    STORE_DIR,
    _damaged,
    _open_live_writable,
    _open_read_only,
    _recover,
    _write_lock,
    exists,
    store_path,
)
from kgraph.storeload import (
    LOADABLE_SUFFIXES,
    LOADED_PREFIX,
    LoadedFile,
    Loader,
    LoadReport,
    _sorted_lines,
    add_files,
    graph_iri,
    loaded_graph_name,
    rebuilding,
    replace,
)
from kgraph.vocab import PREFIXES

if TYPE_CHECKING:
    from kgraph.endpoint import Endpoint, EndpointSession

__all__ = [
    "LOADABLE_SUFFIXES", "LOADED_PREFIX", "STORE_DIR", "AnySession", "LoadReport", "LoadedFile",
    "Loader", "Location", "Outcome", "Reader", "Session", "Term", "add_files", "as_stored",
    "construct", "dump", "exists", "graph_iri", "in_memory", "keep_open", "loaded_graph_name",
    "reading", "rebuilding", "replace", "sorted_lines", "store_path", "to_trig", "to_turtle",
    "union_graph", "union_text", "writing",
]  # fmt: skip

Location = Union[Path, "Endpoint"]  # noqa: UP007 - "Endpoint" is only a name at run time
"""Where a graph lives: an output folder (the embedded store) or a SPARQL server."""
AnySession = Union["Session", "EndpointSession"]  # noqa: UP007

log = logging.getLogger(__name__)

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
    get = seen.get

    def convert(node: object) -> Term:
        term = seen[node] = _term(node)
        return term

    return tuple(
        tuple([get(node) or (None if node is None else convert(node)) for node in solution])
        for solution in solutions
    )


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
            storeunion.add(memory, ox.NamedNode(iri), data)
        except SyntaxError as exc:
            raise StoreError(
                f"The graph <{iri}> from the server does not parse: {exc}",
                hint="Check the server's N-Triples output.",
            ) from exc
    return Session(memory)


_NAMES_GRAPHS = re.compile(r"\b(?:GRAPH|FROM)\b", re.IGNORECASE)
"""Words without which a query reads only the default graph (over-matching is harmless)."""


class Session:
    """An open store: run SPARQL, dump it, count it. From :func:`reading` or :func:`writing`.

    With ``union``, queries that name no graph (no ``GRAPH``, no ``FROM``) and exports of the
    union read ``union`` instead: an in-memory store holding the default graph alone
    (:class:`Reader` with ``memory=True``), where they run as fast as on a store holding nothing
    else; everything else reads ``store``.
    """

    def __init__(
        self, store: ox.Store, output: Path | None = None, *, union: ox.Store | None = None
    ) -> None:
        self._store: ox.Store | None = store
        self._output = output
        self._union = union

    def _get(self) -> ox.Store:
        if self._store is None:
            raise StoreError(
                "The store session is closed.", hint="Use the store inside its `with` block."
            )
        return self._store

    def _get_union(self) -> ox.Store:
        store = self._get()
        return self._union if self._union is not None else store

    def close(self) -> None:
        """Drop the handle; pyoxigraph closes the store when its last reference goes."""
        self._store = None
        self._union = None

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> Outcome:
        """Run a SPARQL query; its default graph is the union of all graphs.

        Args:
            sparql: the query text.
            prefixes: prefixes predeclared for the query (its own PREFIX lines win).

        Raises:
            SyntaxError: pyoxigraph's parser error; its message starts "error at LINE:COLUMN:".
            QueryError: the query failed while running.
        """
        try:
            store = self._get() if _NAMES_GRAPHS.search(sparql) else self._get_union()
            if self._output is not None and store is self._store:
                # On disk: a top-level ORDER BY is sorted in memory (kgraph.storeorder).
                result = storeorder.query(store, sparql, prefixes or {})
            else:
                result = store.query(sparql, prefixes=dict(prefixes or {}))
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
        """Run a SPARQL UPDATE in one transaction (a session from :func:`writing` only), then
        make the default graph the union of the named graphs again (:func:`storeunion.updating`:
        a write to the default graph is a write to the union).

        Raises:
            SyntaxError: pyoxigraph's parser error, as for :meth:`query`.
            QueryError: the update failed while running.
        """
        store = self._get()

        def run() -> None:
            store.update(sparql, prefixes=dict(prefixes or {}))

        try:
            if self._output is None:  # an in-memory store: the copy before is the checkpoint
                before = ox.Store()
                before.bulk_extend(store)
                run()
                storeunion.reconcile(store, before)
            else:
                storeunion.updating(store, self._output / STORE_DIR, run)
        except (OSError, RuntimeError, ValueError) as exc:
            raise _damaged(exc, self._output) or QueryError(
                f"The update failed: {exc}", hint="Check the update's syntax and graphs."
            ) from exc

    def graphs(self) -> list[str]:
        """The IRIs of the store's named graphs, sorted."""
        return sorted(g.value for g in self._get().named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        """The number of quads in the store's named graphs."""
        store = self._get()
        return len(store) - _default_triples(store)

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
                nquads, count = _sorted_lines(_named_nquads(store))
                if rdf_format == ox.RdfFormat.N_QUADS:
                    return nquads, count
                quads = ox.parse(nquads, ox.RdfFormat.N_QUADS)
                return ox.serialize(quads, format=rdf_format, prefixes=prefix_map) or b"", count
            store = self._get_union()
            if rdf_format == ox.RdfFormat.N_TRIPLES:
                return _sorted_lines(_union_ntriples(store))
            # The default graph is the union, each triple once, in the store's index order
            # (content only).
            data = store.dump(format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefix_map)
            return data or b"", _default_triples(store)
        except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
            raise _damaged(exc, self._output) or ExportError(
                f"Cannot write the graph as {rdf_format.name}: {exc}",
                hint="Try another format, e.g. --format nt.",
            ) from exc

    def union_text(self) -> str:
        """The triples of all graphs as N-Triples text, unsorted, each once: what :meth:`dump`
        sorts for ``"nt"``, for writers that sort it themselves."""
        try:
            return _union_ntriples(self._get_union()).decode("utf-8")
        except (OSError, RuntimeError, ValueError) as exc:
            raise _damaged(exc, self._output) or ExportError(
                f"Cannot read the graph: {exc}", hint="Try again; rebuild the store if it fails."
            ) from exc


def _union_ntriples(store: ox.Store) -> bytes:
    """The default graph (the union, each triple once) dumped as N-Triples in Rust; most of the
    time is the store decoding its strings (~5 µs a quad)."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""


def _named_nquads(store: ox.Store) -> bytes:
    """The named graphs as N-Quads (the default graph, their union, left out): each graph dumped
    as N-Triples with its name put before the final `` .`` of every line (a raw newline in
    N-Triples only ends a line)."""
    parts = []
    for graph in sorted(store.named_graphs(), key=str):
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
        parts.append(data.replace(b" .\n", f" {graph} .\n".encode()))
    return b"".join(parts)


def _default_triples(store: ox.Store) -> int:
    """The number of triples in the default graph (the union)."""
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        term = solution[0]
        return int(term.value) if isinstance(term, ox.Literal) else 0
    return 0


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
    reader = _reader._kept.get(output.resolve()) if _reader._kept else None
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
        session = Session(_open_live_writable(output), output)
        try:
            yield session
        finally:
            session.close()


# ---------------------------------------------------------------------------------------------
# Convenience readers


def construct(output: Location, sparql: str) -> rdflib.Graph:
    """Run a CONSTRUCT (or DESCRIBE) over the store (default graph: the union of all graphs);
    return an rdflib Graph.

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
