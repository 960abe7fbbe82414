"""Entities + assertions → an rdflib Graph in the shape of SCHEMA.md §4; the only module that creates triples.

For every positive statement: the direct triple, a statement node with provenance and confidence,
the NIF sentence (text and offsets) and the document context (source path and language).
Negated statements keep their statement node with ``crm:negated true`` and no direct triple.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgraph.model import Assertion, Document, Entity, MentionKind
from kgraph.resolve import Resolution, document_iri, sentence_iri, statement_iri
from kgraph.vocab import CRM, CRM_RELATIONS, NIF, PREFIXES


def predicate(name: str) -> URIRef:
    """The IRI of a relation local name (``broader`` is skos:broader, ``type`` is rdf:type)."""
    if name == "broader":
        return SKOS.broader
    if name == "type":
        return RDF.type
    if name not in CRM_RELATIONS:
        raise ValueError(f"unknown relation {name!r}")
    return URIRef(CRM[name])


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def graph(documents: Iterable[Document], resolution: Resolution, assertions: Iterable[Assertion],
          *, min_confidence: float = 0.0) -> Graph:
    """The extracted graph.

    Args:
        documents: the documents statements come from (only their id, language and title are used).
        resolution: entities and their IRIs.
        assertions: what the extractors found; the best score wins when the same statement is
            found twice in one sentence.
        min_confidence: statements scoring below this are left out.
    """
    g = new_graph()
    docs = {d.id: d for d in documents}
    for doc in docs.values():
        node = URIRef(document_iri(doc.id))
        g.add((node, RDF.type, NIF.Context))
        g.add((node, DCTERMS.source, Literal(doc.id)))
        g.add((node, DCTERMS.language, Literal(doc.lang)))
        if doc.metadata.get("title"):
            g.add((node, DCTERMS.title, Literal(doc.metadata["title"], lang=doc.lang)))
    for entity in resolution.entities:
        _entity(g, entity)
    best: dict[tuple[str, int, str, str, str], Assertion] = {}
    for a in assertions:
        if a.score < min_confidence:
            continue
        key = (a.sentence.doc_id, a.sentence.span.start, resolution.iri(a.subject), a.predicate, resolution.iri(a.object))
        if key not in best or (a.score, not a.negated) > (best[key].score, not best[key].negated):
            best[key] = a
    for key in sorted(best):
        _statement(g, best[key], resolution, docs)
    return g


def _entity(g: Graph, entity: Entity) -> None:
    node = URIRef(entity.iri)
    for lang, text in entity.labels:
        g.add((node, RDFS.label, Literal(text, lang=lang)))
    for lang, text in entity.pref_labels:
        g.add((node, SKOS.prefLabel, Literal(text, lang=lang)))
    if entity.kind in (MentionKind.CONCEPT, MentionKind.QUALIFIED):
        g.add((node, RDF.type, SKOS.Concept))
    if entity.kind is MentionKind.NAMED:
        g.add((node, RDF.type, OWL.NamedIndividual))
    if entity.base:
        g.add((node, SKOS.broader, URIRef(entity.base)))
    if entity.state:
        g.add((node, CRM.hasState, URIRef(entity.state)))


def _statement(g: Graph, a: Assertion, resolution: Resolution, docs: Mapping[str, Document]) -> None:
    s, o = URIRef(resolution.iri(a.subject)), URIRef(resolution.iri(a.object))
    p = predicate(a.predicate)
    sentence = a.sentence
    doc = docs[sentence.doc_id]
    sent = URIRef(sentence_iri(doc.id, sentence.span.start, sentence.span.end))
    g.add((sent, RDF.type, NIF.Sentence))
    g.add((sent, NIF.anchorOf, Literal(doc.slice(sentence.span))))
    g.add((sent, NIF.beginIndex, Literal(sentence.span.start, datatype=XSD.nonNegativeInteger)))
    g.add((sent, NIF.endIndex, Literal(sentence.span.end, datatype=XSD.nonNegativeInteger)))
    g.add((sent, NIF.referenceContext, URIRef(document_iri(doc.id))))
    if sentence.lang != doc.lang:
        g.add((sent, DCTERMS.language, Literal(sentence.lang)))
    digest = hashlib.sha1(f"{doc.id}\x00{sentence.span.start}\x00{s}\x00{p}\x00{o}".encode()).hexdigest()[:20]
    st = URIRef(statement_iri(digest))
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    g.add((st, PROV.wasDerivedFrom, sent))
    g.add((st, CRM.confidence, Literal(Decimal(f"{a.score:.2f}"), datatype=XSD.decimal)))
    g.add((st, CRM.extractor, Literal(a.extractor)))
    if a.negated:
        g.add((st, CRM.negated, Literal(True)))
    else:
        g.add((s, p, o))
