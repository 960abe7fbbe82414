"""Issue 6: queries and the CLI under hostile use. Malformed queries, a query that runs too long,
refused updates, read-only commands that must not write, a missing, locked or damaged store: one
clear message saying what to run, exit 1, never a traceback."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import query
from kgraph.cli import app
from kgraph.errors import QueryError

runner = CliRunner()
DATA = Path(__file__).parent / "data" / "five-languages"
# ~12 million pairs: about a second here, so the thread abandoned at the deadline ends soon after
# instead of keeping a core busy for the rest of the test run
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y }"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kgraph import pipeline

    output = tmp_path_factory.mktemp("built") / "out"
    pipeline.build(DATA, output)
    return output


def _error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("sparql", "position"),
    [
        # where pyoxigraph's parser got furthest, which is not always where the mistake is
        ("SELECT * WHERE { ?s ?p }", "line 1, column 25"),
        ("SELEC * WHERE { ?s ?p ?o }", "line 1, column 1"),
        ("PREFIX ex: <http://x/>\n  selct ?s {}", "line 2, column 3"),
        ("SELECT * WHERE { ?s ?p ?o ", "line 1, column 27"),
        ("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}", "line 5, column 2"),
        ('ASK { ?s ?p "unterminated }', "line 1, column 28"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "line 1, column 35"),
        ("SELECT * WHERE { ?s <http://a b> ?o }", "line 1, column 33"),
    ],
)
def test_hostile_cli_syntax_error_is_one_line_with_line_and_column(
    built: Path, sparql: str, position: str
) -> None:
    result = runner.invoke(app, ["query", sparql, "--output", str(built)])
    assert result.exit_code == 1
    message, hint = _error_lines(result.stderr)
    assert message.startswith(f"Error: Syntax error at {position}:"), message
    assert hint.startswith("  Check the SPARQL syntax")
    assert result.stdout == ""


def test_hostile_cli_unknown_prefix_says_which(built: Path) -> None:
    sparql = "SELECT * WHERE {\n  ?s a crm:Customer ;\n     ex:name ?n }"
    result = runner.invoke(app, ["query", sparql, "--output", str(built)])
    assert result.exit_code == 1
    message, _ = _error_lines(result.stderr)
    assert message == "Error: Unknown prefix 'ex:' at line 3, column 6."


def test_hostile_cli_query_running_past_the_timeout_stops_with_a_message(built: Path) -> None:
    started = time.perf_counter()
    result = runner.invoke(app, ["query", SLOW, "--timeout", "0.05", "--output", str(built)])
    assert time.perf_counter() - started < 0.8
    assert result.exit_code == 1
    message, hint = _error_lines(result.stderr)
    assert message == "Error: The query did not finish within 0.05 s and was abandoned."
    assert "--timeout" in hint


def test_hostile_cli_timeout_default_is_stated_in_help() -> None:
    result = runner.invoke(app, ["query", "--help"], env={"COLUMNS": "200"})
    assert "--timeout" in result.stdout and "30" in result.stdout
    assert query.DEFAULT_TIMEOUT == 30.0


def test_hostile_cli_quick_queries_pass_through_the_timeout(built: Path) -> None:
    result = query.run(built, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=30)
    assert int(result.rows[0][0] or 0) > 100
    with pytest.raises(QueryError, match="Syntax error at line 1"):
        query.run(built, "SELECT WHERE", timeout=30)


def _store_state(output: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(output).as_posix(): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.name != "LOCK"
    }


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "# a comment first\nDROP ALL",
        "PREFIX ex: <http://example.org/>\nCLEAR DEFAULT",
        "  delete where { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
    ],
)
def test_hostile_cli_updates_are_refused_without_allow_update(built: Path, update: str) -> None:
    before = _store_state(built / "store")
    result = runner.invoke(app, ["query", update, "--output", str(built)])
    assert result.exit_code == 1
    message, hint = _error_lines(result.stderr)
    assert "SPARQL UPDATE" in message and "--allow-update" in hint
    assert _store_state(built / "store") == before


def test_hostile_cli_viz_query_and_export_never_write_the_store(
    built: Path, tmp_path: Path
) -> None:
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50", encoding="utf-8")
    delete = tmp_path / "d.rq"
    delete.write_text("DELETE WHERE { ?s ?p ?o }", encoding="utf-8")
    before = _store_state(built / "store")
    time.sleep(0.01)
    for args in (
        ["viz", "--query", str(construct), "-o", str(tmp_path / "v.html")],
        ["viz", "--query", str(delete), "-o", str(tmp_path / "w.html")],
        ["viz", "-o", str(tmp_path / "x.html")],
        ["export", "-o", str(tmp_path / "g.ttl")],
        ["export", "--format", "nq", "-o", "-"],
        ["export", "--format", "xml", "-o", str(tmp_path / "g.rdf")],
        ["stats"],
        ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 5"],
    ):
        runner.invoke(app, [*args, "--output", str(built)])
    assert _store_state(built / "store") == before


# --- a missing, locked or damaged store -------------------------------------------------------

_READERS = [
    ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
    ["export", "-o", "-"],
    ["stats"],
    ["viz", "-o", "{tmp}/v.html"],
]


@pytest.mark.parametrize("args", _READERS, ids=lambda a: a[0])
def test_hostile_cli_missing_store_says_to_build(tmp_path: Path, args: list[str]) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*argv, "--output", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    message, hint = _error_lines(result.stderr)
    assert message.startswith("Error: No graph in")
    assert "kgraph build" in hint
    assert not (tmp_path / "nothing").exists()  # a reader creates nothing


def _copy(built: Path, tmp_path: Path) -> Path:
    import shutil

    output = tmp_path / "out"
    shutil.copytree(built, output)
    return output


def _damage_current(store: Path) -> None:
    (store / "CURRENT").write_text("garbage\n")


def _truncate_all(store: Path) -> None:
    for f in store.iterdir():
        f.write_bytes(b"")


def _drop_manifest(store: Path) -> None:
    for f in store.glob("MANIFEST-*"):
        f.unlink()


def _truncate_tables(store: Path) -> None:
    for f in store.glob("*.sst"):
        with open(f, "r+b") as out:
            out.truncate(100)


def _garble_tables(store: Path) -> None:
    for f in store.glob("*.sst"):
        size = f.stat().st_size
        if size > 5000:
            with open(f, "r+b") as out:
                out.seek(50)
                out.write(bytes((i * 7 + 3) % 256 for i in range(1000)))


def _store_is_a_file(store: Path) -> None:
    import shutil

    shutil.rmtree(store)
    store.write_text("not a store")


@pytest.mark.parametrize(
    "damage",
    [
        _damage_current,
        _truncate_all,
        _drop_manifest,
        _truncate_tables,
        _garble_tables,
        _store_is_a_file,
    ],
    ids=lambda f: f.__name__.strip("_"),
)
@pytest.mark.parametrize("args", _READERS[:2] + _READERS[3:], ids=lambda a: a[0])
def test_hostile_cli_damaged_store_says_to_rebuild(
    built: Path, tmp_path: Path, damage: object, args: list[str]
) -> None:
    output = _copy(built, tmp_path)
    damage(output / "store")  # type: ignore[operator]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = runner.invoke(app, [*argv, "--output", str(output)])
    assert result.exit_code == 1, result.stdout
    message, hint = _error_lines(result.stderr)
    assert message.startswith("Error: "), message
    assert "kgraph build" in hint
    assert "in use" not in message  # 'block checksum' once read as a lock
    if args[0] != "query":
        return
    # and a build replaces the damaged store
    rebuilt = runner.invoke(app, ["build", str(DATA), "--output", str(output)])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert runner.invoke(app, [*argv, "--output", str(output)]).exit_code == 0


_HOLD_LOCK = textwrap.dedent(
    """
    import fcntl, sys, time
    handle = open(sys.argv[1], "a+b")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    print("locked", flush=True)
    time.sleep(60)
    """
)
_HOLD_STORE = textwrap.dedent(
    """
    import sys, time
    import pyoxigraph
    store = pyoxigraph.Store(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.parametrize("holder", ["kgraph-writer", "other-store-user"])
@pytest.mark.parametrize(
    "args",
    [
        ["build", str(DATA)],
        ["query", "INSERT DATA { <http://e.org/a> <http://e.org/b> 1 }", "--allow-update"],
        ["load", str(Path(__file__).parent / "data" / "crm-export.ttl")],
    ],
    ids=lambda a: a[0],
)
def test_hostile_cli_locked_store_says_to_wait(
    built: Path, tmp_path: Path, holder: str, args: list[str]
) -> None:
    output = _copy(built, tmp_path)
    script, target = (
        (_HOLD_LOCK, output / ".kgraph.lock")
        if holder == "kgraph-writer"
        else (_HOLD_STORE, output / "store")
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        result = runner.invoke(app, [*args, "--output", str(output)])
        reader = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--output", str(output)])
    finally:
        proc.kill()
        proc.wait()
        if proc.stdout:
            proc.stdout.close()
    assert reader.exit_code == 0 and reader.stdout.strip() == "true"  # readers are not blocked
    if holder == "other-store-user" and args[0] == "build":
        # a build writes a new store beside the live one and renames it in: a program holding
        # the old one open keeps reading (and losing any writes to) that old copy
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 1
    message, hint = _error_lines(result.stderr)
    assert "another kgraph process" in message.lower()
    assert hint.startswith("  Wait for")
