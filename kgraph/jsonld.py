"""Compact JSON-LD with kgraph's published ``@context`` (``ontology/context.jsonld``).

The context gives the prefixes of :data:`kgraph.vocab.PREFIXES` and short terms for the
properties of the graph's shape (``label``, ``broader``, ``confidence``, ``anchorOf``, one per crm
relation ...), with ``@id`` coercion for IRI-valued ones and datatype coercion for typed ones.
:func:`context` builds it; ``python -m kgraph.docs`` writes it to the file, and a test checks
that the file is up to date.

The export embeds the context, so the file is self-contained (no fetch of a context URL is
needed to read it). A value that does not fit its term's coercion (a literal where the term says
IRI) is written under the compact IRI of its property instead, so nothing is lost: the export
expands to exactly the store's triples.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph.vocab import CRM_RELATIONS, PREFIXES

CONTEXT_URL = "https://w3id.org/kgraph/context.jsonld"
"""Where the context is meant to be published; the export embeds it rather than linking it."""

_XSD = PREFIXES["xsd"]
_XSD_STRING = _XSD + "string"
_RDF_LANGSTRING = PREFIXES["rdf"] + "langString"

# term → (prefix, local name, coercion): "@id" for IRIs, an xsd local name for typed literals,
# None for plain and language-tagged literals.
_TERMS: dict[str, tuple[str, str, str | None]] = {
    "label": ("rdfs", "label", None),
    "comment": ("rdfs", "comment", None),
    "subClassOf": ("rdfs", "subClassOf", "@id"),
    "prefLabel": ("skos", "prefLabel", None),
    "altLabel": ("skos", "altLabel", None),
    "broader": ("skos", "broader", "@id"),
    "hasState": ("crm", "hasState", "@id"),
    "confidence": ("crm", "confidence", "decimal"),
    "negated": ("crm", "negated", "boolean"),
    "extractor": ("crm", "extractor", None),
    "subject": ("rdf", "subject", "@id"),
    "predicate": ("rdf", "predicate", "@id"),
    "object": ("rdf", "object", "@id"),
    "wasDerivedFrom": ("prov", "wasDerivedFrom", "@id"),
    "anchorOf": ("nif", "anchorOf", None),
    "beginIndex": ("nif", "beginIndex", "nonNegativeInteger"),
    "endIndex": ("nif", "endIndex", "nonNegativeInteger"),
    "referenceContext": ("nif", "referenceContext", "@id"),
    "source": ("dcterms", "source", None),
    "language": ("dcterms", "language", None),
    "title": ("dcterms", "title", None),
    "relatedTo": ("crm", "relatedTo", "@id"),
    **{name: ("crm", name, "@id") for name in CRM_RELATIONS},
}


def context() -> dict[str, Any]:
    """The ``@context`` object (the value of the file's ``"@context"`` key)."""
    ctx: dict[str, Any] = dict(PREFIXES)
    for term, (prefix, local, coercion) in _TERMS.items():
        definition: dict[str, str] = {"@id": f"{prefix}:{local}"}
        if coercion == "@id":
            definition["@type"] = "@id"
        elif coercion is not None:
            definition["@type"] = f"xsd:{coercion}"
        ctx[term] = definition
    return ctx


def context_document() -> str:
    """The text of ``ontology/context.jsonld``."""
    return json.dumps({"@context": context()}, ensure_ascii=False, indent=2) + "\n"


# Longest namespace first, so the most specific prefix wins.
_NAMESPACES = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def _compact(iri: str) -> str:
    """``prefix:local`` when a prefix fits and the result cannot be misread, else the full IRI."""
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if not local.startswith("//"):
                return f"{prefix}:{local}"
    return iri


def _node_id(node: Node) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    return _compact(str(node))


_BY_IRI = {PREFIXES[prefix] + local: term for term, (prefix, local, _) in _TERMS.items()}


def _fits(value: Node, coercion: str | None) -> bool:
    if coercion == "@id":
        return isinstance(value, URIRef | BNode)
    if not isinstance(value, Literal):
        return False
    datatype = str(value.datatype) if value.datatype else None
    if coercion is None:  # plain and language-tagged strings, written as they are
        return datatype in (None, _XSD_STRING, _RDF_LANGSTRING)
    return datatype == _XSD + coercion and value.language is None


def _value(value: Node, coerced: bool) -> Any:
    if coerced:
        return _node_id(value) if not isinstance(value, Literal) else str(value)
    if isinstance(value, URIRef | BNode):
        return {"@id": _node_id(value)}
    assert isinstance(value, Literal)
    if value.language:
        return {"@value": str(value), "@language": value.language}
    if value.datatype and str(value.datatype) not in (_XSD_STRING, _RDF_LANGSTRING):
        return {"@value": str(value), "@type": _compact(str(value.datatype))}
    return str(value)


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def document(graph: Graph, ctx: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """``graph`` as a compact JSON-LD document: ``{"@context": ..., "@graph": [nodes]}``.

    Nodes are sorted by ``@id``, their keys and values too, so the same graph gives the same
    document. Literal subjects (generalised RDF) cannot be written and do not occur in RDF.
    """
    nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in graph:
        node = nodes[_node_id(s)]
        if p == RDF.type and isinstance(o, URIRef | BNode):
            node["@type"].append(_node_id(o))
            continue
        term = _BY_IRI.get(str(p))
        if term is not None and _fits(o, _TERMS[term][2]):
            node[term].append(_value(o, coerced=_TERMS[term][2] is not None))
        else:
            node[_compact(str(p))].append(_value(o, coerced=False))
    out = []
    for node_id in sorted(nodes):
        entry: dict[str, Any] = {"@id": node_id}
        for key in sorted(nodes[node_id], key=lambda k: (k != "@type", k)):
            values = sorted(nodes[node_id][key], key=_sort_key)
            entry[key] = values[0] if len(values) == 1 else values
        out.append(entry)
    return {"@context": dict(ctx if ctx is not None else context()), "@graph": out}


def dumps(graph: Graph, ctx: Mapping[str, Any] | None = None) -> bytes:
    """:func:`document` as UTF-8 JSON, indented."""
    text = json.dumps(document(graph, ctx), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")
