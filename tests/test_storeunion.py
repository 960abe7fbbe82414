"""kgraph.storeunion: the store's default graph is the union of its named graphs, each triple once,
after a build, an incremental rebuild, a load, a reload and an update; older stores are upgraded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import pipeline, store, storefolder, storeunion
from kgraph.cli import app
from kgraph.errors import StoreError
from kgraph.vocab import GRAPH_IRI

EX = "http://example.org/"
SHARED = f"<{EX}acme> <{EX}sells> <{EX}widgets> ."
TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
NAMED = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def _triples(output: Path, sparql: str) -> list[tuple[str, ...]]:
    with store.reading(output) as session:
        rows = session.query(sparql).rows
    return [tuple(t.ntriples for t in row if t is not None) for row in rows]


def _default_graph(output: Path) -> set[tuple[str, ...]]:
    """The default graph, after checking that it is the union of the named graphs."""
    default = _triples(output, TRIPLES)
    assert len(default) == len(set(default))
    assert set(default) == set(_triples(output, NAMED))
    return set(default)


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _file(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_storeunion_a_triple_in_two_graphs_is_one_row_and_counted_once(
    sample_output: Path, tmp_path: Path
) -> None:
    a = _file(tmp_path / "a.nt", SHARED, f'<{EX}acme> <{EX}label> "Acme" .')
    b = _file(tmp_path / "b.nt", SHARED)
    _cli("load", str(a), str(b), "--output", str(sample_output))
    rows = _cli("query", "--output", str(sample_output), "--format", "csv",
                f"SELECT ?o WHERE {{ <{EX}acme> <{EX}sells> ?o }}")  # fmt: skip
    assert rows.splitlines() == ["o", f"{EX}widgets"]
    count = _cli("query", "--output", str(sample_output), "--format", "csv",
                 f"SELECT (COUNT(*) AS ?n) WHERE {{ <{EX}acme> ?p ?o }}")  # fmt: skip
    assert count.splitlines() == ["n", "2"]
    where = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}acme> <{EX}sells> ?o }} }} ORDER BY ?g"
    graphs = _cli("query", "--output", str(sample_output), "--format", "csv", where)
    assert graphs.splitlines()[1:] == [f"{GRAPH_IRI}loaded/a.nt", f"{GRAPH_IRI}loaded/b.nt"]
    _default_graph(sample_output)
    assert storeunion.is_current(store.store_path(sample_output))


def test_storeunion_reloading_a_file_keeps_what_another_graph_holds(
    sample_output: Path, tmp_path: Path
) -> None:
    shared = (f"<{EX}acme>", f"<{EX}sells>", f"<{EX}widgets>")
    a = _file(tmp_path / "a.nt", SHARED, f'<{EX}acme> <{EX}label> "Acme" .')
    b = _file(tmp_path / "b.nt", SHARED, "_:x <http://example.org/p> _:y .")
    store.add_files(sample_output, [a, b])
    store.add_files(sample_output, [_file(a, f'<{EX}acme> <{EX}label> "Acme" .')])
    assert shared in _default_graph(sample_output)  # b still says it
    store.add_files(sample_output, [_file(b, f"<{EX}other> <{EX}p> <{EX}o> .")])
    reloaded = _default_graph(sample_output)
    assert shared not in reloaded
    assert not any(s.startswith("_:") for s, _, _ in reloaded)  # b's blank nodes went with it
    clean = tmp_path / "clean"  # the same graphs loaded once into a fresh store
    shutil.copytree(sample_output, clean)
    shutil.rmtree(store.store_path(clean))
    store.replace(clean, {"extracted": _graph(sample_output, "extracted"),
                          "ontology": _graph(sample_output, "ontology")})  # fmt: skip
    store.add_files(clean, [a, b])
    assert _default_graph(clean) == reloaded


def _graph(output: Path, name: str) -> object:
    return store.construct(
        output, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{GRAPH_IRI}{name}> {{ ?s ?p ?o }} }}"
    )


def test_storeunion_blank_nodes_of_a_loaded_file_are_the_same_in_the_union(
    sample_output: Path, tmp_path: Path
) -> None:
    b = _file(tmp_path / "b.ttl", f"[] <{EX}p> [ <{EX}q> 1 ] .")
    store.add_files(sample_output, [b])
    store.replace(sample_output, {"extracted": _graph(sample_output, "extracted")})  # copies b
    union = _default_graph(sample_output)
    assert sum(s.startswith("_:") for s, _, _ in union) == 2


SENTENCE = "Northwind Ltd sells products to business customers.\n"
OTHER = "Satisfied customers buy more products.\n"
DIRECT = """SELECT DISTINCT ?s ?p ?o WHERE {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o }"""


def _build(corpus: Path, output: Path) -> set[tuple[str, ...]]:
    pipeline.build(corpus, output)
    return _default_graph(output)


def test_storeunion_incremental_rebuild_equals_a_clean_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a.txt", SENTENCE), ("b.txt", SENTENCE), ("c.txt", OTHER)):
        (corpus / name).write_text(text, encoding="utf-8")
    output = tmp_path / "output"
    _build(corpus, output)
    from kgraph.vocab import PREFIXES

    def direct(out: Path) -> set[tuple[str, ...]]:
        with store.reading(out) as session:
            rows = session.query(DIRECT, prefixes=PREFIXES).rows
        return {tuple(t.ntriples for t in row if t is not None) for row in rows}

    only_c = tmp_path / "only-c"
    (only_c / "corpus").mkdir(parents=True)
    shutil.copy(corpus / "c.txt", only_c / "corpus")
    _build(only_c / "corpus", only_c / "output")
    stated_twice = direct(output) - direct(only_c / "output")
    assert stated_twice  # what a.txt and b.txt both say
    s, p, o = sorted(stated_twice)[0]
    count = _cli("query", "--output", str(output), "--format", "csv",
                 f"SELECT (COUNT(*) AS ?n) WHERE {{ {s} {p} {o} }}")  # fmt: skip
    assert count.splitlines() == ["n", "1"]

    (corpus / "a.txt").unlink()
    rebuilt = _build(corpus, output)
    assert stated_twice <= rebuilt
    clean = tmp_path / "clean"
    shutil.copytree(corpus, clean / "corpus")
    assert rebuilt == _build(clean / "corpus", clean / "output")

    (corpus / "b.txt").unlink()
    rebuilt = _build(corpus, output)
    assert not stated_twice & rebuilt
    assert rebuilt == _default_graph(only_c / "output")


def test_storeunion_updates_write_the_union(sample_output: Path) -> None:
    a, b, c, d = (f"<{EX}{x}>" for x in "abcd")
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    with store.writing(sample_output) as session:
        session.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ {a} {b} {c} }} }}")
        session.update(f"INSERT DATA {{ {a} {b} {d} }}")  # into the default graph alone
    union = _default_graph(sample_output)
    assert {(a, b, c), (a, b, d)} <= union
    kept = _triples(sample_output, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{storeunion.UPDATED}> "
                                   "{ ?s ?p ?o } }")  # fmt: skip
    assert kept == [(a, b, d)]
    subject, value = _triples(sample_output, f"SELECT ?s ?o WHERE {{ ?s {label} ?o }} LIMIT 1")[0]
    labelled = (subject, label, value)
    with store.writing(sample_output) as session:
        session.update(f"DELETE WHERE {{ GRAPH ?g {{ {a} {b} {c} }} }}")  # from its graphs
        session.update(f"DELETE DATA {{ {subject} {label} {value} }}")  # from every graph
    union = _default_graph(sample_output)
    assert (a, b, c) not in union and labelled not in union
    with store.writing(sample_output) as session:
        session.update("CLEAR ALL")
    assert _default_graph(sample_output) == set()


def _old_store(output: Path) -> None:
    """A store as kgraph made it before the union: named graphs only, no format file, and a
    triple an update put in the default graph."""
    path = store.store_path(output)
    shutil.rmtree(path)
    old = ox.Store(str(path))
    data = f"{SHARED}\n<{EX}x> <{EX}y> <{EX}z> .\n".encode()
    for name in ("extracted", "ontology"):  # SHARED in both
        old.bulk_load(data, ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(GRAPH_IRI + name))
    old.add(ox.Quad(ox.NamedNode(EX + "u"), ox.NamedNode(EX + "v"), ox.NamedNode(EX + "w")))
    old.flush()
    del old


def test_storeunion_an_older_store_is_upgraded_once_when_opened(sample_output: Path) -> None:
    _old_store(sample_output)
    assert not storeunion.is_current(store.store_path(sample_output))
    rows = _cli("query", "--output", str(sample_output), "--format", "csv",
                f"SELECT ?o WHERE {{ <{EX}acme> <{EX}sells> ?o }}")  # fmt: skip
    assert rows.splitlines() == ["o", f"{EX}widgets"]
    assert storeunion.is_current(store.store_path(sample_output))
    union = _default_graph(sample_output)
    assert (f"<{EX}u>", f"<{EX}v>", f"<{EX}w>") in union  # kept, in the graph of updates
    graphs = _cli("query", "--output", str(sample_output), "--format", "csv",
                  "SELECT ?g WHERE { GRAPH ?g {} } ORDER BY ?g")  # fmt: skip
    assert storeunion.UPDATED in graphs.splitlines()


def test_storeunion_an_older_store_being_written_says_what_to_do(sample_output: Path) -> None:
    _old_store(sample_output)
    with storefolder._write_lock(sample_output), pytest.raises(StoreError) as caught:
        with store.reading(sample_output) as session:
            session.query(TRIPLES)
    assert "made by an older kgraph" in caught.value.message
    assert "kgraph build" in caught.value.hint


def test_storeunion_an_update_cut_short_is_repaired_on_the_next_open(sample_output: Path) -> None:
    before = _default_graph(sample_output)
    path = store.store_path(sample_output)
    with store.writing(sample_output) as session:  # as if the process died mid-update
        session._get().remove(next(iter(session._get().quads_for_pattern(
            None, None, None, ox.DefaultGraph()))))  # fmt: skip
        storeunion.mark(path, "updating")
    assert _default_graph(sample_output) == before
    assert storeunion.is_current(path)


@pytest.mark.parametrize("memory", [False, True])
def test_storeunion_open_answers_the_union_and_each_graph(
    sample_output: Path, tmp_path: Path, memory: bool
) -> None:
    import kgraph

    store.add_files(
        sample_output, [_file(tmp_path / "a.nt", SHARED), _file(tmp_path / "b.nt", SHARED)]
    )
    kg = kgraph.open(sample_output, memory=memory)
    rows = kg.query(f"SELECT ?o WHERE {{ <{EX}acme> <{EX}sells> ?o }}")
    assert len(rows) == 1
    graphs = kg.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}acme> <{EX}sells> ?o }} }}")
    assert len(graphs) == 2  # a named graph each, read from the disk with memory=True
    assert len(kg.query(TRIPLES)) == len(_default_graph(sample_output))
