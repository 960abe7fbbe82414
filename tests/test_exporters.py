"""kgraph.exporters: the registry, choosing a format, byte-stable exports that parse back, CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import exporters, store
from kgraph.cli import app
from kgraph.errors import ExportError, StoreError, UnknownPluginError
from kgraph.vocab import DOC_IRI as DOC
from kgraph.vocab import ENTITY_IRI, GRAPH_IRI, NIF, STATEMENT_IRI

EX = Namespace("http://example.org/")
XSD = "http://www.w3.org/2001/XMLSchema#"
CRM = "https://w3id.org/kgraph/crm#"

# exporter name → rdflib parser format; the quad formats keep named graphs
_PARSERS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
_QUAD_PARSERS = {"nq": "nquads", "trig": "trig"}


def _assert_isomorphic(got: Graph, expected: Graph) -> None:
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(
            "graphs differ\nonly in export:\n"
            + only_got.serialize(format="nt")
            + "\nonly in store:\n"
            + only_expected.serialize(format="nt")
        )


def _parse(data: bytes, fmt: str) -> Graph:
    # rdflib 7.6's JSON-LD parser builds a ConjunctiveGraph, its own deprecated class.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        return Graph().parse(data=data, format=fmt)


def _export(output: Path, name: str) -> bytes:
    out = io.BytesIO()
    exporters.export(output, name, out)
    return out.getvalue()


def test_exporters_builtins_are_registered_with_suffixes() -> None:
    assert exporters.exporters.names() == [
        "csv", "gexf", "graphml", "jsonld", "nq", "nt", "trig", "turtle", "xml"
    ]  # fmt: skip
    suffixes = {
        name: exporters.exporters.get(name).suffixes for name in exporters.exporters.names()
    }
    assert suffixes["jsonld"] == (".jsonld", ".json")
    assert suffixes["xml"] == (".rdf", ".owl", ".xml")
    assert suffixes["graphml"] == (".graphml",) and suffixes["csv"] == (".zip",)


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [
        (None, None, "turtle"),
        (None, Path("graph"), "turtle"),
        (None, Path("out/graph.NT"), "nt"),
        (None, Path("graph.json"), "jsonld"),
        (None, Path("graph.owl"), "xml"),
        (None, Path("graph.graphml"), "graphml"),
        (None, Path("graph.gexf"), "gexf"),
        (None, Path("neo4j.zip"), "csv"),
        ("trig", Path("graph.nt"), "trig"),  # an explicit format wins
        ("NQ", None, "nq"),
    ],
)
def test_exporters_choose_infers_from_suffix(
    fmt: str | None, path: Path | None, expected: str
) -> None:
    assert exporters.choose(fmt, path) == expected


def test_exporters_choose_unknown_name_lists_the_available_ones() -> None:
    with pytest.raises(
        UnknownPluginError,
        match=r"Unknown exporter 'nope'\. Available: csv, gexf, graphml, jsonld, nq, nt, trig, "
        r"turtle, xml",
    ):
        exporters.choose("nope", None)


def test_exporters_choose_unknown_suffix_lists_formats_and_suffixes() -> None:
    with pytest.raises(
        UnknownPluginError, match=r"from 'graph\.csv'\. Available: csv, .*suffixes: .*\.nt"
    ) as info:
        exporters.choose(None, Path("graph.csv"))
    assert "--format" in info.value.hint


@pytest.mark.parametrize("name", sorted(_PARSERS))
def test_exporters_union_formats_round_trip_and_are_byte_stable(
    sample_output: Path, name: str
) -> None:
    first, second = _export(sample_output, name), _export(sample_output, name)
    assert first == second
    parsed = _parse(first, _PARSERS[name])
    _assert_isomorphic(parsed, store.union_graph(sample_output))


@pytest.mark.parametrize("name", sorted(_QUAD_PARSERS))
def test_exporters_quad_formats_put_each_document_in_its_own_graph(
    sample_output: Path, name: str, parse_dataset: Callable[[bytes, str], dict[str, Graph]]
) -> None:
    first, second = _export(sample_output, name), _export(sample_output, name)
    assert first == second
    graphs = parse_dataset(first, _QUAD_PARSERS[name])
    nb, de = DOC + "002_kunder.txt", DOC + "003_kunden.txt"
    assert sorted(graphs) == sorted([nb, de, GRAPH_IRI + "concepts", GRAPH_IRI + "ontology"])
    # the document graph holds its document, sentences, statements and their direct triples
    customer_buys_product = (
        URIRef(CRM + "Customer"),
        URIRef(CRM + "buys"),
        URIRef(CRM + "Product"),
    )
    assert customer_buys_product in graphs[nb] and customer_buys_product in graphs[de]
    assert (URIRef(nb), RDF.type, NIF.Context) in graphs[nb]
    assert (URIRef(STATEMENT_IRI + "st1"), RDF.type, RDF.Statement) in graphs[nb]
    assert (URIRef(STATEMENT_IRI + "st1"), None, None) not in graphs[de]
    assert len(set(graphs[nb].subjects(RDF.type, NIF.Sentence))) == 2
    # a negated statement keeps its node in its document, and its triple stays out everywhere
    apple_supplier = (URIRef(ENTITY_IRI + "Apple"), RDF.type, URIRef(CRM + "Supplier"))
    assert (URIRef(STATEMENT_IRI + "st7"), RDF.type, RDF.Statement) in graphs[de]
    assert all(apple_supplier not in g for g in graphs.values())
    # shared nodes live in the concepts graph, not in any document's
    label = (URIRef(CRM + "SatisfiedCustomer"), RDFS.label, Literal("fornøyd kunde", lang="nb"))
    assert label in graphs[GRAPH_IRI + "concepts"] and label not in graphs[nb]
    # nothing is lost or invented: the graphs together are the store's union
    union = Graph()
    for graph in graphs.values():
        union += graph
    _assert_isomorphic(union, store.union_graph(sample_output))


def test_exporters_quad_formats_keep_loaded_graphs(
    sample_output: Path, tmp_path: Path, parse_dataset: Callable[[bytes, str], dict[str, Graph]]
) -> None:
    extra = tmp_path / "crm.nt"
    extra.write_text(f"<{EX}acme> <{CRM}buys> <{CRM}Product> .\n")
    store.add_files(sample_output, [extra])
    graphs = parse_dataset(_export(sample_output, "nq"), "nquads")
    assert len(graphs[GRAPH_IRI + "loaded/crm.nt"]) == 1


def test_exporters_bytes_do_not_depend_on_the_hash_seed(
    sample_output: Path, tmp_path: Path
) -> None:
    # predicates in namespaces kgraph has no prefix for make rdflib invent ns1, ns2 ...
    foreign = tmp_path / "foreign.nt"
    foreign.write_text(
        "".join(f"<{EX}s{i}> <http://p{i}.example/ns#p> <{EX}o> .\n" for i in range(20))
    )
    store.add_files(sample_output, [foreign])
    script = (
        "import hashlib, io, sys, pathlib\n"
        "from kgraph import exporters\n"
        "for name in exporters.exporters.names():\n"
        "    out = io.BytesIO()\n"
        "    exporters.export(pathlib.Path(sys.argv[1]), name, out)\n"
        "    print(name, hashlib.sha256(out.getvalue()).hexdigest())\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(sample_output)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] and len(runs[0].splitlines()) == len(exporters.exporters.names())


def test_exporters_nt_lines_are_sorted_and_unique(sample_output: Path, tmp_path: Path) -> None:
    # the same triple in two graphs is written once
    extra = tmp_path / "dup.nt"
    extra.write_text(f"<{CRM}Customer> <{CRM}buys> <{CRM}Product> .\n")
    store.add_files(sample_output, [extra])
    lines = _export(sample_output, "nt").splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == len(store.union_graph(sample_output))


def test_exporters_turtle_is_pretty_with_kgraph_prefixes(sample_output: Path) -> None:
    text = _export(sample_output, "turtle").decode()
    assert "PREFIX crm: <https://w3id.org/kgraph/crm#>" in text
    assert "PREFIX foaf:" not in text  # unused prefixes are left out
    assert "crm:Customer\n" in text and "    crm:buys crm:Product ;" in text


def test_exporters_write_returns_triple_counts(sample_output: Path) -> None:
    union = len(store.union_graph(sample_output))
    quads = len(_export(sample_output, "nq").splitlines())
    counts = {
        name: exporters.export(sample_output, name, io.BytesIO())
        for name in exporters.exporters.names()
    }
    assert counts == {
        "turtle": union,
        "nt": union,
        "jsonld": union,
        "xml": union,
        "nq": quads,
        "trig": quads,
        "graphml": 9,
        "gexf": 9,
        "csv": 9,
    }
    assert quads > union  # a triple stated in two documents is in both graphs
    assert [exporters.unit(n) for n in ("nt", "nq", "graphml")] == ["triples", "quads", "relations"]


def test_exporters_jsonld_is_compact_with_the_published_context(sample_output: Path) -> None:
    from kgraph import ontology

    document = json.loads(_export(sample_output, "jsonld"))
    published = json.loads(ontology.CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == published
    nodes = {node["@id"]: node for node in document["@graph"]}
    assert nodes["crm:Customer"]["buys"] == "crm:Product"
    st1 = nodes["kgs:st1"]
    assert st1["@type"] == "rdf:Statement" and st1["confidence"] == "0.8"
    assert st1["wasDerivedFrom"] == "kgd:002_kunder.txt#char=0,25"
    assert {"@value": "fornøyd kunde", "@language": "nb"} in nodes["crm:SatisfiedCustomer"]["label"]


def test_exporters_jsonld_loads_back_into_the_store(sample_output: Path, tmp_path: Path) -> None:
    exported = tmp_path / "graph.jsonld"
    exporters.export_to_path(sample_output, "jsonld", exported)
    report = store.add_files(tmp_path / "again", [exported])
    assert report.triples == len(store.union_graph(sample_output))


def test_exporters_jsonld_keeps_values_that_do_not_fit_a_term(tmp_path: Path) -> None:
    # a literal where the context coerces to an IRI, a typed literal where it expects a string
    loaded = tmp_path / "odd.nt"
    loaded.write_text(
        f'<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "text" .\n'
        f'<{EX}a> <http://www.w3.org/2000/01/rdf-schema#label> "1"^^<{XSD}integer> .\n'
        f'<{EX}a> <{CRM}confidence> "high" .\n'
        f'<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "literal type" .\n'
    )
    output = tmp_path / "out"
    store.add_files(output, [loaded])
    parsed = _parse(_export(output, "jsonld"), "json-ld")
    _assert_isomorphic(parsed, store.union_graph(output))


def test_exporters_csv_writes_a_zip_or_a_folder_with_neo4j_headers(
    sample_output: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "graph.zip"
    exporters.export_to_path(sample_output, "csv", archive)
    with zipfile.ZipFile(archive) as zipped:
        files = {name: zipped.read(name) for name in zipped.namelist()}
    assert sorted(files) == ["edges.csv", "nodes.csv"]
    folder = tmp_path / "neo4j"
    assert exporters.export_to_path(sample_output, "csv", folder) == 9
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    nodes = list(csv.DictReader(io.StringIO(files["nodes.csv"].decode())))
    edges = list(csv.DictReader(io.StringIO(files["edges.csv"].decode())))
    assert list(nodes[0]) == ["iri:ID", "label", "kind", "class", "degree:int", ":LABEL"]
    assert list(edges[0]) == [":START_ID", ":END_ID", ":TYPE", "confidence:double", "count:int"]
    apple = next(n for n in nodes if n["iri:ID"] == ENTITY_IRI + "Apple")
    assert apple[":LABEL"] == "Concept;Entity;Company" and apple["class"] == "Company"
    buys = [e for e in edges if e[":START_ID"] == CRM + "Customer" and e[":TYPE"] == "buys"]
    assert [(e["confidence:double"], e["count:int"]) for e in buys] == [("0.85", "2")]
    assert {e[":START_ID"] for e in edges} | {e[":END_ID"] for e in edges} == {
        n["iri:ID"] for n in nodes
    }


def test_exporters_csv_refuses_to_write_a_folder_over_a_file(
    sample_output: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "nodes"
    blocker.write_text("")
    with pytest.raises(ExportError, match="writes a folder"):
        exporters.export_to_path(sample_output, "csv", blocker)


def test_exporters_ontology_store_holds_only_the_tbox_and_refuses_network_formats() -> None:
    from kgraph import ontology

    with exporters.ontology_store("xml") as source:
        data = _export(source, "xml")
    _assert_isomorphic(_parse(data, "xml"), ontology.load())
    with pytest.raises(ExportError, match="not an RDF format"), exporters.ontology_store("gexf"):
        pass


def test_exporters_export_to_path_is_atomic(sample_output: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old contents")
    with pytest.raises(StoreError):
        exporters.export_to_path(tmp_path / "no-store", "turtle", target)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    n = exporters.export_to_path(sample_output, "nt", target)
    assert len(target.read_bytes().splitlines()) == n


def test_exporters_export_to_unwritable_path_is_an_export_error(
    sample_output: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError, match="Cannot write"):
        exporters.export_to_path(sample_output, "nt", blocker / "graph.nt")


def test_exporters_write_turtle_is_deterministic_and_leaves_the_graph_alone(tmp_path: Path) -> None:
    def graph(blank: BNode) -> Graph:
        g = Graph(bind_namespaces="none")
        g.add((EX.acme, EX.sells, blank))
        g.add((blank, EX.label, Literal("widgets", lang="en")))
        g.add((URIRef("https://w3id.org/kgraph/crm#Customer"), EX.buys, EX.acme))
        return g

    first, second = graph(BNode("x1")), graph(BNode("other"))
    exporters.write_turtle(first, tmp_path / "a.ttl")
    exporters.write_turtle(second, tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (
        tmp_path / "b.ttl"
    ).read_bytes()  # canonical blank nodes
    assert "crm:Customer" in (tmp_path / "a.ttl").read_text()
    assert "crm" not in dict(first.namespaces())  # the caller's graph got no new prefixes
    _assert_isomorphic(Graph().parse(tmp_path / "a.ttl", format="turtle"), first)


@dataclass(frozen=True)
class _CountingExporter:
    name: str = "count"
    suffixes: tuple[str, ...] = (".count",)
    media_type: str = "text/plain"

    def write(self, output: Path, out: BinaryIO) -> int:
        data, n = store.dump(output, "nt", union=True)
        out.write(f"{n}\n".encode())
        return n


@pytest.fixture()
def third_party_exporter() -> Iterator[None]:
    exporters.exporters.register("count")(_CountingExporter)
    yield
    del exporters.exporters._factories["count"]


def test_exporters_third_party_registration_works_like_a_builtin(
    third_party_exporter: None, sample_output: Path
) -> None:
    assert "count" in exporters.exporters.names()
    assert exporters.choose(None, Path("x.count")) == "count"
    assert _export(sample_output, "count") == f"{len(store.union_graph(sample_output))}\n".encode()


# --- the CLI ---------------------------------------------------------------------------------


def test_exporters_cli_infers_the_format_from_the_suffix(
    sample_output: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.nt"
    result = CliRunner().invoke(app, ["export", "-o", str(target), "--output", str(sample_output)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"→ {target} (nt)" in result.stderr
    assert target.read_bytes() == _export(sample_output, "nt")


def test_exporters_cli_writes_stdout_by_default(sample_output: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "nq", "--output", str(sample_output)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == _export(sample_output, "nq")


def test_exporters_cli_unknown_format_lists_the_available_ones(sample_output: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "nope", "--output", str(sample_output)])
    assert result.exit_code == 1
    assert (
        "Unknown exporter 'nope'. Available: csv, gexf, graphml, jsonld, nq, nt, trig, turtle, xml"
        in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_exporters_cli_missing_store_gives_the_build_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--output", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "kgraph build" in result.stderr


def test_exporters_cli_ontology_writes_the_tbox_without_a_build(tmp_path: Path) -> None:
    from kgraph import ontology

    target = tmp_path / "crm.owl"
    result = CliRunner().invoke(
        app, ["export", "--ontology", "-o", str(target), "--output", str(tmp_path / "none")]
    )
    assert result.exit_code == 0, result.stderr
    assert f"→ {target} (xml)" in result.stderr
    _assert_isomorphic(Graph().parse(target, format="xml"), ontology.load())


def test_exporters_cli_csv_to_a_folder_reports_relations(
    sample_output: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "neo4j"
    result = CliRunner().invoke(
        app, ["export", "--format", "csv", "-o", str(folder), "--output", str(sample_output)]
    )
    assert result.exit_code == 0, result.stderr
    assert f"9 relations → {folder} (csv)" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "nodes.csv"]
