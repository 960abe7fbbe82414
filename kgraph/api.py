"""The Python API for notebooks: :func:`build`, :func:`open` and :class:`KnowledgeGraph`.

Each method wraps the library function a CLI command wraps, with the same option names::

    import kgraph

    kg = kgraph.build("corpus", output="output")        # kgraph build corpus --output output
    kg.query("SELECT ?what WHERE { crm:Customer crm:buys ?what }").to_pandas()
    kg.to_networkx()                                     # concepts and relations, as graphml
    kg.export("output/graph.jsonld")                     # kgraph export -o output/graph.jsonld
    kg.view("output/graph.html", focus="crm:Customer")   # kgraph viz --focus crm:Customer

Everything raises :class:`~kgraph.errors.KgraphError` subclasses (with a ``hint``) and prints
nothing. pandas is optional: only :meth:`Rows.to_pandas` needs it.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import rdflib

from kgraph import pipeline, store
from kgraph.errors import KgraphError, StoreError
from kgraph.query import display
from kgraph.store import Term

if TYPE_CHECKING:
    from kgraph.render import RenderReport
    from kgraph.stats import Stats
    from kgraph.validate import ValidationReport

DEFAULT_OUTPUT = Path("output")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
        "unsignedByte",
    )
}  # fmt: skip
_FLOATS = {_XSD + "decimal", _XSD + "double", _XSD + "float"}


def value(term: Term | None) -> Any:
    """A result term as a Python value: IRIs in prefixed form (``crm:Customer``) as in the CLI's
    table, numbers as int or float, booleans as bool, other literals as their text, unbound as
    None."""
    if term is None:
        return None
    if term.kind == "literal":
        try:
            if term.datatype in _INTEGERS:
                return int(term.value)
            if term.datatype in _FLOATS:
                return float(Decimal(term.value))
        except ValueError:
            return term.value
        if term.datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return display(term)


@dataclass(frozen=True, slots=True)
class Rows(Sequence[dict[str, Any]]):
    """The rows of a SELECT query: a sequence of ``{variable: value}`` dicts.

    Attributes:
        variables: the SELECT variables, without ``?``.
        terms: the same rows as typed terms (full IRIs, datatypes, language tags).
    """

    variables: tuple[str, ...]
    terms: tuple[tuple[Term | None, ...], ...]

    def __len__(self) -> int:
        return len(self.terms)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self._row(row) for row in self.terms[index]]
        return self._row(self.terms[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self._row(row) for row in self.terms)

    def _row(self, row: tuple[Term | None, ...]) -> dict[str, Any]:
        return {var: value(term) for var, term in zip(self.variables, row, strict=True)}

    def to_pandas(self) -> Any:
        """The rows as a ``pandas.DataFrame``, one column per variable.

        Raises:
            KgraphError: pandas is not installed (hint: ``pip install 'kgraph[notebook]'``).
        """
        try:
            import pandas as pd  # type: ignore[import-untyped,unused-ignore]
        except ImportError as exc:
            raise KgraphError(
                "to_pandas() needs pandas, which is not installed.",
                hint="pip install pandas (or: pip install 'kgraph[notebook]')",
            ) from exc
        return pd.DataFrame.from_records(
            [tuple(value(t) for t in row) for row in self.terms], columns=list(self.variables)
        )

    def __repr__(self) -> str:
        lines = ["\t".join(self.variables)]
        lines += ["\t".join(str(value(t)) for t in row) for row in self.terms[:20]]
        if len(self.terms) > 20:
            lines.append(f"... {len(self.terms) - 20} more rows")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(v)}</th>" for v in self.variables)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(value(t) or ''))}</td>" for t in row) + "</tr>"
            for row in self.terms[:200]
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class KnowledgeGraph:
    """A built graph in an output folder: query it, export it, draw it, hand it to networkx.

    Get one from :func:`build` or :func:`open`. It keeps the folder's store open read-only
    between calls (:class:`kgraph.store.Reader`: about 25 ms saved per query) and reopens it when
    a build, load or update has changed it, so every method reads the store as it is now. With
    ``memory=True`` it answers from an in-memory copy of the store's default graph (the union of
    its graphs) instead: several times faster on heavy queries, at about 5 s and 450 MiB per
    million triples when first used; queries with ``GRAPH`` or ``FROM`` still read the disk.

    Attributes:
        output: the output folder holding the store.
        memory: whether queries run on an in-memory copy of the store.
        report: what :func:`build` did (None for :func:`open`).
        validation: the SHACL report :func:`build` made (None if not validated).
    """

    def __init__(
        self,
        output: Path | str = DEFAULT_OUTPUT,
        *,
        report: pipeline.BuildReport | None = None,
        validation: ValidationReport | None = None,
        memory: bool = False,
    ) -> None:
        self.output = Path(output)
        self.report = report
        self.validation = validation
        self.memory = memory
        # Held for this object's lifetime: while it lives, reads of the folder reuse its handle.
        self._reader = store.keep_open(self.output, memory=memory)

    def __repr__(self) -> str:
        return f"KnowledgeGraph({str(self.output)!r})"

    def query(
        self,
        sparql: str | None = None,
        *,
        file: Path | str | None = None,
        infer: str | None = None,
        allow_update: bool = False,
    ) -> Rows | bool | rdflib.Graph | None:
        """Run SPARQL (as ``kgraph query``): the prefixes crm:, rdfs:, skos: ... are predeclared.

        Args:
            sparql: the query text (or give ``file``).
            file: a ``.rq`` file to read the query from.
            infer: answer over the "rdfs" or "owlrl" closure (computed once, then cached).
            allow_update: permit SPARQL UPDATE.

        Returns:
            :class:`Rows` for SELECT, a bool for ASK, an rdflib Graph for CONSTRUCT and
            DESCRIBE, None for an update.

        Raises:
            QueryError: no query, a syntax error (with line and column), a refused update.
            StoreError: no store in :attr:`output`.
        """
        from kgraph import query as q

        text = q.read_query(sparql, Path(file) if file is not None else None)
        result = q.run(self.output, text, allow_update=allow_update, infer=infer)
        if result.kind == "select":
            return Rows(result.variables, result.terms)
        if result.kind == "ask":
            return bool(result.boolean)
        if result.kind == "graph":
            return rdflib.Graph().parse(data=result.turtle, format="turtle")
        return None

    def to_rdflib(self) -> rdflib.Graph:
        """All graphs of the store (extracted, ontology, loaded files) merged in one rdflib Graph.

        Raises:
            StoreError: no store in :attr:`output`.
        """
        return store.union_graph(self.output)

    def to_networkx(self, *, lang: str = "en", min_confidence: float = 0.0) -> Any:
        """Concepts and relations as a ``networkx.MultiDiGraph`` (what the graphml export holds).

        Node ids are IRIs, with attributes label, kind, class and degree; edges are keyed by
        relation name, with attributes relation, confidence and count.

        Raises:
            StoreError: no store in :attr:`output`.
        """
        from kgraph import network

        return network.to_networkx(
            network.load(self.output, lang=lang, min_confidence=min_confidence)
        )

    def view(
        self,
        path: Path | str = DEFAULT_OUTPUT / "graph.html",
        *,
        lang: str = "en",
        focus: str | None = None,
        depth: int = 1,
        relation: str | Sequence[str] = (),
        min_confidence: float = 0.0,
        max_nodes: int = 1500,
        query: Path | str | None = None,
    ) -> RenderReport:
        """Write the interactive HTML view (as ``kgraph viz -o PATH``); returns what was drawn.

        Raises:
            RenderError: unknown ``lang``, ``focus`` or relation, or ``path`` is not writable.
            StoreError: no store in :attr:`output`.
            QueryError: ``query`` (a CONSTRUCT .rq file) cannot be read or fails.
        """
        from kgraph import render

        relations = (relation,) if isinstance(relation, str) else tuple(relation)
        return render.write(
            self.output, Path(path), lang=lang, min_confidence=min_confidence,
            max_nodes=max_nodes, focus=focus, depth=depth, relations=relations,
            query_file=Path(query) if query is not None else None,
        )  # fmt: skip

    def export(self, path: Path | str, format: str | None = None, *, ontology: bool = False) -> int:  # noqa: A002
        """Export to ``path`` (as ``kgraph export -o PATH``), the format from its suffix if omitted.

        Returns:
            The number of triples, quads or relations written (see ``exporters.unit``).

        Raises:
            UnknownPluginError: an unknown format, or a suffix no exporter claims.
            ExportError: the file cannot be written.
            StoreError: no store in :attr:`output`.
        """
        from contextlib import ExitStack

        from kgraph import exporters

        target = Path(path)
        name = exporters.choose(format, target)
        with ExitStack() as stack:
            source = self.output
            if ontology:
                source = stack.enter_context(exporters.ontology_store(name))
            return exporters.export_to_path(source, name, target)

    def validate(self, *, shapes: Path | str | None = None) -> ValidationReport:
        """Check the graph with the SHACL shapes (as ``kgraph validate``); never raises on
        violations: look at ``report.conforms`` and ``report.text()``.

        Raises:
            StoreError: no store in :attr:`output`.
            ValidationError: the shapes cannot be read.
        """
        from kgraph import validate

        return validate.validate(self.output, shapes=Path(shapes) if shapes is not None else None)

    def stats(self) -> Stats:
        """Counts of documents, statements, concepts, relations and graphs (as ``kgraph stats``)."""
        from kgraph import stats

        return stats.compute(self.output)


def build(
    corpus: Path | str,
    output: Path | str = DEFAULT_OUTPUT,
    *,
    extractor: str = "rules",
    min_confidence: float = 0.0,
    validate: bool = True,
) -> KnowledgeGraph:
    """Build the graph of a corpus folder into ``output`` (as ``kgraph build CORPUS --output``).

    Args:
        corpus: a folder of .txt/.md/.html documents.
        output: the folder for the store and ``graph.ttl`` (created if missing).
        extractor: the extractor to run (see ``kgraph plugins``).
        min_confidence: drop statements below this confidence.
        validate: check the extracted graph with the SHACL shapes (``kg.validation``).

    Raises:
        CorpusError: the corpus folder does not exist.
        UnknownPluginError: no extractor has that name.
        StoreError: the store cannot be written.
    """
    out = Path(output)
    report = pipeline.build(Path(corpus), out, extractor=extractor, min_confidence=min_confidence)
    checked = None
    if validate:
        from kgraph import validate as shacl

        checked = shacl.validate_extracted(out)
    return KnowledgeGraph(out, report=report, validation=checked)


def open(output: Path | str = DEFAULT_OUTPUT, *, memory: bool = False) -> KnowledgeGraph:  # noqa: A001
    """The graph already built in ``output``.

    Args:
        output: the output folder holding the store.
        memory: answer queries from an in-memory copy of the store (see :class:`KnowledgeGraph`).

    Raises:
        StoreError: ``output`` holds no store (hint: run ``kgraph build``).
    """
    out = Path(output)
    if not store.exists(out):
        raise StoreError(
            f"No graph in '{out}/': there is no store at '{out / store.STORE_DIR}'.",
            hint=f"Build one first: kgraph.build('corpus', output='{out}')",
        )
    return KnowledgeGraph(out, memory=memory)
