"""Entity resolution: one node per concept across inflections and languages; valid, stable IRIs."""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.model import Assertion, Extraction, Mention, MentionKind, Sentence, Span
from kgraph.resolve import entities, entity_iri, iri_segment, sentence_iri
from kgraph.vocab import CONCEPT_IRI, CRM_IRI, ENTITY_IRI


def _m(text: str, kind: MentionKind, key: str, lang: str, start: int = 0, **kw: str) -> Mention:
    return Mention(Span(start, start + len(text)), text, kind, key, lang, **kw)  # type: ignore[arg-type]


def test_resolve_merges_inflections_and_languages_into_one_class_node() -> None:
    ex = Extraction("a.txt", (
        _m("kundene", MentionKind.CLASS, "Customer", "nb"),
        _m("Kunden", MentionKind.CLASS, "Customer", "de"),
        _m("kunderna", MentionKind.CLASS, "Customer", "sv"),
    ), ())  # fmt: skip
    resolution, _ = entities([ex])
    (customer,) = resolution.entities
    assert customer.iri == CRM_IRI + "Customer"
    assert customer.labels == (("de", "Kunden"), ("nb", "kundene"), ("sv", "kunderna"))


def test_resolve_short_name_joins_the_longer_name_of_its_document() -> None:
    long = _m("Harbourline Ferries Ltd", MentionKind.NAMED, "Harbourline Ferries Ltd", "en")
    short = _m("Harbourline", MentionKind.NAMED, "Harbourline", "en", start=40)
    company = _m("company", MentionKind.CLASS, "Company", "en", start=60)
    sent = Sentence("a.txt", 0, Span(0, 80), "en")
    ex = Extraction("a.txt", (long, short, company), (Assertion(short, "type", company, sent, "rules", 0.8),))
    resolution, assertions = entities([ex])
    assert {e.key for e in resolution.entities} == {"Harbourline Ferries Ltd", "Company"}
    assert resolution.iri(assertions[0].subject) == ENTITY_IRI + "Harbourline_Ferries_Ltd"


@pytest.mark.parametrize(("lang", "genitive", "name", "joins"), [
    ("sv", "Lövåsens", "Lövåsen", "Lövåsen"),  # 'Lövåsens gårdsbutik' and 'vänner av Lövåsen'
    ("nb", "Telenors", "Telenor ASA", "Telenor ASA"),  # a genitive of a short name joins the long one
    ("en", "Harbourline’s", "Harbourline Ferries", "Harbourline Ferries"),
    ("de", "Hofmanns", "Hofmann Frischmarkt", "Hofmann Frischmarkt"),
])  # fmt: skip
def test_resolve_genitive_joins_the_name_it_is_of(lang: str, genitive: str, name: str, joins: str) -> None:
    g = _m(genitive, MentionKind.NAMED, genitive, lang)
    n = _m(name, MentionKind.NAMED, name, lang, start=40)
    sent = Sentence("a.txt", 0, Span(0, 80), "sv")
    ex = Extraction("a.txt", (g, n), (Assertion(g, "sells", n, sent, "rules", 0.8),))
    resolution, assertions = entities([ex])
    assert {e.key for e in resolution.entities} == {joins}
    assert resolution.iri(assertions[0].subject) == entity_iri(MentionKind.NAMED, joins)


def test_resolve_name_ending_in_s_without_its_stem_stays_itself() -> None:
    m = _m("Sparks", MentionKind.NAMED, "Sparks", "en")
    other = _m("Spark Energy", MentionKind.NAMED, "Spark Energy", "en", start=20)
    resolution, _ = entities([Extraction("a.txt", (m, other), ())])
    assert {e.key for e in resolution.entities} == {"Sparks", "Spark Energy"}


def test_resolve_anaphors_add_no_labels() -> None:
    real = _m("Björkå Elhandel", MentionKind.NAMED, "Björkå Elhandel", "sv")
    pronoun = Mention(Span(30, 32), "vi", MentionKind.NAMED, "Björkå Elhandel", "sv", anaphor=True)
    resolution, _ = entities([Extraction("a.txt", (real, pronoun), ())])
    assert resolution.entities[0].labels == (("sv", "Björkå Elhandel"),)


def test_resolve_qualified_concept_keeps_state_and_base() -> None:
    m = _m("nöjda kunder", MentionKind.QUALIFIED, "SatisfiedCustomer", "sv", base="Customer", state="Satisfied",
           label="nöjd kund")
    resolution, _ = entities([Extraction("a.txt", (m,), ())])
    (e,) = resolution.entities
    assert (e.iri, e.base, e.state) == (CRM_IRI + "SatisfiedCustomer", CRM_IRI + "Customer", CRM_IRI + "Satisfied")
    # the text's own label in its language; the ontology's words in the others
    assert e.pref_labels == (
        ("da", "tilfreds kunde"), ("de", "zufrieden Kunde"), ("en", "satisfied customer"),
        ("nb", "fornøyd kunde"), ("sv", "nöjd kund"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "key", ["frisør", "Kundenzufriedenheit", "a \"quoted\" <b> thing", "x/y#z?q=1", "  spaced  out ", "", "é\u0301"]
)
def test_resolve_iris_are_valid_for_hostile_keys(key: str) -> None:
    for kind in MentionKind:
        if kind in (MentionKind.CLASS, MentionKind.QUALIFIED):
            continue
        pyoxigraph.NamedNode(entity_iri(kind, key))  # raises ValueError on an invalid IRI


@given(st.text(max_size=40))
def test_resolve_iri_segment_always_valid(text: str) -> None:
    segment = iri_segment(text)
    pyoxigraph.NamedNode(CONCEPT_IRI + segment)
    assert iri_segment(text) == segment  # stable


def test_resolve_sentence_iri_is_nif_style() -> None:
    iri = sentence_iri("sub dir/æ.txt", 10, 42)
    assert iri.endswith("#char=10,42")
    pyoxigraph.NamedNode(iri)
