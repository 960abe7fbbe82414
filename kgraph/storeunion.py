"""The store's default graph as the union of its named graphs: kept true by every writer, so
queries read one graph, without pyoxigraph's union-of-quads view (which repeats a triple held by
two graphs; the joins of bench/bench_query.py run 1.2-1.6x faster on the default graph).

- The build writes each batch into its named graph and into the default graph (:func:`add`).
- ``kgraph load`` replacing a file's graph removes from the default graph only the triples no
  other named graph holds (:func:`drop_graph`: one index lookup per removed triple).
- ``kgraph query --allow-update`` runs on a store whose default graph is the union; afterwards
  :func:`reconcile` compares with a checkpoint taken just before (RocksDB hard links, cheap) and
  restores the invariant: a triple the update put in a named graph joins the default graph; one it
  deleted from the default graph (the union) is deleted from every named graph; one it deleted
  from every named graph leaves the default graph; one it inserted into the default graph alone is
  kept in the named graph :data:`UPDATED`.

The store's folder holds :data:`FORMAT_FILE`, written once the invariant holds. A store made
before this format (no file: queries read the union of quads then, the default graph held only
what updates put there) is upgraded the first time kgraph opens it (:func:`upgrade`, into a new
store swapped in as a build's is): what its default graph held moves to :data:`UPDATED`, and the
default graph is filled from the named graphs. An update that did not finish leaves the file
saying so, and the next open re-derives the default graph. Used by :mod:`kgraph.storefolder`,
:mod:`kgraph.storeload` and :mod:`kgraph.store`.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from kgraph.vocab import GRAPH_IRI

log = logging.getLogger(__name__)

FORMAT_FILE = "kgraph-format"
"""In the store's folder: ``union 1`` when the default graph is the union of the named graphs."""
FORMAT = "union 1"
_UPDATING = "updating"
CHECKPOINT_DIR = ".store.checkpoint"
"""Next to the live store, while an update runs: the store as it was before."""
UPDATED = GRAPH_IRI + "updated"
"""The named graph of triples an update inserted into the default graph alone."""

_DEFAULT = ox.DefaultGraph()
_NT = ox.RdfFormat.N_TRIPLES


def is_current(store_dir: Path) -> bool:
    """Whether the store in ``store_dir`` has its default graph as the union (a ``stat`` and a
    small read)."""
    try:
        return (store_dir / FORMAT_FILE).read_text(encoding="ascii").strip() == FORMAT
    except OSError:
        return False


def mark(store_dir: Path, state: str = FORMAT) -> None:
    """Write the format file (call once the default graph is the union).

    Raises:
        OSError: it cannot be written.
    """
    tmp = store_dir / f".{FORMAT_FILE}.tmp"
    tmp.write_text(state + "\n", encoding="ascii")
    os.replace(tmp, store_dir / FORMAT_FILE)


def add(store: ox.Store, graph: ox.NamedNode, ntriples: bytes) -> None:
    """Bulk-load N-Triples into ``graph`` and into the default graph.

    Without blank nodes, both are Rust bulk loads of the bytes. With blank nodes, the text is
    parsed once and the same quads go to both graphs, since a bulk load names blank nodes anew at
    each call (the default graph's ``_:b`` must be the named graph's).

    Raises:
        SyntaxError: the text does not parse.
    """
    if b"_:" not in ntriples:
        store.bulk_load(ntriples, _NT, to_graph=graph)
        store.bulk_load(ntriples, _NT, to_graph=_DEFAULT)
        return
    triples = [q.triple for q in ox.parse(ntriples, _NT)]
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT) for t in triples)


def extend(store: ox.Store, graph: ox.NamedNode, ntriples: bytes) -> None:
    """Add N-Triples to ``graph`` and to the default graph in one transaction: for a store that
    readers may have open (a bulk load writes and compacts files under them).

    Raises:
        SyntaxError: the text does not parse.
    """
    triples = [q.triple for q in ox.parse(ntriples, _NT)]
    store.extend(
        [ox.Quad(t.subject, t.predicate, t.object, g) for g in (graph, _DEFAULT) for t in triples]
    )


def _held_elsewhere(store: ox.Store, triple: ox.Triple, graph: ox.NamedNode | None) -> bool:
    """Whether a named graph other than ``graph`` holds ``triple`` (the default graph aside)."""
    for quad in store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None):
        if not isinstance(quad.graph_name, ox.DefaultGraph) and quad.graph_name != graph:
            return True
    return False


def drop_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    """Remove the named graph ``graph``, and from the default graph the triples that no other
    named graph holds."""
    if not store.contains_named_graph(graph):
        return
    orphans = [
        quad.triple
        for quad in store.quads_for_pattern(None, None, None, graph)
        if not _held_elsewhere(store, quad.triple, graph)
    ]
    store.remove_graph(graph)
    for t in orphans:
        store.remove(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))


def upgrade(old: ox.Store, new: ox.Store, old_dir: Path) -> None:
    """Write into the empty store ``new`` the named graphs of ``old`` and, as its default graph,
    their union (then compact it; the caller marks it and swaps it in).

    ``old`` is a store of the earlier format, whose default graph held what updates put there:
    that is kept, in :data:`UPDATED`. Or it is a store whose update was cut short (its format file
    says so): its default graph is derived again from the named graphs.

    Raises:
        OSError: a store cannot be read or written.
    """
    try:
        state = (old_dir / FORMAT_FILE).read_text(encoding="ascii").strip()
    except OSError:
        state = ""
    graphs: list[ox.NamedNode | ox.BlankNode] = list(old.named_graphs())
    for graph in graphs:
        if isinstance(graph, ox.NamedNode):
            add(new, graph, old.dump(format=_NT, from_graph=graph) or b"")
        else:  # a blank node graph name: not one of kgraph's, kept as it is
            new.bulk_extend(old.quads_for_pattern(None, None, None, graph))
            new.bulk_extend(
                ox.Quad(q.subject, q.predicate, q.object, _DEFAULT)
                for q in old.quads_for_pattern(None, None, None, graph)
            )
    if state != _UPDATING:
        default = old.dump(format=_NT, from_graph=_DEFAULT) or b""
        if default:
            log.info("Keeping the old default graph's triples in <%s>", UPDATED)
            add(new, ox.NamedNode(UPDATED), default)
    new.optimize()
    new.flush()


def _rows(store: ox.Store, sparql: str) -> list[ox.Triple]:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    triples = []
    for s, p, o in result:
        assert isinstance(s, ox.NamedNode | ox.BlankNode) and isinstance(p, ox.NamedNode)
        assert o is not None
        triples.append(ox.Triple(s, p, o))
    return triples


# MINUS (a hash anti-join) rather than FILTER NOT EXISTS (a lookup per triple): on the query
# bench's 800k-triple store 1.3 + 1.5 s against 2.9 + 5.6 s.
_NAMED_ONLY = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } MINUS { ?s ?p ?o } }"
_DEFAULT_ONLY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o MINUS { GRAPH ?g { ?s ?p ?o } } }"


def updating(store: ox.Store, store_dir: Path, run: Callable[[], None]) -> None:
    """Run ``run`` (an update of ``store``) and then :func:`reconcile` the default graph.

    The format file says "updating" meanwhile: if the process dies before the end, the next
    open re-derives the default graph from the named graphs (:func:`upgrade`).

    Raises:
        OSError: the checkpoint or the format file cannot be written.
        Whatever ``run`` raises (the store is then unchanged: an update is one transaction).
    """
    checkpoint = store_dir.parent / CHECKPOINT_DIR
    shutil.rmtree(checkpoint, ignore_errors=True)
    store.backup(str(checkpoint))
    try:
        mark(store_dir, _UPDATING)
        try:
            run()
        except BaseException:
            mark(store_dir)
            raise
        before = ox.Store.read_only(str(checkpoint))
        reconcile(store, before)
        del before
        store.flush()
        mark(store_dir)
    finally:
        shutil.rmtree(checkpoint, ignore_errors=True)


def reconcile(store: ox.Store, before: ox.Store) -> None:
    """Make the default graph of ``store`` the union of its named graphs again after an update;
    ``before`` is the store as it was before the update (see the module's docstring)."""
    updated = ox.NamedNode(UPDATED)
    for t in _rows(store, _NAMED_ONLY):
        if _held_elsewhere(before, t, None):  # removed from the union: from every graph
            _remove_all(store, store.quads_for_pattern(t.subject, t.predicate, t.object, None))
        else:  # new in a named graph
            store.add(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))
    for t in _rows(store, _DEFAULT_ONLY):
        if _held_elsewhere(before, t, None):  # removed from every named graph
            store.remove(ox.Quad(t.subject, t.predicate, t.object, _DEFAULT))
        else:  # inserted into the default graph alone
            store.add(ox.Quad(t.subject, t.predicate, t.object, updated))


def _remove_all(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    for quad in list(quads):
        store.remove(quad)
