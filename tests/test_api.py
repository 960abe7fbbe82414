"""kgraph.api: the notebook API (kgraph.build, kgraph.open, KnowledgeGraph, Rows)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]
import pytest
import rdflib
from rdflib.compare import isomorphic

import kgraph
from kgraph import network, store
from kgraph.errors import CorpusError, KgraphError, StoreError, UnknownPluginError
from kgraph.vocab import CRM_IRI

BUYS = "SELECT ?who ?what WHERE { ?who crm:buys ?what } ORDER BY ?who ?what"


def test_api_build_gives_a_graph_with_its_report_and_validation(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kg = kgraph.build(data_dir / "five-languages", output=tmp_path / "out")
    assert isinstance(kg, kgraph.KnowledgeGraph) and kg.output == tmp_path / "out"
    assert kg.report is not None and kg.report.documents == 5
    assert kg.validation is not None and kg.validation.conforms
    assert capsys.readouterr() == ("", "")  # the library never prints
    assert kgraph.open(tmp_path / "out").query("ASK { ?s crm:buys ?o }") is True


def test_api_build_is_the_function_even_after_the_pipeline_is_imported() -> None:
    importlib.import_module("kgraph.triples")
    importlib.import_module("kgraph.pipeline")
    assert callable(kgraph.build) and kgraph.build.__module__ == "kgraph.api"
    with pytest.raises(CorpusError):
        kgraph.build(Path("/nonexistent/corpus"), output=Path("/nonexistent/out"))


def test_api_open_without_a_store_raises_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No graph in") as info:
        kgraph.open(tmp_path / "nothing")
    assert "kgraph.build(" in info.value.hint


def test_api_query_rows_are_dicts_of_python_values(sample_output: Path) -> None:
    kg = kgraph.open(sample_output)
    rows = kg.query(BUYS)
    assert isinstance(rows, kgraph.Rows)
    assert rows.variables == ("who", "what") and len(rows) == 3
    assert rows[0] == {"who": "crm:BusinessCustomer", "what": "crm:Service"}
    confidences = kg.query("SELECT ?c WHERE { kgs:st1 crm:confidence ?c }")
    assert isinstance(confidences, kgraph.Rows) and confidences[0] == {"c": 0.8}
    assert isinstance(confidences[0]["c"], float)
    assert kg.query("ASK { crm:Customer crm:buys crm:Product }") is True
    graph = kg.query("CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }")
    assert isinstance(graph, rdflib.Graph) and len(graph) == 3


def test_api_query_reads_files_and_infers(sample_output: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(BUYS)
    kg = kgraph.open(sample_output)
    assert kg.query(file=rq) == kg.query(BUYS)
    # the sample ontology says BusinessCustomer ⊑ Customer
    rows = kg.query("SELECT ?c WHERE { ?c rdfs:subClassOf crm:Customer }", infer="rdfs")
    assert {"c": "crm:BusinessCustomer"} in list(rows)  # type: ignore[arg-type]


def test_api_rows_to_pandas(sample_output: Path) -> None:
    pd = pytest.importorskip("pandas")
    frame = kgraph.open(sample_output).query(BUYS).to_pandas()  # type: ignore[union-attr]
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["who", "what"] and len(frame) == 3


def test_api_rows_to_pandas_without_pandas_says_what_to_install(
    sample_output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    rows = kgraph.open(sample_output).query(BUYS)
    with pytest.raises(KgraphError, match="needs pandas") as info:
        rows.to_pandas()  # type: ignore[union-attr]
    assert "pip install" in info.value.hint


def test_api_rows_render_in_notebooks(sample_output: Path) -> None:
    rows = kgraph.open(sample_output).query(BUYS)
    assert repr(rows).splitlines()[0] == "who\twhat"
    assert "<td>crm:Customer</td>" in rows._repr_html_()  # type: ignore[union-attr]


def test_api_to_rdflib_and_to_networkx(sample_output: Path) -> None:
    kg = kgraph.open(sample_output)
    assert isomorphic(kg.to_rdflib(), store.union_graph(sample_output))
    graph = kg.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.number_of_edges() == len(network.load(sample_output).edges)
    assert graph.nodes[CRM_IRI + "Customer"]["class"] == "Customer"


def test_api_view_and_export_write_files(sample_output: Path, tmp_path: Path) -> None:
    kg = kgraph.open(sample_output)
    report = kg.view(tmp_path / "view.html", focus="crm:Customer", relation="buys")
    assert report.path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert kg.export(tmp_path / "graph.nt") == len(kg.to_rdflib())
    assert kg.export(tmp_path / "g.out", "graphml") == 9
    assert kg.export(tmp_path / "crm.ttl", ontology=True) > 1000
    with pytest.raises(UnknownPluginError, match="Available: csv"):
        kg.export(tmp_path / "graph.unknown")


@pytest.mark.parametrize("memory", [False, True], ids=["disk", "memory"])
def test_api_open_graph_answers_from_the_store_as_it_is_now(
    sample_output: Path, memory: bool
) -> None:
    kg = kgraph.open(sample_output, memory=memory)
    assert len(kg.query(BUYS)) == 3  # type: ignore[arg-type]
    store.replace(sample_output, {"extracted": rdflib.Graph()})  # a rebuild in another process
    assert kg.query("ASK { ?s crm:buys ?o }") is False


def test_api_import_kgraph_loads_the_api_on_first_use() -> None:
    code = (
        "import sys, kgraph\n"
        "assert 'kgraph.pipeline' not in sys.modules and 'kgraph.api' not in sys.modules\n"
        "assert kgraph.open.__module__ == 'kgraph.api' and 'kgraph.pipeline' in sys.modules\n"
        "assert kgraph.Document.__module__ == 'kgraph.model'\n"
        "try:\n    kgraph.nope\nexcept AttributeError:\n    pass\nelse:\n    raise SystemExit(1)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
