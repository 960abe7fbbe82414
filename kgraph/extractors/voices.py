"""Who the pronouns of person stand for in one document: 'we' (the organisation it speaks for),
'I' (the writer, in the role they give themselves) and 'you' (the reader it addresses).

All three are properties of the whole document, found once before its sentences are read:
'Som kund vill jag ...' makes every 'jag' a customer, 'Kjære kunde' makes every 'du' one, and
'Heggstad Sparebank' signing a letter makes every 'vi' the bank.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kgraph.extractors.mentions import (
    INDEFINITE_ARTICLES,
    SentenceView,
    organisation_name,
    trade_name,
)
from kgraph.extractors.relations import ROLE_WORDS, Found, acts
from kgraph.grammar import grammar
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.model import CLASS, CONCEPT, NAMED, QUALIFIED, Mention
from kgraph.ontology import organisation_classes, person_classes

SPEAKER_SUBJECTS = frozenset("vi we wir".split())  # 'vi i Hedebo', not 'filialen vår i Sauda'
ON_BEHALF_OF = frozenset({("on", "behalf", "of"), ("på", "vegne", "av"), ("på", "vegne", "af"), ("im", "namen", "von"),
                          ("im", "auftrag", "von")})
BEHALF_WORDS = frozenset(phrase[1] for phrase in ON_BEHALF_OF)
SPEAKER_PLACES = frozenset("i hos på at bei in ved".split())
FIRST_PERSON = frozenset("jeg meg jag mig ich mich mir i me".split())
# 'you', singular and plural, per language: Swedish 'er' and German 'er' differ, so no shared set
SECOND_PERSON = {
    "nb": frozenset("du deg dere".split()),
    "sv": frozenset("du dig dej ni".split()),
    "da": frozenset("du dig jer".split()),
    "de": frozenset("du dich dir euch".split()),
    "en": frozenset("you".split()),
}
GERMAN_POLITE = frozenset({"Sie", "Ihnen"})  # capitalised inside a sentence: the reader
SALUTATIONS = frozenset("kjære kære kära käre liebe lieber geehrte geehrter dear".split())
# Greetings that open a letter to someone by name ('Hallo Frau Demir,', 'Sehr geehrter Herr Albers,')
GREETINGS = frozenset("hallo hei hej hi hello sehr guten tag moin servus".split())
# Honorifics of address before a surname (German, English): the greeted name is a person's
HONORIFICS = frozenset("herr herrn frau mr mrs ms".split())


@dataclass(frozen=True, slots=True)
class Voices:
    """The referents of a document's 'we', 'I' and 'you'."""

    speaker: Mention | None  # the organisation 'we' is; None: an unnamed one
    narrator: str = ""  # the class 'I' is ('' : a person)
    addressee: str = ""  # the class 'you' is ('' : a person)
    writer: Mention | None = None  # the one person a text in the first person names: who 'I' is
    reader: Mention | None = None  # the person a letter greets by name: 'Hallo Frau Demir,'


def voices(views: list[SentenceView], naming: list[list[Found]], framing: list[list[Found]]) -> Voices:
    """The document's voices; ``naming``: each sentence's typings, ``framing``: its frames (the
    employers 'grundare av Skördekassen' names are organisations)."""
    words = frozenset().union(*(view.words for view in views))  # most documents say no 'I', no 'you'
    lang = views[0].sentence.lang if views else "en"
    you = SECOND_PERSON.get(lang, frozenset())
    narrator = _role(views, FIRST_PERSON) if not FIRST_PERSON.isdisjoint(words) else ""
    employers = {f.object.key for found in framing for f in found
                 if f.relation == "worksFor" and f.object.kind is NAMED}
    reader = _greeted(views)
    # (a role the text gives 'I' comes first: 'jag har varit en bra kund' speaks as a customer)
    writer = _writer(views, naming, reader) if narrator == "" and not FIRST_PERSON.isdisjoint(words) else None
    return Voices(_speaker(views, naming, employers), narrator, _addressee(views, you, words), writer, reader)


def _writer(views: list[SentenceView], naming: list[list[Found]], reader: Mention | None) -> Mention | None:
    """The one person a first-person text names (its author, or the one interviewed or quoted):
    'Av Thomas Vik, eiendomsmegler ... Jeg har jobbet som megler'; None when it names none or several."""
    typed = {f.subject.key for found in naming for f in found if _class_of(f.object) in person_classes()}
    people = [c.head for v in views for c in v.chunks if c.head.kind is NAMED
              and (c.head.key in typed or c.head.key.split()[0] in GIVEN_NAMES)
              and (reader is None or c.head.key != reader.key)]  # (not the one the letter greets)
    full = {m.key for m in people if " " in m.key}
    if len(full) != 1:
        return None
    return next(m for m in people if m.key in full)


def addressed(view: SentenceView, index: int) -> bool:
    """Token ``index`` is 'you': du/deg, dig, you, euch; German polite 'Sie' inside a sentence."""
    tok = view.tokens[index]
    if tok.lower in SECOND_PERSON.get(view.sentence.lang, ()):
        return True
    return view.sentence.lang == "de" and tok.text in GERMAN_POLITE and index > 0 and view.tokens[index - 1].is_word


def _role(views: list[SentenceView], pronouns: frozenset[str]) -> str:
    """The class a pronoun's referent is given by a role phrase: 'som kund vill jag', 'as a
    customer, I', 'du som kunde'."""
    for view in views:
        words = [t.lower for t in view.tokens]
        if pronouns.isdisjoint(words):
            continue
        for i, word in enumerate(words[:-1]):
            if word in ROLE_WORDS and (role := _agent_class_at(view, i + 1)):
                return role
            if word in pronouns and (role := _predicative_role(view, i + 1)):
                return role  # 'Jeg har vært kunde hos Fjordlinja i tjue år', 'I am a regular customer'
    return ""


COPULA_FORMS = frozenset(
    "er var vært været är varit bin bist ist war gewesen am is was were been be være vara sein".split()
)
PERFECT_AUXILIARIES = frozenset("har hat habe have has had".split())
PAST_COPULAS = frozenset("was were war waren".split())


def _predicative_role(view: SentenceView, k: int) -> str:
    """The agent class after a copula that follows the pronoun: 'er kunde', 'har vært kunde',
    'am a customer'."""
    tokens = view.tokens
    if k < len(tokens) and tokens[k].lower in PERFECT_AUXILIARIES:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in COPULA_FORMS or tokens[k].lower in PAST_COPULAS:
        return ""  # ('I was a regular customer at my local bookshop': what the writer was once, not is)
    k += 1
    if k < len(tokens) and tokens[k].lower in COPULA_FORMS:
        k += 1  # 'har vært', 'have been'
    return _agent_class_at(view, k)


def _addressee(views: list[SentenceView], you: frozenset[str], words: frozenset[str]) -> str:
    """'Kjære kunde', 'Dear customer', 'Liebe Kundinnen und Kunden' open a text to customers;
    otherwise a role phrase ('du som kunde'), otherwise nothing said. (``words``: the document's.)"""
    if not SALUTATIONS.isdisjoint(words):
        for view in views:
            for i, tok in enumerate(view.tokens[:-1]):
                if tok.lower in SALUTATIONS and (role := _agent_class_at(view, i + 1)):
                    return role
    return _role(views, you) if not you.isdisjoint(words) else ""


GREETING_WITHIN = 12  # sentences (lines) from a letter's top within which its salutation stands


def _greeted(views: list[SentenceView]) -> Mention | None:
    """The person a letter's salutation names, who its 'you' is: 'Hallo Frau Demir,', 'Liebe
    Anna Roth,', 'Kjære Kari,', 'Dear Ms Holt,' (the salutation opens the first lines; a business
    letter's address block, date and subject line may come before it)."""
    for view in views[:GREETING_WITHIN]:
        tokens = view.tokens
        k = 0
        while k < min(len(tokens), 3) and tokens[k].lower in SALUTATIONS | GREETINGS:
            k += 1
        ci = view.chunk_at[k] if 0 < k < len(tokens) else None
        if ci is None or view.chunks[ci].head.kind is not NAMED:
            continue
        head, end = view.chunks[ci].head, view.chunks[ci].end
        first = head.key.split()[0]
        if (first in GIVEN_NAMES or first.lower() in HONORIFICS) and (end >= len(tokens) or tokens[end].text in ",!"):
            return head
    return None


def _agent_class_at(view: SentenceView, k: int) -> str:
    """The class of the agent noun at token ``k`` (articles skipped), or ''."""
    while k < len(view.tokens) and view.chunk_at[k] is None and view.tokens[k].lower in INDEFINITE_ARTICLES:
        k += 1
    ci = view.chunk_at[k] if k < len(view.tokens) else None
    if ci is None or not acts(view.chunks[ci].head):
        return ""
    head = view.chunks[ci].head
    if head.kind is CLASS:
        return head.key
    return head.base if head.kind is QUALIFIED else ""  # 'a regular customer' is a customer


def _ours(views: list[SentenceView]) -> set[str]:
    """Names in apposition to a noun with a possessive of 'we' ('vores leverandør, X', 'our partner X')."""
    out: set[str] = set()
    for view in views:
        ours = grammar(view.sentence.lang).speaker_pronouns - SPEAKER_SUBJECTS
        if ours.isdisjoint(view.words):
            continue  # (most sentences)
        for chunk in view.chunks:
            if chunk.head.kind is not NAMED:
                continue
            k = chunk.start - 1
            if k >= 0 and view.tokens[k].text == ",":
                k -= 1
            noun = view.chunk_at[k] if k >= 0 else None  # the noun the name is in apposition to
            if noun is None or view.chunks[noun].head.kind is NAMED:
                continue
            # its possessive, with at most two adjectives between ('vores nye leverandør')
            start = view.chunks[noun].start
            if any(view.tokens[j].lower in ours for j in range(max(0, start - 3), start)
                   if all(view.chunk_at[b] is None and view.tokens[b].is_word for b in range(j + 1, start))):
                out.add(chunk.head.key)
    return out


def _speaker(views: list[SentenceView], naming: list[list[Found]], employers: set[str]) -> Mention | None:
    """The organisation a document speaks for: the name it says 'we at'; else its most mentioned
    name typed as an organisation or looking like one ('Heggstad Sparebank' rather than the
    village it serves; never one typed as a person); else one typed as anything; else one named in
    its title (the first line: 'Retningslinjer for kundeservice i Fjordkraft'); else any name."""
    lang = views[0].sentence.lang if views else "en"
    names = [c.head for v in views for c in v.chunks if c.head.kind is NAMED]  # in order
    people = {f.subject.key for found in naming for f in found if _class_of(f.object) in person_classes()} \
        | {m.key for m in names if m.key.split()[0] in GIVEN_NAMES or m.key.split()[0].lower() in HONORIFICS}
    # ('Linnea Holm', 'Frau Roth' speak for, are not, 'we')
    named = {m.key for m in names} - people
    # 'vores nye leverandør, Bønnehuset', 'our supplier Acme': a name the text calls ours is not us
    named = (named - _ours(views)) or named
    # typed as an organisation, or looking like one ('Heggstad Sparebank'); then typed as anything else
    organisations = {
        f.subject.key for found in naming for f in found if _class_of(f.object) in organisation_classes()
    } | {k for k in named if organisation_name(k, lang, trades=False)} | (employers & named)
    # then names of trades ('Norrsken Energi'; weaker: an analyst's 'Castlegate Partners' is one)
    organisations = (organisations or {k for k in named if trade_name(k)} or {
        f.subject.key for found in naming for f in found if f.object.kind is CONCEPT
    }) - people
    for view in views:
        # 'vi i Hedebo Forsikring', 'we at Acme', 'wir bei Nordwind': the speaker names itself
        if SPEAKER_SUBJECTS.isdisjoint(view.words):
            continue  # (most sentences: no 'we' to look for)
        for k, tok in enumerate(view.tokens[:-2]):
            if tok.lower in SPEAKER_SUBJECTS and view.tokens[k + 1].lower in SPEAKER_PLACES \
                    and _opens_clause(view, k):  # not 'køber vi hos X': buys from X
                ci = view.chunk_at[k + 2]
                if ci is not None and view.chunks[ci].head.kind is NAMED:
                    return view.chunks[ci].head
    for view in views:
        # 'I am writing on behalf of The Copper Kettle', 'på vegne av Fjordkraft': who the writer speaks for
        if BEHALF_WORDS.isdisjoint(view.words):
            continue  # (most sentences)
        words = [t.lower for t in view.tokens]
        for k in range(len(words) - 3):
            if tuple(words[k:k + 3]) not in ON_BEHALF_OF:
                continue
            j = k + 3 if view.chunk_at[k + 3] is not None or k + 4 >= len(words) else k + 4  # ('of The Copper Kettle')
            ci = view.chunk_at[j]
            if ci is not None and view.chunks[ci].head.kind is NAMED and view.chunks[ci].head.key not in people:
                return view.chunks[ci].head
    if not organisations and views:
        # the title's names ('Velkommen til Lundbæk Optik'), then any name
        organisations = ({c.head.key for c in views[0].chunks if c.head.kind is NAMED} - people) or named
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}  # where each organisation is first named
    mention: dict[str, Mention] = {}  # its full name's first mention (else a short form's)
    # a short form counts for the full name it begins ('Greenplate' for 'Greenplate plc')
    full = {key.split()[0]: key for key in sorted(organisations) if " " in key}
    for m in names:
        key = m.key if m.key in organisations else full.get(m.key, "")
        if key:
            counts[key] += 1
            first.setdefault(key, m.span.start)
            if m.key == key and mention.get(key, m).key != key or key not in mention:
                mention[key] = m
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return mention[key]


def _opens_clause(view: SentenceView, k: int) -> bool:
    """Token ``k`` starts a clause: the sentence's first word, or after punctuation or a
    conjunction ('hvordan vi i Hedebo Forsikring møder', not 'køber vi hos Valsemøllen')."""
    if k == 0 or not view.tokens[k - 1].is_word:
        return True
    gram, prev = grammar(view.sentence.lang), view.tokens[k - 1].lower
    return prev in gram.subordinators or prev in gram.question_words or prev in gram.coordinators \
        or prev in gram.relativizers


def _class_of(m: Mention) -> str:
    return m.key if m.kind is CLASS else m.base
