"""The rule-based extractor: ontology lexicon + per-language grammar + clause patterns.

Per document: tokens and lemmas for every sentence; names the document writes capitalised;
mentions; then the patterns (verbal cues, copulas, hyponym lists, names, correlatives,
'without') per sentence, with pronouns resolved to the previous subject or, for 'we', to the
organisation the document speaks for; and lead-ins ending in a colon lend their relation to the
bullet items that follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kgraph.extractors import coreference, definitions
from kgraph.extractors.clauses import group_right
from kgraph.extractors.mentions import (
    QUANTITY_WORDS,
    TRANSPARENT_NOUNS,
    SentenceView,
    document_names,
    organisation_name,
)
from kgraph.extractors.mentions import find as find_mentions
from kgraph.extractors.relations import (
    AGENTIVE,
    COMPLEMENTIZERS,
    FREE_RELATIVES,
    ROLE_WORDS,
    CueMatch,
    Found,
    acts,
    find_cues,
    in_pp,
    name_after_title,
    prenominal_participles,
    relations,
)
from kgraph.extractors.signatures import signatures
from kgraph.extractors.voices import (
    FIRST_PERSON,
    GERMAN_POLITE,
    HONORIFICS,
    SECOND_PERSON,
    Voices,
    addressed,
    voices,
)
from kgraph.grammar import Grammar, grammar
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.lexicon import lexicon
from kgraph.model import CLASS, CONCEPT, NAMED, Assertion, Document, Extraction, Mention, Sentence
from kgraph.ontology import agent_classes
from kgraph.tokens import tokenize

ORGANISATION_CLASSES = frozenset(
    "Company Organization Bank Shop Hospital Supplier PublicOrganization Retailer Producer Competitor".split()
)
# Cue lemmas that often mean something else (LINGUISTICS.md §1.3): their statements score lower.
AMBIGUOUS = frozenset(
    "levere leverera liefern deliver drive driva møte möta møde meet forvente förvänta erwarten expect "
    "handle handla beziehen offer bieten føre föra führen serve serva value schätzen uppskatta hjelpe hjälpa "
    "hjælpe helfen help make lage gi ge give presse pressa drücken "
    "utføre utföra udføre perform carry durchführen ausführen".split()
)
# Beside mentions.QUANTITY_WORDS, the nouns that count what a lead-in enumerates: 'a number of factors:'
COUNT_NOUNS = frozenset({"number", "anzahl"})
# A list item's marker at the start of its line: '- ', '• ', '2. ', '3) ', 'b) '.
_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪►✓]|\d{1,2}[.)]|[a-z][)])[ \t]")


class RuleExtractor:
    """Parser-free, deterministic extraction for nb, sv, da, de and en."""

    name = "rules"
    version = "2"
    languages = frozenset({"nb", "sv", "da", "de", "en"})

    def extract(self, doc: Document, sentences: tuple[Sentence, ...]) -> Extraction:
        tokenised = [tokenize(doc.text, s.span, s.lang) for s in sentences]
        names = document_names(tokenised, grammar(doc.lang), lexicon(doc.lang))
        views = [
            find_mentions(doc, s, toks, lexicon(s.lang), grammar(s.lang), names)
            for s, toks in zip(sentences, tokenised, strict=True)
        ]
        # the cue matches of each sentence, found once: the naming pass needs them as the relations do
        cues = [find_cues(v, lexicon(v.sentence.lang), grammar(v.sentence.lang)) for v in views]
        naming = [_naming(v, c) for v, c in zip(views, cues, strict=True)]
        typed = {f.subject.key for found in naming for f in found}
        framing = [_known_genitives(definitions.frames(v, grammar(v.sentence.lang), lexicon(v.sentence.lang)), typed, v)
                   for v in views]
        persons = voices(views, naming, framing)
        company_context = _talks_about_companies(views)
        assertions: list[Assertion] = []
        previous: Mention | None = None
        lead_in: tuple[SentenceView, list[Found]] | None = None
        known: coreference.Known = {}  # named organisations by class, for 'the company', 'banken'
        prior: SentenceView | None = None  # the sentence before, for the change 'the increase' names
        testifiers = _testifiers(doc, views, naming)
        for view, cue_matches, named, frames, testifier in zip(views, cues, naming, framing, testifiers, strict=True):
            found, previous = _sentence(view, cue_matches, named, frames, persons, previous, typed, company_context,
                                        testifier)
            found = coreference.resolve(view, found, known)  # (names of earlier sentences only)
            found = coreference.resolve_changes(view, found, prior)
            prior = view
            coreference.remember(known, named)
            bullet = _is_bullet(doc, view.sentence)
            if lead_in and bullet:
                found += _items(view, *lead_in)
            elif not bullet:
                lead_in = (view, found) if doc.slice(view.sentence.span).rstrip().endswith(":") else None
            assertions.extend(
                Assertion(f.subject, f.relation, f.object, view.sentence, self.name, f.score, f.negated)
                for f in found
            )
        assertions.extend(Assertion(f.subject, f.relation, f.object, sentence, self.name, f.score, f.negated)
                          for f, sentence in signatures(views))
        if not persons.narrator:
            assertions = _buyer_as_customer(assertions, lambda m: m.text.lower() in FIRST_PERSON)
        if not persons.addressee:
            you = SECOND_PERSON.get(doc.lang, frozenset()) | GERMAN_POLITE
            assertions = _buyer_as_customer(assertions, lambda m: m.text.lower() in you or m.text in you)
        mentions = tuple(m for v in views for c in v.chunks for m in c.mentions)
        full = _full_names(mentions)
        if full:
            mentions = tuple(_as_full_name(m, full) for m in mentions)
            assertions = [replace(a, subject=_as_full_name(a.subject, full), object=_as_full_name(a.object, full))
                          for a in assertions]
        return Extraction(doc.id, mentions, tuple(_most_specific_types(assertions)))


def _full_names(mentions: tuple[Mention, ...]) -> dict[str, str]:
    """A document's full names of people by surname: 'Sabine Hofmann' is the 'Frau Hofmann' it
    later addresses (only a surname one full name has)."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        words = m.key.split()
        if m.kind is NAMED and len(words) >= 2 and words[0] in GIVEN_NAMES and words[-1][:1].isupper():
            found.setdefault(words[-1], set()).add(m.key)
    return {surname: keys.pop() for surname, keys in found.items() if len(keys) == 1}


def _as_full_name(m: Mention, full: dict[str, str]) -> Mention:
    """The mention of 'Frau Hofmann' keyed as the person's full name, when the document gives one."""
    words = m.key.split()
    if m.kind is not NAMED or len(words) < 2 or words[0].lower() not in HONORIFICS or words[-1] not in full:
        return m
    return replace(m, key=full[words[-1]])


def _known_genitives(frames: list[Found], typed: set[str], view: SentenceView) -> list[Found]:
    """'Telenors kunder' makes customers of Telenor when the text says what Telenor is, or its name
    looks like an organisation's; 'Sveriges privatkunder', 'the Leeds staff' name a place."""
    def known(key: str) -> bool:  # ('Fjordkrafts' when the text typed 'Fjordkraft')
        forms = {key, key.removesuffix("s"), key.removesuffix("'s"), key.removesuffix("’s")}
        return not forms.isdisjoint(typed) or organisation_name(key, view.sentence.lang)

    return [f for f in frames if f.pattern != "genitive" or known(f.object.key)]


def _most_specific_types(assertions: list[Assertion]) -> list[Assertion]:
    """'Die Elsterbohne GmbH ist eine Kaffeerösterei': a named thing the text types more precisely
    than 'Company' anywhere in it keeps that type only (a legal suffix, in a heading or a signature
    too, says no more than that it is a company)."""
    def company(a: Assertion) -> bool:
        return a.predicate == "type" and a.object.kind is CLASS and a.object.key == "Company"

    specific = {_bare_name(a.subject) for a in assertions if a.predicate == "type" and not a.negated and not company(a)}
    return [a for a in assertions if not (company(a) and _bare_name(a.subject) in specific)]


def _bare_name(m: Mention) -> str:
    """A German name without its legal suffix, as the text also writes it: 'Gartenwerk24 GmbH' and
    'Gartenwerk24 ist ein Online-Shop' name one company (other languages: the key)."""
    if m.lang != "de" or m.kind is not NAMED:
        return m.key
    words = m.key.split()
    suffixes = grammar("de").legal_suffixes
    while len(words) > 1 and (words[-1] in suffixes or words[-1] in ("&", "Co.", "Co")):
        words.pop()
    return " ".join(words)


def _buyer_as_customer(assertions: list[Assertion], pronoun: Callable[[Mention], bool]) -> list[Assertion]:
    """'In April I ordered two olive trees', 'the turntable you ordered': a writer or reader the
    text says bought is a customer, in every sentence of it ('I expect a prompt answer', 'you want
    more updates'). ``pronoun`` tells the person's pronouns."""
    def person(m: Mention) -> bool:
        return m.anaphor and m.kind is CLASS and m.key == "Person" and pronoun(m)

    if not any(a.predicate == "buys" and not a.negated and person(a.subject) for a in assertions):
        return assertions

    def customer(m: Mention) -> Mention:
        return replace(m, key="Customer") if person(m) else m

    return [replace(a, subject=customer(a.subject), object=customer(a.object)) for a in assertions]


def _naming(view: SentenceView, cue_matches: list[CueMatch]) -> list[Found]:
    """How named things are typed in this sentence (apposition, legal suffix, 'X is a Y'); a copula
    a cue holds types nothing ('er en del af' is partOf)."""
    gram, lex = grammar(view.sentence.lang), lexicon(view.sentence.lang)
    named = definitions.names(view, gram, lex)
    # a copula types only a name ('X is a Y'): without a copula or without a name, nothing to find
    if gram.copulas.isdisjoint(view.words) \
            or not any(m.kind is NAMED for c in view.chunks for m in c.mentions):
        return named
    cued = {t for match in cue_matches for t in match.tokens}
    copular = [f for f in definitions.copulas(view, gram, lex, cued, lambda i: None) if f.relation == "type"]
    return named + copular


def _sentence(view: SentenceView, cue_matches: list[CueMatch], named: list[Found], frames: list[Found],
              persons: Voices, previous: Mention | None, typed: set[str],
              company_context: bool, testifier: Mention | None = None) -> tuple[list[Found], Mention | None]:
    lang = view.sentence.lang
    gram, lex = grammar(lang), lexicon(lang)

    quoted = _quoted_organisation(view, named, frames)

    def resolve(index: int) -> Mention | None:
        tok = view.tokens[index]
        if tok.lower in FREE_RELATIVES and view.tokens[-1].text != "?":
            target = definitions.class_mention(view, index, "Person")  # 'Wer bei Reuschel kauft': whoever does
        elif testifier is not None and (tok.lower in gram.speaker_pronouns or tok.lower in FIRST_PERSON):
            target = testifier  # a quoted testimonial's 'we' and 'I' are the ones it is signed by
        elif tok.lower in gram.speaker_pronouns:
            # 'we' in a business text is its organisation; unnamed, a company; in a quotation, the
            # quoted person's ('– Vi har fått nye kunder, sier Kari Holm, daglig leder i X')
            target = quoted or persons.speaker or definitions.class_mention(view, index, "Company")
        elif tok.lower in FIRST_PERSON:
            # 'I' is whoever the writer says they are: 'som kund vill jag ...' makes 'jag' a customer
            target = persons.writer or definitions.class_mention(view, index, persons.narrator or "Person")
        elif addressed(view, index):
            # 'you' is the reader: 'Kjære kunde, ... vi hjelper deg' makes 'deg' a customer
            target = persons.reader or definitions.class_mention(view, index, persons.addressee or "Person")
        elif tok.lower in PROPOSITIONAL and not _demonstrative(view, index):
            return None  # 'hvordan det påvirker selskaper': 'det' stands for a clause, not a noun
        elif tok.lower == "man" and lang == "de":
            return None  # 'mit dem man ein Streitgespräch führt': anyone at all, no one the text names
        else:
            # the subject of the verb of saying it follows, else the subject that opens this
            # sentence, else the previous sentence's topic
            target = _reporter(view, index) or _opening_subject(view, index) or previous
            if target is not None and lang == "de" and tok.lower == "sie" and _singular_noun(target) \
                    and _plural_verb_of(view, index, gram):
                return None  # 'weil sie ihr Rad repariert haben wollen': no 'Rechnung' wants it
        if target is None:
            return None
        return replace(target, span=tok.span, text=tok.text, anaphor=True)

    found, claimed = relations(view, cue_matches, lex, gram, resolve, AMBIGUOUS)
    found += prenominal_participles(view, lex, gram)
    found += definitions.copulas(view, gram, lex, claimed, resolve)
    found += definitions.hyponyms(view, gram, lex)
    found += named
    found += definitions.correlatives(view, gram, lex)
    found += definitions.outcomes(view, gram, lex)
    found += definitions.likelihood(view, gram, lex, resolve)
    found += definitions.without(view, gram, lex, resolve)
    found += definitions.covariation(view, gram, lex)
    found += definitions.causes(view, gram)
    fronted, frame_noun = definitions.fronted_frames(view, gram, lex)
    if frame_noun is not None:  # 'Ursache der Beschwerden ist X': the cause is no kind of X
        found = [f for f in found if not (f.relation == "broader" and frame_noun.span in (f.subject.span, f.object.span))]
    found += fronted
    found += [f for f in frames if f.pattern != definitions.EMPLOYER_ONLY]
    found += definitions.classifications(view, gram, lex)
    found += definitions.memberships(view, gram, lex, resolve)
    found += definitions.definition(view, gram, lex)
    found += definitions.context_types(view, gram, typed, company_context)
    found += _role_types(view, found)
    found += definitions.agent_nouns(view, found, gram)
    found = definitions.corrections(view, found, gram)
    called = _vocative(view, gram)
    if called is not None:
        # 'Frau Roth, was erwarten Kunden heute?': the person spoken to takes no part in the sentence's statements
        found = [f for f in found if f.subject.span != called.span and f.object.span != called.span]
    best: dict[tuple[str, str, str, str, str, bool], Found] = {}
    for f in found:
        if not _plausible(f):
            swapped = Found(f.object, f.relation, f.subject, round(f.score - 0.15, 2), f.negated, "object-first")
            if f.pattern not in ("svo", "inverted") or f.relation not in AGENTIVE or not _plausible(swapped) \
                    or not acts(f.object) or acts(f.subject) and f.subject.anaphor:
                continue  # ('tilbyder vi en kontaktperson': 'vi' is the subject; no person is sold)
            f = swapped  # 'Denne tjenesten bruker mange kunder': only the customers can use
        key = (f.subject.kind, f.subject.key, f.relation, f.object.kind, f.object.key, f.negated)
        if key not in best or f.score > best[key].score:
            best[key] = f
    heading = len(view.tokens) < 4 or view.tokens[-1].text not in ".!?:;"
    return list(best.values()), (None if heading else _topic(view, found)) or previous


SAYS = frozenset(
    "sier sa forteller säger sade berättar siger sagde fortæller says said explains adds sagt sagte erklärt betont".split()
)


def _quoted_organisation(view: SentenceView, named: list[Found], frames: list[Found]) -> Mention | None:
    """The employer of the person a sentence quotes: 'says Tom Reed, managing director of X'."""
    if SAYS.isdisjoint(view.words):
        return None
    return next((f.object for f in (*named, *frames) if f.relation == "worksFor" and f.subject.kind is NAMED
                 and f.object.kind is NAMED), None)


# Neuter pronouns that usually stand for a whole clause: never resolved to a noun.
PROPOSITIONAL = frozenset("det es das it that".split())
# What can be fulfilled: needs and expectations (and their kinds), not 'covers vaccinations'.
FULFILLABLE = frozenset({"Need", "Expectation"})


# Audits, reports, surveys and meetings: what they include or cover are their topics, not their parts
# (a course's modules are its parts).
TOPIC_HOLDERS = frozenset(
    "revisjon revision audit rapport report bericht undersøkelse "
    "undersøgelse undersökning survey umfrage studie study møde møte möte meeting besprechung workshop "
    "prüfung evaluering evaluation agenda".split()
)


def _plausible(f: Found) -> bool:
    """Selectional restrictions: an agentive relation needs a subject that can act; what is
    fulfilled is a need or an expectation."""
    obj_cls = f.object.key if f.object.kind is CLASS else f.object.base
    if f.relation == "fulfils":
        return obj_cls in FULFILLABLE
    if f.relation in ("increases", "decreases") and obj_cls in ORGANISATION_CLASSES:
        return False  # 'driver 14 bagerbutikker' runs shops; nothing increases a shop
    if f.relation in ("increases", "decreases", "influences") and f.object.kind is CLASS \
            and obj_cls in agent_classes():
        return False  # 'betyder meget for kunderne': important to them; effects are on states, not people
    if f.relation in ("increases", "decreases", "influences") and f.object.anaphor:
        return False  # 'Medlemmernes meninger betyder meget for os': important to us, no effect on us
    if f.relation == "serves" and f.object.kind is CLASS and obj_cls not in agent_classes():
        return False  # one serves people and organisations, not 'samtal' or 'Product'
    if f.relation == "partOf" and f.object.kind is CONCEPT and f.object.key.split()[-1] in TOPIC_HOLDERS:
        return False  # 'Revisionen omfattade godsmottagning och lastning': what an audit covers is its topic
    if f.relation in ("buys", "sells") and obj_cls in agent_classes() and obj_cls not in ORGANISATION_CLASSES:
        return False  # 'betaler ekstra for folk, der ...': people are paid, served, hired; not bought
    if f.relation not in AGENTIVE:
        return True
    subject = f.subject
    cls = subject.key if subject.kind is CLASS else subject.base
    if subject.kind is NAMED or not cls:
        return True
    return cls in agent_classes()


# verbs that report what their subject says, thinks or finds: 'our guests tell us [they] prefer ...'
REPORTING_LEMMAS = frozenset(
    "say tell think believe feel find report answer reply explain write agree "
    "si fortelle mene tro svare skrive forklare synes "
    "säga berätta mena tro svara skriva förklara tycka "
    "sige fortælle mene tro svare skrive forklare synes "
    "sagen erzählen meinen glauben antworten schreiben erklären finden berichten".split()
)


def _reporter(view: SentenceView, pronoun: int) -> Mention | None:
    """The subject of the verb of saying or thinking right before a pronoun opening its clause
    ('our guests tell us they prefer', 'kundene sier at de ...'): who said it is who is meant."""
    gram = grammar(view.sentence.lang)
    k = pronoun - 1
    while k > 0 and view.chunk_at[k] is None and (
            view.tokens[k].lower in COMPLEMENTIZERS or view.tokens[k].lower in gram.pronouns
            or view.tokens[k].lower in gram.adverbs or view.tokens[k].text == ","):
        k -= 1  # 'tell us', 'sier at', 'meinen, dass'
    if k < 1 or view.chunk_at[k] is not None or view.tokens[k].lemma not in REPORTING_LEMMAS:
        return None
    subject = view.chunk_at[k - 1]
    return None if subject is None else view.chunks[subject].head


# Endings of German nouns whose plural adds -en: without it, the noun is singular.
SINGULAR_ENDINGS_DE = ("ung", "heit", "keit", "schaft", "ion", "tät")


def _singular_noun(m: Mention) -> bool:
    """A German noun mention that is surely singular: 'Rechnung', 'Kundschaft' (not 'Kunden', nor
    'Mitarbeiter', which may be either)."""
    last = m.text.split()[-1].lower() if m.text else ""
    return m.kind is not NAMED and last.endswith(SINGULAR_ENDINGS_DE)


def _plural_verb_of(view: SentenceView, index: int, gram: Grammar) -> bool:
    """The finite verb of the German pronoun at ``index`` is plural: the word after it ('sie
    kaufen'), before it ('kaufen sie') or, after a subordinator, the clause's last word ('weil
    sie ihr Rad repariert haben wollen')."""
    tokens = view.tokens
    if index > 0 and (tokens[index - 1].lower in gram.subordinators or tokens[index - 1].lower in gram.relativizers):
        end = index + 1
        while end < len(tokens) and tokens[end].is_word and tokens[end].lower not in gram.coordinators:
            end += 1
        verb = tokens[end - 1]
    elif index + 1 < len(tokens) and tokens[index + 1].text.islower() and tokens[index + 1].is_word:
        verb = tokens[index + 1]
    elif index > 0 and tokens[index - 1].text.islower():
        verb = tokens[index - 1]
    else:
        return False
    return verb.text.islower() and (verb.lower.endswith("en") or verb.lower == "sind") and verb.lower not in gram.adverbs


def _vocative(view: SentenceView, gram: Grammar) -> Mention | None:
    """A name with an honorific that opens the sentence before a comma, calling the person spoken to:
    'Frau Roth, Hörgeräte kann man online bestellen', 'Mr Hale, what do customers want?' (not an
    apposition: 'Frau Roth, Inhaberin von X, ...', whose role noun or article follows the comma)."""
    tokens = view.tokens
    ci = view.chunk_at[0] if tokens else None
    if ci is None or view.chunks[ci].head.kind is not NAMED or tokens[0].lower not in HONORIFICS:
        return None
    comma = view.chunks[ci].end
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return None
    nxt = tokens[comma + 1]
    if nxt.lower in gram.determiners or nxt.lower in gram.speaker_pronouns:
        return None
    after = view.chunk_at[comma + 1]
    if after is not None and acts(view.chunks[after].head):
        return None  # 'Frau Roth, Inhaberin von X'
    return view.chunks[ci].head


def _opening_subject(view: SentenceView, before: int) -> Mention | None:
    """The mention that opens the sentence (after determiners), if it stands before ``before``."""
    gram = grammar(view.sentence.lang)
    k = 0
    while k < len(view.tokens) and view.chunk_at[k] is None and (
        view.tokens[k].lower in gram.determiners or not view.tokens[k].is_word
    ):
        k += 1
    ci = view.chunk_at[k] if k < before else None
    if view.sentence.lang == "de" and (ci is None and k < before or ci is not None and in_pp(view, ci, gram)):
        ci = _subject_after_fronted(view, k, before)  # 'In Umfragen geben viele Käufer an, dass sie ...'
    if ci is None:
        return None
    end = view.chunks[ci].end
    if end < len(view.tokens) and view.tokens[end].text == ":":
        return None  # 'AHMED: Ungefär 11 000 hushåll ...': a speaker's tag in a transcript, not a subject
    if (named := name_after_title(view, ci)) is not None and view.chunks[named].end < before:
        ci, end = named, view.chunks[named].end  # 'Küchenchef Tobias Reiter bezieht ...': the person named
    if view.sentence.lang == "de" and before == end + 1 and view.tokens[end].is_word and view.tokens[end].text.islower():
        return None  # V2 'Gemüse kauft er beim Biohof': the pronoun after the verb is the subject, the
        # fronted phrase its object, not what the pronoun stands for
    return view.chunks[ci].head


def _subject_after_fronted(view: SentenceView, k: int, before: int) -> int | None:
    """German V2: after a fronted phrase from token ``k`` ('In Umfragen', 'Seit Mai') and the
    finite verb, the subject: 'In Umfragen geben [viele Käufer] an'; its chunk if it stands
    before ``before``, else None."""
    gram, tokens = grammar("de"), view.tokens
    while k < before and (view.chunk_at[k] is not None or tokens[k].lower in gram.prepositions
                          or tokens[k].lower in gram.determiners or tokens[k].lower in gram.adverbs):
        k += 1  # the fronted phrase
    if k >= before or not tokens[k].is_word or not tokens[k].text.islower():
        return None
    k += 1  # the finite verb
    while k < before and view.chunk_at[k] is None and (tokens[k].lower in gram.determiners or tokens[k].lower in gram.adverbs):
        k += 1
    ci = view.chunk_at[k] if k < before else None
    return ci if ci is not None and not in_pp(view, ci, gram) else None


def _role_types(view: SentenceView, found: list[Found]) -> list[Found]:
    """'Som forsikringsselskab lever vi af ...': the role the sentence opens with types its subject."""
    if len(view.tokens) < 3 or view.tokens[0].lower not in ROLE_WORDS or view.chunk_at[1] is None:
        return []
    role = view.chunks[view.chunk_at[1]].head
    subjects = {f.subject for f in found if f.subject.anaphor and f.subject.kind is NAMED}
    return [Found(s, "type", role, 0.7, False, "role") for s in subjects]


def _demonstrative(view: SentenceView, index: int) -> bool:
    """'det här', 'det der': a demonstrative pointing back at what was just said."""
    nxt = view.tokens[index + 1].lower if index + 1 < len(view.tokens) else ""
    return nxt in ("här", "där", "her", "der")


def _topic(view: SentenceView, found: list[Found]) -> Mention | None:
    """What a following 'de/they/sie' most likely refers to: this sentence's subject."""
    opening = _opening_subject(view, len(view.tokens))
    if opening is not None:
        return opening
    for f in found:
        if not f.subject.anaphor and f.relation != "type":
            return f.subject
    return _chunk_topic(view, len(view.tokens))


def _chunk_topic(view: SentenceView, before: int) -> Mention | None:
    """The first mention before token ``before`` that is not inside a prepositional phrase."""
    gram = grammar(view.sentence.lang)
    for chunk in view.chunks:
        if chunk.start >= before:
            break
        k = chunk.start - 1
        while k >= 0 and view.tokens[k].lower in gram.determiners:
            k -= 1
        if k >= 0 and view.tokens[k].lower in gram.prepositions:
            continue  # inside a prepositional phrase: not the subject
        last = view.tokens[chunk.end - 1].lower
        if last.endswith("s") and chunk.end < len(view.tokens) and view.chunk_at[chunk.end] is not None:
            continue  # a genitive ('Dagens B2B-kunder'): the noun it modifies is the topic
        return chunk.head
    return None


OPENING_QUOTES = frozenset('"“«„')
CLOSING_QUOTES = frozenset('"”»“')
ATTRIBUTION_DASHES = frozenset("—–-―")
MAX_QUOTED = 12  # sentences a testimonial may run to
STAFF = frozenset({"Employee", "Manager"})


def _testifiers(doc: Document, views: list[SentenceView], naming: list[list[Found]]) -> list[Mention | None]:
    """Per sentence, who its 'we' and 'I' are when it is inside a quotation signed on the next line
    by a dash and a name ('"We booked the package ..."' / '— Amira & Josh, June 2024'): a testimonial
    speaks for its signers, not for the business that publishes it. Not when the signature names an
    organisation ('— Jane Smith, Head of Operations, Fernhill Ltd' speaks for Fernhill)."""
    out: list[Mention | None] = [None] * len(views)
    typed = {f.subject.key for found in naming for f in found}
    for i, view in enumerate(views):
        lex = lexicon(view.sentence.lang)
        start = view.sentence.span.start
        line_start = doc.text.rfind("\n", 0, start) + 1
        lead = doc.text[line_start:start].strip()
        if i == 0 or len(lead) != 1 or lead not in ATTRIBUTION_DASHES or not view.chunks:
            continue
        signer = next((c.head for c in view.chunks if c.head.kind is NAMED), None)
        if signer is None or any(c.head.kind is NAMED and (organisation_name(c.head.key, view.sentence.lang)
                                                           or c.head.key in typed and c.head is not signer)
                                 or (c.head.key if c.head.kind is CLASS else c.head.base) in STAFF
                                 or (title := lex.noun(view.tokens[c.end - 1].lower, view.tokens[c.end - 1].lemma))
                                 is not None and title.cls in STAFF
                                 for c in view.chunks):
            continue  # ('— Jane Smith, Managing Director': her 'we' is her firm)
        before = doc.text[views[i - 1].sentence.span.start:start].rstrip(" \t\n" + "".join(ATTRIBUTION_DASHES))
        if not before or before[-1] not in CLOSING_QUOTES:
            continue
        for j in range(i - 1, max(-1, i - 1 - MAX_QUOTED), -1):
            text = doc.text[views[j].sentence.span.start:views[j].sentence.span.end].lstrip()
            if j < i - 1 and text[-1:] in CLOSING_QUOTES:
                break  # another quotation's end
            out[j] = signer
            if text[:1] in OPENING_QUOTES:
                break
        else:
            out[max(0, i - MAX_QUOTED):i] = [None] * (i - max(0, i - MAX_QUOTED))  # no opening quote found
    return out


def _is_bullet(doc: Document, sentence: Sentence) -> bool:
    """The sentence is a list item: its line opens with a list marker (read in place, not copied)."""
    line_start = doc.text.rfind("\n", 0, sentence.span.start) + 1
    return bool(_BULLET.match(doc.text, line_start, sentence.span.start + 1))


def _items(view: SentenceView, lead_view: SentenceView, lead_in: list[Found]) -> list[Found]:
    """Bullet items after 'Vi tilbyr tre avtalsformer:' or 'faktorer, som påvirker loyaliteten:'
    take the place of the counted argument of the lead-in's relations."""
    if not view.chunks:
        return []
    gram = grammar(view.sentence.lang)
    items = [m for c in group_right(view, 0, len(view.tokens), gram) for m in view.chunks[c].mentions]
    out: list[Found] = []
    for f in lead_in:
        for item in items:
            if f.object.kind is CONCEPT and _counted(lead_view, f.object):
                out.append(Found(f.subject, f.relation, item, round(f.score - 0.1, 2), f.negated, "list-item"))
            elif f.subject.kind is CONCEPT and _counted(lead_view, f.subject):
                out.append(Found(item, f.relation, f.object, round(f.score - 0.1, 2), f.negated, "list-item"))
    return out


def _counted(view: SentenceView, m: Mention) -> bool:
    """The mention follows a number or a word like 'several', 'a series of': what the list enumerates."""
    gram = grammar(view.sentence.lang)
    start = next((c.start for c in view.chunks if c.start <= _token_at(view, m.span.start) < c.end), None)
    if start is None:
        return False
    for k in range(start - 1, max(-1, start - 4), -1):
        tok = view.tokens[k]
        if tok.text.isdigit() or tok.lower in QUANTITY_WORDS or tok.lemma in QUANTITY_WORDS or tok.lemma in COUNT_NOUNS:
            return True
        if not (tok.lower in gram.determiners or tok.lower in gram.prepositions or tok.lower in gram.adjectives
                or tok.lemma in TRANSPARENT_NOUNS):  # 'tre typer avtaler', 'three kinds of contract'
            return False
    return False


def _token_at(view: SentenceView, offset: int) -> int:
    return next((i for i, t in enumerate(view.tokens) if t.span.start <= offset < t.span.end), -1)


def _talks_about_companies(views: list[SentenceView]) -> bool:
    """The document names the class Company or Organization at least twice."""
    mentions = sum(1 for v in views for c in v.chunks
                   if c.head.key in coreference.GENERAL and c.head.kind is CLASS)
    return mentions >= 2
