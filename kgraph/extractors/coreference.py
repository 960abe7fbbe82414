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

from kgraph.extractors.definitions import reported_change
from kgraph.extractors.mentions import (
    DEFINITE_ARTICLES_OF,
    PLURAL_DEFINITE_ENDINGS,
    SentenceView,
    definite_noun,
)
from kgraph.extractors.relations import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS, Found
from kgraph.grammar import grammar
from kgraph.model import CLASS, CONCEPT, NAMED, Mention
from kgraph.ontology import organisation_classes

GENERAL = frozenset({"Company", "Organization"})  # refer to any organisation
# what a name's type says about it, and a reference of a class may not say ('the company is a kind of ...')
NAMING = frozenset({"type", "broader"})


CHANGE_NOUN_WORDS = CHANGE_UP_NOUNS | CHANGE_DOWN_NOUNS  # 'økning', 'increase', 'Rückgang'
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


# A definite noun of change with no phrase of what changed ('økningen', 'the increase', 'der
# Anstieg'; not 'økningen i prisene') stands for the change a clause just reported: 'Prisene har økt
# med 40 kroner; økningen skyldes høyere husleie' makes the rent increase the prices.
def resolve_changes(view: SentenceView, found: list[Found], previous: SentenceView | None) -> list[Found]:
    """``found`` with definite nouns of change replaced by what changed (in this sentence before
    the noun, else in the previous sentence): a cause of the change is a cause of a rise or a fall
    of it, and the change's own effects are effects of what changed."""
    if not any(f.object.key in CHANGE_NOUN_WORDS or f.subject.key in CHANGE_NOUN_WORDS for f in found):
        return found  # (most sentences name no change)

    def referent(m: Mention) -> tuple[Mention, bool] | None:
        if m.kind is not CONCEPT or m.key not in CHANGE_NOUN_WORDS or not _definite_singular(view, m):
            return None
        at = next(k for k, t in enumerate(view.tokens) if t.span.start == m.span.start)
        if at + 1 < len(view.tokens) and view.tokens[at + 1].lower in grammar(view.sentence.lang).prepositions:
            return None  # 'the increase in prices' names what changed itself
        change = reported_change(view, 0, at) or (
            reported_change(previous, 0, len(previous.tokens)) if previous is not None else None)
        if change is None:
            return None
        changed, up = change
        return replace(changed, span=m.span, text=m.text, anaphor=True), up

    out = []
    for f in found:
        if (obj := referent(f.object)) is not None and f.relation in ("influences", "creates", "increases", "decreases"):
            up = obj[1] if f.relation != "decreases" else not obj[1]
            f = replace(f, relation="increases" if up else "decreases", object=obj[0])
        elif (subject := referent(f.subject)) is not None:
            f = replace(f, subject=subject[0])
        out.append(f)
    return out
