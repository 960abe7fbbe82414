"""Entities + assertions → the graph in SCHEMA.md §4's shape; the only module that creates triples.

For every positive statement: the direct triple, a statement node with provenance and confidence,
the NIF sentence (text and offsets) and the document context (source path and language).
Negated statements keep their statement node with ``crm:negated true`` and no direct triple.

Triples are made as N-Triples lines, a document at a time (:func:`document_lines`) and then the
entities of the whole corpus (:func:`entity_lines`), so a build streams them into the store
without holding the graph; :func:`graph` gathers the same lines into an rdflib Graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgraph.model import (
    Assertion,
    Document,
    DocumentResult,
    Entity,
    Extraction,
    Mention,
    MentionKind,
)
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


# ---------------------------------------------------------------------------------------------
# N-Triples terms (the escaping is rdflib's N-Triples serialiser's, so a store loaded from these
# lines holds exactly the terms an rdflib graph of the same triples would).


def _iri(value: str) -> str:
    return f"<{value}>"


def _string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    )
    return f'"{escaped}"'


def _typed(lexical: str, datatype: str) -> str:
    return f'"{lexical}"^^<{datatype}>'


_TYPE = _iri(str(RDF.type))
_LABEL, _PREF, _BROADER = _iri(str(RDFS.label)), _iri(str(SKOS.prefLabel)), _iri(str(SKOS.broader))
_CONCEPT, _INDIVIDUAL = _iri(str(SKOS.Concept)), _iri(str(OWL.NamedIndividual))
_HAS_STATE = _iri(str(CRM.hasState))
_SOURCE, _LANGUAGE = _iri(str(DCTERMS.source)), _iri(str(DCTERMS.language))
_TITLE, _CONTEXT = _iri(str(DCTERMS.title)), _iri(str(NIF.Context))
_SENTENCE, _ANCHOR = _iri(str(NIF.Sentence)), _iri(str(NIF.anchorOf))
_BEGIN, _END = _iri(str(NIF.beginIndex)), _iri(str(NIF.endIndex))
_REFERENCE = _iri(str(NIF.referenceContext))
_STATEMENT, _SUBJECT = _iri(str(RDF.Statement)), _iri(str(RDF.subject))
_PREDICATE, _OBJECT = _iri(str(RDF.predicate)), _iri(str(RDF.object))
_DERIVED, _CONFIDENCE = _iri(str(PROV.wasDerivedFrom)), _iri(str(CRM.confidence))
_EXTRACTOR, _NEGATED = _iri(str(CRM.extractor)), _iri(str(CRM.negated))
_NON_NEGATIVE, _DECIMAL = str(XSD.nonNegativeInteger), str(XSD.decimal)
_TRUE = _typed("true", str(XSD.boolean))


def _line(s: str, p: str, o: str) -> str:
    return f"{s} {p} {o} .\n"


@dataclass(frozen=True, slots=True)
class DocumentLines:
    """One document's part of the graph: N-Triples lines (possibly repeated) and counts."""

    lines: list[str]
    statements: int
    negated: int


def document_result(doc: Document, sentences: int, extraction: Extraction) -> DocumentResult:
    """What the graph needs of ``doc`` after extraction: the texts of the cited sentences only."""
    starts = sorted({(a.sentence.span.start, a.sentence.span.end) for a in extraction.assertions})
    anchors = tuple((start, doc.text[start:end]) for start, end in starts)
    return DocumentResult(
        doc.id, doc.lang, doc.metadata.get("title", ""), sentences, extraction, anchors
    )


def document_lines(
    result: DocumentResult,
    assertions: Iterable[Assertion],
    iri: Callable[[Mention], str],
    *,
    min_confidence: float = 0.0,
) -> DocumentLines:
    """The triples of one document: its context node and its statements with provenance.

    Args:
        result: the document (its id, language, title and cited sentence texts).
        assertions: its assertions, named mentions already canonical (:class:`resolve.Resolver`).
        iri: the IRI of a mention.
        min_confidence: statements scoring below this are left out.
    """
    doc_node = _iri(document_iri(result.doc_id))
    lines = [
        _line(doc_node, _TYPE, _CONTEXT),
        _line(doc_node, _SOURCE, _string(result.doc_id)),
        _line(doc_node, _LANGUAGE, _string(result.lang)),
    ]
    if result.title:
        lines.append(_line(doc_node, _TITLE, f"{_string(result.title)}@{result.lang}"))
    best: dict[tuple[str, int, str, str, str], Assertion] = {}
    for a in assertions:
        if a.score < min_confidence:
            continue
        key = (a.sentence.doc_id, a.sentence.span.start, iri(a.subject), a.predicate, iri(a.object))
        if key not in best or (a.score, not a.negated) > (best[key].score, not best[key].negated):
            best[key] = a
    # by span: a statement may cite two lines as one span starting where the first line does (signatures)
    anchors = {(start, start + len(text)): text for start, text in result.anchors}
    negated = 0
    for key in sorted(best):
        a = best[key]
        negated += a.negated
        _statement(lines, a, key[2], key[4], result, doc_node, anchors)
    return DocumentLines(lines, len(best), negated)


def _statement(lines: list[str], a: Assertion, s_iri: str, o_iri: str, result: DocumentResult,
               doc_node: str, anchors: dict[tuple[int, int], str]) -> None:  # fmt: skip
    p = str(predicate(a.predicate))
    span = a.sentence.span
    sent = _iri(sentence_iri(result.doc_id, span.start, span.end))
    lines.append(_line(sent, _TYPE, _SENTENCE))
    lines.append(_line(sent, _ANCHOR, _string(anchors[span.start, span.end])))
    lines.append(_line(sent, _BEGIN, _typed(str(span.start), _NON_NEGATIVE)))
    lines.append(_line(sent, _END, _typed(str(span.end), _NON_NEGATIVE)))
    lines.append(_line(sent, _REFERENCE, doc_node))
    if a.sentence.lang != result.lang:
        lines.append(_line(sent, _LANGUAGE, _string(a.sentence.lang)))
    digest_text = f"{result.doc_id}\x00{span.start}\x00{s_iri}\x00{p}\x00{o_iri}"
    st = _iri(statement_iri(hashlib.sha1(digest_text.encode()).hexdigest()[:20]))
    s, o, p_node = _iri(s_iri), _iri(o_iri), _iri(p)
    lines.append(_line(st, _TYPE, _STATEMENT))
    lines.append(_line(st, _SUBJECT, s))
    lines.append(_line(st, _PREDICATE, p_node))
    lines.append(_line(st, _OBJECT, o))
    lines.append(_line(st, _DERIVED, sent))
    lines.append(_line(st, _CONFIDENCE, _typed(f"{a.score:.2f}", _DECIMAL)))
    lines.append(_line(st, _EXTRACTOR, _string(a.extractor)))
    if a.negated:
        lines.append(_line(st, _NEGATED, _TRUE))
    else:
        lines.append(_line(s, p_node, o))


def entity_lines(entities: Iterable[Entity]) -> Iterator[str]:
    """The triples of the corpus's entities: labels, types, broader classes, states."""
    for entity in entities:
        node = _iri(entity.iri)
        for lang, text in entity.labels:
            yield _line(node, _LABEL, f"{_string(text)}@{lang}")
        for lang, text in entity.pref_labels:
            yield _line(node, _PREF, f"{_string(text)}@{lang}")
        if entity.kind in (MentionKind.CONCEPT, MentionKind.QUALIFIED):
            yield _line(node, _TYPE, _CONCEPT)
        if entity.kind is MentionKind.NAMED:
            yield _line(node, _TYPE, _INDIVIDUAL)
        if entity.base:
            yield _line(node, _BROADER, _iri(entity.base))
        if entity.state:
            yield _line(node, _HAS_STATE, _iri(entity.state))


def graph(documents: Iterable[Document], resolution: Resolution, assertions: Iterable[Assertion],
          *, min_confidence: float = 0.0) -> Graph:  # fmt: skip
    """The extracted graph as an rdflib Graph (for small corpora, tests and the Python API).

    Args:
        documents: the documents statements come from (only their id, language, title and the
            text of the cited sentences are used).
        resolution: entities and their IRIs.
        assertions: what the extractors found; the best score wins when the same statement is
            found twice in one sentence.
        min_confidence: statements scoring below this are left out.
    """
    by_doc: dict[str, list[Assertion]] = {}
    for a in assertions:
        by_doc.setdefault(a.sentence.doc_id, []).append(a)
    lines: list[str] = []
    for doc in {d.id: d for d in documents}.values():
        cited = tuple(by_doc.get(doc.id, ()))
        result = document_result(doc, 0, Extraction(doc.id, (), cited))
        lines.extend(
            document_lines(result, cited, resolution.iri, min_confidence=min_confidence).lines
        )
    lines.extend(entity_lines(resolution.entities))
    g = new_graph()
    g.parse(data="".join(lines), format="nt")
    return g
