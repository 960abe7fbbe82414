"""kgraph.store: atomic replace, loading files, opening for reading, construct and dump."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import store
from kgraph.cli import app
from kgraph.errors import QueryError, StoreError
from kgraph.vocab import GRAPH_IRI

EX = "http://example.org/"
SMALL_TTL = f"""@prefix ex: <{EX}> .
ex:acme ex:sells ex:widgets ;
    ex:label "Acme"@en .
"""


def _small_graph() -> Graph:
    return Graph().parse(data=SMALL_TTL, format="turtle")


def _graph_in_store(output: Path, name: str) -> Graph:
    return store.construct(
        output, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH_IRI}{name}> {{ ?s ?p ?o }} }}"
    )


def test_store_replace_puts_each_graph_in_its_named_graph(
    sample_output: Path, sample_graphs: dict[str, Graph]
) -> None:
    with store.reading(sample_output) as session:
        assert session.graphs() == [GRAPH_IRI + "extracted", GRAPH_IRI + "ontology"]
        assert len(session) == sum(len(g) for g in sample_graphs.values())
    assert isomorphic(_graph_in_store(sample_output, "ontology"), sample_graphs["ontology"])
    assert len(_graph_in_store(sample_output, "extracted")) == len(sample_graphs["extracted"])


def test_store_replace_swaps_in_the_new_graphs_and_cleans_up(sample_output: Path) -> None:
    store.replace(sample_output, {"extracted": _small_graph()})
    with store.reading(sample_output) as session:
        assert session.graphs() == [GRAPH_IRI + "extracted"]
        assert len(session) == 2
    assert sorted(p.name for p in sample_output.iterdir()) == [".kgraph.lock", "store"]


def test_store_replace_keeps_loaded_graphs(sample_output: Path, tmp_path: Path) -> None:
    extra = tmp_path / "crm export.ttl"
    extra.write_text(SMALL_TTL, encoding="utf-8")
    store.add_files(sample_output, [extra])
    store.replace(sample_output, {"extracted": Graph()})
    name = store.loaded_graph_name(extra)
    assert name == "loaded/crm%20export.ttl"
    assert isomorphic(_graph_in_store(sample_output, name), _small_graph())
    with store.reading(sample_output) as session:
        assert GRAPH_IRI + "ontology" not in session.graphs()


@pytest.mark.parametrize(
    ("iri", "message"),
    [
        ("relative/iri", "'more' graph holds a term the store rejects"),  # pyoxigraph refuses
        (
            "http://example.org/a{b}",
            "'more' graph cannot be written as N-Triples",
        ),  # rdflib refuses
    ],
)
def test_store_replace_failure_leaves_the_previous_store(
    sample_output: Path, iri: str, message: str
) -> None:
    bad = Graph()
    bad.add((URIRef(iri), URIRef(EX + "p"), Literal("x")))
    with pytest.raises(StoreError, match=message):
        store.replace(sample_output, {"extracted": _small_graph(), "more": bad})
    with store.reading(sample_output) as session:
        assert len(session.graphs()) == 2
    assert not (sample_output / ".store.new").exists()


def test_store_survives_a_crash_between_the_renames(sample_output: Path) -> None:
    # The first rename of a swap happened, the second did not.
    os.rename(sample_output / "store", sample_output / ".store.old")
    with store.reading(sample_output) as session:
        assert len(session.graphs()) == 2
    store.replace(sample_output, {"extracted": _small_graph()})
    assert not (sample_output / ".store.old").exists()
    with store.reading(sample_output) as session:
        assert len(session) == 2


def test_store_rejects_invalid_graph_names(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="Invalid graph name 'loaded/x'"):
        store.replace(tmp_path, {"loaded/x": Graph()})
    with pytest.raises(StoreError, match="Invalid graph name 'a b'"):
        store.replace(tmp_path, {"a b": Graph()})


def test_store_reading_a_missing_store_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info, store.reading(tmp_path / "output"):
        pass
    assert info.value.message.startswith(f"No graph in '{tmp_path / 'output'}/'")
    assert info.value.hint == f"Run `kgraph build CORPUS --output {tmp_path / 'output'}` first."


def test_store_reading_a_corrupt_store_says_to_rebuild(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="cannot be opened") as info, store.reading(tmp_path):
        pass
    assert "kgraph build" in info.value.hint


def test_store_readers_are_not_blocked_by_a_writer(sample_output: Path) -> None:
    with store.writing(sample_output) as writer, store.reading(sample_output) as reader:
        assert reader.graphs() == writer.graphs()


def test_store_another_process_writing_blocks_writers_but_not_readers(sample_output: Path) -> None:
    holder = (
        "import sys, pathlib\n"
        "from kgraph import store\n"
        "with store.writing(pathlib.Path(sys.argv[1])):\n"
        "    print('locked', flush=True)\n"
        "    sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder, str(sample_output)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        with store.reading(sample_output) as session:
            assert len(session.graphs()) == 2
        with pytest.raises(StoreError, match="Another kgraph process is writing") as info:
            store.add_files(sample_output, [])
        assert "Wait for" in info.value.hint
    finally:
        proc.communicate("", timeout=30)
    store.add_files(sample_output, [])  # released when the other process ends


def test_store_replace_over_a_corrupt_store_rebuilds_it(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "CURRENT").write_text("garbage\n")
    store.replace(tmp_path, {"extracted": _small_graph()})
    with store.reading(tmp_path) as session:
        assert len(session) == 2


def test_store_second_writer_is_refused(sample_output: Path) -> None:
    with (
        store.writing(sample_output),
        pytest.raises(StoreError, match="Another kgraph process is writing"),
    ):
        store.replace(sample_output, {"extracted": Graph()})


def test_store_session_is_closed_after_its_block(sample_output: Path) -> None:
    with store.reading(sample_output) as session:
        pass
    with pytest.raises(StoreError, match="closed"):
        session.graphs()


@pytest.mark.parametrize(
    ("suffix", "rdflib_format"),
    [
        (".ttl", "turtle"), (".nt", "nt"), (".nq", "nquads"), (".trig", "trig"),
        (".jsonld", "json-ld"),
        (".json", "json-ld"), (".rdf", "xml"), (".owl", "xml"), (".xml", "xml"), (".n3", "n3"),
    ],
)  # fmt: skip
def test_store_add_files_reads_every_suffix(
    tmp_path: Path, suffix: str, rdflib_format: str
) -> None:
    # quad formats: one triple in a named graph, one in the default graph; both end up in one graph
    if rdflib_format == "nquads":
        text = (
            f'<{EX}acme> <{EX}sells> <{EX}widgets> <{EX}g> .\n<{EX}acme> <{EX}label> "Acme"@en .\n'
        )
    elif rdflib_format == "trig":
        text = f"<{EX}g> {{ <{EX}acme> <{EX}sells> <{EX}widgets> . }}\n"
        text += f'<{EX}acme> <{EX}label> "Acme"@en .\n'
    else:
        text = _small_graph().serialize(format=rdflib_format)
    file = tmp_path / f"data{suffix}"
    file.write_text(text, encoding="utf-8")
    output = tmp_path / "output"
    report = store.add_files(output, [file])  # creates the store
    assert report.loaded == (store.LoadedFile(file, f"loaded/data{suffix}", 2),)
    assert isomorphic(_graph_in_store(output, f"loaded/data{suffix}"), _small_graph())


def test_store_add_files_replaces_an_earlier_load_of_the_same_file(
    sample_output: Path, tmp_path: Path
) -> None:
    file = tmp_path / "extra.ttl"
    file.write_text(SMALL_TTL, encoding="utf-8")
    store.add_files(sample_output, [file])
    file.write_text(f"<{EX}a> <{EX}b> <{EX}c> .\n", encoding="utf-8")
    report = store.add_files(sample_output, [file])
    assert report.triples == 1
    assert report.summary() == f"1 file, 1 triples → {sample_output / 'store'} (extra.ttl: 1)"
    assert len(_graph_in_store(sample_output, "loaded/extra.ttl")) == 1


def test_store_add_files_bad_file_names_file_and_line_and_loads_the_rest(
    sample_output: Path, tmp_path: Path
) -> None:
    bad, good = tmp_path / "bad.ttl", tmp_path / "good.ttl"
    bad.write_text(SMALL_TTL, encoding="utf-8")
    store.add_files(sample_output, [bad])  # a good earlier version of bad.ttl
    bad.write_text(f"@prefix ex: <{EX}> .\nex:a ex:b ex:c ;\n    ex:d .\n", encoding="utf-8")
    good.write_text(SMALL_TTL, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        store.add_files(sample_output, [bad, good, tmp_path / "missing.nt"])
    message = info.value.message
    assert "\n" not in message
    assert f"{bad}: line 3, column" in message
    assert f"{tmp_path / 'missing.nt'}: no such file" in message
    assert "(1 other file loaded)" in message
    assert len(_graph_in_store(sample_output, "loaded/good.ttl")) == 2
    assert len(_graph_in_store(sample_output, "loaded/bad.ttl")) == 2  # the earlier load is kept


def test_store_add_files_unknown_suffix_lists_the_known_ones(tmp_path: Path) -> None:
    file = tmp_path / "data.csv"
    file.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"unknown RDF suffix '\.csv' \(known: \.ttl, \.nt"):
        store.add_files(tmp_path / "output", [file])


def test_store_construct_returns_an_rdflib_graph_with_prefixes(sample_output: Path) -> None:
    graph = store.construct(sample_output, "CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }")
    assert len(graph) == 3
    assert dict(graph.namespaces())["crm"] == URIRef("https://w3id.org/kgraph/crm#")


def test_store_construct_refuses_select(sample_output: Path) -> None:
    with pytest.raises(QueryError, match="Expected a CONSTRUCT or DESCRIBE query, got SELECT"):
        store.construct(sample_output, "SELECT * WHERE { ?s ?p ?o }")


def test_store_dump_nquads_keeps_named_graphs_sorted(
    sample_output: Path,
    sample_graphs: dict[str, Graph],
    parse_dataset: Callable[[bytes, str], dict[str, Graph]],
) -> None:
    data, count = store.dump(sample_output, "nq", union=False)
    lines = data.splitlines()
    assert lines == sorted(lines) and len(lines) == count
    graphs = parse_dataset(data, "nquads")
    assert sorted(graphs) == [GRAPH_IRI + "extracted", GRAPH_IRI + "ontology"]
    assert isomorphic(graphs[GRAPH_IRI + "ontology"], sample_graphs["ontology"])


def test_store_dump_rejects_named_graphs_in_a_triple_format(sample_output: Path) -> None:
    from kgraph.errors import ExportError

    with pytest.raises(ExportError, match="cannot hold named graphs"):
        store.dump(sample_output, "nt", union=False)


def test_store_cli_load_bad_turtle_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"@prefix ex: <{EX}> .\nex:a ex:b .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["load", str(bad), "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stdout == ""
    first, *rest = result.stderr.splitlines()
    assert first.startswith(f"Error: Cannot load {bad}: line 2, column")
    assert len(rest) == 1 and "kgraph load" in rest[0]  # the hint
    assert "Traceback" not in result.stderr


def test_store_cli_load_reports_triples(tmp_path: Path) -> None:
    file = tmp_path / "extra.ttl"
    file.write_text(SMALL_TTL, encoding="utf-8")
    result = CliRunner().invoke(app, ["load", str(file), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert "1 file, 2 triples" in result.stderr
    assert "(extra.ttl: 2)" in result.stderr


def _count(output: Path) -> int:
    with store.reading(output) as session:
        outcome = session.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    term = outcome.rows[0][0]
    assert term is not None
    return int(term.value)


@pytest.mark.parametrize("memory", [False, True], ids=["disk", "memory"])
def test_store_kept_reader_opens_once_and_reopens_after_each_write(
    sample_output: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory: bool
) -> None:
    opened: list[Path] = []
    real_open = store._open_read_only

    def counting_open(output: Path) -> object:
        opened.append(output)
        return real_open(output)

    monkeypatch.setattr(store, "_open_read_only", counting_open)
    reader = store.keep_open(sample_output, memory=memory)
    before = _count(sample_output)
    assert _count(sample_output) == before and len(opened) == 1  # reused, not reopened
    extra = tmp_path / "extra.ttl"
    extra.write_text(SMALL_TTL, encoding="utf-8")
    store.add_files(sample_output, [extra])  # writes in place: the old handle would not see it
    assert _count(sample_output) == before + 2 and len(opened) == 2
    with store.writing(sample_output) as session:
        session.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")
    assert _count(sample_output) == before + 3
    store.replace(sample_output, {"extracted": _small_graph()})  # swaps in a new folder
    # the new graph and the kept loaded file hold the same two triples: the union has them once
    assert _count(sample_output) == 2
    assert len(opened) == 4
    del reader  # no Reader left: every read opens the store again
    _count(sample_output)
    _count(sample_output)
    assert len(opened) == 6
