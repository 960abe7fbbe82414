"""The view model: the drawable part of an rdflib graph as frozen dataclasses, filtered and pruned.

Everything the page shows is decided here, in plain Python, so it can be tested without a browser:
which triples are edges, what kind and label every node gets, which sentences support an edge, and
what is left out past ``max_nodes``. :mod:`kgraph.render.page` only turns the result into HTML.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph import vocab
from kgraph.errors import KgraphError
from kgraph.render import layout

PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
DCT_SOURCE = URIRef("http://purl.org/dc/terms/source")
DCT_LANGUAGE = URIRef("http://purl.org/dc/terms/language")
NIF_ANCHOR = vocab.NIF.anchorOf
NIF_CONTEXT = vocab.NIF.referenceContext

CRM_CONFIDENCE = vocab.CRM.confidence
CRM_NEGATED = vocab.CRM.negated
CRM_HAS_STATE = vocab.CRM.hasState
CRM_STATE = vocab.CRM.State

# Predicates that describe statements, sentences and documents: never drawn as edges.
_BOOKKEEPING = frozenset(
    {
        RDF.subject, RDF.predicate, RDF.object, PROV_DERIVED, NIF_CONTEXT, CRM_HAS_STATE,
        RDFS.label, SKOS.prefLabel, SKOS.altLabel,
    }
)  # fmt: skip
_STATEMENT_PREDICATES = frozenset(
    {
        RDF.subject, RDF.predicate, RDF.object, CRM_CONFIDENCE, CRM_NEGATED, PROV_DERIVED,
        NIF_ANCHOR, NIF_CONTEXT, DCT_SOURCE, DCT_LANGUAGE,
    }
)  # fmt: skip
_CORE = frozenset(vocab.CRM_IRI + name for name in vocab.CORE_CLASSES)
MAX_EVIDENCE = 5
"""Sentences kept per edge in the page; the tooltip says how many more there are."""


class RenderError(KgraphError):
    """A view cannot be drawn as asked (an unknown --focus concept or --relation name)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence an edge was extracted from."""

    sentence: str
    source: str
    language: str
    confidence: float | None


@dataclass(frozen=True, slots=True)
class ViewNode:
    """A concept, class or named thing as drawn: its labels in every language, kind and place."""

    id: str
    iri: str
    label: str
    labels: Mapping[str, tuple[str, ...]]
    kind: str
    classes: tuple[str, ...]
    states: tuple[str, ...]
    degree: int = 0
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """A direct triple as drawn, with the sentences that support it (best first)."""

    id: str
    source: str
    target: str
    relation: str
    predicate: str
    confidence: float | None
    evidence: tuple[Evidence, ...]
    more_evidence: int = 0


@dataclass(frozen=True, slots=True)
class Omitted:
    """What the view left out, and why: shown on the page and in the CLI summary."""

    nodes: int = 0
    edges: int = 0
    max_nodes: int = 0
    negated: int = 0
    below_confidence: int = 0


@dataclass(frozen=True, slots=True)
class View:
    """The whole drawable view: nodes and edges in a stable order, plus what was left out."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    lang: str
    omitted: Omitted = field(default_factory=Omitted)
    focus: tuple[str, ...] = ()
    title: str = "kgraph"


# Node kinds in legend order: (key, legend text, vis shape, colour).
KINDS: tuple[tuple[str, str, str, str], ...] = (
    ("core", "core class", "hexagon", "#1f5fa8"),
    ("qualified", "qualified concept", "diamond", "#e07b00"),
    ("concept", "concept", "dot", "#2a9d8f"),
    ("entity", "named thing", "square", "#8e44ad"),
    ("other", "other", "triangle", "#7f8c8d"),
)


def compact(iri: str) -> str:
    """``https://w3id.org/kgraph/crm#buys`` → ``crm:buys``; unknown namespaces stay whole."""
    for prefix, ns in vocab.PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def relation_name(predicate: str) -> str:
    """The short name an edge is labelled with: crm relations, broader and type by local name."""
    if predicate.startswith(vocab.CRM_IRI):
        return predicate[len(vocab.CRM_IRI) :]
    if predicate in (str(SKOS.broader), str(RDF.type), str(RDFS.subClassOf)):
        return predicate.rsplit("#", 1)[-1]
    return compact(predicate)


def _local_label(iri: str) -> str:
    """A readable fallback label from an IRI: ``kgc:SatisfiedCustomer`` → ``Satisfied customer``."""
    local = re.split(r"[#/:]", iri.rstrip("/#"))[-1] or iri
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").strip()
    return words[:1].upper() + words[1:].lower() if words else iri


def _as_float(value: Node | None) -> float | None:
    if not isinstance(value, Literal):
        return None
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _is_true(value: Node | None) -> bool:
    return isinstance(value, Literal) and str(value).strip().lower() in ("true", "1")


def _term_id(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


class _Annotations:
    """Labels, types, states and statement evidence gathered from one or more graphs."""

    def __init__(self, graph: Graph, context: Graph | None) -> None:
        self.labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.pref: dict[str, dict[str, str]] = defaultdict(dict)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.states: dict[str, set[str]] = defaultdict(set)
        self.hidden: set[str] = set()  # statement, sentence and document nodes
        self.evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
        self.negated: set[tuple[str, str, str]] = set()
        self.candidates: list[tuple[Node, Node, Node]] = []  # graph's (not context's) edges
        self.subjects: set[Node] = set()  # graph's subjects
        self._read(graph, primary=True)
        if context is not None:
            self._read(context, primary=False)

    def _read(self, g: Graph, *, primary: bool) -> None:
        # One pass over the triples: rdflib's per-call lookups (g.value) cost ~20 us each, which
        # is most of the time for a 5,000-node view if done per statement.
        props: dict[Node, dict[Node, Node]] = defaultdict(dict)
        derived: dict[Node, list[Node]] = defaultdict(list)
        statements: set[Node] = set()
        for s, p, o in g:
            if primary:
                self.subjects.add(s)
                if _is_edge(p, o):
                    self.candidates.append((s, p, o))
            if p in _STATEMENT_PREDICATES:
                if p == PROV_DERIVED:
                    derived[s].append(o)
                else:
                    props[s][p] = o
                if p == RDF.subject:
                    statements.add(s)
            elif p == RDF.type:
                if o == RDF.Statement:
                    statements.add(s)
                elif not isinstance(o, Literal):
                    self.types[_term_id(s)].add(str(o))
            elif p == CRM_HAS_STATE:
                self.states[_term_id(s)].add(str(o))
            elif (p == RDFS.label or p == SKOS.prefLabel) and isinstance(o, Literal):
                node, lang = _term_id(s), o.language or ""
                self.labels[node][lang].add(str(o))
                if p == SKOS.prefLabel:
                    current = self.pref[node].get(lang)
                    self.pref[node][lang] = min(str(o), current) if current else str(o)
        for st in statements:
            self._statement(st, props, derived)

    def _statement(
        self,
        st: Node,
        props: Mapping[Node, Mapping[Node, Node]],
        derived: Mapping[Node, list[Node]],
    ) -> None:
        self.hidden.add(_term_id(st))
        mine = props.get(st, {})
        s, p, o = mine.get(RDF.subject), mine.get(RDF.predicate), mine.get(RDF.object)
        if s is None or p is None or o is None:
            return
        key = (_term_id(s), str(p), _term_id(o))
        if _is_true(mine.get(CRM_NEGATED)):
            self.negated.add(key)
            return
        confidence = _as_float(mine.get(CRM_CONFIDENCE))
        sentences: list[Node | None] = [*sorted(derived.get(st, ()), key=str)] or [None]
        for sent in sentences:
            text = source = language = ""
            if sent is not None:
                self.hidden.add(_term_id(sent))
                text = str(props.get(sent, {}).get(NIF_ANCHOR) or "")
                doc = props.get(sent, {}).get(NIF_CONTEXT)
                if doc is not None:
                    self.hidden.add(_term_id(doc))
                    source = str(props.get(doc, {}).get(DCT_SOURCE) or doc)
                    language = str(props.get(doc, {}).get(DCT_LANGUAGE) or "")
            self.evidence[key].append(Evidence(text, source, language, confidence))

    def best_label(self, node: str, lang: str) -> str:
        labels = self.labels.get(node, {})
        for want in (lang, "en"):
            if want in self.pref.get(node, {}):
                return self.pref[node][want]
            if labels.get(want):
                return min(labels[want], key=lambda t: (len(t), t))
        for tag in sorted(labels):
            if labels[tag]:
                return min(labels[tag], key=lambda t: (len(t), t))
        return "(blank node)" if node.startswith("_:") else _local_label(node)


def _kind(iri: str, notes: _Annotations) -> str:
    if iri in _CORE:
        return "core"
    if notes.states.get(iri):
        return "qualified"
    if iri.startswith(vocab.ENTITY_IRI):
        return "entity"
    if iri.startswith(vocab.CONCEPT_IRI):
        return "concept"
    return "other"


def _is_edge(p: Node, o: Node) -> bool:
    if isinstance(o, Literal) or p in _BOOKKEEPING:
        return False
    if p == RDF.type:
        return str(o).startswith(vocab.CRM_IRI) and o != CRM_STATE
    return not str(p).startswith(vocab.CRM_IRI) or str(p)[len(vocab.CRM_IRI) :] not in (
        "confidence", "negated", "extractor", "cue", "inverseCue",
    )  # fmt: skip


def build_view(
    graph: Graph,
    *,
    lang: str = "en",
    min_confidence: float = 0.0,
    max_nodes: int = 1500,
    focus: str | None = None,
    depth: int = 1,
    relations: Iterable[str] = (),
    context: Graph | None = None,
    title: str = "kgraph",
) -> View:
    """Pick the drawable part of ``graph``: edges, nodes, labels, evidence; filter and prune it.

    Edges are the direct triples between resources (a crm relation, ``skos:broader``, ``rdf:type``
    to a crm class, or anything else a ``--query`` returned), never the bookkeeping of statements.
    Negated statements have no direct triple and are not drawn; they are only counted.

    Args:
        graph: the triples to draw (the default view's CONSTRUCT, or a user's).
        lang: label language; falls back to English, then any language, then the IRI.
        min_confidence: drop extracted edges whose best sentence is below this. Edges without
            statements (asserted, not extracted) are kept.
        max_nodes: keep at most this many nodes, the most connected ones.
        focus: a concept (label in any language, prefixed name or IRI): keep its neighbourhood.
        depth: how many hops around ``focus`` to keep.
        relations: keep only edges with these relation names (``buys``, ``broader`` ...).
        context: extra triples (labels, types, statements) that annotate but add no edges.
        title: the page title.

    Raises:
        RenderError: ``focus`` matches no node, or a name in ``relations`` matches no edge.
    """
    notes = _Annotations(graph, context)
    triples = {(_term_id(s), str(p), _term_id(o)) for s, p, o in notes.candidates}
    ordered = sorted(t for t in triples if t[0] not in notes.hidden and t[2] not in notes.hidden)

    below = 0
    kept: list[tuple[str, str, str]] = []
    for key in ordered:
        ev = notes.evidence.get(key)
        best = max((e.confidence for e in ev or () if e.confidence is not None), default=None)
        if ev and best is not None and best < min_confidence:
            below += 1
            continue
        kept.append(key)

    wanted = tuple(dict.fromkeys(relations))
    if wanted:
        present = sorted({relation_name(p) for _, p, _ in kept})
        unknown = [r for r in wanted if r not in present]
        if unknown:
            raise RenderError(
                f"No edges with relation {', '.join(repr(u) for u in unknown)} in this view.",
                f"Available: {', '.join(present) or '(none)'}",
            )
        kept = [t for t in kept if relation_name(t[1]) in wanted]

    lone = _labelled_only(notes) - {t[0] for t in ordered} - {t[2] for t in ordered}
    node_ids = sorted({t[0] for t in kept} | {t[2] for t in kept} | lone)
    seeds: tuple[str, ...] = ()
    if focus is not None:
        seeds = _match_focus(focus, node_ids, notes)
        keep = _neighbourhood(seeds, kept, depth)
        kept = [t for t in kept if t[0] in keep and t[2] in keep]
        node_ids = sorted(keep)

    total_nodes, total_edges = len(node_ids), len(kept)
    if len(node_ids) > max_nodes:
        degree: dict[str, int] = defaultdict(int)
        for s, _, o in kept:
            degree[s] += 1
            degree[o] += 1
        ranked = sorted(node_ids, key=lambda n: (-degree[n], n))
        keep = set(ranked[:max_nodes]) | set(seeds)
        kept = [t for t in kept if t[0] in keep and t[2] in keep]
        node_ids = sorted(keep)

    omitted = Omitted(
        nodes=total_nodes - len(node_ids),
        edges=total_edges - len(kept),
        max_nodes=max_nodes,
        negated=len(notes.negated),
        below_confidence=below,
    )
    return _assemble(node_ids, kept, notes, lang, omitted, seeds, title)


def _labelled_only(notes: _Annotations) -> set[str]:
    """Resources a query returned with a label, state or crm type: drawn even without an edge.

    Only the graph's own subjects count, not the context's, so the default view (whose graph
    holds only edges) draws no lone nodes.
    """
    subjects = {_term_id(s) for s in notes.subjects}
    typed = {
        n for n, types in notes.types.items() if any(t.startswith(vocab.CRM_IRI) for t in types)
    }
    found = (set(notes.labels) | set(notes.states) | typed) & subjects
    return {n for n in found - notes.hidden if not n.startswith(vocab.CRM_IRI)}


def _match_focus(focus: str, node_ids: Sequence[str], notes: _Annotations) -> tuple[str, ...]:
    wanted = focus.strip()
    for prefix, ns in vocab.PREFIXES.items():
        if wanted.startswith(prefix + ":"):
            wanted = ns + wanted[len(prefix) + 1 :]
    exact = [n for n in node_ids if n == wanted or compact(n) == wanted]
    if exact:
        return tuple(exact)
    folded = wanted.casefold()
    by_label = [
        n
        for n in node_ids
        if any(folded == t.casefold() for ts in notes.labels.get(n, {}).values() for t in ts)
        or folded == _local_label(n).casefold()
        or folded == re.split(r"[#/]", n)[-1].casefold()
    ]
    if by_label:
        return tuple(by_label)
    names = sorted({t for n in node_ids for ts in notes.labels.get(n, {}).values() for t in ts})
    close = difflib.get_close_matches(focus, names, n=5, cutoff=0.6)
    hint = (
        f"Did you mean: {', '.join(close)}?"
        if close
        else "Give a label, e.g. customer, or crm:Customer."
    )
    raise RenderError(f"No concept matches --focus {focus!r}.", hint)


def _neighbourhood(
    seeds: Sequence[str], edges: Sequence[tuple[str, str, str]], depth: int
) -> set[str]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for s, _, o in edges:
        adjacent[s].add(o)
        adjacent[o].add(s)
    seen = set(seeds)
    frontier = set(seeds)
    for _ in range(max(depth, 0)):
        frontier = {m for n in frontier for m in adjacent[n]} - seen
        seen |= frontier
    return seen


def _assemble(
    node_ids: Sequence[str],
    kept: Sequence[tuple[str, str, str]],
    notes: _Annotations,
    lang: str,
    omitted: Omitted,
    seeds: tuple[str, ...],
    title: str,
) -> View:
    short = {n: f"n{i}" for i, n in enumerate(node_ids)}
    degree: dict[str, int] = defaultdict(int)
    edges: list[ViewEdge] = []
    for i, (s, p, o) in enumerate(kept):
        degree[s] += 1
        degree[o] += 1
        ev = sorted(
            notes.evidence.get((s, p, o), ()),
            key=lambda e: (-(e.confidence or 0.0), e.source, e.sentence),
        )
        best = ev[0].confidence if ev else None
        edges.append(
            ViewEdge(
                id=f"e{i}",
                source=short[s],
                target=short[o],
                relation=relation_name(p),
                predicate=p,
                confidence=best,
                evidence=tuple(ev[:MAX_EVIDENCE]),
                more_evidence=max(len(ev) - MAX_EVIDENCE, 0),
            )
        )
    place = layout.positions([short[n] for n in node_ids], [(e.source, e.target) for e in edges])
    nodes = []
    for n in node_ids:
        labels = notes.labels.get(n, {})
        classes = sorted(t for t in notes.types.get(n, ()) if t.startswith(vocab.CRM_IRI))
        nodes.append(
            ViewNode(
                id=short[n],
                iri=n,
                label=notes.best_label(n, lang),
                labels={tag: tuple(sorted(labels[tag])) for tag in sorted(labels) if labels[tag]},
                kind=_kind(n, notes),
                classes=tuple(relation_name(c) for c in classes),
                states=tuple(sorted(relation_name(s) for s in notes.states.get(n, ()))),
                degree=degree[n],
                x=place[short[n]][0],
                y=place[short[n]][1],
            )
        )
    return View(
        nodes=tuple(nodes),
        edges=tuple(edges),
        lang=lang,
        omitted=omitted,
        focus=tuple(short[s] for s in seeds if s in short),
        title=title,
    )
