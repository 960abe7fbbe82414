"""The SPARQL-server twin of the store (kgraph.endpoint, --store URL), against a real
`oxigraph serve` on 127.0.0.1 (PyPI package `oxigraph`, in the test extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sparql_servers import free_port, wait_until_answering
from typer.testing import CliRunner  # noqa: TID251 (the CLI's tests drive it through typer)

from kgraph import endpoint
from kgraph.cli import app
from kgraph.errors import StoreError

FIVE = Path(__file__).parent / "data" / "five-languages"


def _oxigraph() -> str | None:
    sibling = Path(sys.executable).with_name("oxigraph")
    return str(sibling) if sibling.exists() else shutil.which("oxigraph")


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    binary = _oxigraph()
    if binary is None:
        pytest.skip("no `oxigraph` server binary: pip install 'kgraph[test]'")
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    with open(tmp_path / "oxigraph.log", "wb") as log:
        proc = subprocess.Popen(
            [binary, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_until_answering(url, proc, tmp_path / "oxigraph.log", "oxigraph serve", 30)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_endpoint_cli_builds_queries_exports_and_draws_on_a_server(
    server: str, tmp_path: Path
) -> None:
    code, _, err = _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store", server,
                        "--no-validate", "--jobs", "1")  # fmt: skip
    assert code == 0, err
    assert "from 5 documents" in err
    sparql = "SELECT ?what WHERE { crm:Customer crm:buys ?what } ORDER BY ?what"
    code, out, err = _run("query", "--store", server, "--format", "csv", sparql)
    assert code == 0, err
    assert out.splitlines() == ["what", "https://w3id.org/kgraph/crm#Product",
                                "https://w3id.org/kgraph/crm#Service"]  # fmt: skip
    # the server holds exactly what the embedded store holds
    assert _run("build", str(FIVE), "--output", str(tmp_path / "local"), "--no-validate")[0] == 0
    remote, local = tmp_path / "remote.nt", tmp_path / "local.nt"
    assert _run("export", "--store", server, "--format", "nt", "-o", str(remote))[0] == 0
    assert (
        _run("export", "--output", str(tmp_path / "local"), "--format", "nt", "-o", str(local))[0]
        == 0
    )
    assert remote.read_bytes() == local.read_bytes()
    code, out, err = _run("stats", "--store", server)
    assert code == 0, err
    assert "documents" in out and "extracted" in out
    code, _, err = _run("viz", "--store", server, "-o", str(tmp_path / "view.html"))
    assert code == 0, err
    assert (tmp_path / "view.html").stat().st_size > 1000
    # a rebuild replaces kgraph's graphs (no staging graph or duplicate is left)
    assert _run("build", str(FIVE), "--output", str(tmp_path / "a"), "--store", server,
                "--no-validate")[0] == 0  # fmt: skip
    session = endpoint.EndpointSession(endpoint.parse(server))
    assert session.graphs() == [
        "https://w3id.org/kgraph/graph/extracted", "https://w3id.org/kgraph/graph/ontology",
    ]  # fmt: skip
    code, _, err = _run("query", "--store", server, "SELECT ?x WHERE { ?x crm:nope }")
    assert code == 1 and "refused" in err


def test_endpoint_empty_server_gives_the_build_hint(server: str) -> None:
    code, _, err = _run("stats", "--store", server)
    assert code == 1
    assert "No kgraph graphs" in err and "kgraph build" in err


def test_endpoint_unreachable_server_is_a_store_error() -> None:
    session = endpoint.EndpointSession(endpoint.parse(f"http://127.0.0.1:{free_port()}/query"))
    with pytest.raises(StoreError, match="Cannot reach") as info:
        session.graphs()
    assert "--store" in info.value.hint


def test_endpoint_parse_derives_the_update_url() -> None:
    assert endpoint.parse("http://h:7878/query").update_url == "http://h:7878/update"
    assert endpoint.parse("http://h/ds/sparql").update_url == "http://h/ds/update"
    # Virtuoso answers updates on its query endpoints themselves (/sparql, /sparql-auth)
    assert endpoint.parse("http://h:8890/sparql/").update_url == "http://h:8890/sparql/"
    virtuoso = endpoint.parse("http://dba:s%40cret@h:8890/sparql-auth")
    assert (virtuoso.query_url, virtuoso.update_url) == ("http://h:8890/sparql-auth",) * 2
    assert (virtuoso.user, virtuoso.password) == ("dba", "s@cret")
    assert "cret" not in repr(virtuoso) + str(virtuoso)
    assert endpoint.parse("http://h/repo").update_url == "http://h/repo"
    assert endpoint.parse("http://h/q|http://h/u").update_url == "http://h/u"
    with pytest.raises(StoreError, match="not an http"):
        endpoint.parse("output/store")


def test_endpoint_batches_cut_at_line_ends() -> None:
    data = b"".join(f"<http://s{i}> <http://p> <http://o> .\n".encode() for i in range(100))
    chunks = list(endpoint._chunks(data, 200))
    assert b"".join(chunks) == data
    assert all(c.endswith(b"\n") and len(c) <= 200 for c in chunks)
    long_line = b"x" * 500 + b"\n"
    assert list(endpoint._chunks(long_line + b"y\n", 100)) == [long_line, b"y\n"]
