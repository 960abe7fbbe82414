"""The store as an RDF dataset with one named graph per document: the ``nq`` and ``trig`` exports.

The build keeps everything it extracts in one named graph (``graph/extracted``). For users who
want provenance as graphs, the quad exports split it:

- the graph named after a document's IRI (``kgd:002_x.txt``) holds the document node, its
  sentences, the statement nodes derived from them, and the direct triple of every positive
  statement (a triple stated in three documents is in all three graphs);
- ``graph/concepts`` holds everything else the build made: labels, types, ``skos:broader`` and
  states of the concept and entity nodes the documents share;
- ``graph/ontology`` and ``graph/loaded/...`` are as in the store.

So ``GRAPH ?doc { crm:Customer crm:buys ?what }`` finds the documents that say it, and the union
of all graphs is the store's union.
"""

from __future__ import annotations

import re

from kgraph import store
from kgraph.vocab import PREFIXES

EXTRACTED = "extracted"
CONCEPTS = "concepts"

_ASSIGNED = """
  { ?s a nif:Context . ?s ?p ?o . BIND(?s AS ?g) }
  UNION { ?s nif:referenceContext ?g . ?s ?p ?o }
  UNION { ?s prov:wasDerivedFrom ?sentence . ?sentence nif:referenceContext ?g . ?s ?p ?o }
  UNION {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        prov:wasDerivedFrom/nif:referenceContext ?g .
    FILTER NOT EXISTS { ?st crm:negated true }
    ?s ?p ?o .
  }
"""

DOCUMENT_QUADS = (
    "SELECT DISTINCT ?g ?s ?p ?o WHERE { GRAPH <{graph}> {" + _ASSIGNED + "} FILTER(isIRI(?g)) }"
)

CONCEPT_TRIPLES = """
SELECT ?s ?p ?o WHERE { GRAPH <{graph}> {
  ?s ?p ?o .
  FILTER NOT EXISTS { ?s a nif:Context }
  FILTER NOT EXISTS { ?s nif:referenceContext ?d1 . FILTER(isIRI(?d1)) }
  FILTER NOT EXISTS { ?s prov:wasDerivedFrom/nif:referenceContext ?d2 . FILTER(isIRI(?d2)) }
  FILTER NOT EXISTS {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        prov:wasDerivedFrom/nif:referenceContext ?d3 .
    FILTER(isIRI(?d3))
    FILTER NOT EXISTS { ?st crm:negated true }
  }
} }
"""

# One N-Triples/N-Quads term: an IRI, a blank node, or a literal with its tag or datatype.
_TERM = re.compile(rb'<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?')


def nquads(output: store.Location) -> tuple[bytes, int]:
    """The store as N-Quads with one graph per document, sorted and deduplicated.

    Returns:
        The N-Quads bytes and the number of quads.

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
    """
    extracted = store.graph_iri(EXTRACTED)
    concepts = f"<{store.graph_iri(CONCEPTS)}>"
    lines: set[bytes] = set()
    with store.reading(output) as session:
        data, _ = session.dump("nq", union=False)
        for line in data.splitlines(keepends=True):
            terms = _TERM.findall(line)
            if len(terms) == 4 and terms[3] == f"<{extracted}>".encode():
                continue
            lines.add(line)
        query = DOCUMENT_QUADS.replace("{graph}", extracted)
        for g, s, p, o in session.query(query, prefixes=PREFIXES).rows:
            assert g is not None and s is not None and p is not None and o is not None
            lines.add(f"{s.ntriples} {p.ntriples} {o.ntriples} {g.ntriples} .\n".encode())
        query = CONCEPT_TRIPLES.replace("{graph}", extracted)
        for s, p, o in session.query(query, prefixes=PREFIXES).rows:
            assert s is not None and p is not None and o is not None
            lines.add(f"{s.ntriples} {p.ntriples} {o.ntriples} {concepts} .\n".encode())
    ordered = sorted(lines)
    return b"".join(ordered), len(ordered)


def by_graph(data: bytes) -> bytes:
    """N-Quads lines reordered graph by graph (default graph first), for one TriG block each."""

    def key(line: bytes) -> tuple[bytes, bytes]:
        terms = _TERM.findall(line)
        return (terms[3] if len(terms) == 4 else b"", line)

    ordered: list[bytes] = sorted(data.splitlines(keepends=True), key=key)
    return b"".join(ordered)


def trig(output: store.Location) -> tuple[bytes, int]:
    """The dataset of :func:`nquads` as TriG with kgraph's prefixes, one block per graph.

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
        ExportError: the quads cannot be written as TriG.
    """
    data, count = nquads(output)
    return store.to_trig(by_graph(data), prefixes=PREFIXES), count
