"""The ontology: where it lives, loading it, and the lexicon its labels and cues make.

The only code that knows where ``ontology/`` is. The extractor reads the lexicon as plain data
(:class:`LexiconEntries`), so extraction stays free of RDF.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kgraph.errors import OntologyError
from kgraph.vocab import CORE_CLASSES, CRM, CRM_IRI, CRM_RELATIONS, LANGUAGES, STATES

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "crm.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


def load(path: Path = ONTOLOGY_FILE) -> Graph:
    """Parse the ontology (a new Graph each call; callers may add to it).

    Raises:
        OntologyError: the file is missing or does not parse.
    """
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise OntologyError(f"Ontology file '{path}' is missing.", hint="Reinstall kgraph or restore ontology/crm.ttl.") from exc
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"Ontology file '{path}' does not parse: {exc}", hint="Fix the Turtle syntax.") from exc
    return graph


@cache
def _parsed_once() -> Graph:
    """The ontology for the readers here, which only read it: parsed once per process, not once
    per language (a parse takes about 0.25 s)."""
    return load()


def jsonld_context(path: Path = CONTEXT_FILE) -> dict[str, Any]:
    """The published JSON-LD ``@context`` (the object under the file's ``"@context"`` key).

    Raises:
        OntologyError: the file is missing or is not a JSON-LD context document.
    """
    hint = "Regenerate it: python -m kgraph.docs"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        context = document["@context"]
    except FileNotFoundError as exc:
        raise OntologyError(f"The JSON-LD context '{path}' is missing.", hint=hint) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OntologyError(f"The JSON-LD context '{path}' is not valid: {exc}", hint=hint) from exc
    if not isinstance(context, dict):
        raise OntologyError(f"The JSON-LD context '{path}' has no @context object.", hint=hint)
    return context


@dataclass(frozen=True, slots=True)
class Cue:
    """A relation cue: a lemma sequence and whether its grammatical subject is the relation's object."""

    words: tuple[str, ...]
    relation: str
    inverse: bool
    # The words after the first, as a set: the extractor asks, for every cue of a verb it meets
    # (some 50 for 'be' or 'være'), whether the sentence has them all; made once here.
    later: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "later", frozenset(self.words[1:]))


@cache
def agent_classes() -> frozenset[str]:
    """Core classes whose members can act (buy, sell, serve, want): the subclasses of Person,
    Organization or prov:Agent in the ontology's hierarchy.

    Raises:
        OntologyError: the ontology cannot be loaded.
    """
    return _subclasses_of(CRM.Person, CRM.Organization, PROV.Agent, PROV.Person, PROV.Organization)


@cache
def organisation_classes() -> frozenset[str]:
    """Core classes of organisations (Company, Bank, Hospital ...): crm:Organization and below.

    Raises:
        OntologyError: the ontology cannot be loaded.
    """
    return _subclasses_of(CRM.Organization, PROV.Organization)


@cache
def person_classes() -> frozenset[str]:
    """Core classes of people (Person, Employee, Manager ...): crm:Person and below. Customers are
    agents but not necessarily people (a company can be one).

    Raises:
        OntologyError: the ontology cannot be loaded.
    """
    return _subclasses_of(CRM.Person, PROV.Person)


@cache
def agent_relations() -> dict[str, str]:
    """Class local name → the relation its members bear to what their 'of' phrase names
    (crm:agentOf: a Producer of X creates X, a Supplier of X sells X).

    Raises:
        OntologyError: the ontology cannot be loaded.
    """
    graph = _parsed_once()
    return {name: str(rel).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            for name in CORE_CLASSES for rel in graph.objects(CRM[name], CRM.agentOf)}


def _subclasses_of(*roots: URIRef) -> frozenset[str]:
    graph = _parsed_once()
    out = set()
    for name in CORE_CLASSES:
        supers = set(graph.transitive_objects(CRM[name], RDFS.subClassOf))
        if supers & set(roots):
            out.add(name)
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class LexiconEntries:
    """The ontology's words for one language, as written there (not yet lemmatised).

    Attributes:
        classes: (label, class local name) for every rdfs:label and skos:altLabel of a core class.
        states: (adjective, state local name) for every label of a state.
        cues: every crm:cue and crm:inverseCue of a relation, split into words.
        labels: the preferred rdfs:label of every class, state and relation.
        kinds: (word, class local name) for every crm:kindLabel: a narrower kind of the class.
        actions: (verb phrase, class local name) for every crm:actionLabel: the act the class names.
        combining: (form, state local name) for every crm:combiningForm: a state as a compound's first part.
    """

    lang: str
    classes: tuple[tuple[str, str], ...]
    states: tuple[tuple[str, str], ...]
    cues: tuple[Cue, ...]
    labels: dict[str, str]
    kinds: tuple[tuple[str, str], ...] = ()
    actions: tuple[tuple[str, str], ...] = ()
    combining: tuple[tuple[str, str], ...] = ()


def _local(term: URIRef) -> str:
    return str(term)[len(CRM_IRI) :]


def _texts(graph: Graph, subject: URIRef, predicates: tuple[URIRef, ...], lang: str) -> list[str]:
    found = []
    for predicate in predicates:
        for value in graph.objects(subject, predicate):
            if isinstance(value, Literal) and value.language == lang:
                found.append(str(value).strip())
    return sorted(set(found))


@cache
def entries(lang: str) -> LexiconEntries:
    """The lexicon entries of ``lang`` read from ``ontology/crm.ttl`` (cached per process).

    Raises:
        OntologyError: the ontology cannot be loaded.
    """
    graph = _parsed_once()
    names = (RDFS.label, SKOS.altLabel)
    classes = [
        (text, name) for name in CORE_CLASSES for text in _texts(graph, CRM[name], names, lang)
    ]
    states = [(text, name) for name in STATES for text in _texts(graph, CRM[name], names, lang)]
    cues = []
    for name in CRM_RELATIONS:
        for predicate, inverse in ((CRM.cue, False), (CRM.inverseCue, True)):
            for text in _texts(graph, CRM[name], (predicate,), lang):
                cues.append(Cue(tuple(text.split()), name, inverse))
    labels = {}
    for name in (*CORE_CLASSES, *STATES, *CRM_RELATIONS):
        preferred = _texts(graph, CRM[name], (RDFS.label,), lang)
        if preferred:
            labels[name] = preferred[0]
    kinds = tuple((text, name) for name in CORE_CLASSES for text in _texts(graph, CRM[name], (CRM.kindLabel,), lang))
    actions = tuple((text, name) for name in CORE_CLASSES for text in _texts(graph, CRM[name], (CRM.actionLabel,), lang))
    combining = tuple((text, name) for name in STATES for text in _texts(graph, CRM[name], (CRM.combiningForm,), lang))
    return LexiconEntries(lang, tuple(classes), tuple(states), tuple(cues), labels, kinds, actions, combining)


def classes_and_properties(graph: Graph) -> set[str]:
    """Local names of every crm term the graph declares (has an rdf:type)."""
    return {_local(s) for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(CRM_IRI)}


__all__ = ["LANGUAGES", "Cue", "LexiconEntries", "agent_classes", "entries", "load", "ONTOLOGY_FILE"]
