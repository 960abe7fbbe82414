"""SPARQL text → results: reading queries, running them over the store, rendering the results.

Queries run over the union of all named graphs, with the prefixes of :data:`kgraph.vocab.PREFIXES`
predeclared (a query's own PREFIX lines win). Error positions refer to the user's query text.
Results render as the SPARQL 1.1 CSV, TSV and JSON result formats; CONSTRUCT and DESCRIBE
results as Turtle.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar, overload

from kgraph import store
from kgraph.choices import Choice
from kgraph.errors import QueryError
from kgraph.store import Term
from kgraph.vocab import PREFIXES

__all__ = ["QueryFormat", "QueryResult", "Term", "read_query", "render", "run"]

_T = TypeVar("_T")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class QueryFormat(Choice):
    """How ``kgraph query`` prints results."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"

    @classmethod
    def described(cls) -> tuple[str, str]:
        return "query format", "--format"


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The result of :func:`run`.

    Attributes:
        kind: "select", "ask", "graph" (CONSTRUCT/DESCRIBE) or "update".
        variables: SELECT variable names, without ``?``.
        rows: SELECT rows for display: IRIs shortened with the known prefixes, literals as their
            text (``@lang`` appended when tagged), blank nodes as ``_:id``, None when unbound.
            From :func:`run`, made from ``terms`` on first use (the Python API reads only terms).
        terms: the same rows as typed terms, for the CSV/TSV/JSON renderers.
        boolean: the ASK answer.
        turtle: CONSTRUCT/DESCRIBE result as Turtle (UTF-8).
    """

    kind: Literal["select", "ask", "graph", "update"]
    variables: tuple[str, ...] = ()
    rows: Sequence[tuple[str | None, ...]] = ()
    terms: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    turtle: bytes = b""


# ---------------------------------------------------------------------------------------------
# Reading


def read_query(sparql: str | None, file: Path | None) -> str:
    """The query text, from the argument or from a ``.rq`` file (exactly one of the two).

    Raises:
        QueryError: neither or both given, the file cannot be read, or the query is empty.
    """
    if sparql is not None and file is not None:
        raise QueryError(
            "Give the query either as an argument or with --file, not both.",
            hint="Drop one of them.",
        )
    if sparql is None and file is None:
        raise QueryError(
            "No query given.",
            hint="Pass a SPARQL query as an argument, or a .rq file with --file (see queries/).",
        )
    if file is not None:
        try:
            sparql = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(
                f"Cannot read the query file '{file}': {exc.strerror or exc}",
                hint="Check the path given to --file.",
            ) from exc
        except UnicodeDecodeError as exc:
            raise QueryError(
                f"The query file '{file}' is not UTF-8 text (byte {exc.start}).",
                hint="Save it as UTF-8.",
            ) from exc
    assert sparql is not None
    if not _mask(sparql).strip():
        raise QueryError(
            "The query is empty.", hint="Write a SELECT, ASK, CONSTRUCT or DESCRIBE query."
        )
    return sparql


# ---------------------------------------------------------------------------------------------
# Lexical helpers: just enough SPARQL lexing to tell updates apart and to find prefixes.

_MASKED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.DOTALL,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<\s*>\s*)*", re.IGNORECASE)
_UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.\-]*)?:", re.IGNORECASE)
_PNAME = re.compile(r"(?<![\w\-.:?$@\\])([A-Za-z][\w.\-]*)?:(?![/])")


def _mask(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out (same length, so positions hold)."""

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.startswith("<"):
            return "<" + re.sub(r"[^\n]", " ", text[1:-1]) + ">"
        return re.sub(r"[^\n]", " ", text)

    return _MASKED.sub(blank, sparql)


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE ...)."""
    masked = _mask(sparql)
    rest = masked[_PROLOGUE.match(masked).end() :]  # type: ignore[union-attr]
    word = re.match(r"[A-Za-z]+", rest)
    return word is not None and word.group(0).upper() in _UPDATE_KEYWORDS


def form(sparql: str) -> str:
    """The query's first keyword after its prologue, upper-cased ("SELECT", "CONSTRUCT",
    "INSERT" ...), or "" if there is none."""
    masked = _mask(sparql)
    rest = masked[_PROLOGUE.match(masked).end() :]  # type: ignore[union-attr]
    word = re.match(r"[A-Za-z]+", rest)
    return word.group(0).upper() if word is not None else ""


def _position(sparql: str, offset: int) -> tuple[int, int]:
    line = sparql.count("\n", 0, offset) + 1
    column = offset - (sparql.rfind("\n", 0, offset) + 1) + 1
    return line, column


def undeclared_prefix(
    sparql: str, predeclared: Iterable[str] = PREFIXES
) -> tuple[str, int, int] | None:
    """The first prefixed name whose prefix is not declared or predeclared, with line and column."""
    masked = _mask(sparql)
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(masked)} | set(predeclared)
    for match in _PNAME.finditer(masked):
        prefix = match.group(1) or ""
        if prefix not in declared:
            line, column = _position(sparql, match.start())
            return prefix, line, column
    return None


def _split_top(text: str) -> list[str]:
    """Split pyoxigraph's "expected one of A, B, [...]" at commas outside brackets and quotes."""
    items, depth, quote, start = [], 0, "", 0
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    items.append(text[start:].strip())
    return [item for item in items if item]


def _simplify(detail: str) -> str:
    """pyoxigraph's parser message on one readable line (character classes dropped)."""
    detail = " ".join(detail.split())
    for lead in ("expected one of ", "expected "):
        if detail.startswith(lead):
            wanted = [
                item
                for item in _split_top(detail[len(lead) :])
                if not item.startswith("[") and item != "Prefix not found"
            ]
            if not wanted:
                return "unexpected text here"
            return ("expected one of " if len(wanted) > 1 else "expected ") + ", ".join(wanted)
    return detail if len(detail) <= 200 else detail[:197] + "..."


_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def _syntax_error(exc: SyntaxError, sparql: str) -> QueryError:
    message = str(exc)
    known = ", ".join(sorted(PREFIXES))
    # pyoxigraph reports where its parser got furthest, which for an undeclared prefix is often
    # further on and says "expected ..."; an undeclared prefix is the likelier cause, so name it.
    unknown = undeclared_prefix(sparql)
    if unknown is not None:
        prefix, line, column = unknown
        return QueryError(
            f"Unknown prefix '{prefix}:' at line {line}, column {column}.",
            hint=f"Declare it (PREFIX {prefix}: <...>) or use a predeclared one: {known}",
        )
    masked = _mask(sparql)
    start = _PROLOGUE.match(masked).end()  # type: ignore[union-attr]
    word = re.match(r"[A-Za-z]*", masked[start:]).group(0)  # type: ignore[union-attr]
    if word.upper() not in _QUERY_FORMS | _UPDATE_KEYWORDS:
        # pyoxigraph reports where its parser got furthest, past a misspelt first keyword
        line, column = _position(sparql, start)
        found = f"'{word}'" if word else "this"
        return QueryError(
            f"Syntax error at line {line}, column {column}: expected SELECT, ASK, CONSTRUCT or "
            f"DESCRIBE, not {found}",
            hint=f"Check the SPARQL syntax there. Predeclared prefixes: {known}",
        )
    match = _SYNTAX.match(message)
    if match is None:
        return QueryError(f"Syntax error: {_simplify(message)}", hint="Check the SPARQL syntax.")
    at_line, at_column, detail = match.groups()
    return QueryError(
        f"Syntax error at line {at_line}, column {at_column}: {_simplify(detail)}",
        hint=f"Check the SPARQL syntax there. Predeclared prefixes: {known}",
    )


# ---------------------------------------------------------------------------------------------
# Running

# Longest namespace first, so the most specific prefix wins.
_COMPACT = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_LOCAL = re.compile(r"[A-Za-z_][\w\-]*(?:[\w\-.]*[\w\-])?")


@functools.lru_cache(maxsize=1 << 16)
def _compact(iri: str) -> str:
    for prefix, namespace in _COMPACT:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local == "" or _LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
    return iri


def display(term: Term | None) -> str | None:
    """A term as a table cell: prefixed IRI, literal text (``@lang`` when tagged), ``_:id``."""
    if term is None:
        return None
    if term.kind == "uri":
        return _compact(term.value)
    if term.kind == "literal":
        return f"{term.value}@{term.lang}" if term.lang else term.value
    if term.kind == "bnode":
        return "_:" + term.value
    return term.value


DEFAULT_TIMEOUT = 30.0
"""Seconds a query may run before :func:`run` gives up on it (``kgraph query --timeout``)."""


def run(
    output: store.Location,
    sparql: str,
    *,
    allow_update: bool = False,
    infer: str | None = None,
    timeout: float | None = None,
) -> QueryResult:
    """Run a SPARQL query (or, if allowed, an update) over the store in ``output``.

    Args:
        output: the output folder holding the store.
        sparql: the query; the prefixes of ``vocab.PREFIXES`` are predeclared.
        allow_update: run SPARQL UPDATE (INSERT, DELETE, LOAD, CLEAR, DROP ...) instead of refusing.
            An update's default graph is the union of all graphs, as a query's: a triple it
            inserts there alone is kept in the graph ``graph/updated``, one it deletes there is
            deleted from every graph (:mod:`kgraph.storeunion`); ``GRAPH ?g { ... }`` reaches
            one graph.
        infer: answer over the "rdfs" or "owlrl" closure of the store (:mod:`kgraph.infer`):
            computed on first use, then cached until the store changes.
        timeout: give up on a query (not an update) that runs longer than this many seconds;
            None or 0 waits for ever. pyoxigraph cannot interrupt a query, so it runs in a
            daemon thread that is abandoned at the deadline: it keeps a core busy until it ends
            or the process exits (the CLI exits at once).

    Raises:
        QueryError: syntax error (with line and column in ``sparql``), unknown prefix, a refused
            update, a query that outran ``timeout``, or a failure while running.
        StoreError: no store in ``output``, or it cannot be opened.
    """
    if infer is not None:
        from kgraph import infer as inference

        mode = inference.Entailment.parse(infer)
        if not isinstance(output, Path):
            raise QueryError(
                "--infer caches its closure beside a local store; a SPARQL server has none.",
                hint="Drop --infer, or query a local build (--output).",
            )
        if is_update(sparql):
            raise QueryError(
                "--infer answers queries over a computed closure; it cannot run an update.",
                hint="Drop --infer to change the store.",
            )
        output = inference.closure_output(output, mode)
    if is_update(sparql):
        if not allow_update:
            raise QueryError(
                "This is a SPARQL UPDATE; `kgraph query` only reads the graph unless allowed "
                "to write.",
                hint="Pass --allow-update to change the store (the next `kgraph build` replaces "
                "every graph except loaded files).",
            )
        with store.writing(output) as session:
            try:
                session.update(sparql, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise _syntax_error(exc, sparql) from exc
        return QueryResult("update")
    with store.reading(output) as session:
        try:
            outcome = within(timeout, lambda: session.query(sparql, prefixes=PREFIXES))
        except SyntaxError as exc:
            raise _syntax_error(exc, sparql) from exc
    if outcome.kind == "ask":
        return QueryResult("ask", boolean=outcome.boolean)
    if outcome.kind == "graph":
        return QueryResult("graph", turtle=store.to_turtle(outcome.ntriples, prefixes=PREFIXES))
    return QueryResult(
        "select", variables=outcome.variables, rows=_Displayed(outcome.rows), terms=outcome.rows
    )


class _Displayed(Sequence[tuple[str | None, ...]]):
    """The rows of ``terms`` as table cells, made on first use (:func:`_displayed`)."""

    __slots__ = ("_rows", "_terms")

    def __init__(self, terms: tuple[tuple[Term | None, ...], ...]) -> None:
        self._terms = terms
        self._rows: tuple[tuple[str | None, ...], ...] | None = None

    def _get(self) -> tuple[tuple[str | None, ...], ...]:
        if self._rows is None:
            self._rows = _displayed(self._terms)
        return self._rows

    def __len__(self) -> int:
        return len(self._terms)

    @overload
    def __getitem__(self, index: int) -> tuple[str | None, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[str | None, ...]]: ...
    def __getitem__(
        self, index: int | slice
    ) -> tuple[str | None, ...] | Sequence[tuple[str | None, ...]]:
        return self._get()[index]

    def __iter__(self) -> Iterator[tuple[str | None, ...]]:
        return iter(self._get())

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, Sequence) else other)

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get())


def _displayed(terms: tuple[tuple[Term | None, ...], ...]) -> tuple[tuple[str | None, ...], ...]:
    """The rows as table cells. A repeated term is one shared object (see ``store.Session.query``),
    so each distinct term is shortened once."""
    shown: dict[int, str | None] = {}
    rows = []
    for row in terms:
        cells: list[str | None] = []
        for term in row:
            if term is None:
                cells.append(None)
                continue
            key = id(term)
            if key not in shown:
                shown[key] = display(term)
            cells.append(shown[key])
        rows.append(tuple(cells))
    return tuple(rows)


def within(timeout: float | None, work: Callable[[], _T]) -> _T:
    """``work()``, or QueryError if it takes longer than ``timeout`` seconds (see :func:`run`).

    pyoxigraph cannot interrupt a query, so ``work`` runs on a daemon thread that is abandoned at
    the deadline; ``work`` should open and close its own store session, on that thread.
    """
    if not timeout or timeout <= 0:
        return work()
    done: list[_T] = []
    failed: list[BaseException] = []

    def target() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # handed to the caller's thread below
            failed.append(exc)
            # Free the worker's frames on this thread: they hold pyoxigraph objects, which must
            # be dropped on the thread that made them.
            seen: set[int] = set()
            link: BaseException | None = exc
            while link is not None and id(link) not in seen:
                seen.add(id(link))
                link.__traceback__ = None
                link = link.__cause__ or link.__context__

    worker = threading.Thread(target=target, name="kgraph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(
            f"The query did not finish within {timeout:g} s and was abandoned.",
            hint="Narrow it (a LIMIT, more specific patterns, fewer OPTIONALs), "
            "or allow more time with --timeout SECONDS (0 for no limit).",
        )
    if failed:
        raise failed[0]
    return done[0]


# ---------------------------------------------------------------------------------------------
# Rendering


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if term.kind == "bnode":
        return "_:" + term.value
    return term.value


def _json_term(term: Term) -> dict[str, str]:
    if term.kind == "uri":
        return {"type": "uri", "value": term.value}
    if term.kind == "bnode":
        return {"type": "bnode", "value": term.value}
    if term.kind == "triple":
        return {"type": "triple", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype and term.datatype not in (_XSD_STRING, _RDF_LANGSTRING):
        out["datatype"] = term.datatype
    return out


def render(result: QueryResult, fmt: QueryFormat) -> str:
    """Render a result as text for stdout.

    SELECT: SPARQL 1.1 CSV (header of names, plain values, CRLF lines), TSV (``?name`` header,
    terms in N-Triples syntax) or JSON results (``head``/``results``/``bindings``); "table" gives
    tab-separated display rows (the CLI draws its own table). ASK: ``true``/``false``, or
    ``{"head": {}, "boolean": ...}`` in JSON. CONSTRUCT/DESCRIBE: Turtle in every format.
    UPDATE: nothing.
    """
    if result.kind == "update":
        return ""
    if result.kind == "graph":
        return result.turtle.decode("utf-8")
    if result.kind == "ask":
        if fmt is QueryFormat.JSON:
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return "true\n" if result.boolean else "false\n"
    if fmt is QueryFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([_csv_value(t) for t in row] for row in result.terms)
        return buffer.getvalue()
    if fmt is QueryFormat.TSV:
        lines = ["\t".join("?" + v for v in result.variables)]
        lines.extend(
            "\t".join("" if t is None else t.ntriples for t in row) for row in result.terms
        )
        return "\n".join(lines) + "\n"
    if fmt is QueryFormat.JSON:
        bindings = [
            {
                var: _json_term(t)
                for var, t in zip(result.variables, row, strict=True)
                if t is not None
            }
            for row in result.terms
        ]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    lines = ["\t".join(result.variables)]
    lines.extend("\t".join("" if v is None else v for v in row) for row in result.rows)
    return "\n".join(lines) + "\n"
