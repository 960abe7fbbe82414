"""Where the view's triples come from: CONSTRUCT queries for the store, and ``--query`` files."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef

from kgraph import vocab
from kgraph.errors import QueryError

if TYPE_CHECKING:
    from kgraph import store


def _prologue(text: str = "") -> str:
    """PREFIX lines for kgraph's prefixes that ``text`` does not declare itself."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", text)}
    return "".join(
        f"PREFIX {name}: <{iri}>\n" for name, iri in vocab.PREFIXES.items() if name not in declared
    )


_RELATIONS = " ".join(f"crm:{name}" for name in (*vocab.CRM_RELATIONS, "relatedTo"))

EDGES_QUERY = (
    _prologue()
    + f"""
CONSTRUCT {{ ?s ?p ?o }}
WHERE {{
  {{ VALUES ?p {{ {_RELATIONS} skos:broader }} ?s ?p ?o . FILTER(!isLiteral(?o)) }}
  UNION
  {{ ?s a ?o . BIND(rdf:type AS ?p)
     FILTER(isIRI(?o) && STRSTARTS(STR(?o), STR(crm:)) && ?o != crm:State) }}
}}
"""
)
"""The default view: direct triples of crm relations, skos:broader, and rdf:type to crm classes."""

_CONTEXT_TEMPLATE = (
    _prologue()
    + """
CONSTRUCT {
  ?n rdfs:label ?label . ?n skos:prefLabel ?pref . ?n crm:hasState ?state . ?n a ?type .
  ?st a rdf:Statement ; rdf:subject ?n ; rdf:predicate ?sp ; rdf:object ?so ;
      crm:confidence ?c ; crm:negated ?neg ; prov:wasDerivedFrom ?sent .
  ?sent nif:anchorOf ?text ; nif:referenceContext ?doc .
  ?doc dcterms:source ?src ; dcterms:language ?dl .
}
WHERE {
  VALUES ?n { @NODES@ }
  { ?n rdfs:label ?label } UNION { ?n skos:prefLabel ?pref } UNION { ?n crm:hasState ?state }
  UNION { ?n a ?type }
  UNION {
    ?st rdf:subject ?n ; rdf:predicate ?sp ; rdf:object ?so .
    OPTIONAL { ?st crm:confidence ?c }
    OPTIONAL { ?st crm:negated ?neg }
    OPTIONAL {
      ?st prov:wasDerivedFrom ?sent .
      OPTIONAL { ?sent nif:anchorOf ?text }
      OPTIONAL {
        ?sent nif:referenceContext ?doc .
        OPTIONAL { ?doc dcterms:source ?src }
        OPTIONAL { ?doc dcterms:language ?dl }
      }
    }
  }
}
"""
)


def context_query(nodes: Iterable[URIRef]) -> str:
    """Labels, states, types and statement provenance of ``nodes`` (IRIs only)."""
    iris = " ".join(f"<{n}>" for n in sorted(set(nodes)) if not re.search(r"[<>\"{}|^`\\\s]", n))
    return _CONTEXT_TEMPLATE.replace("@NODES@", iris)


def resources(graph: Graph) -> set[URIRef]:
    """Every IRI used as a subject or object of ``graph``."""
    return {t for s, _, o in graph for t in (s, o) if isinstance(t, URIRef)}


def read_query(path: Path) -> str:
    """Read a ``--query`` file: a CONSTRUCT or DESCRIBE query, with kgraph's prefixes added.

    Raises:
        QueryError: the file cannot be read, or it is not a CONSTRUCT/DESCRIBE query.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(
            f"Cannot read query file {path}: {exc}", "Give a readable .rq file."
        ) from exc
    body = re.sub(r"(?m)#.*$", "", text)
    body = re.sub(r"(?is)\b(PREFIX|BASE)\b[^<]*<[^>]*>", "", body)
    if not re.match(r"(?is)\s*(CONSTRUCT|DESCRIBE)\b", body):
        raise QueryError(
            f"{path} is not a CONSTRUCT or DESCRIBE query; kgraph viz draws triples.",
            "Write CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }; see queries/ for more.",
        )
    return _prologue(text) + text


def fetch(output: store.Location, sparql: str) -> Graph:
    """Run a CONSTRUCT ``sparql`` over every named graph in the store under ``output``.

    Raises:
        StoreError: there is no store (run ``kgraph build``) or it cannot be opened.
        QueryError: the query is malformed or fails.
    """
    from kgraph import store

    return store.construct(output, sparql)
