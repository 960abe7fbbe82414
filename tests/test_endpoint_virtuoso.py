"""--store URL against a real Virtuoso (Debian's `virtuoso-opensource`, installed by `make test`
as root) started on 127.0.0.1 with its own virtuoso.ini in a temporary folder. Skipped, with the
reason, when `virtuoso-t` is not installed."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sparql_servers import free_port, wait_until_answering
from typer.testing import CliRunner  # noqa: TID251 (the CLI's tests drive it through typer)

from kgraph.cli import app

FIVE = Path(__file__).parent / "data" / "five-languages"
VSP = Path("/var/lib/virtuoso-opensource-7/vsp")


def _ini(folder: Path, sql_port: int, http_port: int, max_rows: int) -> str:
    return f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {folder}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 200M
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {VSP if VSP.is_dir() else folder}
MaxClientConnections = 5
ServerThreads = 5
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = 300
"""


def _start(folder: Path, max_rows: int) -> Iterator[str]:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)")
    folder.mkdir()
    http_port = free_port()
    (folder / "virtuoso.ini").write_text(
        _ini(folder, free_port(), http_port, max_rows), encoding="utf-8"
    )
    base = f"http://127.0.0.1:{http_port}"
    with open(folder / "stdout.log", "wb") as log:
        proc = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
            stdout=log, stderr=subprocess.STDOUT, cwd=folder,
        )  # fmt: skip
        try:
            wait_until_answering(f"{base}/sparql", proc, folder / "virtuoso.log", "Virtuoso", 60)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture()
def virtuoso(tmp_path: Path) -> Iterator[str]:
    """The base URL (http://127.0.0.1:PORT) of a fresh Virtuoso; login dba/dba."""
    yield from _start(tmp_path / "virtuoso", 1_000_000)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_endpoint_virtuoso_builds_queries_exports_stats_and_draws(
    virtuoso: str, tmp_path: Path
) -> None:
    store = virtuoso.replace("http://", "http://dba:dba@") + "/sparql-auth"
    code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store", store,
                        "--no-validate", "--jobs", "1")  # fmt: skip
    assert code == 0, err
    assert "from 5 documents" in err
    sparql = "SELECT ?what WHERE { crm:Customer crm:buys ?what } ORDER BY ?what"
    # reading needs no login: the public /sparql endpoint answers queries
    code, out, err = _run("query", "--store", virtuoso + "/sparql", "--format", "csv", sparql)
    assert code == 0, err
    assert out.splitlines() == ["what", "https://w3id.org/kgraph/crm#Product",
                                "https://w3id.org/kgraph/crm#Service"]  # fmt: skip
    code, out, err = _run("query", "--store", store,
                          "CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }")  # fmt: skip
    assert code == 0, err
    assert "crm:Customer crm:buys" in out
    # the server holds exactly what the embedded store holds
    assert _run("build", str(FIVE), "--output", str(tmp_path / "local"), "--no-validate")[0] == 0
    remote, local = tmp_path / "remote.nt", tmp_path / "local.nt"
    code, _, err = _run("export", "--store", store, "--format", "nt", "-o", str(remote))
    assert code == 0, err
    assert _run("export", "--output", str(tmp_path / "local"), "--format", "nt",
                "-o", str(local))[0] == 0  # fmt: skip
    assert remote.read_bytes() == local.read_bytes()
    code, out, err = _run("stats", "--store", store)
    assert code == 0, err
    assert "documents" in out and "extracted" in out
    code, _, err = _run("viz", "--store", store, "-o", str(tmp_path / "view.html"))
    assert code == 0, err
    # a rebuild replaces kgraph's graphs, leaving no staging graph behind
    code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store", store,
                        "--no-validate", "--jobs", "1")  # fmt: skip
    assert code == 0, err
    code, out, _ = _run("query", "--store", store, "--format", "csv",
                        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")  # fmt: skip
    graphs = [g for g in out.splitlines()[1:] if "/kgraph/graph/" in g]
    assert graphs == ["https://w3id.org/kgraph/graph/extracted",
                      "https://w3id.org/kgraph/graph/ontology"]  # fmt: skip


def test_endpoint_virtuoso_write_without_login_says_how(virtuoso: str, tmp_path: Path) -> None:
    code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store",
                        virtuoso + "/sparql", "--no-validate", "--jobs", "1")  # fmt: skip
    assert code == 1
    assert "does not allow this user to write" in err and "/sparql-auth" in err
    assert "Traceback" not in err and "INSERT DATA" not in err
    wrong = virtuoso.replace("http://", "http://dba:wrong@") + "/sparql-auth"
    code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store", wrong,
                        "--no-validate", "--jobs", "1")  # fmt: skip
    assert code == 1 and "refused the login" in err and "wrong" not in err


def test_endpoint_virtuoso_cut_results_fail_the_export(tmp_path: Path) -> None:
    for base in _start(tmp_path / "small", 1_000):  # the server's row limit below the graph
        store = base.replace("http://", "http://dba:dba@") + "/sparql-auth"
        code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store",
                            store, "--no-validate", "--jobs", "1")  # fmt: skip
        assert code == 0, err
        code, out, err = _run("export", "--store", store, "--format", "nt", "-o", "-")
        assert code == 1 and out == ""
        assert "ResultSetMaxRows" in err and "of the" in err
