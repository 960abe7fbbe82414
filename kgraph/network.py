"""The graph as a network of concepts and relations: what graphml, gexf, csv and networkx share.

Nodes are the IRIs that take part in a relation: crm classes used as concepts, qualified concepts
(``crm:SatisfiedCustomer``), other concepts (``kgc:``), named things (``kge:``) and IRIs of loaded
data. Edges are the direct triples of the crm relations, ``skos:broader``, and ``rdf:type`` to a
crm class, the same edges ``kgraph viz`` draws.

| node attribute | meaning |
|---|---|
| label | the label in ``lang`` (prefLabel, label, English, any, else the local name) |
| kind | ``class`` (a class of the ontology), ``qualified``, ``concept``, ``entity`` or ``other`` |
| class | the crm class the node is, is a kind of, or is an instance of (``""`` if none) |
| degree | edges in and out |

| edge attribute | meaning |
|---|---|
| relation | the relation's local name: ``buys``, ``broader``, ``type`` ... |
| confidence | the best confidence of its statements; 1.0 with none (structure, loaded data) |
| count | how many extracted statements state it (0 for triples with no statement) |

The networkx graph is a ``MultiDiGraph`` keyed by relation name, built in sorted order, so every
writer's output is byte-stable.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, BinaryIO

from kgraph import store
from kgraph.store import Term
from kgraph.vocab import CONCEPT_IRI, CORE_CLASSES, CRM_IRI, CRM_RELATIONS, ENTITY_IRI, PREFIXES

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader"
_RELATIONS = " ".join(f"crm:{name}" for name in (*CRM_RELATIONS, "relatedTo"))

EDGES_QUERY = f"""
SELECT ?s ?p ?o (MAX(?c) AS ?confidence) (COUNT(DISTINCT ?st) AS ?count) WHERE {{
  {{ VALUES ?p {{ {_RELATIONS} skos:broader }} ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o)) }}
  UNION
  {{ ?s a ?o . BIND(rdf:type AS ?p)
     FILTER(isIRI(?s) && isIRI(?o) && STRSTARTS(STR(?o), STR(crm:)) && ?o != crm:State) }}
  OPTIONAL {{
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; crm:confidence ?c .
    FILTER NOT EXISTS {{ ?st crm:negated true }}
  }}
}}
GROUP BY ?s ?p ?o
"""

NODES_QUERY = """
SELECT ?n ?p ?v WHERE {
  VALUES ?p { rdfs:label skos:prefLabel rdf:type skos:broader rdfs:subClassOf crm:hasState }
  ?n ?p ?v . FILTER(isIRI(?n))
}
"""

NODE_KINDS = ("class", "qualified", "concept", "entity", "other")


@dataclass(frozen=True, slots=True)
class Node:
    """A concept of the network."""

    iri: str
    label: str
    kind: str
    cls: str
    degree: int


@dataclass(frozen=True, slots=True)
class Edge:
    """A relation between two concepts, with the evidence behind it."""

    source: str
    target: str
    relation: str
    confidence: float
    count: int


@dataclass(frozen=True, slots=True)
class Network:
    """Nodes and edges, both sorted (nodes by IRI, edges by source, relation, target)."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def relation_name(iri: str) -> str:
    """``crm:buys`` → ``buys``, ``skos:broader`` → ``broader``, ``rdf:type`` → ``type``."""
    if iri == _RDF_TYPE:
        return "type"
    if iri == _SKOS_BROADER:
        return "broader"
    return iri.removeprefix(CRM_IRI)


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def load(output: store.Location, *, lang: str = "en", min_confidence: float = 0.0) -> Network:
    """The network of the store in ``output``.

    Args:
        output: the output folder holding the store.
        lang: the language of the ``label`` attribute (falls back to English, then any label).
        min_confidence: leave out extracted relations whose best confidence is below this.

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
    """
    with store.reading(output) as session:
        edge_rows = session.query(EDGES_QUERY, prefixes=PREFIXES).rows
        node_rows = session.query(NODES_QUERY, prefixes=PREFIXES).rows
    edges: list[Edge] = []
    for s, p, o, confidence, count in edge_rows:
        assert s is not None and p is not None and o is not None and count is not None
        n = int(count.value)
        best = float(Decimal(confidence.value)) if confidence is not None and n else 1.0
        if n and best < min_confidence:
            continue
        edges.append(Edge(s.value, o.value, relation_name(p.value), best, n))
    edges.sort(key=lambda e: (e.source, e.relation, e.target))
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    facts: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for n_term, p_term, value in node_rows:
        assert n_term is not None and p_term is not None and value is not None
        if n_term.value in degree:
            facts[n_term.value][p_term.value].append(value)
    ontology_classes = {CRM_IRI + name for name in CORE_CLASSES}
    nodes = tuple(
        _node(iri, degree[iri], facts.get(iri, {}), lang, ontology_classes)
        for iri in sorted(degree)
    )
    return Network(nodes, tuple(edges))


def _node(
    iri: str, degree: int, facts: dict[str, list[Term]], lang: str, classes: set[str]
) -> Node:
    def values(prefix: str, local: str) -> list[Term]:
        return facts.get(PREFIXES[prefix] + local, [])

    labels = [*values("skos", "prefLabel"), *values("rdfs", "label")]
    label = _pick_label(labels, lang) or _local(iri)
    if iri in classes:
        kind = "class"
    elif values("crm", "hasState"):
        kind = "qualified"
    elif iri.startswith(CONCEPT_IRI):
        kind = "concept"
    elif iri.startswith(ENTITY_IRI):
        kind = "entity"
    else:
        kind = "other"
    cls = ""
    if iri in classes:
        cls = iri
    else:
        for prop in (("rdf", "type"), ("skos", "broader"), ("rdfs", "subClassOf")):
            found = sorted(t.value for t in values(*prop) if t.value in classes)
            if found:
                cls = found[0]
                break
    return Node(iri, label, kind, cls.removeprefix(CRM_IRI), degree)


def _pick_label(labels: Iterable[Term], lang: str) -> str | None:
    ranked = sorted(
        (0 if t.lang == lang else 1 if t.lang == "en" else 2, t.value)
        for t in labels
        if t.kind == "literal"
    )
    return " ".join(ranked[0][1].split()) if ranked else None


# ---------------------------------------------------------------------------------------------
# networkx and the file formats


def to_networkx(network: Network) -> Any:
    """The network as a ``networkx.MultiDiGraph``: node ids are IRIs, edge keys relation names.

    Node attributes: label, kind, class, degree; edge attributes: relation, confidence, count.
    """
    import networkx as nx  # type: ignore[import-untyped]

    graph = nx.MultiDiGraph()
    for node in network.nodes:
        graph.add_node(node.iri, label=node.label, kind=node.kind, degree=node.degree)
        graph.nodes[node.iri]["class"] = node.cls
    for edge in network.edges:
        graph.add_edge(
            edge.source,
            edge.target,
            key=edge.relation,
            relation=edge.relation,
            confidence=edge.confidence,
            count=edge.count,
        )
    return graph


def write_graphml(network: Network, out: BinaryIO) -> None:
    """GraphML (``networkx.write_graphml``), which Gephi, yEd and Cytoscape read."""
    import networkx as nx

    graph = to_networkx(network)
    # GraphML edge ids must be unique in the file; relation names repeat across node pairs.
    numbered = nx.MultiDiGraph()
    numbered.add_nodes_from(graph.nodes(data=True))
    for i, (source, target, data) in enumerate(graph.edges(data=True)):
        numbered.add_edge(source, target, key=f"e{i}", **data)
    nx.write_graphml(numbered, out, encoding="utf-8", prettyprint=True)


def write_gexf(network: Network, out: BinaryIO) -> None:
    """GEXF 1.2 (``networkx.write_gexf``), Gephi's own format, without the date networkx stamps."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(network), buffer, encoding="utf-8", prettyprint=True)
    # networkx writes today's date into <meta>: drop it so the same store gives the same bytes
    out.write(re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1))


NODES_HEADER = ("iri:ID", "label", "kind", "class", "degree:int", ":LABEL")
EDGES_HEADER = (":START_ID", ":END_ID", ":TYPE", "confidence:double", "count:int")


def csv_files(network: Network) -> dict[str, bytes]:
    """``nodes.csv`` and ``edges.csv`` in the header format of ``neo4j-admin database import``.

    Nodes get the labels ``Concept`` and their kind (``Class``, ``Qualified``, ``Entity`` ...)
    and, when they have one, their crm class (``Customer``); relationship types are the relation
    names (``buys``, ``broader``, ``type``).
    """
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(NODES_HEADER)
    for node in network.nodes:
        labels = ["Concept"]
        for extra in (node.kind.capitalize(), node.cls):
            if extra and extra not in labels:
                labels.append(extra)
        writer.writerow((node.iri, node.label, node.kind, node.cls, node.degree, ";".join(labels)))
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(EDGES_HEADER)
    for edge in network.edges:
        writer.writerow((edge.source, edge.target, edge.relation, edge.confidence, edge.count))
    return {"nodes.csv": nodes.getvalue().encode(), "edges.csv": edges.getvalue().encode()}


def write_zip(files: dict[str, bytes], out: BinaryIO) -> None:
    """A zip archive of ``files`` with fixed dates and permissions (byte-stable)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    out.write(buffer.getvalue())
