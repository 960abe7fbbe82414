"""kgraph.network: concepts and relations as a network; graphml and gexf networkx reads back."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]
import pytest

from kgraph import exporters, network
from kgraph.vocab import CONCEPT_IRI, CRM_IRI, ENTITY_IRI


def _export(output: Path, name: str) -> bytes:
    out = io.BytesIO()
    exporters.export(output, name, out)
    return out.getvalue()


def test_network_nodes_carry_label_kind_class_and_degree(sample_output: Path) -> None:
    nodes = {n.iri: n for n in network.load(sample_output).nodes}
    customer = nodes[CRM_IRI + "Customer"]
    assert (customer.label, customer.kind, customer.cls, customer.degree) == (
        "customer", "class", "Customer", 2
    )  # fmt: skip
    satisfied = nodes[CRM_IRI + "SatisfiedCustomer"]
    assert (satisfied.kind, satisfied.cls, satisfied.label) == (
        "qualified", "Customer", "satisfied customer"
    )  # fmt: skip
    assert nodes[ENTITY_IRI + "Apple"].kind == "entity"
    assert nodes[ENTITY_IRI + "Apple"].cls == "Company"
    assert nodes[CONCEPT_IRI + "isprodusent"].cls == "Producer"


def test_network_label_language_falls_back_to_english(sample_output: Path) -> None:
    nodes = {n.iri: n for n in network.load(sample_output, lang="nb").nodes}
    assert nodes[CRM_IRI + "SatisfiedCustomer"].label == "fornøyd kunde"
    assert nodes[CRM_IRI + "Product"].label == "product"


def test_network_edges_count_statements_and_keep_the_best_confidence(sample_output: Path) -> None:
    edges = {(e.source, e.relation, e.target): e for e in network.load(sample_output).edges}
    buys = edges[(CRM_IRI + "Customer", "buys", CRM_IRI + "Product")]
    assert (buys.count, buys.confidence) == (2, 0.85)
    structural = edges[(CRM_IRI + "SatisfiedCustomer", "broader", CRM_IRI + "Customer")]
    assert (structural.count, structural.confidence) == (0, 1.0)
    # the negated statement gives no edge
    assert (ENTITY_IRI + "Apple", "type", CRM_IRI + "Supplier") not in edges


def test_network_min_confidence_drops_weak_extracted_edges(sample_output: Path) -> None:
    edges = {
        (e.source, e.relation, e.target)
        for e in network.load(sample_output, min_confidence=0.7).edges
    }
    assert (CRM_IRI + "Quality", "creates", CRM_IRI + "SatisfiedCustomer") not in edges
    assert (CRM_IRI + "SatisfiedCustomer", "broader", CRM_IRI + "Customer") in edges


@pytest.mark.parametrize(("name", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_files_load_in_networkx_with_their_attributes(
    sample_output: Path, name: str, read: object
) -> None:
    data = _export(sample_output, name)
    assert data == _export(sample_output, name)  # byte-stable
    assert b"lastmodifieddate" not in data
    graph = read(io.BytesIO(data))  # type: ignore[operator]
    expected = network.to_networkx(network.load(sample_output))
    assert set(graph.nodes) == set(expected.nodes)
    assert graph.number_of_edges() == expected.number_of_edges() == 9
    customer = graph.nodes[CRM_IRI + "Customer"]
    assert (customer["label"], customer["class"], customer["kind"], customer["degree"]) == (
        "customer", "Customer", "class", 2
    )  # fmt: skip
    edges = [
        d for s, t, d in graph.edges(data=True)
        if (s, t) == (CRM_IRI + "Customer", CRM_IRI + "Product")
    ]  # fmt: skip
    assert [(d["relation"], d["confidence"], d["count"]) for d in edges] == [("buys", 0.85, 2)]


def test_network_to_networkx_keys_edges_by_relation(sample_output: Path) -> None:
    graph = network.to_networkx(network.load(sample_output))
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph[CRM_IRI + "Customer"][CRM_IRI + "Product"]["buys"]["count"] == 2
