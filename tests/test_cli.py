"""The command line through typer's runner: exit codes, stdout (the product) and stderr."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner  # noqa: TID251 (the CLI's tests drive it through typer)

from kgraph import __version__, evaluate
from kgraph.cli import app

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "five-languages"
GOLD = DATA / "scoring.tsv"

# typer's CliRunner (Click ≥ 8.2 semantics) keeps stdout and stderr apart: result.stdout is only
# what went to stdout, result.stderr only what went to stderr.
runner = CliRunner()


def _no_traceback(text: str) -> None:
    assert "Traceback" not in text
    assert 'File "' not in text


def _error_line(stderr: str) -> str:
    """The ``Error:`` line; every other stderr line may only be the indented hint."""
    lines = stderr.strip("\n").splitlines()
    assert lines and lines[0].startswith("Error: "), stderr
    assert all(line.startswith("  ") for line in lines[1:]), stderr
    assert len(lines) <= 2, stderr
    return lines[0]


def test_cli_build_prints_summary_on_stderr_and_nothing_on_stdout(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(CORPUS), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "triples from 5 documents" in result.stderr
    assert str(out / "graph.ttl") in result.stderr
    assert (out / "graph.ttl").is_file()
    assert (out / "store").is_dir()
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0


def test_cli_build_quiet_prints_nothing(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--quiet", "build", str(CORPUS), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""


def test_cli_build_missing_corpus_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing-dir"
    result = runner.invoke(app, ["build", str(missing), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stdout == ""
    line = _error_line(result.stderr)
    assert str(missing) in line and "does not exist" in line
    _no_traceback(result.stderr)


def test_cli_debug_reraises_the_kgraph_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--debug", "build", str(tmp_path / "missing"), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert type(result.exception).__name__ == "CorpusError"


def test_cli_build_unknown_extractor_lists_the_available_ones(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", str(CORPUS), "--extractor", "nope", "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    assert "Available: rules" in _error_line(result.stderr)
    _no_traceback(result.stderr)


def _corpus_with_a_skipped_file(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Die Kunden kaufen Produkte. Zufriedene Mitarbeiter schaffen zufriedene Kunden.\n",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    return corpus


def test_cli_build_lists_skipped_files_and_succeeds(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["build", str(_corpus_with_a_skipped_file(tmp_path)), "--output", str(tmp_path / "out")],
    )
    assert result.exit_code == 0
    assert "skipped empty.txt: no text" in result.stderr
    assert "1 skipped" in result.stderr
    assert result.stdout == ""


def test_cli_build_strict_fails_when_a_file_was_skipped(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["build", str(_corpus_with_a_skipped_file(tmp_path)), "--output", str(out), "--strict"]
    )
    assert result.exit_code == 1
    assert "skipped empty.txt" in result.stderr
    assert result.stdout == ""
    assert (out / "graph.ttl").is_file()  # the graph of the readable files is still written


def test_cli_build_strict_passes_without_skipped_files(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", str(CORPUS), "--output", str(tmp_path / "out"), "--strict"]
    )
    assert result.exit_code == 0


def test_cli_build_min_confidence_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", str(CORPUS), "--output", str(tmp_path / "out"), "--min-confidence", "1.5"]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--min-confidence" in result.stderr


def _table_row(stdout: str, first_cell: str) -> list[str]:
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.replace("┃", "│").strip("│").split("│")]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r} in\n{stdout}")


def test_cli_eval_prints_the_score_table_on_stdout(scoring_output: Path) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--output", str(scoring_output)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    header = _table_row(result.stdout, "language")
    assert header[:4] == ["language", "P", "R", "F1"]
    expected = evaluate.score(evaluate.load_graph(scoring_output), GOLD)
    p, r, f = expected.overall.prf()
    assert _table_row(result.stdout, "all")[:8] == [
        "all", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", "13", "10", "11", "9",
    ]  # fmt: skip
    for lang in ("nb", "de", "en", "sv"):
        assert _table_row(result.stdout, lang)


def test_cli_eval_errors_lists_false_positives_and_misses(scoring_output: Path) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--output", str(scoring_output), "--errors"])
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "FP nb_kunder.txt Product buys Customer Kundene kjøper varer." in text
    assert "FP sv_extra.txt Customer buys Product Kunderna köper produkter." in text
    assert "FN de_kunden.txt Employee worksFor @Bergmann GmbH not extracted: a miss" in text
    assert "FN nb_kunder.txt Customer buys Price" in text
    assert text.count("FP ") == 3 and text.count("FN ") == 2


def test_cli_eval_errors_are_tab_separated_lines(scoring_output: Path) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--output", str(scoring_output), "--errors"])
    lines = result.stdout.splitlines()
    assert "FP\tnb_kunder.txt\tProduct\tbuys\tCustomer\tKundene kjøper varer." in lines
    assert "FN\tde_kunden.txt\tEmployee\tworksFor\t@Bergmann GmbH\tnot extracted: a miss" in lines


def test_cli_eval_with_corpus_builds_first(tmp_path: Path) -> None:
    out = tmp_path / "out"
    gold = DATA / "five-languages.tsv"
    result = runner.invoke(app, ["eval", str(gold), "--corpus", str(CORPUS), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "triples from 5 documents" in result.stderr  # the build summary
    assert (out / "graph.ttl").is_file()
    expected = evaluate.score(evaluate.load_graph(out), gold).overall
    row = _table_row(result.stdout, "all")
    assert row[4:8] == [str(expected.sys), str(expected.tp), "34", str(expected.hit)]
    for lang in ("nb", "sv", "da", "de", "en"):
        assert _table_row(result.stdout, lang)


def test_cli_eval_bad_gold_row_is_a_one_line_error(scoring_output: Path, tmp_path: Path) -> None:
    gold = tmp_path / "bad.tsv"
    gold.write_text(
        "doc\tsubject\trelation\tobject\trequired\nnb_kunder.txt\tCustomer\tbuys\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(gold), "--output", str(scoring_output)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{gold}:2:" in _error_line(result.stderr)
    _no_traceback(result.stderr)


def test_cli_eval_without_a_graph_says_how_to_build_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(GOLD), "--output", str(tmp_path / "empty")])
    assert result.exit_code == 1
    _error_line(result.stderr)
    assert "kgraph build" in result.stderr


def test_cli_plugins_lists_the_extractor_and_the_exporters() -> None:
    result = runner.invoke(app, ["plugins"])
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = {tuple(_table_row(result.stdout, kind)[:2]) for kind in ("extractor",)}
    assert rows == {("extractor", "rules")}
    assert "da, de, en, nb, sv" in _table_row(result.stdout, "extractor")[2]
    exporters = {
        cells[1]
        for line in result.stdout.splitlines()
        if (cells := [c.strip() for c in line.strip("│").split("│")])[0] == "exporter"
    }
    assert {"turtle", "nt", "jsonld", "xml", "trig"} <= exporters


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"kgraph {__version__}\n"


def test_cli_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code in (0, 2)  # Click ≥ 8.2 exits 2 for no_args_is_help
    text = result.stdout + result.stderr
    for command in ("build", "query", "export", "stats", "viz", "load", "eval", "plugins"):
        assert command in text


@pytest.mark.parametrize(
    "command", ["build", "query", "export", "stats", "viz", "load", "eval", "plugins"]
)
def test_cli_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_build_then_query_and_export_use_the_same_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(CORPUS), "--output", str(out)]).exit_code == 0
    query = "SELECT ?o WHERE { crm:Customer crm:buys ?o } ORDER BY ?o"
    result = runner.invoke(app, ["query", query, "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows[0] == "o"
    assert "https://w3id.org/kgraph/crm#Product" in rows
    exported = runner.invoke(app, ["export", "--format", "nt", "--output", str(out)])
    assert exported.exit_code == 0
    assert (
        "<https://w3id.org/kgraph/crm#Customer> <https://w3id.org/kgraph/crm#buys>"
        in exported.stdout
    )


def test_cli_load_adds_rdf_to_the_store(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(CORPUS), "--output", str(out)]).exit_code == 0
    result = runner.invoke(app, ["load", str(DATA / "crm-export.ttl"), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "crm-export.ttl" in result.stderr
    query = (
        "SELECT ?name WHERE { ?who crm:customerOf <https://crm.example.org/account/fjellvant> ;"
        " rdfs:label ?name }"
    )
    rows = runner.invoke(
        app, ["query", query, "--format", "csv", "--output", str(out)]
    ).stdout.splitlines()
    assert sorted(rows[1:]) == ["Kari Nordmann", "Nordlys Eiendom AS"]


def test_cli_load_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["load", str(tmp_path / "nope.ttl"), "--output", str(tmp_path / "out")]
    )
    assert result.exit_code == 1
    _error_line(result.stderr)
    _no_traceback(result.stderr)


# --- the README's commands run (STYLE.md habit 9: docs execute) ----------------------------------

README = Path(__file__).resolve().parents[1] / "README.md"
SHARED = README.parent.parent / "shared"


def _readme_commands() -> list[str]:
    """Every ``kgraph …`` line of the README's ``sh`` blocks, in order, without comments."""
    commands, in_block = [], False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block = line.strip() == "```sh"
            continue
        if in_block and line.startswith("kgraph "):
            commands.append(line)
    return commands


@pytest.mark.slow
def test_cli_readme_commands_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex

    root = README.parent
    work = tmp_path / "work"
    work.mkdir()
    for name in ("corpus", "queries", "tests", "ontology"):
        (work / name).symlink_to(root / name)
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED)
    monkeypatch.chdir(work)
    commands = _readme_commands()
    assert len(commands) >= 15
    for line in commands:
        args = shlex.split(line, comments=True)
        for stop in ("|", ">", "&&"):
            if stop in args:
                args = args[: args.index(stop)]
        if any(a.startswith("../shared") for a in args) and not SHARED.is_dir():
            continue  # needs ../shared beside the checkout, as in CI
        result = runner.invoke(app, args[1:])
        assert result.exit_code == 0, f"README command failed: {line}\n{result.stderr}"
        _no_traceback(result.stderr)
    assert (work / "output" / "graph.ttl").is_file()
    assert (work / "output" / "graph.html").is_file()
    assert (work / "output" / "five" / "graph.ttl").is_file()
