"""Shared pytest fixtures. Each section belongs to the tests of the modules it names."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

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
        nodes[key] = add_sentence(g, source, begin, text)
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


def add_sentence(g: Graph, source: str, begin: int, text: str) -> URIRef:
    """Add a NIF sentence of document ``source`` (SCHEMA.md §4) to ``g``; return its node."""
    from rdflib import RDF, XSD, Literal

    from kgraph.vocab import DOC_IRI, NIF

    sent = URIRef(f"{DOC_IRI}{source}#char={begin},{begin + len(text)}")
    g.add((sent, RDF.type, NIF.Sentence))
    g.add((sent, NIF.anchorOf, Literal(text)))
    g.add((sent, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
    g.add((sent, NIF.endIndex, Literal(begin + len(text), datatype=XSD.nonNegativeInteger)))
    g.add((sent, NIF.referenceContext, URIRef(DOC_IRI + source)))
    return sent


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


# --- pipeline / build / cli / evaluate: golden graphs, fixture corpora, a graph to score -------
# (owned by the tests of pipeline, build, cli, evaluate and extract_languages)

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
GOLDEN = TESTS / "golden"
REFERENCE_SCORER = TESTS.parent.parent / "shared" / "tools" / "kgeval.py"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*.ttl from the current pipeline output instead of comparing.",
    )


@pytest.fixture()
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when pytest runs with ``--update-golden``: golden tests rewrite their file and pass."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture()
def data_dir() -> Path:
    """``tests/data``: small fixture corpora (one folder per case) and gold files."""
    return DATA


@pytest.fixture()
def golden_dir() -> Path:
    """``tests/golden``: the expected graph of each case in ``tests/data``."""
    return GOLDEN


def _scoring_graph() -> Graph:
    """A hand-built extracted graph (SCHEMA.md §4) for ``tests/data/scoring.tsv``.

    It holds the cases the scorers must agree on: core names, qualified names, ``~phrase`` labels
    (inflected and nearly equal), ``@Name`` by label and by local name, ``rdfs:subClassOf`` for
    broader, a negated statement, the same statement in two sentences of one document, the same
    fact under two node names, a document the gold does not list, a document without a language
    and a statement without a document.
    """
    from decimal import Decimal

    from rdflib import OWL, RDF, RDFS, XSD, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, PROV, SKOS

    from kgraph.vocab import CONCEPT_IRI, CRM, DOC_IRI, ENTITY_IRI, NIF, STATEMENT_IRI

    kgc, kge, kgs = Namespace(CONCEPT_IRI), Namespace(ENTITY_IRI), Namespace(STATEMENT_IRI)
    crm = Namespace(str(CRM))
    g = Graph()
    for source, lang in [
        ("nb_kunder.txt", "nb"),
        ("sub/de_kunden.txt", "de"),
        ("sv_extra.txt", "sv"),
        ("en_nolang.txt", None),
    ]:
        doc = URIRef(DOC_IRI + source)
        g.add((doc, RDF.type, NIF.Context))
        g.add((doc, DCTERMS.source, Literal(source)))
        if lang:
            g.add((doc, DCTERMS.language, Literal(lang)))
    sentences: dict[str, URIRef] = {}
    for key, source, begin, text in [
        ("nb1", "nb_kunder.txt", 0, "Kundene kjøper varer."),
        ("nb2", "nb_kunder.txt", 22, "Fornøyde kunder kjøper tjenester, og kunder kjøper varer."),
        ("nb3", "nb_kunder.txt", 80, "Frisørene er kunder av Fjellvant AS, som selger varer."),
        ("de1", "sub/de_kunden.txt", 0, "Guter Kundenservice steigert die Kundenzufriedenheit."),
        ("de2", "sub/de_kunden.txt", 54, "Qualität schafft Kundenbindung."),
        ("sv1", "sv_extra.txt", 0, "Kunderna köper produkter."),
        ("en1", "en_nolang.txt", 0, "Customers buy products from Solbakken."),
    ]:
        sentences[key] = add_sentence(g, source, begin, text)
    statements = [
        # subject, predicate, object, sentence (None: no provenance), negated
        (CRM.Customer, CRM.buys, CRM.Product, "nb1", False),
        (CRM.Customer, CRM.buys, CRM.Product, "nb2", False),  # same statement again: counts once
        (kgc.kunde, CRM.buys, CRM.Product, "nb2", False),  # the same fact under a second node
        (crm.SatisfiedCustomer, CRM.buys, CRM.Service, "nb2", False),
        (CRM.Customer, CRM.buys, CRM.Price, "nb2", True),  # negated: never scored
        (CRM.Product, CRM.buys, CRM.Customer, "nb1", False),  # wrong direction
        (CRM.Customer, CRM.wants, CRM.Service, "nb2", False),  # matches an optional row
        (kgc["frisør"], RDFS.subClassOf, CRM.Customer, "nb3", False),
        (kge.Fjellvant_AS, RDF.type, CRM.Company, "nb3", False),
        (kge.Fjellvant_AS, CRM.sells, CRM.Product, "nb3", False),
        (crm.GoodCustomerService, CRM.increases, CRM.CustomerSatisfaction, "de1", False),
        (CRM.Quality, CRM.creates, kgc.kundenbindung, "de2", False),
        (CRM.Customer, CRM.buys, CRM.Product, "sv1", False),  # a document the gold does not list
        (CRM.Customer, CRM.customerOf, kge.Solbakken, "en1", False),
        (CRM.Customer, CRM.buys, CRM.Product, "en1", False),
        (CRM.Customer, CRM.buys, CRM.Service, None, False),  # no document: an orphan
    ]
    for number, (s, p, o, sent, negated) in enumerate(statements, start=1):
        st = kgs[f"st{number}"]
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        if sent is not None:
            g.add((st, PROV.wasDerivedFrom, sentences[sent]))
        g.add((st, CRM.confidence, Literal(Decimal("0.80"), datatype=XSD.decimal)))
        g.add((st, CRM.extractor, Literal("rules")))
        if negated:
            g.add((st, CRM.negated, Literal(True)))
        else:
            g.add((s, p, o))
    for node, labels in [
        (kgc.kunde, [("kunde", "nb")]),
        (kgc["frisør"], [("frisørene", "nb")]),
        (kgc.kundenbindung, [("Kundenbindungen", "de")]),
        (crm.SatisfiedCustomer, [("fornøyde kunder", "nb")]),
        (crm.GoodCustomerService, [("guter Kundenservice", "de")]),
    ]:
        g.add((node, RDF.type, SKOS.Concept))
        for text, lang in labels:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
    g.add((crm.SatisfiedCustomer, CRM.hasState, CRM.Satisfied))
    g.add((crm.SatisfiedCustomer, SKOS.broader, CRM.Customer))
    g.add((kge.Fjellvant_AS, RDF.type, OWL.NamedIndividual))
    g.add((kge.Fjellvant_AS, RDFS.label, Literal("Fjellvant AS")))
    g.add((kge.Solbakken, RDF.type, OWL.NamedIndividual))  # no label: @Name matches the local name
    return g


@pytest.fixture()
def scoring_graph() -> Graph:
    """A fresh copy of the hand-built graph scored against ``tests/data/scoring.tsv``."""
    return _scoring_graph()


@pytest.fixture()
def reference_scorer() -> object:
    """The reference scorer ``../shared/tools/kgeval.py`` as a module; skips without ../shared."""
    import importlib.util

    if not REFERENCE_SCORER.exists():
        pytest.skip(
            f"reference scorer not found at {REFERENCE_SCORER} "
            "(../shared must sit beside the checkout)"
        )
    spec = importlib.util.spec_from_file_location("kgeval_reference", REFERENCE_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def scoring_output(tmp_path: Path) -> Path:
    """An output folder whose ``graph.ttl`` is :func:`scoring_graph` (what ``kgraph eval`` reads)"""
    output = tmp_path / "scored"
    output.mkdir()
    _scoring_graph().serialize(output / "graph.ttl", format="turtle")
    return output


# --- end of pipeline / build / cli / evaluate section --------------------------------------------


# --- api / docs: the bundled corpus built once per session -------------------------------------


@pytest.fixture(scope="session")
def corpus_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``corpus/`` built once per session with ``kgraph.build``; tests must not change it."""
    import kgraph

    output = tmp_path_factory.mktemp("corpus") / "output"
    kgraph.build(TESTS.parent / "corpus", output=output)
    return output
