"""Scoring a graph against a gold TSV (SCHEMA.md §5): precision, recall and F1, overall and per language.

The matching rules are those of the reference scorer ``shared/tools/kgeval.py`` (a test checks that
both agree): statements are deduplicated per document, gold rows match one-to-one (required rows
first), ``~phrase`` matches lemmatised labels by word overlap or near-identical strings, ``@Name``
matches a label exactly, core names match IRIs by local name, negated statements are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from kgraph.errors import KgraphError
from kgraph.tokens import dictionary_lemma
from kgraph.vocab import NIF

LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
RELATION_ALIASES = {"subclassof": "broader"}
_LANG_PREFIX = re.compile(r"(nb|nn|sv|da|de|en)_")


class GoldError(KgraphError):
    """A gold file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class GoldRow:
    doc: str
    subject: str
    relation: str
    object: str
    required: bool
    evidence: str
    line: int


@dataclass(frozen=True, slots=True)
class Triple:
    doc: str
    subject: str
    relation: str
    object: str


@dataclass(slots=True)
class Counts:
    tp: int = 0
    sys: int = 0
    req: int = 0
    hit: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.hit / self.req if self.req else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 3), round(r, 3), round(f, 3)


@dataclass(slots=True)
class Score:
    """Scores overall and per language, with the errors for ``--errors``."""

    overall: Counts = field(default_factory=Counts)
    per_language: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[tuple[Triple, str]] = field(default_factory=list)
    misses: list[GoldRow] = field(default_factory=list)
    orphans: int = 0


def local(term: Node) -> str:
    return re.split(r"[#/]", str(term).rstrip("/#"))[-1]


def norm_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    return re.sub(r"[^\w\s-]", " ", text).replace("-", " ").strip()


def lemmas(text: str, lang: str) -> list[str]:
    return [dictionary_lemma(t, lang) if lang else t for t in norm_text(text).split()]


def phrase_match(gold: str, label: str, lang: str) -> bool:
    g, lab = lemmas(gold, lang), lemmas(label, lang)
    if not g or not lab:
        return False
    if g == lab:
        return True
    gs, ls = set(g), set(lab)
    if len(gs & ls) / len(gs | ls) >= 0.5:
        return True
    return SequenceMatcher(None, "".join(g), "".join(lab)).ratio() >= 0.85


def read_gold(path: Path) -> tuple[list[GoldRow], dict[str, str]]:
    """Rows and declared document languages of a gold TSV.

    Raises:
        GoldError: the file cannot be read or a row has fewer than five columns.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"Cannot read gold file '{path}': {exc.strerror or exc}", hint="Check the path.") from exc
    rows: list[GoldRow] = []
    langs: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#lang\t"):
            parts = line.split("\t")
            if len(parts) >= 3:
                langs[Path(parts[1]).name] = parts[2].strip()
            continue
        if not line.strip() or line.startswith("#") or line.startswith("doc\t"):
            continue
        parts = line.split("\t")
        if len(parts) < 5:
            raise GoldError(f"{path}:{number}: expected 5 tab-separated columns, found {len(parts)}",
                            hint="Columns: doc, subject, relation, object, required[, evidence].")
        rows.append(GoldRow(Path(parts[0]).name, parts[1], parts[2], parts[3], parts[4].strip() == "1",
                            parts[5] if len(parts) > 5 else "", number))
    return rows, langs


class _View:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._labels: dict[Node, list[str]] = {}

    def labels(self, node: Node) -> list[str]:
        if node not in self._labels:
            found = [str(o) for p in LABELS for o in self.graph.objects(node, p)]
            if isinstance(node, Literal):
                found.append(str(node))
            self._labels[node] = found
        return self._labels[node]

    def statements(self) -> Iterator[tuple[str | None, str, Node, Node, Node]]:
        g = self.graph
        for st in set(g.subjects(RDF.type, RDF.Statement)):
            if any(local(p).lower() == "negated" and str(v).lower() in ("true", "1") for p, v in g.predicate_objects(st)):
                continue
            s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
            if s is None or p is None or o is None:
                continue
            doc, lang = None, ""
            for source in g.objects(st, PROV.wasDerivedFrom):
                context = g.value(source, NIF.referenceContext) or source
                path = g.value(context, DCTERMS.source)
                if path is not None:
                    doc = Path(str(path)).name
                    code = g.value(context, DCTERMS.language)
                    lang = str(code) if code else ""
                    break
            yield doc, lang, s, p, o


def term_match(view: _View, node: Node, spec: str, lang: str) -> bool:
    for alt in (a.strip() for a in spec.split("|")):
        if alt.startswith("~"):
            if any(phrase_match(alt[1:], label, lang) for label in view.labels(node)):
                return True
        elif alt.startswith("@"):
            want = norm_text(alt[1:])
            if any(norm_text(label) == want for label in view.labels(node)):
                return True
            if norm_text(local(node)).replace(" ", "") == want.replace(" ", ""):
                return True
        elif isinstance(node, URIRef) and local(node).lower() == alt.lower():
            return True
    return False


def relation_match(predicate: Node, spec: str) -> bool:
    name = local(predicate).lower()
    name = RELATION_ALIASES.get(name, name)
    return any(name == a.strip().lower() for a in spec.split("|"))


def score(graph: Graph, gold_path: Path) -> Score:
    """Score ``graph``'s statements against the gold file.

    Raises:
        GoldError: the gold file cannot be read or is malformed.
    """
    gold, gold_langs = read_gold(gold_path)
    view = _View(graph)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(gold):
        by_doc[row.doc].append(i)
    system: dict[str, set[tuple[Node, Node, Node]]] = defaultdict(set)
    doc_langs: dict[str, str] = {}
    result = Score()
    for doc, lang, s, p, o in view.statements():
        if doc is None:
            result.orphans += 1
            continue
        system[doc].add((s, p, o))
        doc_langs.setdefault(doc, lang)
    matched: set[int] = set()
    for doc in sorted(set(by_doc) | set(system)):
        lang = gold_langs.get(doc) or doc_langs.get(doc) or ""
        if not lang and (m := _LANG_PREFIX.match(doc)):
            lang = m.group(1)
        counts = result.per_language.setdefault(lang or "?", Counts())
        rows = sorted(by_doc.get(doc, []), key=lambda i: (not gold[i].required, i))
        for s, p, o in sorted(system.get(doc, ()), key=lambda t: tuple(map(str, t))):
            counts.sys += 1
            hit = next(
                (i for i in rows if i not in matched and relation_match(p, gold[i].relation)
                 and term_match(view, s, gold[i].subject, lang) and term_match(view, o, gold[i].object, lang)),
                None,
            )
            if hit is None:
                result.false_positives.append((Triple(doc, local(s), local(p), local(o)), _evidence(graph, doc, s, p, o)))
            else:
                matched.add(hit)
                counts.tp += 1
        for i in by_doc.get(doc, []):
            if gold[i].required:
                counts.req += 1
                if i in matched:
                    counts.hit += 1
                else:
                    result.misses.append(gold[i])
    for counts in result.per_language.values():
        result.overall.tp += counts.tp
        result.overall.sys += counts.sys
        result.overall.req += counts.req
        result.overall.hit += counts.hit
    return result


def _evidence(graph: Graph, doc: str, s: Node, p: Node, o: Node) -> str:
    """The sentence a statement came from (the first, if several)."""
    for st in graph.subjects(RDF.subject, s):
        if graph.value(st, RDF.predicate) == p and graph.value(st, RDF.object) == o:
            for sent in graph.objects(st, PROV.wasDerivedFrom):
                context = graph.value(sent, NIF.referenceContext)
                if context is not None and Path(str(graph.value(context, DCTERMS.source))).name == doc:
                    return str(graph.value(sent, NIF.anchorOf) or "")
    return ""


def load_graph(output: Path) -> Graph:
    """The extracted graph of a build folder (its ``graph.ttl``).

    Raises:
        GoldError: there is no graph in ``output``.
    """
    path = output / "graph.ttl"
    if not path.exists():
        raise GoldError(f"No graph in '{output}'.", hint=f"Run `kgraph build CORPUS --output {output}` or pass --corpus.")
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph
