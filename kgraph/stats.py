"""Graph statistics: counts of documents, statements, concepts, relations and graphs, by SPARQL.

Every figure is one SPARQL query over the store (default graph = union of all graphs), so the
numbers agree with what ``kgraph query`` would answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kgraph import store
from kgraph.query import DEFAULT_TIMEOUT, display, within
from kgraph.vocab import GRAPH_IRI, PREFIXES

Counts = tuple[tuple[str, int], ...]

_COUNT = {
    "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a nif:Context }",
    "sentences": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a nif:Sentence }",
    "statements": "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement }",
    "negated": """SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE {
        ?st a rdf:Statement ; crm:negated true }""",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    # crm: terms that statements talk about (Customer, SatisfiedCustomer ...)
    "core": """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?st a rdf:Statement . { ?st rdf:subject ?c } UNION { ?st rdf:object ?c }
        FILTER(isIRI(?c) && STRSTARTS(STR(?c), STR(crm:))) }""",
    "qualified": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c crm:hasState ?state }",
    # skos:Concepts outside the crm namespace, with no crm class and no state
    "other": """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?c a skos:Concept .
        FILTER(!STRSTARTS(STR(?c), STR(crm:)))
        FILTER NOT EXISTS { ?c crm:hasState ?state }
        FILTER NOT EXISTS { ?c a ?k . FILTER(STRSTARTS(STR(?k), STR(crm:))) } }""",
    # individuals: non-crm nodes typed with a crm class (Apple a crm:Company)
    "named": """SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?x a ?k . FILTER(STRSTARTS(STR(?k), STR(crm:)) && !STRSTARTS(STR(?x), STR(crm:))) }""",
}

_GROUPED = {
    "classes": """SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?x a ?k . FILTER(STRSTARTS(STR(?k), STR(crm:)) && !STRSTARTS(STR(?x), STR(crm:))) }
        GROUP BY ?k""",
    "states": """SELECT ?state (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c crm:hasState ?state }
        GROUP BY ?state""",
    "relations": """SELECT ?p (COUNT(DISTINCT ?st) AS ?n) WHERE {
        ?st a rdf:Statement ; rdf:predicate ?p }
        GROUP BY ?p""",
    "languages": """SELECT ?lang (COUNT(DISTINCT ?d) AS ?n) WHERE {
        ?d a nif:Context ; dcterms:language ?lang }
        GROUP BY ?lang""",
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
}


def _ranked(pairs: Iterable[tuple[str, int]]) -> Counts:
    """Largest count first, then by name: the same store always gives the same order."""
    return tuple(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))


@dataclass(frozen=True, slots=True)
class Stats:
    """What the graph holds.

    Attributes:
        documents: nif:Context nodes.
        sentences: nif:Sentence nodes.
        statements: rdf:Statement nodes (extracted statements with provenance).
        negated: statements marked ``crm:negated true``.
        triples: distinct triples over all graphs.
        core_concepts: crm: terms statements talk about.
        qualified_concepts: concepts with a ``crm:hasState``.
        other_concepts: skos:Concepts without a crm class or state.
        named_things: individuals typed with a crm class.
        classes: named things per crm class (``crm:Company``).
        states: qualified concepts per state.
        relations: statements per predicate (``crm:buys``).
        languages: documents per ``dcterms:language``.
        graphs: triples per named graph (name relative to the kgraph graph namespace).
    """

    documents: int
    sentences: int
    statements: int
    negated: int
    triples: int
    core_concepts: int
    qualified_concepts: int
    other_concepts: int
    named_things: int
    classes: Counts
    states: Counts
    relations: Counts
    languages: Counts
    graphs: Counts

    def sections(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """Titled tables of (name, count) rows, in a fixed order; empty tables are left out."""
        sections = [
            (
                "Graph",
                [
                    ("documents", self.documents),
                    ("sentences", self.sentences),
                    ("statements", self.statements),
                    ("negated statements", self.negated),
                    ("triples", self.triples),
                ],
            ),
            (
                "Concepts",
                [
                    ("core concepts (crm:) in statements", self.core_concepts),
                    ("qualified concepts (crm:hasState)", self.qualified_concepts),
                    ("other concepts (skos:Concept)", self.other_concepts),
                    ("named things (typed with a crm class)", self.named_things),
                ],
            ),
            ("Named things per class", list(self.classes)),
            ("Qualified concepts per state", list(self.states)),
            ("Statements per relation", list(self.relations)),
            ("Documents per language", list(self.languages)),
            ("Triples per named graph", list(self.graphs)),
        ]
        return [(title, rows) for title, rows in sections if rows]


def _graph_name(iri: str) -> str:
    return iri[len(GRAPH_IRI) :] if iri.startswith(GRAPH_IRI) else iri


def compute(output: store.Location, *, timeout: float | None = DEFAULT_TIMEOUT) -> Stats:
    """Count what the store in ``output`` holds.

    Args:
        timeout: give up after this many seconds (a damaged store can make a count hang).

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
        QueryError: counting took longer than ``timeout``.
    """
    return within(timeout, lambda: _compute(output))


def _compute(output: store.Location) -> Stats:
    with store.reading(output) as session:

        def count(key: str) -> int:
            outcome = session.query(_COUNT[key], prefixes=PREFIXES)
            term = outcome.rows[0][0] if outcome.rows else None
            return int(term.value) if term is not None else 0

        def grouped(key: str) -> list[tuple[str, int]]:
            outcome = session.query(_GROUPED[key], prefixes=PREFIXES)
            return [
                (label.value if label.kind == "literal" else display(label) or "", int(n.value))
                for label, n in outcome.rows
                if label is not None and n is not None
            ]

        counts = {key: count(key) for key in _COUNT}
        classes, states, relations, languages = (
            grouped(key) for key in ("classes", "states", "relations", "languages")
        )
        graphs = [(_graph_name(iri), n) for iri, n in _graph_rows(session)]
    return Stats(
        documents=counts["documents"],
        sentences=counts["sentences"],
        statements=counts["statements"],
        negated=counts["negated"],
        triples=counts["triples"],
        core_concepts=counts["core"],
        qualified_concepts=counts["qualified"],
        other_concepts=counts["other"],
        named_things=counts["named"],
        classes=_ranked(classes),
        states=_ranked(states),
        relations=_ranked(relations),
        languages=_ranked(languages),
        graphs=_ranked(graphs),
    )


def _graph_rows(session: store.AnySession) -> list[tuple[str, int]]:
    outcome = session.query(_GROUPED["graphs"])
    return [(g.value, int(n.value)) for g, n in outcome.rows if g is not None and n is not None]
