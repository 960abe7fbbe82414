"""Exporters: the registry of output formats and the functions that write the store in one of them.

Built-ins register through the same ``@exporters.register(name)`` API a third-party package uses
(or its ``kgraph.exporters`` entry point). Every exporter's output is deterministic: the same
store gives the same bytes.

| name | suffixes | what |
|---|---|---|
| turtle | .ttl | union of all graphs; sorted, longturtle layout (:mod:`kgraph.turtle`) |
| nt | .nt | union; sorted, deduplicated lines |
| nq | .nq | a named graph per document, concepts, ontology, loaded files (:mod:`kgraph.datasets`) |
| trig | .trig | the same dataset as nq, one block per graph |
| jsonld | .jsonld, .json | union; compact, embedding ``ontology/context.jsonld`` |
| xml | .rdf, .owl, .xml | union; RDF/XML |
| graphml | .graphml | concepts and relations (:mod:`kgraph.network`) for Gephi, yEd, networkx |
| gexf | .gexf | the same network in Gephi's GEXF 1.2 |
| csv | .zip | the network as ``nodes.csv`` + ``edges.csv`` for ``neo4j-admin database import`` |

csv writes a zip archive of the two files, or the files themselves into a folder when ``-o``
names a folder (or a path without ``.zip``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import rdflib
from rdflib import BNode

from kgraph import store
from kgraph.errors import ExportError, UnknownPluginError
from kgraph.registry import Registry
from kgraph.vocab import PREFIXES

DEFAULT_FORMAT = "turtle"


class Exporter(Protocol):
    """An output format.

    Attributes:
        name: the registry name (``--format NAME``).
        suffixes: file suffixes that select it (``-o graph.nt``), with the dot.
        media_type: the IANA media type of the output.
    """

    @property
    def name(self) -> str: ...

    @property
    def suffixes(self) -> tuple[str, ...]: ...

    @property
    def media_type(self) -> str: ...

    def write(self, output: store.Location, out: BinaryIO) -> int:
        """Write the store in ``output`` to ``out``; return the number of triples (quads) written.

        Raises:
            StoreError: no store, or it cannot be opened.
            ExportError: the graph cannot be written in this format.
        """
        ...


exporters: Registry[Exporter] = Registry("exporter", "kgraph.exporters")


# ---------------------------------------------------------------------------------------------
# Built-ins


def _prefixed_graph(source: rdflib.Graph) -> rdflib.Graph:
    """A copy of ``source`` with only kgraph's prefixes bound (the caller's graph is untouched)."""
    graph = rdflib.Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph += source
    return graph


def _has_blank_nodes(graph: rdflib.Graph) -> bool:
    return any(isinstance(s, BNode) or isinstance(o, BNode) for s, _, o in graph)


def turtle_bytes(graph: rdflib.Graph, *, copy: bool = True) -> bytes:
    """``graph`` as pretty, deterministic Turtle with kgraph's prefixes.

    rdflib's ``longturtle`` sorts subjects and predicates; ``canon=True`` additionally renames
    blank nodes canonically, but costs ~3.5× the time, so it is used only when there are blank
    nodes (without them the two outputs are identical).

    Args:
        graph: the graph to write.
        copy: if ``graph`` lacks some of kgraph's prefixes, bind them on a copy, leaving
            ``graph`` untouched; pass False to bind them on ``graph`` itself.
    """
    predicates = sorted({str(p) for p in graph.predicates(unique=True)})
    bound = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
    ready = all(bound.get(p) == ns for p, ns in PREFIXES.items()) and all(
        _has_prefix(graph, p) for p in predicates
    )
    if not ready:  # the build's graphs are ready: they bind kgraph's prefixes and use no others
        if copy:
            graph = _prefixed_graph(graph)
        else:
            for prefix, namespace in PREFIXES.items():
                graph.bind(prefix, namespace, override=True, replace=True)
        # longturtle invents ns1, ns2 ... for unbound predicate namespaces in the graph's
        # iteration order, which changes with PYTHONHASHSEED; inventing them here in sorted
        # order keeps the bytes stable from run to run.
        for predicate in predicates:
            with contextlib.suppress(ValueError, KeyError):
                graph.namespace_manager.compute_qname(predicate, generate=True)
    return graph.serialize(format="longturtle", canon=_has_blank_nodes(graph), encoding="utf-8")


def _has_prefix(graph: rdflib.Graph, iri: str) -> bool:
    try:
        graph.namespace_manager.compute_qname(iri, generate=False)
    except (ValueError, KeyError):
        return False
    return True


def write_turtle(graph: rdflib.Graph, path: Path) -> None:
    """Write ``graph`` to ``path`` as deterministic Turtle, atomically (temp file + rename).

    Raises:
        ExportError: the file cannot be written.
    """
    data = turtle_bytes(graph)
    _atomic_write(path, lambda out: out.write(data))


@dataclass(frozen=True, slots=True)
class TurtleExporter:
    """The union of all graphs as one Turtle document: the store's sorted N-Triples rewritten by
    :mod:`kgraph.turtle` (longturtle's layout, ~50× faster than rdflib's serialisers).

    After a build, while no writer has touched the store since, the export is the file the build
    wrote from the same triples in the store's form (``.export.ttl``, :mod:`kgraph.snapshot`),
    copied as it is: the same bytes as reading the store, without reading it. After ``kgraph
    load``, ``kgraph query --allow-update`` or any other write, and for a SPARQL server
    (``--store URL``), the store is read and the Turtle written anew.
    """

    name: str = "turtle"
    suffixes: tuple[str, ...] = (".ttl",)
    media_type: str = "text/turtle"

    def write(self, output: store.Location, out: BinaryIO) -> int:
        from kgraph import snapshot

        if isinstance(output, Path):
            ready = snapshot.opened(output, store.store_path(output))
            if ready is not None:
                handle, count = ready
                with handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
                return count
        return self.write_from_store(output, out)

    def write_from_store(self, output: store.Location, out: BinaryIO) -> int:
        """The full path: read the union of the store's graphs, sort it, write its Turtle."""
        from kgraph import turtle

        text = store.union_text(output)
        lines = turtle.sorted_unique(text)
        try:
            for chunk in turtle.chunks(lines, turtle.used_prefixes(text, PREFIXES)):
                out.write(chunk.encode("utf-8"))
        except ValueError as exc:
            raise ExportError(
                f"Cannot write Turtle: {exc}", hint="This is a bug; please report it."
            ) from exc
        return len(lines)


@dataclass(frozen=True, slots=True)
class StoreExporter:
    """A format pyoxigraph writes straight from the store (fast: no rdflib graph in between).

    Attributes:
        dump_format: the store's name for the format ("nt", "nq", "trig", "jsonld", "rdf").
        union: merge all graphs into one (else keep the named graphs).
    """

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    dump_format: str
    union: bool

    def write(self, output: store.Location, out: BinaryIO) -> int:
        data, count = store.dump(output, self.dump_format, union=self.union, prefixes=PREFIXES)
        out.write(data)
        return count


@exporters.register("turtle")
def _turtle() -> Exporter:
    return TurtleExporter()


@exporters.register("nt")
def _nt() -> Exporter:
    return StoreExporter("nt", (".nt",), "application/n-triples", "nt", union=True)


@dataclass(frozen=True, slots=True)
class DatasetExporter:
    """The store as a dataset with one named graph per document (:mod:`kgraph.datasets`)."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    unit: str = "quads"

    def write(self, output: store.Location, out: BinaryIO) -> int:
        from kgraph import datasets

        data, count = datasets.trig(output) if self.name == "trig" else datasets.nquads(output)
        out.write(data)
        return count


@exporters.register("nq")
def _nq() -> Exporter:
    return DatasetExporter("nq", (".nq",), "application/n-quads")


@exporters.register("trig")
def _trig() -> Exporter:
    return DatasetExporter("trig", (".trig",), "application/trig")


@dataclass(frozen=True, slots=True)
class JsonLdExporter:
    """The union of all graphs as compact JSON-LD with kgraph's context embedded."""

    name: str = "jsonld"
    suffixes: tuple[str, ...] = (".jsonld", ".json")
    media_type: str = "application/ld+json"

    def write(self, output: store.Location, out: BinaryIO) -> int:
        from kgraph import jsonld, ontology

        graph = store.union_graph(output)
        out.write(jsonld.dumps(graph, ontology.jsonld_context()))
        return len(graph)


@exporters.register("jsonld")
def _jsonld() -> Exporter:
    return JsonLdExporter()


@exporters.register("xml")
def _xml() -> Exporter:
    return StoreExporter("xml", (".rdf", ".owl", ".xml"), "application/rdf+xml", "rdf", union=True)


@dataclass(frozen=True, slots=True)
class NetworkExporter:
    """Concepts as nodes and relations as edges (:mod:`kgraph.network`); counts edges."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    unit: str = "relations"

    def write(self, output: store.Location, out: BinaryIO) -> int:
        from kgraph import network

        net = network.load(output)
        if self.name == "graphml":
            network.write_graphml(net, out)
        elif self.name == "gexf":
            network.write_gexf(net, out)
        else:
            network.write_zip(network.csv_files(net), out)
        return len(net.edges)

    def write_folder(self, output: Path, folder: Path) -> int:
        """Write ``nodes.csv`` and ``edges.csv`` into ``folder`` (csv only), each atomically."""
        from kgraph import network

        net = network.load(output)
        for name, data in network.csv_files(net).items():
            _atomic_write(folder / name, _writer(data))
        return len(net.edges)


@exporters.register("graphml")
def _graphml() -> Exporter:
    return NetworkExporter("graphml", (".graphml",), "application/graphml+xml")


@exporters.register("gexf")
def _gexf() -> Exporter:
    return NetworkExporter("gexf", (".gexf",), "application/gexf+xml")


@exporters.register("csv")
def _csv() -> Exporter:
    return NetworkExporter("csv", (".zip",), "application/zip")


RDF_FORMATS = ("jsonld", "nq", "nt", "trig", "turtle", "xml")
"""The built-in exporters that write RDF (the others write a network of concepts)."""


def unit(name: str) -> str:
    """What the exporter's count counts: "triples" (the default), "quads" or "relations"."""
    return str(getattr(exporters.get(name), "unit", "triples"))


# ---------------------------------------------------------------------------------------------
# Choosing and running an exporter


def _by_suffix() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in exporters.names():
        for suffix in exporters.get(name).suffixes:
            table.setdefault(suffix.lower(), name)
    return table


def choose(fmt: str | None, path: Path | None) -> str:
    """The exporter to use: ``fmt`` if given, else the one ``path``'s suffix selects, else turtle.

    Raises:
        UnknownPluginError: ``fmt`` names no exporter, or ``path`` has a suffix no exporter claims;
            the message lists the available names (and suffixes).
    """
    if fmt is not None:
        name = fmt.strip().lower()
        exporters.get(name)  # raises with the list of names
        return name
    if path is None or not path.suffix:
        return DEFAULT_FORMAT
    suffixes = _by_suffix()
    try:
        return suffixes[path.suffix.lower()]
    except KeyError:
        names = ", ".join(exporters.names())
        known = " ".join(sorted(suffixes))
        raise UnknownPluginError(
            f"Cannot tell the export format from '{path.name}'. "
            f"Available: {names} (suffixes: {known})",
            hint=f"Pass --format with one of: {names}",
        ) from None


def export(output: store.Location, name: str, out: BinaryIO) -> int:
    """Write the store in ``output`` to ``out`` with the exporter ``name``; return the triple count.

    Raises:
        UnknownPluginError: no exporter is called ``name``.
        StoreError: no store, or it cannot be opened.
        ExportError: the graph cannot be written in this format, or ``out`` cannot be written.
    """
    exporter = exporters.get(name)
    try:
        return exporter.write(output, out)
    except OSError as exc:
        raise ExportError(
            f"Cannot write the {name} export: {exc}", hint="Check the destination."
        ) from exc


def export_to_path(output: store.Location, name: str, path: Path) -> int:
    """Like :func:`export`, into ``path``, atomically: a failed export leaves ``path`` untouched.

    An exporter with a ``write_folder`` method (csv) writes its files into ``path`` when ``path``
    is a folder or has none of the exporter's suffixes (``-o neo4j/``); with a suffix of its own
    (``-o graph.zip``) it writes one archive.

    Raises:
        as :func:`export`; ExportError also when ``path`` cannot be written.
    """
    exporter = exporters.get(name)
    write_folder = getattr(exporter, "write_folder", None)
    if write_folder is not None and (path.is_dir() or path.suffix.lower() not in exporter.suffixes):
        if path.exists() and not path.is_dir():
            raise ExportError(
                f"'{path}' is a file, but the {name} export writes a folder of files.",
                hint=f"Give a folder, or a path ending in {' or '.join(exporter.suffixes)}.",
            )
        return int(write_folder(output, path))
    counted: list[int] = []
    _atomic_write(path, lambda out: counted.append(exporter.write(output, out)))
    return counted[0]


def _writer(data: bytes) -> Callable[[BinaryIO], object]:
    return lambda out: out.write(data)


@contextlib.contextmanager
def ontology_store(name: str) -> Iterator[Path]:
    """A temporary output folder whose store holds only the ontology (``ontology/crm.ttl``).

    ``kgraph export --ontology`` exports from it, so the TBox goes through the same exporters as
    the graph (and needs no build).

    Raises:
        ExportError: ``name`` is not an RDF format (graphml, gexf and csv draw relations between
            concepts, which the ontology alone does not have).
        OntologyError: the ontology cannot be loaded.
    """
    from kgraph import ontology

    exporters.get(name)
    if name not in RDF_FORMATS:
        raise ExportError(
            f"The ontology cannot be exported as {name}: it is not an RDF format.",
            hint=f"Use one of: {', '.join(RDF_FORMATS)}",
        )
    with tempfile.TemporaryDirectory(prefix="kgraph-ontology-") as tmp:
        store.replace(Path(tmp), {"ontology": ontology.load()})
        yield Path(tmp)


def _atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Run ``write`` on a temp file next to ``path``, then rename it over ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportError(
            f"Cannot write '{path}': {exc.strerror or exc}",
            hint="Check that the folder exists and is writable, and that the disk has space.",
        ) from exc
    finally:
        with contextlib.suppress(OSError):  # cleanup only: the error above is the one to report
            tmp.unlink(missing_ok=True)
