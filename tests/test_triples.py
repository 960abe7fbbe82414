"""Graph building: hand-built documents, mentions and assertions → exactly SCHEMA.md §4's shape."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgraph import triples as build
from kgraph.model import Assertion, Document, Entity, Mention, MentionKind, Sentence, Span
from kgraph.resolve import Resolution, document_iri, entity_iri, sentence_iri
from kgraph.vocab import CONCEPT_IRI, CRM, CRM_IRI, ENTITY_IRI, NIF, STATEMENT_IRI

TEXT = "Kunder\n\nKundene kjøper varer. Fjellvant AS er et selskap. Kundene kjøper ikke priser."
DOC = Document("kunder/nb.txt", TEXT, "nb", Span(8, len(TEXT)), {"title": "Kunder"})


def _sentence(text: str, index: int = 0, lang: str = "nb", doc: Document = DOC) -> Sentence:
    start = doc.text.index(text)
    return Sentence(doc.id, index, Span(start, start + len(text)), lang)


def _mention(
    sentence: Sentence, text: str, kind: MentionKind, key: str, doc: Document = DOC, **kw: str
) -> Mention:
    start = doc.text.index(text, sentence.span.start)
    return Mention(Span(start, start + len(text)), text, kind, key, sentence.lang, **kw)  # type: ignore[arg-type]


def _entity(
    kind: MentionKind, key: str, *labels: tuple[str, str], base: str = "", state: str = ""
) -> Entity:
    return Entity(entity_iri(kind, key), kind, key, tuple(sorted(labels)), base=base, state=state)


def _resolution(*entities: Entity) -> Resolution:
    return Resolution(entities, {(e.kind, e.key): e.iri for e in entities})


S1 = _sentence("Kundene kjøper varer.", 0)
S2 = _sentence("Fjellvant AS er et selskap.", 1)
S3 = _sentence("Kundene kjøper ikke priser.", 2)
CUSTOMER = _mention(S1, "Kundene", MentionKind.CLASS, "Customer")
PRODUCT = _mention(S1, "varer", MentionKind.CLASS, "Product")
NAME = _mention(S2, "Fjellvant AS", MentionKind.NAMED, "Fjellvant AS")
COMPANY = _mention(S2, "selskap", MentionKind.CLASS, "Company")
CUSTOMER3 = _mention(S3, "Kundene", MentionKind.CLASS, "Customer")
PRICE = _mention(S3, "priser", MentionKind.CLASS, "Price")
RESOLUTION = _resolution(
    _entity(MentionKind.CLASS, "Customer", ("nb", "kundene")),
    _entity(MentionKind.CLASS, "Product", ("nb", "varer")),
    _entity(MentionKind.CLASS, "Company", ("nb", "selskap")),
    _entity(MentionKind.CLASS, "Price", ("nb", "priser")),
    _entity(MentionKind.NAMED, "Fjellvant AS", ("nb", "Fjellvant AS")),
)


def _assertion(
    s: Mention, p: str, o: Mention, sentence: Sentence, score: float = 0.8, negated: bool = False
) -> Assertion:
    return Assertion(s, p, o, sentence, "rules", score, negated)


def _statements(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, RDF.Statement))  # type: ignore[arg-type]


def _assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\n--- only expected:\n"
            + only_expected.serialize(format="nt")
            + "\n--- only actual:\n"
            + only_actual.serialize(format="nt")
        )


def test_triples_statement_has_exactly_the_schema_shape() -> None:
    g = build.graph([DOC], RESOLUTION, [_assertion(CUSTOMER, "buys", PRODUCT, S1, 0.8)])
    (st,) = _statements(g)
    assert str(st).startswith(STATEMENT_IRI)
    doc = URIRef(document_iri(DOC.id))
    sent = URIRef(sentence_iri(DOC.id, S1.span.start, S1.span.end))
    customer, product = URIRef(CRM_IRI + "Customer"), URIRef(CRM_IRI + "Product")
    expected = Graph()
    for triple in [
        # the document context
        (doc, RDF.type, NIF.Context),
        (doc, DCTERMS.source, Literal("kunder/nb.txt")),
        (doc, DCTERMS.language, Literal("nb")),
        (doc, DCTERMS.title, Literal("Kunder", lang="nb")),
        # the sentence
        (sent, RDF.type, NIF.Sentence),
        (sent, NIF.anchorOf, Literal("Kundene kjøper varer.")),
        (sent, NIF.beginIndex, Literal(S1.span.start, datatype=XSD.nonNegativeInteger)),
        (sent, NIF.endIndex, Literal(S1.span.end, datatype=XSD.nonNegativeInteger)),
        (sent, NIF.referenceContext, doc),
        # the statement node and the direct triple
        (st, RDF.type, RDF.Statement),
        (st, RDF.subject, customer),
        (st, RDF.predicate, CRM.buys),
        (st, RDF.object, product),
        (st, PROV.wasDerivedFrom, sent),
        (st, CRM.confidence, Literal(Decimal("0.80"), datatype=XSD.decimal)),
        (st, CRM.extractor, Literal("rules")),
        (customer, CRM.buys, product),
        # every entity of the resolution, with its language-tagged labels
        (customer, RDFS.label, Literal("kundene", lang="nb")),
        (product, RDFS.label, Literal("varer", lang="nb")),
        (URIRef(CRM_IRI + "Company"), RDFS.label, Literal("selskap", lang="nb")),
        (URIRef(CRM_IRI + "Price"), RDFS.label, Literal("priser", lang="nb")),
        (URIRef(ENTITY_IRI + "Fjellvant_AS"), RDFS.label, Literal("Fjellvant AS", lang="nb")),
        (URIRef(ENTITY_IRI + "Fjellvant_AS"), RDF.type, OWL.NamedIndividual),
    ]:
        expected.add(triple)
    _assert_isomorphic(expected, g)


def test_triples_sentence_anchor_is_the_document_slice() -> None:
    g = build.graph([DOC], RESOLUTION, [_assertion(NAME, "type", COMPANY, S2)])
    (sent,) = g.subjects(RDF.type, NIF.Sentence)
    begin = g.value(sent, NIF.beginIndex).toPython()  # type: ignore[union-attr]
    end = g.value(sent, NIF.endIndex).toPython()  # type: ignore[union-attr]
    assert str(g.value(sent, NIF.anchorOf)) == TEXT[begin:end] == "Fjellvant AS er et selskap."
    assert str(sent).endswith(f"#char={begin},{end}")


def test_triples_two_cited_spans_from_one_offset_keep_their_own_anchors() -> None:
    # a signature's statement cites two lines as one span, starting where the first line's does
    both = Sentence(DOC.id, 1, Span(S2.span.start, S3.span.end), "nb")
    name = _mention(both, "Fjellvant AS", MentionKind.NAMED, "Fjellvant AS")
    price = _mention(both, "priser", MentionKind.CLASS, "Price")
    g = build.graph([DOC], RESOLUTION, [_assertion(NAME, "type", COMPANY, S2), _assertion(name, "sells", price, both)])
    anchors = {}
    for sent in g.subjects(RDF.type, NIF.Sentence):
        begin = g.value(sent, NIF.beginIndex).toPython()  # type: ignore[union-attr]
        end = g.value(sent, NIF.endIndex).toPython()  # type: ignore[union-attr]
        anchors[begin, end] = str(g.value(sent, NIF.anchorOf))
    assert anchors == {(S2.span.start, S2.span.end): "Fjellvant AS er et selskap.",
                       (S2.span.start, S3.span.end): "Fjellvant AS er et selskap. Kundene kjøper ikke priser."}


def test_triples_confidence_is_a_decimal_in_unit_interval() -> None:
    assertions = [
        _assertion(CUSTOMER, "buys", PRODUCT, S1, 0.123456),
        _assertion(NAME, "type", COMPANY, S2, 1.0),
    ]
    g = build.graph([DOC], RESOLUTION, assertions)
    values = [g.value(st, CRM.confidence) for st in _statements(g)]
    assert all(isinstance(v, Literal) and v.datatype == XSD.decimal for v in values)
    assert sorted(v.toPython() for v in values) == [Decimal("0.12"), Decimal("1.00")]  # type: ignore[union-attr]


def test_triples_negated_assertion_has_a_flagged_node_and_no_direct_triple() -> None:
    g = build.graph(
        [DOC], RESOLUTION, [_assertion(CUSTOMER3, "buys", PRICE, S3, 0.7, negated=True)]
    )
    (st,) = _statements(g)
    assert g.value(st, CRM.negated) == Literal(True)
    assert (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)) == (
        URIRef(CRM_IRI + "Customer"), CRM.buys, URIRef(CRM_IRI + "Price"),
    )  # fmt: skip
    assert (URIRef(CRM_IRI + "Customer"), CRM.buys, URIRef(CRM_IRI + "Price")) not in g
    assert g.value(st, PROV.wasDerivedFrom) == URIRef(
        sentence_iri(DOC.id, S3.span.start, S3.span.end)
    )


def test_triples_positive_statement_has_no_negated_flag() -> None:
    g = build.graph([DOC], RESOLUTION, [_assertion(CUSTOMER, "buys", PRODUCT, S1)])
    assert not list(g.subject_objects(CRM.negated))


def test_triples_min_confidence_drops_low_statements() -> None:
    assertions = [
        _assertion(CUSTOMER, "buys", PRODUCT, S1, 0.4),
        _assertion(NAME, "type", COMPANY, S2, 0.6),
    ]
    g = build.graph([DOC], RESOLUTION, assertions, min_confidence=0.5)
    (st,) = _statements(g)
    assert g.value(st, RDF.predicate) == RDF.type
    assert (URIRef(CRM_IRI + "Customer"), CRM.buys, URIRef(CRM_IRI + "Product")) not in g
    # the sentence of the dropped statement is not in the graph either
    assert URIRef(sentence_iri(DOC.id, S1.span.start, S1.span.end)) not in set(g.subjects())
    assert len(_statements(build.graph([DOC], RESOLUTION, assertions))) == 2


def test_triples_same_statement_twice_in_a_sentence_keeps_one_node_with_the_best_score() -> None:
    other = _mention(
        S1, "kjøper", MentionKind.CLASS, "Customer"
    )  # another span naming the same node
    assertions = [
        _assertion(CUSTOMER, "buys", PRODUCT, S1, 0.6),
        _assertion(other, "buys", PRODUCT, S1, 0.9),
    ]
    g = build.graph([DOC], RESOLUTION, assertions)
    (st,) = _statements(g)
    assert g.value(st, CRM.confidence).toPython() == Decimal("0.90")  # type: ignore[union-attr]
    reverse = build.graph([DOC], RESOLUTION, list(reversed(assertions)))
    assert isomorphic(g, reverse)


def test_triples_same_statement_in_two_sentences_gives_two_nodes() -> None:
    s4 = _sentence("Kundene kjøper ikke priser.", 2)
    customer = _mention(s4, "Kundene", MentionKind.CLASS, "Customer")
    product = _mention(s4, "priser", MentionKind.CLASS, "Product")
    g = build.graph(
        [DOC],
        RESOLUTION,
        [_assertion(CUSTOMER, "buys", PRODUCT, S1), _assertion(customer, "buys", product, s4)],
    )
    sources = {g.value(st, PROV.wasDerivedFrom) for st in _statements(g)}
    assert len(sources) == 2


@pytest.mark.parametrize(
    ("relation", "iri"),
    [("broader", SKOS.broader), ("type", RDF.type), ("buys", CRM.buys), ("worksFor", CRM.worksFor)],
)
def test_triples_relation_names_map_to_their_properties(relation: str, iri: URIRef) -> None:
    assert build.predicate(relation) == iri


def test_triples_unknown_relation_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown relation 'kauft'"):
        build.predicate("kauft")


def test_triples_broader_and_type_statements() -> None:
    text = "En frisør er en kunde. Fjellvant AS er et selskap."
    doc = Document("b.txt", text, "nb", Span(0, len(text)))
    s1, s2 = (
        _sentence("En frisør er en kunde.", 0, doc=doc),
        _sentence("Fjellvant AS er et selskap.", 1, doc=doc),
    )
    hairdresser = _mention(
        s1, "frisør", MentionKind.CONCEPT, "frisør", doc=doc, base="Customer", label="frisør"
    )
    customer = _mention(s1, "kunde", MentionKind.CLASS, "Customer", doc=doc)
    name = _mention(s2, "Fjellvant AS", MentionKind.NAMED, "Fjellvant AS", doc=doc)
    company = _mention(s2, "selskap", MentionKind.CLASS, "Company", doc=doc)
    resolution = _resolution(
        _entity(MentionKind.CONCEPT, "frisør", ("nb", "frisør"), base=CRM_IRI + "Customer"),
        _entity(MentionKind.CLASS, "Customer", ("nb", "kunde")),
        _entity(MentionKind.NAMED, "Fjellvant AS", ("nb", "Fjellvant AS")),
        _entity(MentionKind.CLASS, "Company", ("nb", "selskap")),
    )
    g = build.graph(
        [doc],
        resolution,
        [_assertion(hairdresser, "broader", customer, s1), _assertion(name, "type", company, s2)],
    )
    hairdresser_iri = URIRef(CONCEPT_IRI + "frisør")
    assert (hairdresser_iri, SKOS.broader, URIRef(CRM_IRI + "Customer")) in g
    assert (hairdresser_iri, RDF.type, SKOS.Concept) in g
    assert (URIRef(ENTITY_IRI + "Fjellvant_AS"), RDF.type, URIRef(CRM_IRI + "Company")) in g
    assert (URIRef(ENTITY_IRI + "Fjellvant_AS"), RDF.type, OWL.NamedIndividual) in g
    predicates = {g.value(st, RDF.predicate) for st in _statements(g)}
    assert predicates == {SKOS.broader, RDF.type}


def test_triples_qualified_concept_carries_state_broader_and_tagged_labels() -> None:
    text = "Nöjda medarbetare skapar nöjda kunder."
    doc = Document("sv.txt", text, "sv", Span(0, len(text)))
    s = _sentence(text, 0, lang="sv", doc=doc)
    employee = _mention(
        s,
        "Nöjda medarbetare",
        MentionKind.QUALIFIED,
        "SatisfiedEmployee",
        doc=doc,
        base="Employee",
        state="Satisfied",
    )
    customer = _mention(
        s,
        "nöjda kunder",
        MentionKind.QUALIFIED,
        "SatisfiedCustomer",
        doc=doc,
        base="Customer",
        state="Satisfied",
    )
    satisfied_customer = Entity(
        CRM_IRI + "SatisfiedCustomer", MentionKind.QUALIFIED, "SatisfiedCustomer",
        (("de", "zufriedene Kunden"), ("sv", "nöjda kunder")), pref_labels=(("sv", "nöjd kund"),),
        base=CRM_IRI + "Customer", state=CRM_IRI + "Satisfied",
    )  # fmt: skip
    resolution = _resolution(
        _entity(
            MentionKind.QUALIFIED,
            "SatisfiedEmployee",
            ("sv", "nöjda medarbetare"),
            base=CRM_IRI + "Employee",
            state=CRM_IRI + "Satisfied",
        ),
        satisfied_customer,
    )
    g = build.graph([doc], resolution, [_assertion(employee, "creates", customer, s, 0.9)])
    node = URIRef(CRM_IRI + "SatisfiedCustomer")
    assert (node, CRM.hasState, CRM.Satisfied) in g
    assert (node, SKOS.broader, CRM.Customer) in g
    assert (node, RDF.type, SKOS.Concept) in g
    assert set(g.objects(node, RDFS.label)) == {
        Literal("zufriedene Kunden", lang="de"),
        Literal("nöjda kunder", lang="sv"),
    }
    assert set(g.objects(node, SKOS.prefLabel)) == {Literal("nöjd kund", lang="sv")}
    assert (URIRef(CRM_IRI + "SatisfiedEmployee"), CRM.creates, node) in g


def test_triples_every_label_has_a_language_tag() -> None:
    g = build.graph([DOC], RESOLUTION, [_assertion(CUSTOMER, "buys", PRODUCT, S1)])
    labels = list(g.objects(None, RDFS.label))
    assert labels
    assert all(isinstance(label, Literal) and label.language for label in labels)


def test_triples_sentence_in_another_language_than_its_document_says_so() -> None:
    s = Sentence(DOC.id, 0, S1.span, "da")
    customer = Mention(CUSTOMER.span, CUSTOMER.text, MentionKind.CLASS, "Customer", "da")
    product = Mention(PRODUCT.span, PRODUCT.text, MentionKind.CLASS, "Product", "da")
    g = build.graph([DOC], RESOLUTION, [_assertion(customer, "buys", product, s)])
    (sent,) = g.subjects(RDF.type, NIF.Sentence)
    assert g.value(sent, DCTERMS.language) == Literal("da")
    assert g.value(URIRef(document_iri(DOC.id)), DCTERMS.language) == Literal("nb")


def test_triples_statement_iris_are_stable_and_independent_of_input_order() -> None:
    assertions = [
        _assertion(CUSTOMER, "buys", PRODUCT, S1),
        _assertion(NAME, "type", COMPANY, S2),
        _assertion(CUSTOMER3, "buys", PRICE, S3, negated=True),
    ]
    first = build.graph([DOC], RESOLUTION, assertions)
    second = build.graph([DOC], RESOLUTION, list(reversed(assertions)))
    assert _statements(first) == _statements(second)
    assert set(first) == set(second)


def test_triples_document_without_statements_still_has_its_context() -> None:
    g = build.graph([DOC], RESOLUTION, [])
    doc = URIRef(document_iri(DOC.id))
    assert (doc, RDF.type, NIF.Context) in g
    assert g.value(doc, DCTERMS.source) == Literal("kunder/nb.txt")
    assert not _statements(g)
