"""The bundled corpus end to end: the statements issue 2 requires are in its graph, with provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kgraph import pipeline
from kgraph.vocab import CRM, CRM_IRI, ENTITY_IRI, NIF

# Qualified concepts are minted by the extractor, so they are not terms of the closed namespace.
QUALIFIED_EMPLOYEE = URIRef(CRM_IRI + "SatisfiedEmployee")
QUALIFIED_CUSTOMER = URIRef(CRM_IRI + "SatisfiedCustomer")
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return pipeline.extracted_graph(pipeline.extract(CORPUS))


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        (CRM.Customer, CRM.buys, CRM.Product),
        (CRM.Customer, CRM.buys, CRM.Service),
        (QUALIFIED_EMPLOYEE, CRM.creates, QUALIFIED_CUSTOMER),
        (CRM.ExternalCustomer, SKOS.broader, CRM.Customer),
        (URIRef(ENTITY_IRI + "Apple"), RDF.type, CRM.Company),
    ],
    ids=["customer-buys-product", "customer-buys-service", "satisfied-staff", "external-customer", "apple"],
)
def test_bundled_corpus_states_the_core_facts(graph: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> None:
    assert (subject, predicate, obj) in graph
    statements = [
        st for st in graph.subjects(RDF.subject, subject)
        if (st, RDF.predicate, predicate) in graph and (st, RDF.object, obj) in graph
    ]  # fmt: skip
    assert statements, "the direct triple has no statement node"
    for st in statements:
        sentence = graph.value(st, PROV.wasDerivedFrom)
        text = graph.value(sentence, NIF.anchorOf)
        assert isinstance(text, Literal) and str(text).strip()
        assert (sentence, RDF.type, NIF.Sentence) in graph


def test_bundled_corpus_satisfied_staff_comes_from_its_swedish_sentence(graph: Graph) -> None:
    st = next(
        st for st in graph.subjects(RDF.subject, QUALIFIED_EMPLOYEE)
        if (st, RDF.object, QUALIFIED_CUSTOMER) in graph
    )  # fmt: skip
    sentence = str(graph.value(graph.value(st, PROV.wasDerivedFrom), NIF.anchorOf))
    assert "nöjda medarbetare skapar nöjda kunder" in sentence
