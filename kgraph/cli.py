"""The command line: parses arguments, calls the library, prints results; the only module that prints.

stdout carries only the product (query rows, exported RDF); progress, summaries and errors go to
stderr. A :class:`~kgraph.errors.KgraphError` becomes ``Error: <message>`` plus a hint and exit 1.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from kgraph import __version__
from kgraph.errors import KgraphError

if TYPE_CHECKING:
    from kgraph.endpoint import Endpoint

app = typer.Typer(
    name="kgraph",
    help="Turn business texts about customer relationships into a queryable RDF knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

OutputOpt = Annotated[
    Path,
    typer.Option("--output", help="Folder holding the graph store and the files kgraph writes."),
]
DEFAULT_OUTPUT = Path("output")
StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store", metavar="URL",
        help="Use this SPARQL 1.1 endpoint instead of the embedded store (README: Running against a SPARQL server).",
    ),
]  # fmt: skip


def _location(store_url: str | None, output: Path) -> Path | Endpoint:
    """--store URL if given (a SPARQL server), else the embedded store in --output."""
    if store_url is None:
        return output
    from kgraph import endpoint

    return endpoint.parse(store_url)


class _State:
    debug = False
    quiet = False


def _fail(exc: KgraphError) -> NoReturn:
    if _State.debug:
        raise exc
    err.print(f"[bold red]Error:[/] {exc.message}", markup=True, highlight=False)
    if exc.hint:
        err.print(f"  {exc.hint}", markup=False)
    raise typer.Exit(1)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors into one-line messages and exit codes; Ctrl-C into 130."""
    try:
        yield
    except KgraphError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        err.print("Interrupted.")
        raise typer.Exit(130) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output on stderr.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summaries.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for kgraph errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """kgraph: texts about customers → RDF knowledge graph → SPARQL, exports and an HTML view."""
    _State.debug = debug
    _State.quiet = quiet
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int, str], None]]:
    """A transient progress bar on stderr when it is a terminal; a no-op callback otherwise."""
    if _State.quiet or not err.is_terminal:
        yield lambda done, total, name: None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[item]}", style="dim"),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=None, item="", rate="")

        def update(done: int, total: int, name: str) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:,.0f} docs/s" if elapsed > 0 else ""
            bar.update(task, completed=done, total=total, item=name, rate=rate)

        yield update


def _one_line(text: str) -> str:
    """``text`` with newlines and other unprintable characters escaped (file names may hold them)."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _summary(text: str) -> None:
    if not _State.quiet:
        err.print(text, markup=False, highlight=False)


@app.command("build")
def build_cmd(
    corpus: Annotated[Path, typer.Argument(help="Folder of .txt/.md/.html documents.")] = Path("corpus"),
    output: OutputOpt = DEFAULT_OUTPUT,
    extractor: Annotated[str, typer.Option(help="Extractor to run (see `kgraph plugins`).")] = "rules",
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Drop statements below this confidence.")
    ] = 0.0,
    strict: Annotated[bool, typer.Option(help="Exit 1 if any document was skipped.")] = False,
    validate: Annotated[
        bool, typer.Option("--validate/--no-validate", help="Check the graph with the SHACL shapes and report the count.")
    ] = True,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Processes to extract in (default: the machine's cores).")
    ] = None,
    incremental: Annotated[
        bool, typer.Option(help="Re-extract only added or changed documents (cache in --output).")
    ] = True,
    store_url: StoreOpt = None,
) -> None:
    """Extract concepts and relations from CORPUS and store the graph in --output."""
    from kgraph import pipeline

    with _errors(), _progress("Extracting") as on_progress:
        location = _location(store_url, output)
        report = pipeline.build(
            corpus, output, extractor=extractor, min_confidence=min_confidence,
            jobs=pipeline.default_jobs() if jobs is None else jobs,
            incremental=incremental, on_progress=on_progress,
            endpoint=None if isinstance(location, Path) else location,
        )  # fmt: skip
    for path, reason in report.skipped:
        err.print(f"skipped {_one_line(path)}: {_one_line(reason)}", markup=False, highlight=False)
    _summary(report.summary())
    if validate:
        from kgraph import validate as shacl

        with _errors():
            checked = shacl.validate_extracted(location)  # type: ignore[arg-type]
        hint = "" if checked.conforms else "; see `kgraph validate`"
        _summary(f"Shapes: {checked.summary()}{hint}")
    if strict and report.skipped:
        raise typer.Exit(1)


@app.command("query")
def query_cmd(
    sparql: Annotated[str | None, typer.Argument(help="A SPARQL query (prefixes crm:, rdfs:, skos: ... predeclared).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
    output: OutputOpt = DEFAULT_OUTPUT,
    store_url: StoreOpt = None,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Permit SPARQL UPDATE.")] = False,
    infer: Annotated[
        str | None, typer.Option("--infer", help="Answer over the rdfs or owlrl closure (computed once, cached in --output).")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Give up on a query running longer than this many seconds (0: no limit).")
    ] = 30.0,
) -> None:
    """Run a SPARQL query against the graph; results on stdout."""
    from kgraph import query

    with _errors():
        text = query.read_query(sparql, file)
        fmt_value = query.QueryFormat.parse(fmt)
        if store_url is not None and infer is not None:
            raise typer.BadParameter("--infer caches its closure in --output; not with --store.")
        result = query.run(_location(store_url, output), text, allow_update=allow_update, infer=infer, timeout=timeout)
        if fmt_value is query.QueryFormat.TABLE and result.kind == "select":
            _print_table(result)
        else:
            sys.stdout.write(query.render(result, fmt_value))
        if result.kind == "update":
            _summary("Update applied.")


def _print_table(result: object) -> None:
    from kgraph.query import QueryResult

    assert isinstance(result, QueryResult)
    out = Console(highlight=False, soft_wrap=False)
    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*("" if v is None else v for v in row))
    out.print(table)
    _summary(f"{len(result.rows)} row(s)")


@app.command("export")
def export_cmd(
    fmt: Annotated[str | None, typer.Option("--format", help="Output format (see `kgraph plugins`); inferred from -o's suffix if omitted.")] = None,
    out: Annotated[str, typer.Option("-o", "--out", help="File to write, or - for stdout; a folder for --format csv.")] = "-",
    output: OutputOpt = DEFAULT_OUTPUT,
    store_url: StoreOpt = None,
    ontology: Annotated[bool, typer.Option("--ontology", help="Export the ontology (the TBox, ontology/crm.ttl) alone; needs no build.")] = False,
) -> None:
    """Export the graph: RDF (turtle, nt, nq, trig, jsonld, xml) or a network (graphml, gexf, csv)."""
    from contextlib import ExitStack

    from kgraph import exporters

    with _errors(), ExitStack() as stack:
        name = exporters.choose(fmt, None if out == "-" else Path(out))
        source = stack.enter_context(exporters.ontology_store(name)) if ontology else _location(store_url, output)
        if out == "-":
            exporters.export(source, name, sys.stdout.buffer)
        else:
            n = exporters.export_to_path(source, name, Path(out))
            _summary(f"{n:,} {exporters.unit(name)} → {out} ({name})")


@app.command("stats")
def stats_cmd(
    output: OutputOpt = DEFAULT_OUTPUT,
    store_url: StoreOpt = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.0, help="Give up after this many seconds (0: no limit).")
    ] = 30.0,
) -> None:
    """Documents, sentences, statements, concepts per class, relations per type, languages."""
    from kgraph import stats

    with _errors():
        result = stats.compute(_location(store_url, output), timeout=timeout)
    out = Console(highlight=False)
    for title, rows in result.sections():
        table = Table("name", "count", title=title, title_justify="left", min_width=len(title))
        for name, count in rows:
            table.add_row(name, f"{count:,}")
        out.print(table)


@app.command("viz")
def viz_cmd(
    out: Annotated[Path, typer.Option("-o", "--out", help="HTML file to write.")] = Path("output/graph.html"),
    output: OutputOpt = DEFAULT_OUTPUT,
    store_url: StoreOpt = None,
    lang: Annotated[str, typer.Option(help="Label language: en, nb, sv, da or de (falls back to en).")] = "en",
    focus: Annotated[
        str | None, typer.Option("--focus", help="Draw only around this concept (a label, crm:Customer or an IRI).")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Hops around --focus to include.")] = 1,
    relation: Annotated[
        list[str] | None, typer.Option("--relation", help="Draw only this relation (repeatable), e.g. buys, broader.")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Hide extracted relations below this.")
    ] = 0.0,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Keep the most connected part past this size.")] = 1500,
    query_file: Annotated[
        Path | None, typer.Option("--query", help="Draw the result of this CONSTRUCT query (.rq file) instead.")
    ] = None,
) -> None:
    """Write an interactive, self-contained HTML view of the graph (works offline, from file://)."""
    from kgraph import render

    with _errors():
        report = render.write(
            _location(store_url, output), out, lang=lang, min_confidence=min_confidence, max_nodes=max_nodes,
            focus=focus, depth=depth, relations=tuple(relation or ()), query_file=query_file,
        )  # fmt: skip
    _summary(report.summary())


@app.command("load")
def load_cmd(
    files: Annotated[list[Path], typer.Argument(help="RDF files (.ttl, .nt, .nq, .trig, .jsonld, .rdf/.owl/.xml).")],
    output: OutputOpt = DEFAULT_OUTPUT,
) -> None:
    """Add existing RDF (another ontology, a CRM export) to the store."""
    from kgraph import store

    with _errors():
        report = store.add_files(output, files)
    _summary(report.summary())


@app.command("merge-caches")
def merge_caches_cmd(
    shards: Annotated[list[Path], typer.Argument(help="Output folders of shard builds (kgraph build CORPUS/NAME --output SHARDS/NAME).")],
    output: OutputOpt = DEFAULT_OUTPUT,
    prefix: Annotated[bool, typer.Option("--prefix/--no-prefix", help="Prefix each document id with its shard folder's name, as a build of the whole corpus names it.")] = True,
) -> None:
    """Merge the extraction caches of shard builds into --output, so that building the whole corpus there extracts nothing again."""
    from kgraph import cache

    with _errors():
        count, documents = cache.merge(output, shards, prefix=prefix)
    _summary(f"{documents:,} cached documents from {count} shard{'s' if count != 1 else ''} → {output / cache.CACHE_FILE}")


@app.command("validate")
def validate_cmd(
    output: OutputOpt = DEFAULT_OUTPUT,
    shapes: Annotated[Path | None, typer.Option("--shapes", help="SHACL shapes file (default: ontology/shapes.ttl).")] = None,
    max_focus: Annotated[int, typer.Option("--max-focus", min=0, help="Focus nodes listed per shape and message.")] = 3,
) -> None:
    """Check the graph's shape with SHACL (ontology/shapes.ttl): report on stdout, exit 1 on violations."""
    from kgraph import validate

    with _errors():
        report = validate.validate(output, shapes=shapes)
    sys.stdout.write(report.text(max_focus=max_focus))
    _summary(report.summary())
    if not report.conforms:
        raise typer.Exit(1)


@app.command("plugins")
def plugins_cmd() -> None:
    """List the registered extractors and exporters."""
    from kgraph import exporters
    from kgraph.extractors import extractors

    out = Console(highlight=False)
    table = Table("kind", "name", "detail")
    for name in extractors.names():
        table.add_row("extractor", name, ", ".join(sorted(extractors.get(name).languages)) or "any language")
    for name in exporters.exporters.names():
        exp = exporters.exporters.get(name)
        table.add_row("exporter", name, " ".join(exp.suffixes))
    out.print(table)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold TSV (SCHEMA.md section 5).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Build this corpus first into --output.")] = None,
    output: OutputOpt = DEFAULT_OUTPUT,
    errors: Annotated[bool, typer.Option("--errors", help="List false positives and misses with their sentences.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0)] = 0.0,
) -> None:
    """Score the graph against a gold file: precision, recall and F1 per language (table on stdout)."""
    from kgraph import evaluate, pipeline

    with _errors(), _progress("Extracting") as on_progress:
        if corpus is not None:
            report = pipeline.build(corpus, output, min_confidence=min_confidence, on_progress=on_progress)
            _summary(report.summary())
        graph = evaluate.load_graph(output)
        result = evaluate.score(graph, gold)
    out = Console(highlight=False)
    table = Table("language", "P", "R", "F1", "statements", "correct", "required", "found")
    rows = [*sorted(result.per_language.items()), ("all", result.overall)]
    for lang, counts in rows:
        p, r, f = counts.prf()
        table.add_row(lang, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(counts.sys), str(counts.tp), str(counts.req), str(counts.hit))
    out.print(table)
    if errors:
        # tab-separated lines, unwrapped, so they can be piped to cut/grep/sort
        for triple, sentence in result.false_positives:
            fields = ("FP", triple.doc, triple.subject, triple.relation, triple.object, " ".join(sentence.split()))
            sys.stdout.write("\t".join(fields) + "\n")
        for row in result.misses:
            sys.stdout.write("\t".join(("FN", row.doc, row.subject, row.relation, row.object, row.evidence)) + "\n")
