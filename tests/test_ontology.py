"""ontology/crm.ttl: parses, mirrors kgraph.vocab.CRM, and is a sound multilingual lexicon."""

from __future__ import annotations

import io
import time
from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph.vocab import CORE_CLASSES, CRM, CRM_IRI, CRM_RELATIONS, LANGUAGES, STATES

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "crm.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kgraph/crm")
ARTICLES = {
    "en": {"a", "an", "the"},
    "nb": {"en", "et", "ei"},
    "da": {"en", "et"},
    "sv": {"en", "ett"},
    "de": {"der", "die", "das", "den", "dem", "des"}
    | {"ein", "eine", "einen", "einem", "einer", "eines"},
}
INFINITIVE_MARKERS = {"en": "to", "nb": "å", "sv": "att", "da": "at", "de": "zu"}


@cache
def graph() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def crm(name: str) -> URIRef:
    return URIRef(CRM_IRI + name)


def local(node: Node) -> str:
    return str(node).removeprefix(CRM_IRI)


def in_crm(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(CRM_IRI)


def crm_terms() -> set[URIRef]:
    """Every crm IRI the ontology types (declares)."""
    return {s for s in graph().subjects(RDF.type, None) if in_crm(s)}


def classes() -> set[URIRef]:
    return {s for s in graph().subjects(RDF.type, OWL.Class) if in_crm(s)}


def states() -> set[URIRef]:
    return set(graph().subjects(RDF.type, crm("State")))


def relations() -> set[URIRef]:
    return set(graph().subjects(RDFS.subPropertyOf, crm("relatedTo")))


def cues(relation: URIRef, inverse: bool = False) -> list[Literal]:
    prop = crm("inverseCue") if inverse else crm("cue")
    return [o for o in graph().objects(relation, prop) if isinstance(o, Literal)]


def all_cue_literals() -> list[tuple[URIRef, Node]]:
    return [
        (s, o)
        for prop in (crm("cue"), crm("inverseCue"))
        for s, o in graph().subject_objects(prop)
        if isinstance(s, URIRef)
    ]


# --- parsing ------------------------------------------------------------------------------------


def test_ontology_parses_with_rdflib_and_pyoxigraph_to_the_same_triple_count():
    n_rdflib = len(Graph().parse(ONTOLOGY, format="turtle"))
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE))
    assert n_rdflib > 1000
    assert len(quads) == n_rdflib


def test_ontology_loads_fast():
    start = time.perf_counter()
    Graph().parse(ONTOLOGY, format="turtle")
    assert time.perf_counter() - start < 2.0


def test_ontology_header_declares_iri_title_comment_and_version():
    g = graph()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert g.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/title")) is not None
    assert g.value(ONTOLOGY_IRI, RDFS.comment) is not None


# --- the ontology mirrors kgraph.vocab.CRM ------------------------------------------------------


def test_ontology_declares_every_term_of_the_crm_namespace():
    declared = {local(t) for t in crm_terms()}
    missing = sorted(set(CRM.__annotations__) - declared)
    assert not missing, f"terms of kgraph.vocab.CRM not declared in crm.ttl: {missing}"


def test_ontology_uses_no_crm_iri_unknown_to_vocab():
    g = graph()
    used = {n for triple in g for n in triple if in_crm(n)}
    stray = sorted(local(n) for n in used if local(n) not in CRM.__annotations__)
    assert not stray, f"crm IRIs in crm.ttl that kgraph.vocab.CRM does not know: {stray}"
    # and each of them resolves through the closed namespace
    for name in CRM.__annotations__:
        assert getattr(CRM, name) == crm(name)


def test_ontology_classes_match_core_classes():
    assert {local(c) for c in classes()} - {"State"} == set(CORE_CLASSES)
    assert len(CORE_CLASSES) == len(set(CORE_CLASSES)), "a core class listed twice"


def test_ontology_state_individuals_match_states():
    found = states()
    assert {local(s) for s in found} == set(STATES)
    for s in found:
        assert (s, RDF.type, OWL.NamedIndividual) in graph()


def test_ontology_relations_are_the_object_subproperties_of_related_to():
    g = graph()
    assert {local(r) for r in relations()} == set(CRM_RELATIONS)
    for r in relations() | {crm("relatedTo")}:
        assert (r, RDF.type, OWL.ObjectProperty) in g, local(r)


def test_ontology_own_properties_have_the_right_kinds_and_ranges():
    g = graph()
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert (crm("hasState"), RDF.type, OWL.ObjectProperty) in g
    assert g.value(crm("hasState"), RDFS.range) == crm("State")
    datatypes = {"confidence": "decimal", "negated": "boolean", "extractor": "string"}
    for name, datatype in datatypes.items():
        assert (crm(name), RDF.type, OWL.DatatypeProperty) in g, name
        assert g.value(crm(name), RDFS.range) == URIRef(xsd + datatype), name
    for name in ("cue", "inverseCue"):
        assert (crm(name), RDF.type, OWL.AnnotationProperty) in g, name


# --- labels and comments ------------------------------------------------------------------------


def test_ontology_every_term_has_one_label_per_language_and_a_comment():
    g = graph()
    problems = []
    for term in crm_terms():
        by_lang: dict[str | None, int] = defaultdict(int)
        for label in g.objects(term, RDFS.label):
            by_lang[getattr(label, "language", None)] += 1
        if {lang: by_lang.get(lang, 0) for lang in LANGUAGES} != dict.fromkeys(LANGUAGES, 1):
            problems.append(f"{local(term)}: labels per language {dict(by_lang)}")
        if set(by_lang) - set(LANGUAGES):
            problems.append(f"{local(term)}: label in unexpected language {set(by_lang)}")
        if not any(True for _ in g.objects(term, RDFS.comment)):
            problems.append(f"{local(term)}: no rdfs:comment")
        if g.value(term, RDFS.comment) is not None and not any(
            getattr(c, "language", None) == "en" for c in g.objects(term, RDFS.comment)
        ):
            problems.append(f"{local(term)}: no English rdfs:comment")
    assert not problems, "\n".join(problems)


def test_ontology_lexical_literals_are_tagged_trimmed_and_in_project_languages():
    g = graph()
    problems = []
    for prop in (RDFS.label, SKOS.altLabel, crm("cue"), crm("inverseCue")):
        for s, o in g.subject_objects(prop):
            if not in_crm(s):
                continue
            text = str(o)
            if not isinstance(o, Literal) or o.language not in LANGUAGES:
                problems.append(f"{local(s)} {prop}: {o!r} lacks a project language tag")
            if text != text.strip() or "  " in text or not text:
                problems.append(f"{local(s)} {prop}: {text!r} has stray whitespace")
    assert not problems, "\n".join(problems)


def test_ontology_class_and_state_preferred_labels_follow_the_case_convention():
    g = graph()
    problems = []
    for term in classes() | states():
        for label in g.objects(term, RDFS.label):
            assert isinstance(label, Literal)
            text, lang = str(label), label.language
            is_state = term in states()
            if lang == "de" and not is_state and term != crm("State"):
                ok = text.split()[-1][0].isupper()  # the head noun is capitalised
            elif lang == "de" and term == crm("State"):
                ok = text[0].isupper()
            else:
                ok = text == text.lower()
            if not ok:
                problems.append(f"{local(term)}: {text!r}@{lang}")
    assert not problems, "\n".join(problems)


def _label_owners(terms: set[URIRef]) -> dict[tuple[str, str], set[str]]:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for term in terms:
        for prop in (RDFS.label, SKOS.altLabel):
            for label in graph().objects(term, prop):
                assert isinstance(label, Literal)
                owners[(str(label).lower(), label.language or "")].add(local(term))
    return owners


def test_ontology_no_word_labels_two_classes():
    clashes = {k: v for k, v in _label_owners(classes()).items() if len(v) > 1}
    report = "\n".join(f"{w!r}@{lang}: {sorted(c)}" for (w, lang), c in sorted(clashes.items()))
    assert not clashes, "labels shared by several classes:\n" + report


def test_ontology_no_word_labels_two_states():
    clashes = {k: v for k, v in _label_owners(states()).items() if len(v) > 1}
    report = "\n".join(f"{w!r}@{lang}: {sorted(c)}" for (w, lang), c in sorted(clashes.items()))
    assert not clashes, "labels shared by several states:\n" + report


def test_ontology_every_class_has_a_lexicon_beyond_english():
    # at least the preferred label in every language; most classes have synonyms too
    g = graph()
    with_synonyms = [c for c in classes() if any(True for _ in g.objects(c, SKOS.altLabel))]
    assert len(with_synonyms) >= 40


# --- relation cues ------------------------------------------------------------------------------


def test_ontology_every_relation_has_cues_in_every_language():
    problems = []
    for r in relations():
        langs = defaultdict(int)
        for cue in cues(r):
            langs[cue.language] += 1
        for lang in LANGUAGES:
            if langs[lang] < 1:
                problems.append(f"{local(r)}: no crm:cue@{lang}")
    assert not problems, "\n".join(problems)


def test_ontology_relations_have_rich_cue_lists():
    # the lexicon's breadth: at least 4 cues per relation and language, 6 on average
    counts = [
        sum(1 for c in cues(r) if c.language == lang) for r in relations() for lang in LANGUAGES
    ]
    assert min(counts) >= 4
    assert sum(counts) / len(counts) >= 6


def test_ontology_no_cue_is_untagged():
    untagged = [
        (local(s), str(o)) for s, o in all_cue_literals() if not getattr(o, "language", None)
    ]
    assert not untagged, f"cues without a language tag: {untagged}"


def test_ontology_cues_contain_no_articles_or_infinitive_markers():
    problems = []
    for s, o in all_cue_literals():
        assert isinstance(o, Literal) and o.language
        tokens = str(o).split()
        lang = o.language
        if ARTICLES[lang] & set(tokens):
            problems.append(f"{local(s)}: {str(o)!r}@{lang} contains an article")
        if tokens[0] == INFINITIVE_MARKERS[lang]:
            problems.append(f"{local(s)}: {str(o)!r}@{lang} starts with an infinitive marker")
        if any(t.lower() in {"seg", "sig", "sich", "oneself"} for t in tokens):
            problems.append(f"{local(s)}: {str(o)!r}@{lang} keeps a reflexive pronoun")
    assert not problems, "\n".join(problems)


def test_ontology_cues_are_lower_case_except_german_nouns():
    problems = []
    for s, o in all_cue_literals():
        assert isinstance(o, Literal)
        text = str(o)
        if o.language != "de" and text != text.lower():
            problems.append(f"{local(s)}: {text!r}@{o.language}")
        if o.language == "de" and text.split()[0][0].isupper():
            problems.append(f"{local(s)}: {text!r}@de starts with a noun, not the verb")
    assert not problems, "\n".join(problems)


def test_ontology_cues_live_only_on_relations_and_are_not_both_direct_and_inverse():
    rels = relations()
    problems = []
    for s, _ in all_cue_literals():
        if s not in rels:
            problems.append(f"cue on non-relation {s}")
    for r in rels:
        both = {(str(c), c.language) for c in cues(r)} & {
            (str(c), c.language) for c in cues(r, inverse=True)
        }
        if both:
            problems.append(f"{local(r)}: cues both direct and inverse: {sorted(both)}")
    assert not problems, "\n".join(problems)


def test_ontology_preposition_decides_between_relations():
    # the contrasts of LINGUISTICS.md 1.1 that the extractor relies on
    def has(rel: str, text: str, lang: str, inverse: bool = False) -> bool:
        return Literal(text, lang=lang) in cues(crm(rel), inverse)

    assert has("buys", "kjøpe", "nb") and has("customerOf", "kjøpe fra", "nb")
    assert has("customerOf", "buy from", "en") and not has("buys", "buy from", "en")
    assert has("competesWith", "konkurrere med", "nb") and has("competesFor", "konkurrere om", "nb")
    assert has("increases", "føre til", "nb") and not has("increases", "føre", "nb")
    assert has("requires", "abhängen von", "de") and has("requires", "depend on", "en")
    assert has("partOf", "bestå av", "nb", inverse=True)
    assert has("partOf", "consist of", "en", inverse=True)
    assert has("requires", "være forutsetning for", "nb", inverse=True)
    assert has("influences", "skyldes", "nb", inverse=True)


# --- axioms -------------------------------------------------------------------------------------


def test_ontology_class_hierarchy_is_acyclic_and_closed_within_crm():
    g = graph()
    declared = classes()
    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for sub, sup in g.subject_objects(RDFS.subClassOf):
        if in_crm(sub):
            assert isinstance(sub, URIRef) and isinstance(sup, URIRef), "no anonymous superclasses"
            if in_crm(sup):
                assert sup in declared, f"{local(sub)} subClassOf undeclared {local(sup)}"
                parents[sub].add(sup)

    def ancestors(node: URIRef, seen: frozenset[URIRef]) -> None:
        for p in parents[node]:
            assert p not in seen, f"subClassOf cycle through {local(p)}"
            ancestors(p, seen | {p})

    for c in declared:
        ancestors(c, frozenset({c}))


def test_ontology_expected_subclass_axioms_hold():
    g = graph()
    for sub, sup in [
        ("ExternalCustomer", "Customer"),
        ("InternalCustomer", "Customer"),
        ("BusinessCustomer", "Customer"),
        ("Company", "Organization"),
        ("PublicOrganization", "Organization"),
        ("Hospital", "Organization"),
        ("Bank", "Company"),
        ("Shop", "Company"),
        ("Employee", "Person"),
        ("Patient", "Person"),
        ("ServiceQuality", "Quality"),
        ("ProductQuality", "Quality"),
        ("CustomerService", "Service"),
    ]:
        assert (crm(sub), RDFS.subClassOf, crm(sup)) in g, f"{sub} subClassOf {sup}"
    # a role is not a kind of person
    schema_person = URIRef("https://schema.org/Person")
    assert (crm("Customer"), OWL.equivalentClass, schema_person) not in g
    assert (crm("Customer"), RDFS.subClassOf, schema_person) not in g


def test_ontology_property_axioms_point_at_declared_terms():
    g = graph()
    declared = crm_terms()
    for prop in (RDFS.domain, RDFS.range, RDFS.subPropertyOf, OWL.inverseOf):
        for s, o in g.subject_objects(prop):
            if in_crm(s) and in_crm(o):
                assert o in declared, f"{local(s)} {prop} undeclared {local(o)}"
    assert (crm("competesWith"), RDF.type, OWL.SymmetricProperty) in g
    assert g.value(crm("worksFor"), RDFS.domain) == crm("Person")
    assert g.value(crm("worksFor"), RDFS.range) == crm("Organization")
    # buys links any buyer (a company buys products too): no domain may exclude that
    assert g.value(crm("buys"), RDFS.domain) is None


# --- OWL 2 DL: a reasoner-free profile check (what Protégé's OWL API insists on) ----------------

_W3C = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/2001/XMLSchema#",
)
_BUILTIN_ANNOTATIONS = {
    RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo, OWL.deprecated,
    OWL.priorVersion, OWL.backwardCompatibleWith, OWL.incompatibleWith,
}  # fmt: skip
_AXIOM_VOCABULARY = {
    RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.disjointWith,
    OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf, OWL.versionIRI, OWL.imports,
    OWL.sameAs, OWL.differentFrom, OWL.propertyDisjointWith,
}  # fmt: skip
_PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
_OBJECT_CHARACTERISTICS = (
    OWL.SymmetricProperty, OWL.AsymmetricProperty, OWL.TransitiveProperty,
    OWL.ReflexiveProperty, OWL.IrreflexiveProperty, OWL.InverseFunctionalProperty,
)  # fmt: skip


def owl2_dl_problems(g: Graph) -> list[str]:
    """Violations of the OWL 2 DL rules that make Protégé (OWL API) reject or reinterpret a file.

    Every property is typed as exactly one of object/datatype/annotation property; no IRI is
    both a class and a datatype; every class an axiom mentions is declared; ranges match the
    property kind; sub-properties keep their kind; object-property characteristics sit on object
    properties only; reserved IRIs are not redeclared; no blank nodes (kgraph's TBox needs none);
    property assertions use IRIs or literals as their kind requires.
    """
    problems: list[str] = []
    kinds: dict[Node, set[URIRef]] = defaultdict(set)
    for kind in _PROPERTY_KINDS:
        for prop in g.subjects(RDF.type, kind):
            kinds[prop].add(kind)
    classes = set(g.subjects(RDF.type, OWL.Class)) | {OWL.Thing}
    datatypes = set(g.subjects(RDF.type, RDFS.Datatype))
    ontologies = list(g.subjects(RDF.type, OWL.Ontology))
    if len(ontologies) != 1:
        problems.append(f"expected one owl:Ontology, found {len(ontologies)}")
    for prop, found in kinds.items():
        if len(found) > 1:
            problems.append(f"{prop} is punned as {sorted(local(k) for k in found)}")
        if str(prop).startswith(_W3C):
            problems.append(f"{prop} is reserved vocabulary and must not be declared")
    for node in classes & datatypes:
        problems.append(f"{node} is both a class and a datatype")
    for s, p, o in g:
        if isinstance(s, BNode) or isinstance(o, BNode):
            problems.append(f"blank node in ({s}, {p}, {o})")
        if p in _AXIOM_VOCABULARY or p in _BUILTIN_ANNOTATIONS:
            continue
        declared = kinds.get(p, set())
        if not declared:
            problems.append(f"{p} is used as a property but not declared")
        elif OWL.ObjectProperty in declared and not isinstance(o, URIRef):
            problems.append(f"object property {p} has a literal value on {s}")
        elif OWL.DatatypeProperty in declared and not isinstance(o, Literal):
            problems.append(f"datatype property {p} has a non-literal value on {s}")
    for p in (RDFS.subClassOf, OWL.equivalentClass, OWL.disjointWith):
        for s, o in g.subject_objects(p):
            for node in (s, o):
                if node not in classes:
                    problems.append(f"{node} appears in {local(p)} but is not a declared class")
    for prop, found in kinds.items():
        if OWL.AnnotationProperty in found:
            continue
        for domain in g.objects(prop, RDFS.domain):
            if domain not in classes:
                problems.append(f"domain {domain} of {prop} is not a declared class")
        for range_ in g.objects(prop, RDFS.range):
            if OWL.ObjectProperty in found and range_ not in classes:
                problems.append(f"range {range_} of object property {prop} is not a class")
            if OWL.DatatypeProperty in found and not (
                str(range_).startswith("http://www.w3.org/2001/XMLSchema#")
                or range_ == RDFS.Literal
                or range_ in datatypes
            ):
                problems.append(f"range {range_} of datatype property {prop} is not a datatype")
    for sub, sup in g.subject_objects(RDFS.subPropertyOf):
        if kinds.get(sub) != kinds.get(sup):
            problems.append(f"{sub} subPropertyOf {sup} mixes property kinds")
    for characteristic in _OBJECT_CHARACTERISTICS:
        for prop in g.subjects(RDF.type, characteristic):
            if OWL.ObjectProperty not in kinds.get(prop, set()):
                problems.append(f"{local(characteristic)} {prop} is not an object property")
    for individual, cls in g.subject_objects(RDF.type):
        if cls in classes or str(cls).startswith(_W3C):
            continue
        problems.append(f"{individual} is typed with undeclared class {cls}")
    return sorted(set(problems))


def test_ontology_is_owl2_dl() -> None:
    problems = owl2_dl_problems(graph())
    assert not problems, "\n".join(problems)


def test_ontology_exported_as_rdfxml_is_owl2_dl_and_the_same_graph() -> None:
    from rdflib.compare import isomorphic

    from kgraph import exporters

    with exporters.ontology_store("xml") as source:
        out = io.BytesIO()
        exporters.export(source, "xml", out)
    exported = Graph().parse(data=out.getvalue(), format="xml")
    assert isomorphic(exported, graph())
    assert not owl2_dl_problems(exported)


def test_ontology_owl2_dl_check_finds_punning_undeclared_terms_and_blank_nodes() -> None:
    g = Graph()
    g += graph()
    ex = "http://example.org/"
    g.add((crm("confidence"), RDF.type, OWL.ObjectProperty))  # also a datatype property
    g.add((crm("Customer"), RDFS.subClassOf, URIRef(ex + "Undeclared")))
    g.add((URIRef(ex + "x"), URIRef(ex + "undeclaredProperty"), Literal("v")))
    g.add((crm("Customer"), RDFS.seeAlso, BNode()))
    problems = "\n".join(owl2_dl_problems(g))
    assert "confidence is punned" in problems
    assert "Undeclared appears in" in problems and "subClassOf but is not a declared" in problems
    assert "undeclaredProperty is used as a property but not declared" in problems
    assert "blank node" in problems


def test_ontology_owl_rl_closure_finds_no_inconsistency() -> None:
    import owlrl

    g = Graph()
    g += graph()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
    assert not list(g.subjects(RDF.type, errors))


def test_ontology_every_term_is_commented_in_every_language() -> None:
    g = graph()
    problems = []
    for term in crm_terms():
        langs = sorted(c.language or "" for c in g.objects(term, RDFS.comment))
        if langs != sorted(LANGUAGES):
            problems.append(f"{local(term)}: comments in {langs}")
    assert not problems, "\n".join(problems)
