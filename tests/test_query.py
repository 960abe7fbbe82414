"""kgraph.query: reading, running and rendering SPARQL; the example queries; `kgraph query`."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import query
from kgraph.cli import app
from kgraph.errors import QueryError, StoreError
from kgraph.query import QueryFormat, QueryResult, Term

QUERIES = Path(__file__).resolve().parent.parent / "queries"
CRM = "https://w3id.org/kgraph/crm#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _rows(output: Path, sparql: str) -> list[tuple[str | None, ...]]:
    return list(query.run(output, sparql).rows)


# --- formats and reading ---------------------------------------------------------------------


def test_query_format_parse_accepts_names_case_insensitively() -> None:
    assert QueryFormat.parse("CSV") is QueryFormat.CSV
    assert QueryFormat.parse("table") is QueryFormat.TABLE


def test_query_format_parse_lists_valid_names() -> None:
    with pytest.raises(
        QueryError, match=r"Unknown query format 'xml'\. Available: table, csv, tsv, json"
    ):
        QueryFormat.parse("xml")


def test_query_read_query_needs_exactly_one_source(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="No query given"):
        query.read_query(None, None)
    file = tmp_path / "q.rq"
    file.write_text("ASK {}", encoding="utf-8")
    with pytest.raises(QueryError, match="not both"):
        query.read_query("ASK {}", file)
    assert query.read_query(None, file) == "ASK {}"


def test_query_read_query_reports_unreadable_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="Cannot read the query file .*missing.rq"):
        query.read_query(None, tmp_path / "missing.rq")
    file = tmp_path / "comments.rq"
    file.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(QueryError, match="The query is empty"):
        query.read_query(None, file)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INSERT DATA { <a> <b> <c> }", True),
        ("PREFIX ex: <http://x/>\n# comment\ndelete where { ?s ?p ?o }", True),
        ("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("CLEAR ALL", True),
        ("SELECT * WHERE { ?s ?p 'INSERT DATA' }", False),
        ("# INSERT\nSELECT * WHERE { ?s ?p ?o }", False),
        ("PREFIX insert: <http://x/insert>\nASK { ?s insert:p ?o }", False),
    ],
)
def test_query_is_update_ignores_strings_comments_and_iris(text: str, expected: bool) -> None:
    assert query.is_update(text) is expected


# --- running ---------------------------------------------------------------------------------


def test_query_run_display_rows_are_the_terms_shortened(sample_output: Path) -> None:
    result = query.run(
        sample_output, "SELECT ?c ?label WHERE { ?c rdfs:label ?label } ORDER BY ?c ?label"
    )
    expected = tuple(tuple(query.display(t) for t in row) for row in result.terms)
    assert len(result.rows) == len(result.terms) > 1
    assert result.rows == expected and expected == result.rows
    assert list(result.rows) == list(expected)
    assert result.rows[-1] == expected[-1] and tuple(result.rows[:2]) == expected[:2]


def test_query_run_select_keeps_typed_terms_and_display_rows(sample_output: Path) -> None:
    result = query.run(
        sample_output,
        'SELECT ?c ?label WHERE { ?c rdfs:label ?label FILTER(LANG(?label) = "nb") }'
        " ORDER BY ?label",
    )
    assert result.kind == "select"
    assert result.variables == ("c", "label")
    assert result.rows[0] == ("crm:BusinessCustomer", "bedriftskunde@nb")
    iri, label = result.terms[0]
    assert iri == Term("uri", CRM + "BusinessCustomer", f"<{CRM}BusinessCustomer>")
    assert label == Term(
        "literal",
        "bedriftskunde",
        '"bedriftskunde"@nb',
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
        "nb",
    )


def test_query_run_predeclares_prefixes_but_the_query_may_override_them(
    sample_output: Path,
) -> None:
    assert _rows(sample_output, "SELECT ?o WHERE { crm:Customer crm:buys ?o }") == [
        ("crm:Product",)
    ]
    overridden = (
        "PREFIX crm: <http://example.org/other#>\nSELECT ?o WHERE { crm:Customer crm:buys ?o }"
    )
    assert _rows(sample_output, overridden) == []


def test_query_run_uses_the_union_of_all_graphs(sample_output: Path) -> None:
    # the subclass triple is in the ontology graph, the buys triple in the extracted graph
    rows = _rows(sample_output, "SELECT ?o WHERE { ?c rdfs:subClassOf crm:Customer ; crm:buys ?o }")
    assert rows == [("crm:Service",)]


def test_query_run_ask_and_construct(sample_output: Path) -> None:
    ask = query.run(sample_output, "ASK { crm:Customer crm:buys crm:Product }")
    assert (ask.kind, ask.boolean) == ("ask", True)
    built = query.run(sample_output, "CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }")
    assert built.kind == "graph"
    graph = Graph().parse(data=built.turtle, format="turtle")
    assert len(graph) == 3
    assert built.turtle.startswith(b"@prefix crm: <https://w3id.org/kgraph/crm#> .\n")
    assert b"@prefix foaf" not in built.turtle  # only the prefixes used


def test_query_syntax_error_is_one_line_with_the_users_position(sample_output: Path) -> None:
    text = "SELECT ?s\nWHERE {\n  ?s crm:buys ?o .\n  FILTER(?o = ) }"
    with pytest.raises(QueryError) as info:
        query.run(sample_output, text)
    message = info.value.message
    assert message.startswith("Syntax error at line 4, column ")
    assert "\n" not in message and "[" not in message  # no character-class dump


def test_query_unknown_prefix_names_it_and_its_position(sample_output: Path) -> None:
    text = "SELECT * WHERE {\n  ?s <http://x/a:b> ?o ; foo:bar 'x:y' }"
    with pytest.raises(QueryError, match=r"^Unknown prefix 'foo:' at line 2, column 26\.$") as info:
        query.run(sample_output, text)
    assert "crm" in info.value.hint


def test_query_update_is_refused_without_allow_update(sample_output: Path) -> None:
    with pytest.raises(QueryError, match="SPARQL UPDATE") as info:
        query.run(sample_output, "INSERT DATA { crm:Customer crm:wants crm:Price }")
    assert "--allow-update" in info.value.hint
    assert _rows(sample_output, "SELECT ?o WHERE { crm:Customer crm:wants ?o }") == []


def test_query_update_runs_with_allow_update(sample_output: Path) -> None:
    graph = "<https://w3id.org/kgraph/graph/notes>"
    text = f"INSERT DATA {{ GRAPH {graph} {{ crm:Customer crm:wants crm:Price }} }}"
    assert query.run(sample_output, text, allow_update=True).kind == "update"
    assert _rows(sample_output, "SELECT ?o WHERE { crm:Customer crm:wants ?o }") == [("crm:Price",)]


def test_query_update_syntax_error_has_position(sample_output: Path) -> None:
    with pytest.raises(QueryError, match="^Syntax error at line 1, column"):
        query.run(sample_output, "INSERT DATA { crm:a crm:b }", allow_update=True)


def test_query_missing_store_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No graph in") as info:
        query.run(tmp_path / "nothing", "ASK {}")
    assert "kgraph build" in info.value.hint


# --- rendering -------------------------------------------------------------------------------

_LANG = Term(
    "literal", "kunde", '"kunde"@nb', "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "nb"
)
_TYPED = Term("literal", "0.8", f'"0.8"^^<{XSD}decimal>', XSD + "decimal")
_PLAIN = Term("literal", 'a "quoted"\ttab', '"a \\"quoted\\"\\ttab"', XSD + "string")
_IRI = Term("uri", CRM + "Customer", f"<{CRM}Customer>")
_BNODE = Term("bnode", "b0", "_:b0")
_RESULT = QueryResult(
    "select",
    variables=("x", "y"),
    rows=(("crm:Customer", "kunde@nb"), ("_:b0", None), ('a "quoted"\ttab', "0.8")),
    terms=((_IRI, _LANG), (_BNODE, None), (_PLAIN, _TYPED)),
)


def test_query_render_csv_follows_sparql_csv_results() -> None:
    text = query.render(_RESULT, QueryFormat.CSV)
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["x", "y"],
        [CRM + "Customer", "kunde"],
        ["_:b0", ""],
        ['a "quoted"\ttab', "0.8"],
    ]


def test_query_render_tsv_uses_ntriples_terms() -> None:
    assert query.render(_RESULT, QueryFormat.TSV).split("\n") == [
        "?x\t?y",
        f'<{CRM}Customer>\t"kunde"@nb',
        "_:b0\t",
        f'"a \\"quoted\\"\\ttab"\t"0.8"^^<{XSD}decimal>',
        "",
    ]


def test_query_render_json_follows_sparql_json_results() -> None:
    document = json.loads(query.render(_RESULT, QueryFormat.JSON))
    assert document == {
        "head": {"vars": ["x", "y"]},
        "results": {
            "bindings": [
                {
                    "x": {"type": "uri", "value": CRM + "Customer"},
                    "y": {"type": "literal", "value": "kunde", "xml:lang": "nb"},
                },
                {"x": {"type": "bnode", "value": "b0"}},
                {
                    "x": {"type": "literal", "value": 'a "quoted"\ttab'},
                    "y": {"type": "literal", "value": "0.8", "datatype": XSD + "decimal"},
                },
            ]
        },
    }


def test_query_render_ask_and_graph_in_every_format() -> None:
    ask = QueryResult("ask", boolean=False)
    assert json.loads(query.render(ask, QueryFormat.JSON)) == {"head": {}, "boolean": False}
    assert query.render(ask, QueryFormat.TABLE) == "false\n"
    graph = QueryResult("graph", turtle=b"<http://a> <http://b> <http://c> .\n")
    assert {query.render(graph, fmt) for fmt in QueryFormat} == {
        "<http://a> <http://b> <http://c> .\n"
    }


def test_query_render_is_deterministic(sample_output: Path) -> None:
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    first = [query.render(query.run(sample_output, text), fmt) for fmt in QueryFormat]
    second = [query.render(query.run(sample_output, text), fmt) for fmt in QueryFormat]
    assert first == second


# --- the example queries in queries/ ---------------------------------------------------------


def _example(output: Path, name: str) -> list[tuple[str | None, ...]]:
    text = query.read_query(None, QUERIES / name)
    assert text.startswith("# "), f"{name} needs a comment header"
    return _rows(output, text)


def _comparable(value: object) -> object:
    try:
        return Decimal(str(value))  # rdflib keeps "0.80", the store normalises it to "0.8"
    except InvalidOperation:
        return str(value)


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_query_examples_declare_their_prefixes_and_agree_with_rdflib(
    sample_output: Path, sample_graphs: dict[str, Graph], name: str
) -> None:
    text = (QUERIES / name).read_text(encoding="utf-8")
    assert query.undeclared_prefix(text, predeclared=()) is None
    union = Graph()
    for graph in sample_graphs.values():
        union += graph
    theirs = [tuple(_comparable(v) for v in row) for row in union.query(prepareQuery(text))]  # type: ignore[union-attr]
    ours = [
        tuple(_comparable(t.value) for t in row if t is not None)
        for row in query.run(sample_output, text).terms
    ]
    assert ours == theirs and ours


def test_query_example_what_customers_buy(sample_output: Path) -> None:
    assert _example(sample_output, "what-customers-buy.rq") == [
        ("crm:Customer", "crm:Product", "2"),
        ("crm:BusinessCustomer", "crm:Service", "1"),
        ("crm:SatisfiedCustomer", "crm:Service", "1"),
    ]


def test_query_example_satisfaction_drivers(sample_output: Path) -> None:
    assert _example(sample_output, "satisfaction-drivers.rq") == [
        ("crm:GoodCustomerService", "crm:increases", "crm:CustomerSatisfaction", "1"),
        ("crm:Quality", "crm:creates", "crm:SatisfiedCustomer", "1"),
    ]


def test_query_example_kinds_of_customer(sample_output: Path) -> None:
    assert _example(sample_output, "kinds-of-customer.rq") == [
        ("crm:BusinessCustomer", "business customer@en", "en"),
        ("crm:BusinessCustomer", "bedriftskunde@nb", "nb"),
        ("crm:Customer", "customer@en", "en"),
        ("crm:Customer", "kunde@nb", "nb"),
        ("crm:SatisfiedCustomer", "satisfied customer@en", "en"),
        ("crm:SatisfiedCustomer", "fornøyd kunde@nb", "nb"),
    ]


def test_query_example_evidence(sample_output: Path) -> None:
    rows = _example(sample_output, "evidence.rq")
    assert len(rows) == 8
    assert ("kge:Apple", "rdf:type", "crm:Supplier", "0.5", "true",
            "Apple ist kein Lieferant, sondern ein Unternehmen.",
            "003_kunden.txt") in rows  # fmt: skip
    buys = [r for r in rows if r[:3] == ("crm:Customer", "crm:buys", "crm:Product")]
    assert sorted((r[3], r[6]) for r in buys) == [
        ("0.8", "002_kunder.txt"),
        ("0.85", "003_kunden.txt"),
    ]


def test_query_example_concepts_per_document(sample_output: Path) -> None:
    assert _example(sample_output, "concepts-per-document.rq") == [
        ("003_kunden.txt", "de", "9", "5"),
        ("002_kunder.txt", "nb", "5", "3"),
    ]


# --- the CLI ---------------------------------------------------------------------------------

_BUYS = "SELECT ?s ?o WHERE { ?s crm:buys ?o } ORDER BY ?s"


def test_query_cli_csv_stdout_parses(sample_output: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", _BUYS, "--format", "csv", "--output", str(sample_output)]
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert rows[0] == ["s", "o"]
    assert rows[1] == [CRM + "BusinessCustomer", CRM + "Service"]
    assert len(rows) == 4


def test_query_cli_json_and_tsv_stdout_parse(sample_output: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", _BUYS, "--format", "json", "--output", str(sample_output)]
    )
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 3
    result = CliRunner().invoke(
        app, ["query", _BUYS, "--format", "tsv", "--output", str(sample_output)]
    )
    assert result.stdout.splitlines()[0] == "?s\t?o"
    assert result.stdout.splitlines()[1] == f"<{CRM}BusinessCustomer>\t<{CRM}Service>"


def test_query_cli_table_and_file(sample_output: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["query", "-f", str(QUERIES / "what-customers-buy.rq"), "--output", str(sample_output)]
    )
    assert result.exit_code == 0, result.stderr
    assert "crm:Customer" in result.stdout and "crm:Product" in result.stdout
    assert "3 row(s)" in result.stderr


def test_query_cli_ask_prints_true(sample_output: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "ASK { ?s crm:buys ?o }", "--output", str(sample_output)]
    )
    assert (result.exit_code, result.stdout) == (0, "true\n")


def test_query_cli_syntax_error_on_stderr_without_traceback(sample_output: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "SELECT * WHERE { ?s ?p }", "--output", str(sample_output)]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: Syntax error at line 1, column")
    assert "Traceback" not in result.stderr


def test_query_cli_update_needs_allow_update(sample_output: Path) -> None:
    text = "DELETE WHERE { GRAPH ?g { ?s crm:buys ?o } }"
    refused = CliRunner().invoke(app, ["query", text, "--output", str(sample_output)])
    assert refused.exit_code == 1 and "--allow-update" in refused.stderr
    allowed = CliRunner().invoke(
        app, ["query", text, "--allow-update", "--output", str(sample_output)]
    )
    assert allowed.exit_code == 0, allowed.stderr
    assert (allowed.stdout, allowed.stderr) == ("", "Update applied.\n")
    assert _rows(sample_output, "SELECT * WHERE { ?s crm:buys ?o }") == []


def test_query_cli_bad_format_lists_the_valid_ones(sample_output: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "ASK {}", "--format", "xml", "--output", str(sample_output)]
    )
    assert result.exit_code == 1
    assert "Available: table, csv, tsv, json" in result.stderr


def test_query_cli_missing_store_gives_the_build_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["query", "ASK {}", "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"No graph in '{tmp_path / 'out'}/'" in result.stderr
    assert f"Run `kgraph build CORPUS --output {tmp_path / 'out'}` first." in result.stderr
    assert "Traceback" not in result.stderr
