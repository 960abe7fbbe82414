"""SHACL validation of the graph's shape (ontology/shapes.ttl); the only module importing pySHACL.

The shapes check SCHEMA.md section 4: every statement has subject, predicate, object, provenance
and a confidence in [0, 1]; every sentence its text, offsets and document; every concept and
named thing a label; and the domains and ranges the ontology states. The ontology is mixed into
the data for the check, so ``crm:Employee crm:worksFor X`` passes because Employee is a kind of
Person.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kgraph import ontology, store
from kgraph.errors import KgraphError
from kgraph.query import display
from kgraph.store import Term

SHAPES_IRI = "https://w3id.org/kgraph/shapes#"

_DATA_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <{onto}>) }"
_ONTOLOGY_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <{onto}> { ?s ?p ?o } }"


class ValidationError(KgraphError):
    """The shapes cannot be read, or the validator failed."""


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which shape, which node, what is wrong."""

    shape: str
    focus: str
    message: str
    value: str | None = None
    severity: str = "Violation"


@dataclass(frozen=True, slots=True)
class Group:
    """The violations of one shape with one message."""

    shape: str
    message: str
    focus: tuple[str, ...]
    values: tuple[str | None, ...]

    @property
    def count(self) -> int:
        return len(self.focus)


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """What :func:`validate_graph` found, in a stable order (by shape, message, focus node)."""

    violations: tuple[Violation, ...]
    triples: int
    seconds: float

    @property
    def conforms(self) -> bool:
        return not self.violations

    def groups(self) -> tuple[Group, ...]:
        """Violations grouped by shape and message, the largest group first."""
        grouped: dict[tuple[str, str], list[Violation]] = defaultdict(list)
        for v in self.violations:
            grouped[(v.shape, v.message)].append(v)
        return tuple(
            Group(shape, message, tuple(v.focus for v in vs), tuple(v.value for v in vs))
            for (shape, message), vs in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )

    def summary(self) -> str:
        """One line: ``2 shape violations (2 shapes) in 2,637 triples (0.2 s)``."""
        n, shapes = len(self.violations), len({v.shape for v in self.violations})
        found = (
            "no shape violations"
            if not n
            else f"{n:,} shape violation{'s' if n != 1 else ''} "
            f"({shapes} shape{'s' if shapes != 1 else ''})"
        )
        return f"{found} in {self.triples:,} triples ({self.seconds:.1f} s)"

    def text(self, *, max_focus: int = 3) -> str:
        """The readable report: per group a header line, then up to ``max_focus`` nodes."""
        lines = []
        for group in self.groups():
            lines.append(f"{group.shape}: {group.message} ({group.count:,})")
            for focus, value in list(zip(group.focus, group.values, strict=True))[:max_focus]:
                lines.append(f"    {focus}" + (f"  value {value}" if value is not None else ""))
            if group.count > max_focus:
                lines.append(f"    ... and {group.count - max_focus:,} more")
        return "\n".join(lines) + ("\n" if lines else "")


def _name(node: Node, graph: Graph) -> str:
    if isinstance(node, URIRef):
        text = str(node)
        return text.removeprefix(SHAPES_IRI) if text.startswith(SHAPES_IRI) else _show(node)
    parent = graph.value(None, SH.property, node)
    return _name(parent, graph) if parent is not None else "(anonymous shape)"


def _show(node: Node) -> str:
    if isinstance(node, Literal):
        term = Term("literal", str(node), node.n3(), str(node.datatype or ""), node.language)
    elif isinstance(node, BNode):
        term = Term("bnode", str(node), f"_:{node}")
    else:
        term = Term("uri", str(node), f"<{node}>")
    shown = display(term)
    return shown if shown is not None else ""


def load_shapes(path: Path | None = None) -> Graph:
    """Parse the shapes file (default ``ontology/shapes.ttl``).

    Raises:
        ValidationError: the file is missing or does not parse.
    """
    path = path or ontology.SHAPES_FILE
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise ValidationError(
            f"Shapes file '{path}' is missing.", hint="Restore ontology/shapes.ttl."
        ) from exc
    except Exception as exc:  # rdflib raises several parser exception types
        raise ValidationError(
            f"Shapes file '{path}' does not parse: {exc}", hint="Fix its Turtle syntax."
        ) from exc


def validate_graph(
    data: Graph, *, ontology_graph: Graph | None = None, shapes: Graph | None = None
) -> ValidationReport:
    """Check ``data`` against the shapes, with the ontology mixed in (``data`` is not changed).

    Args:
        data: the graph to check (the build's extracted graph, or the store's data graphs).
        ontology_graph: the TBox for class and concept hierarchies (default: ``ontology/crm.ttl``).
        shapes: the shapes graph (default: ``ontology/shapes.ttl``).

    Raises:
        ValidationError: the shapes cannot be read, or pySHACL fails.
        OntologyError: the ontology cannot be loaded.
    """
    import pyshacl

    started = time.perf_counter()
    shapes = shapes if shapes is not None else load_shapes()
    onto = ontology_graph if ontology_graph is not None else ontology.load()
    # Mix the whole TBox in ourselves: pySHACL's ont_graph mix-in copies only some of it (not,
    # for example, the rdf:type of the crm:State individuals).
    mixed = Graph()
    mixed += data
    mixed += onto
    try:
        _, results, _ = pyshacl.validate(
            mixed, shacl_graph=shapes, inference="none", allow_warnings=True, inplace=True
        )
    except Exception as exc:  # pySHACL raises its own and rdflib's exception types
        raise ValidationError(
            f"SHACL validation failed: {exc}", hint="Check the shapes file."
        ) from exc
    violations = sorted(_violations(results, shapes), key=lambda v: (v.shape, v.message, v.focus))
    return ValidationReport(tuple(violations), len(data), time.perf_counter() - started)


def _violations(results: Graph, shapes: Graph) -> Iterable[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        message = shapes.value(source, SH.message) if source is not None else None
        if message is None:
            message = results.value(result, SH.resultMessage)
        yield Violation(
            shape=_name(source, shapes) if source is not None else "(unknown shape)",
            focus=_show(focus) if focus is not None else "",
            message=str(message or "violation"),
            value=_show(value) if value is not None and value != focus else None,
            severity=str(severity).removeprefix(str(SH)) if severity is not None else "Violation",
        )


def validate(output: Path, *, shapes: Path | None = None) -> ValidationReport:
    """Check the store in ``output``: every graph but the ontology, with the ontology mixed in.

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
        ValidationError: the shapes cannot be read, or pySHACL fails.
    """
    onto = store.graph_iri("ontology")
    data = store.construct(output, _DATA_QUERY.replace("{onto}", onto))
    onto_graph = store.construct(output, _ONTOLOGY_QUERY.replace("{onto}", onto))
    if not len(onto_graph):
        onto_graph = ontology.load()
    return validate_graph(data, ontology_graph=onto_graph, shapes=load_shapes(shapes))


def validate_extracted(output: Path) -> ValidationReport:
    """Check only the build's extracted graph in ``output`` against the shapes (what build runs).

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
        ValidationError: the shapes cannot be read, or pySHACL fails.
    """
    extracted = store.graph_iri("extracted")
    data = store.construct(
        output, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{extracted}> {{ ?s ?p ?o }} }}"
    )
    return validate_graph(data)
