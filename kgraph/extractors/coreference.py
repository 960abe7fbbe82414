"""Definite descriptions that refer back to a named organisation: 'Ridgeline Outfitters Ltd ... The
company is a subsidiary of Cairnfield Group plc', 'Nordkyst Sparebank ... Banken tilbyr ...'.

A singular definite noun phrase of an organisation class ('the company', 'selskapet', 'das
Unternehmen', 'banken'; German compounds of the general classes too: 'das Familienunternehmen')
stands for the one organisation the text has typed as one of that class so
far (any organisation, for the general Company and Organization), when there is exactly one: with two
('a supplier X ... the company') the reference is ambiguous and stays the class. Its mention keeps its
own span and becomes an anaphor of the name, as a resolved pronoun does.
"""

from __future__ import annotations

from dataclasses import replace

from kgraph.extractors.mentions import (
    DEFINITE_ARTICLES_OF,
    PLURAL_DEFINITE_ENDINGS,
    SentenceView,
    definite_noun,
)
from kgraph.extractors.relations import Found
from kgraph.model import CLASS, CONCEPT, NAMED, Mention
from kgraph.ontology import organisation_classes

GENERAL = frozenset({"Company", "Organization"})  # refer to any organisation
# what a name's type says about it, and a reference of a class may not say ('the company is a kind of ...')
NAMING = frozenset({"type", "broader"})


Known = dict[str, dict[str, Mention]]  # class → the named organisations typed as it, by key


def remember(known: Known, named: list[Found]) -> None:
    """Add the named organisations a sentence types to ``known``, by their class (and under Company
    and Organization)."""
    for f in named:
        cls = f.object.key if f.object.kind is CLASS else f.object.base
        if f.relation == "type" and not f.negated and f.subject.kind is NAMED and cls in organisation_classes():
            for c in (cls, *GENERAL):
                known.setdefault(c, {}).setdefault(f.subject.key, f.subject)


def _definite_singular(view: SentenceView, m: Mention) -> bool:
    """'the company', 'das Unternehmen', 'selskapet': the mention is a definite singular noun phrase."""
    lang = view.sentence.lang
    inside = [k for k, t in enumerate(view.tokens) if m.span.start <= t.span.start and t.span.end <= m.span.end]
    if len(inside) != 1:
        return False
    at = inside[0]
    head = view.tokens[at]
    if lang in DEFINITE_ARTICLES_OF:
        singular = head.lower == head.lemma or lang == "de" and head.lower == head.lemma + "s"
        return singular and at > 0 and view.tokens[at - 1].lower in DEFINITE_ARTICLES_OF[lang]
    return definite_noun(head, lang) and not head.lower.endswith(PLURAL_DEFINITE_ENDINGS)


def resolve(view: SentenceView, found: list[Found], known: Known) -> list[Found]:
    """``found`` with definite organisation references replaced by the organisation they name."""
    if not known:
        return found

    def named(m: Mention) -> Mention:
        names = known.get(m.key, {}) if m.kind is CLASS and not m.anaphor else {}
        if m.kind is CONCEPT and m.lang == "de" and m.base in GENERAL and not m.anaphor:
            names = known.get(m.base, {})  # 'das Familienunternehmen': a German compound of the class
        if len(names) != 1 or not _definite_singular(view, m):
            return m
        (target,) = names.values()
        return replace(target, span=m.span, text=m.text, anaphor=True)

    out = []
    for f in found:
        if f.relation not in NAMING:
            subject, obj = named(f.subject), named(f.object)
            if subject is not f.subject or obj is not f.object:  # (most statements: no reference)
                f = replace(f, subject=subject, object=obj)
        if f.subject.key != f.object.key or f.subject.kind is not f.object.kind:
            out.append(f)
    return out
