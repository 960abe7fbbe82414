"""Shared pytest fixtures. Each section belongs to the tests of the modules it names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

# --- store / query / exporters / stats: a small hand-built graph in the SCHEMA.md §4 shape ------


def _sample_graphs() -> dict[str, Graph]:
    from decimal import Decimal

    from rdflib import OWL, RDF, RDFS, XSD, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, PROV, SKOS

    from kgraph.vocab import CONCEPT_IRI, CRM, DOC_IRI, ENTITY_IRI, NIF, STATEMENT_IRI

    kgc, kge, kgs = Namespace(CONCEPT_IRI), Namespace(ENTITY_IRI), Namespace(STATEMENT_IRI)
    crm = Namespace(str(CRM))  # qualified concepts are crm: terms the closed CRM class lacks

    g = Graph()
    docs = {
        "002": ("002_kunder.txt", "nb"),
        "003": ("003_kunden.txt", "de"),
    }
    for source, lang in docs.values():
        doc = URIRef(DOC_IRI + source)
        g.add((doc, RDF.type, NIF.Context))
        g.add((doc, DCTERMS.source, Literal(source)))
        g.add((doc, DCTERMS.language, Literal(lang)))
    sentences = {
        "a": ("002_kunder.txt", 0, "Kundene kjøper produkter."),
        "b": ("002_kunder.txt", 26, "Fornøyde kunder og bedriftskunder kjøper tjenester."),
        "c": ("003_kunden.txt", 0, "Guter Kundenservice steigert die Kundenzufriedenheit."),
        "d": (
            "003_kunden.txt",
            54,
            "Kunden kaufen Produkte, und Qualität schafft zufriedene Kunden.",
        ),
        "e": ("003_kunden.txt", 118, "Apple ist kein Lieferant, sondern ein Unternehmen."),
    }
    nodes = {}
    for key, (source, begin, text) in sentences.items():
        sent = URIRef(f"{DOC_IRI}{source}#char={begin},{begin + len(text)}")
        nodes[key] = sent
        g.add((sent, RDF.type, NIF.Sentence))
        g.add((sent, NIF.anchorOf, Literal(text)))
        g.add((sent, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
        g.add((sent, NIF.endIndex, Literal(begin + len(text), datatype=XSD.nonNegativeInteger)))
        g.add((sent, NIF.referenceContext, URIRef(DOC_IRI + source)))
    statements = [
        # id, subject, predicate, object, sentence, confidence, negated
        ("st1", CRM.Customer, CRM.buys, CRM.Product, "a", "0.80", False),
        ("st2", crm.SatisfiedCustomer, CRM.buys, CRM.Service, "b", "0.70", False),
        ("st3", CRM.BusinessCustomer, CRM.buys, CRM.Service, "b", "0.75", False),
        (
            "st4",
            crm.GoodCustomerService,
            CRM.increases,
            CRM.CustomerSatisfaction,
            "c",
            "0.90",
            False,
        ),
        ("st5", CRM.Customer, CRM.buys, CRM.Product, "d", "0.85", False),
        ("st6", CRM.Quality, CRM.creates, crm.SatisfiedCustomer, "d", "0.60", False),
        ("st7", kge.Apple, RDF.type, CRM.Supplier, "e", "0.50", True),
        ("st8", kge.Apple, RDF.type, CRM.Company, "e", "0.65", False),
    ]
    for ident, s, p, o, sent, confidence, negated in statements:
        st = kgs[ident]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, nodes[sent]))
        g.add((st, CRM.confidence, Literal(Decimal(confidence), datatype=XSD.decimal)))
        g.add((st, CRM.extractor, Literal("rules")))
        if negated:
            g.add((st, CRM.negated, Literal(True)))
        else:
            g.add((s, p, o))
    for node, state, base, labels in [
        (
            crm.SatisfiedCustomer,
            CRM.Satisfied,
            CRM.Customer,
            [("satisfied customer", "en"), ("fornøyd kunde", "nb")],
        ),
        (crm.GoodCustomerService, CRM.Good, CRM.CustomerService, [("guter Kundenservice", "de")]),
    ]:
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, CRM.hasState, state))
        g.add((node, SKOS.broader, base))
        for text, lang in labels:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
    g.add((kgc.isprodusent, RDF.type, SKOS.Concept))
    g.add((kgc.isprodusent, RDFS.label, Literal("isprodusent", lang="nb")))
    g.add((kgc.isprodusent, SKOS.broader, CRM.Producer))
    g.add((kge.Apple, RDF.type, OWL.NamedIndividual))
    g.add((kge.Apple, RDFS.label, Literal("Apple")))

    onto = Graph()
    for cls, parent, labels in [
        (CRM.Customer, None, [("customer", "en"), ("kunde", "nb")]),
        (
            CRM.BusinessCustomer,
            CRM.Customer,
            [("business customer", "en"), ("bedriftskunde", "nb")],
        ),
        (CRM.Product, None, [("product", "en")]),
        (CRM.Service, None, [("service", "en")]),
        (CRM.Company, CRM.Organization, [("company", "en")]),
    ]:
        onto.add((cls, RDF.type, OWL.Class))
        if parent is not None:
            onto.add((cls, RDFS.subClassOf, parent))
        for text, lang in labels:
            onto.add((cls, RDFS.label, Literal(text, lang=lang)))
    for state in (CRM.Satisfied, CRM.Good):
        onto.add((state, RDF.type, CRM.State))
    return {"extracted": g, "ontology": onto}


@pytest.fixture()
def sample_graphs() -> dict[str, Graph]:
    """Fresh graphs: "extracted" (2 documents, 5 sentences, 8 statements, 1 negated), "ontology"."""
    return _sample_graphs()


@pytest.fixture()
def sample_output(tmp_path: Path) -> Path:
    """An output folder whose store holds :func:`sample_graphs` (built with ``store.replace``)."""
    from kgraph import store

    output = tmp_path / "output"
    store.replace(output, _sample_graphs())
    return output


def _parse_dataset(data: bytes | str, fmt: str) -> dict[str, Graph]:
    """N-Quads or TriG → {graph IRI: Graph} for the graphs that have triples."""
    import warnings

    from rdflib import Dataset

    # rdflib 7.6's own Dataset parsing calls its deprecated ConjunctiveGraph/default_context API.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = Dataset()
        dataset.parse(data=data, format=fmt)
        graphs = {}
        for graph in dataset.graphs():
            if len(graph):
                copy = Graph()
                copy += graph
                graphs[str(graph.identifier)] = copy
    return graphs


@pytest.fixture()
def parse_dataset() -> object:
    """A function parsing N-Quads ("nquads") or TriG ("trig") into {graph IRI: Graph}."""
    return _parse_dataset


# --- end of store / query / exporters / stats section ------------------------------------------
