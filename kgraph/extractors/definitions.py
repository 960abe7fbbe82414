"""Definitions, hypernymy and naming: copulas, 'such as' lists, 'and other', appositions,
legal suffixes, comparative correlatives and 'without X, no Y'.

Each function takes a :class:`SentenceView` and returns :class:`Found` relations.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kgraph.extractors.clauses import (
    AMONG_OTHERS,
    AMONG_THEM,
    BOTH,
    HARD_STOPS,
    POSSESSIVE_PRONOUNS,
    clause_region,
    cleft_copula,
    group_left,
    group_right,
    in_adverbial_phrase,
    in_aside,
    negated_between,
    np_negated,
    phrase_at,
    skippable,
)
from kgraph.extractors.mentions import (
    CAUSE_PHRASES,
    INDEFINITE_ARTICLES,
    PARTITIVE_OF,
    QUANTITY_WORDS,
    SENTENCE_ADVERBIALS,
    TIME_NOUNS,
    TRANSPARENT_NOUNS,
    Chunk,
    SentenceView,
    definite_noun,
    is_adjective_like,
    ly_adverb,
    organisation_name,
)
from kgraph.extractors.relations import (
    APPROXIMATE_WORDS,
    COMPLEMENTIZERS,
    CONTRACTED_PREPOSITIONS,
    COPULA_LEMMAS,
    EMPLOYER_PREPOSITIONS,
    GENITIVE_DETERMINERS,
    GENITIVE_PREPOSITIONS,
    GERMAN_GENITIVE,
    INFINITIVE_MARKERS,
    MEANS_NOUNS,
    PREPOSITION_OF_CONTRACTION,
    PURPOSE,
    ROLE_WORDS,
    Found,
    Resolver,
    action_after,
    acts,
    antecedent_of,
    apposed_name,
    employer_at,
    genitive_owner,
    in_pp,
    skip_genitive,
)
from kgraph.extractors.voices import (
    FIRST_PERSON,
    GREETINGS,
    PERFECT_AUXILIARIES,
    SALUTATIONS,
    addressed,
)
from kgraph.grammar import Grammar, Phrase, grammar, phrase_index
from kgraph.grammar.de import (
    BYLINE_SEPARATORS,
    FORMER,
    FOUNDER_NOUNS,
    HONORIFICS,
    MEMBERSHIP_VERBS,
    NAME_DESIGNATORS,
    OBLIQUE_DETERMINERS,
)
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import CLASS, CONCEPT, NAMED, QUALIFIED, Mention, Span
from kgraph.ontology import Cue, agent_classes, agent_relations

# Predicates that evaluate rather than classify: 'Fagbrev er en fordel', 'X is a must'.
EVALUATIVE_NOUNS = frozenset(
    "fordel ulempe krav nødvendighet selvfølge fördel nackdel nödvändighet självklarhet forudsætning "
    "vorteil nachteil muss notwendigkeit selbstverständlichkeit advantage disadvantage must necessity "
    "requirement plus bonus "
    "mulighet sjanse möjlighet chans mulighed chance möglichkeit gelegenheit "  # 'en chance, ikke en plage'
    "suksess succé succes erfolg success konge kung könig king "  # 'Der Kunde ist König'
    "mareritt mardröm mareridt albtraum nightmare katastrofe katastrof katastrophe catastrophe disaster".split()
)
# Nouns that name a slot another phrase fills: 'Målet er høyere kundetilfredshet', 'The key is good
# service', 'X ist das Ziel' say which thing fills the slot (a specificational copula), not what a kind is.
SLOT_NOUNS = frozenset(
    "mål formål hensikt hensigt syfte ziel zweck goal aim purpose objective "
    "resultat ergebnis result outcome konsekvens konsequenz consequence følge följd folge "
    "utfordring udfordring utmaning herausforderung challenge problem "
    "svar antwort answer oppgave opgave uppgift aufgabe task løsning lösning solution "
    "nøkkel nøgle nyckel schlüssel key poeng pointe poäng punkt point fokus focus prioritet priorität priority".split()
)
ONE = frozenset("one en ett et ein eine einer eines".split())  # 'one of', 'en av', 'einer der'
ENGLISH_POSSESSIVES = frozenset("our their its your my his her".split())
EXAMPLE_NOUNS = frozenset("eksempel exempel beispiel example instance".split())
MODAL_POSSIBILITY = frozenset("kan kunne kann können könnte can could may might".split())
EVALUATIVE_KINDS = frozenset((CLASS, QUALIFIED))


def _relation_for(subject: Mention) -> str:
    return "type" if subject.kind is NAMED else "broader"


def _next_chunk(view: SentenceView, k: int, end: int, gram: Grammar) -> int | None:
    while k < end and view.chunk_at[k] is None and (
        skippable(view, k, gram) or view.tokens[k].lower in INDEFINITE_ARTICLES or view.tokens[k].lower in gram.adjectives
        or is_adjective_like(view.tokens[k], view.sentence.lang, lexicon(view.sentence.lang))
    ):
        k += 1
    return view.chunk_at[k] if k < end else None


def _mentions(view: SentenceView, chunks: list[int]) -> list[Mention]:
    return [m for c in chunks for m in view.chunks[c].mentions]


def _is_definable(view: SentenceView, ci: int, article: bool) -> bool:
    """A copula's complement names a kind: an ontology class, a compound of one, or a noun after an article."""
    head = view.chunks[ci].head
    if head.kind in EVALUATIVE_KINDS or (head.kind is CONCEPT and head.base):
        return True
    if head.kind is CONCEPT and (article or view.sentence.lang == "de"):
        return True
    return False


def _defining_relative(view: SentenceView, k: int, gram: Grammar) -> bool:
    """A restrictive relative clause opens at token ``k`` ('the degree [to which] a service meets',
    'den opplevelsen [som] kunden har'): with it, a definite complement defines its subject. Not
    in German, whose relative clauses after a comma are as often about a particular thing."""
    tokens = view.tokens
    if view.sentence.lang == "de" or k >= len(tokens):
        return False
    if tokens[k].lower in gram.prepositions and k + 1 < len(tokens):
        k += 1  # 'to which', 'in which'
    return tokens[k].lower in gram.relativizers and tokens[k].lower not in gram.pronouns


def copulas(view: SentenceView, gram: Grammar, lex: Lexicon, claimed: set[int], resolve_pronoun: Resolver) -> list[Found]:
    """X er en Y / X ist ein Y / X is a Y → X broader Y (a name: type); 'X kan være Y' → Y broader X."""
    out: list[Found] = []
    tokens = view.tokens
    if gram.copulas.isdisjoint(view.words) and BECOME.isdisjoint(view.words):
        return out
    if tokens and tokens[-1].text == "?" or _pseudo_cleft(view, gram):
        return out  # 'Det som skiller oss ut, er service' says what matters, not what a thing is
    for i, tok in enumerate(tokens):
        if tok.lower not in gram.copulas and tok.lower not in BECOME or view.chunk_at[i] is not None:
            continue
        if tok.lower == "become" and not (i > 0 and tokens[i - 1].lower in PERFECT_AUXILIARIES):
            continue  # 'can become a member': the infinitive says what one may become
        if i > 0 and tokens[i - 1].lower == "takket":
            continue  # 'takket være X' (nb, da) is 'thanks to X', a cause, no copula
        if i in claimed and not (i + 1 < len(tokens) and _role_noun(view, i + 1)):
            continue  # a cue's copula ('er avhengig av') — but 'er kunde hos' also says what X is
        region = clause_region(view, i, i, gram)
        k = i + 1
        article = False
        negated = False
        while k < region.end and view.chunk_at[k] is None:
            low = tokens[k].lower
            if phrase_at(view, k, gram.kind_markers):
                break  # 'is [a kind of] feedback', 'er [en form for] tilbakemelding'
            if view.sentence.lang == "de" and low in OBLIQUE_DETERMINERS:
                break  # 'ist unseren Kunden wichtig': a dative, not what X is
            if low in INDEFINITE_ARTICLES or low == "one":
                article = True
            elif low in PARTITIVE_OF and article and tokens[k - 1].lower in ONE:
                pass  # 'er en av de få butikkene', 'is one of the largest suppliers': a member of the kind
            elif low in gram.np_negators or low in gram.negators:
                negated = True
            elif not (skippable(view, k, gram) or in_adverbial_phrase(view, k, SENTENCE_ADVERBIALS)
                      or low in gram.adjectives or tokens[k].lemma in gram.adjectives
                      or lex.state(low, tokens[k].lemma) or (article and is_adjective_like(
                          tokens[k], view.sentence.lang, lex))):
                break  # 'is a regional water supplier', 'are new customers': adjectives are fine
            k += 1
        kind = phrase_at(view, k, gram.kind_markers) if k < region.end else 0
        if kind:
            k += kind
            article = True
        ci = _next_chunk(view, k, region.end, gram)
        if ci is None or view.chunks[ci].start != k and not kind and not (
            k < len(tokens) and view.chunk_at[k] == ci
        ):
            continue
        owned = skip_genitive(view, ci, region.end)  # 'er selskapets viktigste konkurransefortrinn'
        # 'Kundnöjdhet är kundens samlade bedömning': a genitive determines the noun as an article does
        article = article or owned != ci and view.chunks[ci].head.kind is not NAMED
        ci = owned
        aside = in_aside(view, region.start, i) if ")" in view.doc.slice(view.sentence.span) else set()
        left = [c for c in dict.fromkeys(view.chunk_at[j] for j in range(region.start, i) if j not in aside)
                if c is not None and not in_pp(view, c, gram) and not _role_phrase(view, c)]
        while view.sentence.lang == "de" and left and (owner := genitive_owner(view, left[-1])) is not None \
                and owner in left:
            left = left[: left.index(owner) + 1]  # 'Die Kunden [der Bergmann GmbH] sind ...': the owner is the subject
        if view.sentence.lang == "de" and tokens[region.start].lower in gram.prepositions:
            left = []  # V2 after a fronted phrase: 'Dank guter Beratung sind ...', 'Laut einer Studie des Instituts X sind ...'
        if not article and view.chunks[ci].head.kind is NAMED:
            out.extend(_names_of_kind(view, left, i, ci, region.end, negated, gram))
            continue
        # 'Our main customers are hotels, restaurants and hospitals': particular things, listed by kind
        # (most of the kinds plural: a neuter noun's plural can look singular, 'hoteller og sykehjem')
        listed = not article and len(members := group_right(view, ci, region.end, gram)) >= 2 and bool(left) \
            and _specific(view, left[-1], gram) and 2 * sum(_plural(view, c) for c in members) > len(members)
        after = view.chunks[ci].end
        defining = not article and _defining_relative(view, after, gram)  # 'X is the degree to which ...'
        # 'Navn og synsstyrke er personoplysninger': a bare plural after coordinated subjects names their kind
        article = article or bool(left) and not listed and k == view.chunks[ci].start and _bare_plural(view, ci) \
            and len(group_left(view, left[-1], region.start, gram)) >= 2 \
            and not (after < len(tokens) and tokens[after].lower in gram.prepositions)
        if not (_is_definable(view, ci, article or defining) or listed) \
                or view.chunks[ci].head.key in EVALUATIVE_NOUNS | SLOT_NOUNS:
            continue
        if view.chunks[ci].head.key.rsplit(" ", 1)[-1] in TIME_NOUNS:
            continue  # 'Uppsägningstiden är en månad': a length of time, not a kind
        if view.chunks[ci].head.key in MEANS_NOUNS and _infinitive_after(view, after):
            continue  # 'en chance for at styrke kunderelationen': what X is a means to (relations)
        if after < len(tokens) and tokens[after].lower in gram.prepositions and not kind and not article and not defining \
                and view.chunks[ci].head.kind is CONCEPT and not (
                    view.chunks[ci].head.base in FRAME_HEADS and _copula_name(view, ci, gram) is not None):
            continue  # 'X er nøkkelen til Y': a relational noun, not a kind ('ett program för X' is one; so is
            # a person's role: 'Herr Albers ist Vertriebsleiter bei X')
        subjects: list[Mention] = []
        if left:
            subjects = _mentions(view, group_left(view, left[-1], region.start, gram))
        elif region.opener == "relative" and region.opener_index > 0:
            antecedent = antecedent_of(view, region.opener_index, gram)
            subjects = list(view.chunks[antecedent].mentions) if antecedent is not None else []
        else:
            pronoun = next((j for j in range(i - 1, region.start - 1, -1) if tokens[j].lower in gram.pronouns), None)
            if pronoun is not None:
                resolved = resolve_pronoun(pronoun)
                # 'Vi er en dansk optikerkæde': a named speaker gets a type; an unnamed 'we' (the
                # class Company) is no kind of anything
                # class either: 'Jeg har vært kunde hos Fjordlinja' makes the writer a customer (see voices)
                personal = tokens[pronoun].lower in gram.speaker_pronouns or tokens[pronoun].lower in FIRST_PERSON \
                    or addressed(view, pronoun)
                subjects = [resolved] if resolved and not (resolved.kind is CLASS and personal) else []
        subjects = [m for m in subjects if m.key not in EXAMPLE_NOUNS | SLOT_NOUNS]  # 'Typische Beispiele sind X'
        if not subjects:
            continue
        members = group_right(view, ci, region.end, gram)
        objects = _mentions(view, members)
        negated = negated or negated_between(view, i, view.chunks[ci].start, gram)
        specifying = not article and not kind and bool(left) and _specificational(view, left[-1], ci, gram)
        reverse = i > 0 and tokens[i - 1].lower in MODAL_POSSIBILITY or listed or specifying
        score = 0.8 if article or kind else 0.7
        for s in subjects:
            for o in objects:
                if s.key == o.key:
                    continue
                if o.kind is NAMED:
                    continue
                if s.anaphor and o.base == s.key:
                    continue  # 'jag är en bra kund' when 'jag' already is the customer
                if reverse:
                    if s.kind is not NAMED:
                        out.append(Found(o, "broader", s, 0.6, negated, "specificational" if specifying else "copula-list"))
                else:
                    out.append(Found(s, _relation_for(s), o, score, negated, "copula"))
    return out


def _specificational(view: SentenceView, subject: int, predicate: int, gram: Grammar) -> bool:
    """German specificational copula: a possessive or superlative noun phrase names a role, the
    definite one after the copula what fills it: 'Unsere wichtigste Abteilung ist der
    Kundenservice', 'Unser Hauptprodukt ist das Girokonto' (the Kundenservice is the department)."""
    if view.sentence.lang != "de":
        return False
    tokens = view.tokens
    k = view.chunks[predicate].start - 1
    while k >= 0 and view.chunk_at[k] is None and tokens[k].text.islower() and tokens[k].lower not in gram.determiners:
        k -= 1  # adjectives
    if k < 0 or tokens[k].lower not in ("der", "die", "das"):
        return False
    after = view.chunks[predicate].end
    if after + 1 < len(tokens) and tokens[after].lower in GERMAN_GENITIVE and view.chunk_at[after + 1] is not None:
        return False  # 'Unsere Kunden sind die Basis unseres Erfolgs': a relational noun, no role filled
    words = [tokens[j].lower for j in range(max(0, view.chunks[subject].start - 3), view.chunks[subject].end - 1)]
    first = view.chunks[subject].start
    return any(w in SPECIFYING_DETERMINERS or w.endswith(SUPERLATIVE_ENDINGS) for w in words) \
        or tokens[first].lower.startswith(("haupt", "kern"))


SPECIFYING_DETERMINERS = frozenset("unser unsere unseren unserem unserer mein meine ihr ihre sein seine euer eure".split())
SUPERLATIVE_ENDINGS = ("ste", "sten", "ster", "stes")


# the perfect participles of 'become': 'Hållbarhet har blivit ett köpkriterium' says what X now is
BECOME = frozenset("blitt blivit blevet geworden become".split())
INFINITIVE_COPULAS = frozenset("være vara sein be".split())


def _names_of_kind(view: SentenceView, left: list[int], copula: int, ci: int, end: int, negated: bool,
                   gram: Grammar) -> list[Found]:
    """'Våre viktigste leverandører er Tine og Nortura', 'Our main competitor is Zipcar': the names a
    particular noun phrase right before the copula is identified with are of its kind."""
    if not left or view.chunks[left[-1]].end != copula or view.tokens[copula].lower in INFINITIVE_COPULAS:
        return []  # ('takket være TikTok': thanks to)
    start = view.chunks[left[-1]].start
    words = range(start - 1, max(-1, start - 4), -1)  # 'De mest kendte udbydere': over its modifiers
    if not _specific(view, left[-1], gram) and not any(
            view.tokens[k].lower in gram.determiners and all(view.chunk_at[j] is None for j in range(k, start))
            for k in words):
        return []
    kinds = [m for m in _mentions(view, group_left(view, left[-1], 0, gram))
             if m.kind is not NAMED and m.key not in EVALUATIVE_NOUNS | SLOT_NOUNS | EXAMPLE_NOUNS]
    named = [m for m in _mentions(view, group_right(view, ci, end, gram)) if m.kind is NAMED]
    negated = negated or negated_between(view, copula, view.chunks[ci].start, gram)
    return [Found(n, "type", k, 0.75, negated, "copula-name") for n in named for k in kinds]


def agent_nouns(view: SentenceView, found: list[Found], gram: Grammar) -> list[Found]:
    """'Velotrieb AG, ein Hersteller von E-Bikes', 'X er en leverandør av kaffe og te': what a
    thing is the agent noun of (crm:agentOf: a producer creates, a supplier sells) it does to
    what the noun's 'of' phrase names."""
    out: list[Found] = []
    relations = agent_relations()
    for f in found:
        cls = f.object.key if f.object.kind is CLASS else f.object.base
        if f.relation not in ("type", "broader") or f.negated or cls not in relations:
            continue
        ci = next((c for c, chunk in enumerate(view.chunks) if chunk.head.span == f.object.span), None)
        if ci is None:
            continue
        k = view.chunks[ci].end
        if k + 1 >= len(view.tokens) or view.tokens[k].lower not in PARTITIVE_OF:
            continue
        first = _next_chunk(view, k + 1, len(view.tokens), gram)
        if first is None:
            continue
        for o in _mentions(view, group_right(view, first, len(view.tokens), gram)):
            out.append(Found(f.subject, relations[cls], o, 0.7, False, "agent-noun"))
    return out


def _infinitive_after(view: SentenceView, k: int) -> bool:
    """An infinitive clause starts at token ``k``: '(for) at styrke', '(til) å øke', 'to reward';
    German ', die Beziehung zu stärken'."""
    tokens, lang = view.tokens, view.sentence.lang
    markers = INFINITIVE_MARKERS.get(lang, frozenset())
    if lang == "de":
        return k < len(tokens) and tokens[k].text == "," and any(
            t.lower in markers and n.text[:1].islower() for t, n in zip(tokens[k + 1 :], tokens[k + 2 :]))
    if k < len(tokens) and tokens[k].lower in PURPOSE | {"til", "till"}:
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower in markers and view.chunk_at[k + 1] is None


def _bare_last_word(view: SentenceView, ci: int) -> bool:
    """The chunk is one word the lexicon does not know, and nothing but punctuation follows it."""
    chunk = view.chunks[ci]
    return chunk.end - chunk.start == 1 and chunk.head.kind is CONCEPT and not chunk.head.base \
        and all(not t.is_word for t in view.tokens[chunk.end:])


def _specific(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """A noun phrase about particular things, not a kind: 'våre kunder', 'kundene våre', 'our main
    customers', 'die Kunden' (a determiner or possessive before or after it, or a definite form)."""
    chunk = view.chunks[ci]
    before = view.tokens[chunk.start - 1].lower if chunk.start > 0 else ""
    after = view.tokens[chunk.end].lower if chunk.end < len(view.tokens) else ""
    last = view.tokens[chunk.end - 1]
    definite = view.sentence.lang in ("nb", "sv", "da") and last.lower != last.lemma \
        and last.lower.endswith(("ene", "erne", "arna", "erna", "orna", "en", "et", "na"))
    return before in gram.determiners or after in gram.determiners or definite or (
        chunk.start > 1 and view.tokens[chunk.start - 2].lower in gram.determiners)


def _pseudo_cleft(view: SentenceView, gram: Grammar) -> bool:
    """The sentence opens with a free relative (after a conjunction): 'What customers want is ...',
    'Was die Kunden wollen, ist ...', 'Det som skiller oss ut, er ...'."""
    k = 0
    while k < len(view.tokens) and view.tokens[k].lower in gram.coordinators:
        k += 1
    return bool(phrase_at(view, k, gram.cleft_openers)) or cleft_copula(view, gram) >= 0


def _one_indefinite(view: SentenceView, ci: int) -> bool:
    """The chunk is one thing, not a kind: an indefinite article opens it ('et gavekort', 'en rabat')."""
    start = view.chunks[ci].start
    return start > 0 and view.tokens[start - 1].lower in INDEFINITE_ARTICLES


def _role_phrase(view: SentenceView, ci: int) -> bool:
    """'Fagbrev [som bilmekaniker] er en fordel': a role after som/als/as is no subject."""
    start = view.chunks[ci].start
    return start > 1 and view.tokens[start - 1].lower in ROLE_WORDS and view.chunk_at[start - 2] is not None


def _role_noun(view: SentenceView, k: int) -> bool:
    """A bare class noun of an agent right after a copula: 'er kunde hos', 'ist Kunde bei'."""
    ci = view.chunk_at[k]
    return ci is not None and view.chunks[ci].head.kind is CLASS and view.chunks[ci].head.key in agent_classes()


@cache
def _list_marker_starts(lang: str) -> frozenset[str]:
    """The first words of the hyponym and 'and other' markers of ``lang``, and ':' (made once per
    language, not per sentence)."""
    gram = grammar(lang)
    return frozenset(phrase_index(gram.hyponym_markers).keys() | phrase_index(gram.other_markers).keys() | {":"})


def _demonstrative_alone(view: SentenceView, k: int, first: int) -> bool:
    """'these'/'those' at ``k`` stand alone when the noun after them is singular: 'like these matter'."""
    tokens = view.tokens
    if view.sentence.lang != "en" or tokens[k].lower not in ("these", "those"):
        return False
    last = tokens[view.chunks[first].end - 1]
    return view.chunks[first].start == k + 1 and last.lower == last.lemma and not last.lower.endswith("s")


# German markers of examples that are also focus adverbs ('vor allem', 'insbesondere'): they open
# examples only after a comma or a bracket ('Getränke, vor allem Saft').
FOCUS_MARKERS = frozenset({("vor", "allem"), ("insbesondere",), ("v", ".", "a", "."), ("namentlich",)})


def hyponyms(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """Y such as X1, X2 and X3 / Y som for eksempel X / Y wie X / X og andre Y → Xi broader Y."""
    out: list[Found] = []
    tokens = view.tokens
    # (the first words of the markers, looked up before phrase_at: most words start none)
    starts = _list_marker_starts(gram.lang)
    if starts.isdisjoint(view.words):
        return out
    for i in range(len(tokens)):
        if view.chunk_at[i] is not None or tokens[i].lower not in starts:
            continue
        if tokens[i].text == ":":
            out += _counted_list(view, i, gram)
            continue
        size = phrase_at(view, i, gram.hyponym_markers)
        if size and view.sentence.lang == "de" and tuple(t.lower for t in tokens[i:i + size]) in FOCUS_MARKERS \
                and (i == 0 or tokens[i - 1].text not in ",("):
            continue  # 'dass der Shop vor allem jüngere Käufer erreicht': a focus adverb, not a list's opening
        if size:
            j = i - 1
            while j >= 0 and tokens[j].text in ",(":
                j -= 1
            hyper = view.chunk_at[j] if j >= 0 else None
            if hyper is not None and tokens[j + 1].text == "," and tokens[i].lower in AMONG_THEM and not _plural(view, hyper) \
                    and tokens[i + size - 1].lower not in AMONG_OTHERS:
                hyper = _plural_before(view, hyper) or hyper  # '310 Betriebe nutzen die App, darunter Elektriker'
                # (but 'bland andra', among other ones, gives more of the noun before it: 'lokala odlare, bland andra X')
            if hyper is not None and tokens[j + 1].text == ",":
                hyper = _modified_noun(view, hyper, gram)
            k = i + size
            second = phrase_at(view, k, gram.hyponym_markers)  # 'som for eksempel'
            k += second
            while k < len(tokens) and tokens[k].text in ",:":
                k += 1
            first = _next_chunk(view, k, len(tokens), gram)
            if hyper is None or first is None or any(
                tokens[t].lower not in INDEFINITE_ARTICLES and tokens[t].lower not in gram.determiners
                and not (t > k and is_adjective_like(tokens[t], view.sentence.lang, lex)
                         and tokens[t].lower not in gram.function_words
                         and tokens[k].lower in INDEFINITE_ARTICLES)
                for t in range(k, view.chunks[first].start)
            ):
                continue  # 'X, som är en Y' is a relative clause, not a list of examples (but 'etwa ein
                # kostenloses Upgrade': an article's adjectives)
            if _demonstrative_alone(view, k, first):
                continue  # 'Reviews like these matter': the examples are the ones just named
            # (examples with place phrases of their own, when the kind is no phrase's noun: 'Erzeuger aus
            # der Region, etwa Spargel aus X oder Wein aus Y' lists no regions)
            hypos = group_right(view, first, len(tokens), gram) if in_pp(view, hyper, gram) else _examples(view, first, gram)
            end = view.chunks[hypos[-1]].end
            coordinated = len(hypos) >= 2  # 'relationer som bemötande och tillgänglighet blir ...'
            named_agent = all(view.chunks[c].head.kind is NAMED for c in hypos) and (
                view.chunks[hyper].head.key in agent_classes() or view.chunks[hyper].head.base in agent_classes()
            )
            if size == 1 and not second and tokens[i].lower in gram.relativizers and not _list_ends(view, end, gram) \
                    and not named_agent and not coordinated:
                continue  # 'som' introducing a relative clause, not a list ('en bedrift som Diplom-Is' is one)
            if size == 1 and not second and tokens[i].lower in gram.relativizers and not coordinated \
                    and not named_agent and _one_indefinite(view, hyper):
                continue  # 'et gavekort som kompensation': one thing given as another, not its examples
            y = view.chunks[hyper].head
            if y.kind is NAMED or _compared(view, hyper):
                continue
            for x in _mentions(view, hypos):
                if x.key != y.key:
                    out.append(Found(x, _relation_for(x), y, 0.75, False, "such-as"))
            continue
        size = phrase_at(view, i, gram.other_markers)
        if size and i > 0 and view.chunk_at[i - 1] is not None:
            hyper = _next_chunk(view, i + size, len(tokens), gram)
            if hyper is None:
                continue
            y = view.chunks[hyper].head
            hypo_chunk = view.chunk_at[i - 1]
            assert hypo_chunk is not None
            hypos = group_left(view, hypo_chunk, 0, gram)
            if _after_both(view, view.chunks[hypos[0]].start, gram):
                continue  # 'både instruktörer och andra medlemmar': two sets, not kinds of one
            for x in _mentions(view, hypos):
                if x.key != y.key and y.kind is not NAMED:
                    out.append(Found(x, _relation_for(x), y, 0.7, False, "and-other"))
    return out


def _after_both(view: SentenceView, start: int, gram: Grammar) -> bool:
    """The noun phrase at ``start`` opens a both-and coordination: 'både' ('såväl', 'sowohl',
    'both') stands before it, its determiners and adjectives between."""
    k = start - 1
    while k >= 0 and view.chunk_at[k] is None and (view.tokens[k].lower in gram.determiners
                                                   or view.tokens[k].lower in gram.adjectives):
        k -= 1
    return k >= 0 and view.tokens[k].lower in BOTH


def _examples(view: SentenceView, first: int, gram: Grammar) -> list[int]:
    """The listed examples from chunk ``first`` on, each of which may carry a place phrase of its
    own: 'etwa Käse aus dem Allgäu oder Honig aus der Eifel', 'such as Acme in Leeds and Brill in York'."""
    tokens = view.tokens
    out = group_right(view, first, len(tokens), gram)
    while True:
        k = view.chunks[out[-1]].end
        if k >= len(tokens) or tokens[k].lower not in MODIFYING_PREPOSITIONS | ORIGIN_PREPOSITIONS:
            return out
        k += 1
        while k < len(tokens) and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
            k += 1
        place = view.chunk_at[k] if k < len(tokens) else None
        if place is None:
            return out
        k = view.chunks[place].end
        if k + 1 >= len(tokens) or not (tokens[k].lower in gram.coordinators or tokens[k].text == ","):
            return out
        j = k + 1
        while j < len(tokens) and view.chunk_at[j] is None and (
                tokens[j].lower in gram.determiners or tokens[j].lower in INDEFINITE_ARTICLES):
            j += 1
        nxt = view.chunk_at[j] if j < len(tokens) else None
        if nxt is None or nxt in out:
            return out
        out += group_right(view, nxt, len(tokens), gram)


KIND_NOUNS = ("type", "typer", "typ", "slag", "sort", "kategori", "gruppe", "grupp", "segment", "art", "kind")


def _counted_list(view: SentenceView, colon: int, gram: Grammar) -> list[Found]:
    """'tre typiske kundetyper: parcelhusejere, boligforeninger og mindre virksomheder', 'two kinds of
    customers: X and Y': a counted plural before a colon, a coordinated list of its members after."""
    tokens = view.tokens
    hyper = view.chunk_at[colon - 1] if colon > 0 else None
    if hyper is None or view.chunks[hyper].head.kind is NAMED:
        return []
    y = view.chunks[hyper].head
    if not (acts(y) or y.key.endswith(KIND_NOUNS) or y.label.endswith(KIND_NOUNS)):
        return []  # 'three reasons: price, quality and service' lists reasons, not kinds
    k = view.chunks[hyper].start - 1
    if k >= 1 and tokens[k].lower in PARTITIVE_OF and tokens[k - 1].lemma in TRANSPARENT_NOUNS:
        k -= 2  # 'two kinds of customers:'
    while k >= 0 and view.chunk_at[k] is None and is_adjective_like(tokens[k], view.sentence.lang, lexicon(view.sentence.lang)) \
            and not tokens[k].text[:1].isdigit() and tokens[k].lower not in QUANTITY_WORDS:
        k -= 1
    if k < 0 or not (tokens[k].text.isdigit() or tokens[k].lower in QUANTITY_WORDS):
        return []
    first = _next_chunk(view, colon + 1, len(tokens), gram)
    if first is None:
        return []
    members = group_right(view, first, len(tokens), gram)
    if len(members) < 2 or not _list_ends(view, view.chunks[members[-1]].end, gram):
        return []
    return [Found(x, _relation_for(x), y, 0.75, False, "counted-list") for x in _mentions(view, members) if x.key != y.key]


EQUATIVES = frozenset("så lika lige so ebenso genauso as".split())  # så meget X som, as much X as


MODIFYING_PREPOSITIONS = frozenset("i in på im am an at etter efter nach after".split())  # place and time
ORIGIN_PREPOSITIONS = frozenset("aus fra från from".split())  # 'Käse aus dem Allgäu'


def _modified_noun(view: SentenceView, ci: int, gram: Grammar) -> int:
    """The noun a prepositional phrase ending in chunk ``ci`` modifies: in 'Gegenstände in Ihrer
    Wohnung, zum Beispiel Möbel' or 'virksomheder i regionen, bl.a. X' the examples are of the
    things, not of the place."""
    while in_pp(view, ci, gram):
        k = view.chunks[ci].start - 1
        while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower not in gram.prepositions:
            k -= 1
        if k < 0 or view.tokens[k].lower not in MODIFYING_PREPOSITIONS:
            return ci  # 'gruppert i henhold til deres demografi, for eksempel alder': the demographics
        if any(view.tokens[j].text[:1].isdigit() or view.tokens[j].lower in QUANTITY_WORDS
               for j in range(k + 1, view.chunks[ci].start)):
            return ci  # 'i ett första steg i tolv butiker, bland annat X': counted things are the examples' kind
        before = view.chunk_at[k - 1] if k >= 1 else None
        if before is None or view.chunks[before].head.kind is NAMED:
            return ci
        ci = before
    return ci


def _bare_plural(view: SentenceView, ci: int) -> bool:
    """An indefinite plural concept: 'personoplysninger', 'products' (not 'kundene', not a name)."""
    head, lang = view.chunks[ci].head, view.sentence.lang
    last = view.tokens[view.chunks[ci].end - 1]
    lex = lexicon(lang)
    return head.kind is not NAMED and _plural(view, ci) and not definite_noun(last, lang) \
        and not last.lower.endswith("s'") and not is_adjective_like(last, lang, lex) \
        and not lex.verb_keys(last.lower, last.lemma)  # ('er synonyme', 'er steget voldsomt')


def _plural(view: SentenceView, ci: int) -> bool:
    last = view.tokens[view.chunks[ci].end - 1]
    return last.lower != last.lemma and not last.lower.endswith(("'s", "’s"))


def _plural_before(view: SentenceView, ci: int) -> int | None:
    """The nearest plural noun phrase before chunk ``ci`` in its sentence: a list of examples
    after a comma names members of a set."""
    for c in range(ci - 1, -1, -1):
        if _plural(view, c) and view.chunks[c].head.kind is not NAMED:
            return c
    return None


SAME = frozenset("samme samma same gleiche gleichen gleicher selbe selben".split())


def _compared(view: SentenceView, ci: int) -> bool:
    """'samme sak som', 'the same thing as', 'så meget garn som', 'as much yarn as': a
    comparison, not a hypernym."""
    k = view.chunks[ci].start - 1
    if k >= 0 and view.tokens[k].lower in SAME:
        return True
    return any(view.tokens[j].lower in EQUATIVES for j in range(max(0, k - 2), k + 1))


def _list_ends(view: SentenceView, end: int, gram: Grammar) -> bool:
    """After a 'som' list comes punctuation, the end, or a coordinator — not a verb."""
    if end >= len(view.tokens):
        return True
    tok = view.tokens[end]
    return tok.text in HARD_STOPS or tok.text in ",." or tok.lower in gram.coordinators


def names(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """Appositions (Acme, a supplier), class nouns before names (strømselskapet Fjordkraft),
    roles (Fjellvant som nettbutikk), and legal suffixes (AS, GmbH, Ltd) type named things."""
    out: list[Found] = []
    tokens = view.tokens
    for ci, chunk in enumerate(view.chunks):
        name = chunk.head
        if name.kind is not NAMED:
            continue
        last_word = tokens[chunk.end - 1].text
        if last_word in gram.legal_suffixes or last_word.rstrip(".") in gram.legal_suffixes:
            out.append(Found(name, "type", class_mention(view, chunk.end - 1, "Company"), 0.85, False, "legal-suffix"))
        elif view.sentence.lang == "de" and chunk.end - chunk.start >= 2 and (
                title := lex.noun(tokens[chunk.start].lower, tokens[chunk.start].lemma)) is not None \
                and title.cls in agent_classes():
            # 'Klinikum Hohenbrück', 'Molkerei Weidenhof': the title noun says what the name is
            out.append(Found(name, "type", class_mention(view, chunk.start, title.cls), 0.8, False, "name-title"))
        elif last_word in gram.institution_words:
            out.append(Found(name, "type", class_mention(view, chunk.end - 1, "PublicOrganization"), 0.85, False,
                             "legal-suffix"))
        # apposition: NAME , (a) Y (not after a salutation: 'Sehr geehrte Frau Roth, die Lampe ...' greets her)
        k = chunk.end
        greeted = chunk.start > 0 and tokens[chunk.start - 1].lower in SALUTATIONS | GREETINGS
        if k < len(tokens) and not greeted and (tokens[k].text == "," or view.sentence.lang == "de" and tokens[k].text in BYLINE_SEPARATORS
                                and tokens[chunk.start].text in GIVEN_NAMES):
            k += 1  # ('Thomas Vogel • Geschäftsführer bei Radwerk GmbH': a person's byline)
            article = k < len(tokens) and tokens[k].lower in INDEFINITE_ARTICLES
            # 'Ofwat, the water regulator, ...', 'Horizon, our CRM system': a definite apposition
            definite = not article and k < len(tokens) and (
                tokens[k].lower in gram.determiners or tokens[k].lower in gram.speaker_pronouns)
            nxt = _next_chunk(view, k, len(tokens), gram)
            if definite and view.sentence.lang == "de" and tokens[k].lower in gram.relativizers and k + 1 < len(tokens) \
                    and view.chunk_at[k + 1] is None and not is_adjective_like(tokens[k + 1], "de", lex):
                nxt = None  # 'FrischFahrt, das bereits drei Bäckereien beliefert': a relative pronoun
            if nxt is not None and view.sentence.lang == "en" and view.chunks[nxt].head.kind is NAMED \
                    and nxt + 1 < len(view.chunks) and view.chunks[nxt + 1].start == view.chunks[nxt].end \
                    and view.tokens[view.chunks[nxt + 1].start].text[:1].islower():
                nxt += 1  # 'Harrow Metalworks, a Midlands manufacturer': a place name modifies the kind
            verbal = nxt is not None and any(
                tokens[j].lower in gram.auxiliaries or tokens[j].lower in gram.common_verbs
                for j in range(k, view.chunks[nxt].start)
            )  # 'til Finnmark, skal redusere antallet leverandører' is a clause, not an apposition
            # ('According to X at Fenwick Bank, customers are happy': a predicative chunk holds its clause's copula)
            verbal = verbal or nxt is not None and any(
                tokens[j].lower in gram.copulas for j in range(view.chunks[nxt].start, view.chunks[nxt].end))
            verbal = verbal or nxt is not None and not article and not definite and any(
                tokens[j].is_word and not is_adjective_like(tokens[j], view.sentence.lang, lex)
                or j + 1 < view.chunks[nxt].start and tokens[j + 1].lower in gram.determiners
                for j in range(k, view.chunks[nxt].start)
            )  # 'Linsenland, schicken deshalb ein Messgerät', 'Lindner, begrüßte die Gäste': an apposition
            # has only adjectives before its noun, and nothing before its article
            if nxt is not None and not article and not definite and _bare_last_word(view, nxt):
                nxt = None  # 'Customer Success, Taktwerk GmbH, Berlin': a signature's place, not a kind
            if nxt is not None and view.sentence.lang == "de" and view.chunks[nxt].head.kind in (NAMED, CONCEPT) \
                    and nxt + 1 < len(view.chunks) and view.chunks[nxt + 1].start == view.chunks[nxt].end \
                    and view.chunks[nxt + 1].head.kind is CLASS:
                nxt += 1  # 'Jana Roth, Key Account Managerin bei X': an English name of the role modifies its noun
            if nxt is not None and not verbal and view.chunks[nxt].head.kind is not NAMED and (
                    article or definite or _is_definable(view, nxt, article)):
                after = view.chunks[nxt].end
                if not definite and after + 1 < len(tokens) and tokens[after].lower in gram.coordinators \
                        and view.chunk_at[after + 1] is not None:
                    nxt = view.chunk_at[after + 1]  # 'a gas and electricity supplier': the head is last
                    after = view.chunks[nxt].end
                department = view.sentence.lang == "de" and (d := view.chunk_at[after] if after < len(tokens) else None) is not None \
                    and (view.chunks[d].end >= len(tokens) or tokens[view.chunks[d].end].text in ",.;:)")
                # ('Markus Seidl, Geschäftsführer Personal': a bare department noun closes a German title)
                if after >= len(tokens) or department or tokens[after].text in ",.;:)" or tokens[after].lower in gram.prepositions \
                        or tokens[after].lower in gram.relativizers or tokens[after].lower in gram.adverbs \
                        or view.sentence.lang == "de" and tokens[after].lower in GERMAN_GENITIVE \
                        or _participial(view, after, gram):  # ('Martin Keller, Vorsitzender des Aufsichtsrats')
                    # ('Forbrukerrådet, et statlig organ som', 'Kroken Handel, en dagligvarebutikk midt i')
                    out.append(Found(name, "type", view.chunks[nxt].head, 0.8, False, "apposition"))
        # English 'our Green Stay scheme', 'their Trailmates programme': a name before its kind, after
        # a possessive ('the Brackenfield Audio team', 'the Scout movement' more often name a part or a cause)
        j = chunk.end
        while j < len(tokens) and view.chunk_at[j] is None and tokens[j].text[:1].islower() \
                and is_adjective_like(tokens[j], "en", lex):
            j += 1  # 'the Aldermoor Assist [social] tariff'
        if view.sentence.lang == "en" and k == chunk.end and j < len(tokens) and view.chunk_at[j] is not None \
                and tokens[j].text[:1].islower() and chunk.start > 0 and tokens[chunk.start - 1].lower not in INDEFINITE_ARTICLES \
                and tokens[chunk.start - 1].lower in ENGLISH_POSSESSIVES:
            # (not 'a Fernleigh piece': one of its products)
            kind = view.chunks[view.chunk_at[j]].head
            if kind.kind is not NAMED:
                out.append(Found(name, "type", kind, 0.7, False, "name-modifier"))
        # reversed apposition: 'Our loyalty scheme, Trailmates, ...'
        b = chunk.start - 2
        if b >= 1 and view.chunk_at[b] is None and tokens[b].lower in gram.speaker_pronouns:
            b -= 1  # 'Kundeklubben vår, Vestkyst Venn, ...'
        closed = chunk.end < len(tokens) and tokens[chunk.end].text == ","
        if chunk.start >= 2 and tokens[chunk.start - 1].text == "," \
                and (closed or _ends_sentence(view, chunk.start, chunk.end)) \
                and b >= 0 and (before := view.chunk_at[b]) is not None:
            if view.sentence.lang == "de" and (owner := genitive_owner(view, before)) is not None:
                before = owner  # 'Die Leiterin des Vertriebs, Anna Berg,': the role, not its genitive
            described = view.chunks[before]
            d = described.start - 1
            while d > 0 and view.chunk_at[d] is None and is_adjective_like(tokens[d], view.sentence.lang, lex):
                d -= 1  # 'a local courier, Fellside Freight,'
            if described.head.kind is not NAMED and (
                    d >= 0 and tokens[d].lower in gram.speaker_pronouns | gram.determiners
                    or closed and definite_noun(tokens[described.end - 1], view.sentence.lang)) \
                    and not (described.start > 1 and tokens[described.start - 2].text == ","):
                out.append(Found(name, "type", described.head, 0.7, False, "apposition"))
        # 'Ingrid Moe i Norsk Varehandelsinstitutt', 'Sarah Jones at Fenwick Bank': where a person works
        org = view.chunk_at[chunk.end + 1] if chunk.end + 1 < len(tokens) else None
        if org is not None and tokens[chunk.end].lower in AFFILIATION_PREPOSITIONS and person_like(view, chunk, lex) \
                and view.chunks[org].head.kind is NAMED \
                and organisation_name(view.chunks[org].head.key, view.sentence.lang):
            out.append(Found(name, "worksFor", view.chunks[org].head, 0.6, False, "affiliation"))
        # role: NAME som/als/as Y
        if k < len(tokens) and tokens[chunk.end].lower in ROLE_WORDS and chunk.end + 1 < len(tokens):
            nxt = view.chunk_at[chunk.end + 1]
            if nxt is not None and view.chunks[nxt].head.kind is not NAMED:
                out.append(Found(name, "type", view.chunks[nxt].head, 0.7, False, "role"))
        # German designator right before the name, a word the ontology does not know: 'das Start-up
        # Korbkurier', 'die Discounterkette Preisfuchs' (it says what the name is without being part of it)
        before = tokens[chunk.start - 1] if chunk.start > 0 else None
        if view.sentence.lang == "de" and before is not None and view.chunk_at[chunk.start - 1] is None \
                and before.text[:1].isupper() and before.lower.endswith(NAME_DESIGNATORS) \
                and tokens[chunk.start].text not in GIVEN_NAMES and last_word.rstrip(".") not in gram.legal_suffixes:
            # (a legal suffix types it already: 'das Start-up FrischFahrt GmbH' is a company)
            kind = Mention(before.span, before.text, CONCEPT, before.lemma, view.sentence.lang, label=before.lemma)
            out.append(Found(name, "type", kind, 0.7, False, "designator"))
        # class noun right before the name: strømselskapet Fjordkraft, director Fiona MacLeod
        if chunk.start > 0 and view.chunk_at[chunk.start - 1] is not None:
            role_chunk = view.chunks[view.chunk_at[chunk.start - 1]]  # type: ignore[index]
            person = _apposed_person(view, role_chunk.start)
            if person is not None and role_chunk.end == chunk.start and acts(role_chunk.head) and not _organisation(role_chunk.head):
                # 'Tina Bohlin, projektledare SIS': the role is the person's, the name their employer's
                out.append(Found(person, "type", role_chunk.head, 0.75, False, "apposition"))
                out.append(Found(person, "worksFor", name, 0.7, False, "apposition"))
                out.append(Found(name, "type", class_mention(view, chunk.start, "Organization"), 0.6, False, "employer"))
            elif role_chunk.end == chunk.start and role_chunk.head.kind in (CLASS, CONCEPT) \
                    and role_chunk.head.key not in KINSHIP | HONORIFICS and (  # 'her brother Jago' says whose, not what
                acts(role_chunk.head) or definite_noun(view.tokens[role_chunk.end - 1], view.sentence.lang)
                or role_chunk.start > 0 and tokens[role_chunk.start - 1].lower in gram.determiners
                or view.sentence.lang == "de" and role_chunk.start > 1 and tokens[role_chunk.start - 1].lower.endswith("er")
                and tokens[role_chunk.start - 1].text[:1].isupper() and tokens[role_chunk.start - 2].lower in gram.determiners
                # ('die Berliner Agentur Klickwerk': a place adjective between)
                or view.sentence.lang == "de" and role_chunk.start > 0 and tokens[role_chunk.start - 1].lower in CONTRACTED_PREPOSITIONS  # 'zur Marke Funkfix'
                or view.sentence.lang == "de" and tokens[chunk.start].text in GIVEN_NAMES
                and tokens[role_chunk.start].text[:1].isupper()  # 'Versicherungsmakler Thomas Brandt': a person's role
            ):  # 'vår betalpartner Kassaflod'  # 'strømselskapet Fjordkraft', 'Kunde Hafenlogistik', 'kundeprogrammet Vestkyst Venn'
                out.append(Found(name, "type", role_chunk.head, 0.7, False, "title"))
                employer = employer_at(view, chunk.end)
                if employer is not None and acts(role_chunk.head) and not _organisation(role_chunk.head):
                    # 'kundeservicechef Anne-Mette Friis fra Andelskassen Salling'
                    out.append(Found(name, "worksFor", employer, 0.7, False, "title"))
    return out


def _ends_sentence(view: SentenceView, start: int, k: int) -> bool:
    """A Scandinavian name from ``start`` to ``k`` after a comma ends the sentence, alone or with the
    place it is in ('vores nye leverandør, Brøndum Kaffe i Odder.'): the clause is over, so the name
    can only describe the noun before the comma (but a person's name there is the one spoken to:
    'Tak for din anmeldelse, Mette.'; and a form line's 'Til: Direktionen, Acme ApS' names a
    department and its organisation, so the noun needs its article or possessive)."""
    tokens = view.tokens
    if view.sentence.lang not in ("nb", "sv", "da") or tokens[start].text in GIVEN_NAMES:
        return False
    place = view.chunk_at[k + 1] if k + 1 < len(tokens) and tokens[k].lower in ("i", "fra", "från") else None
    if place is not None and view.chunks[place].head.kind is NAMED:
        k = view.chunks[place].end
    return k >= len(tokens) or tokens[k].text in ".!;"


def _participial(view: SentenceView, k: int, gram: Grammar) -> bool:
    """A participle phrase closing an apposition: 'a supplier [based in] Leeds', 'an app [made by]'."""
    return k + 1 < len(view.tokens) and view.chunk_at[k] is None and view.tokens[k].is_word \
        and view.tokens[k].lower != view.tokens[k].lemma and view.tokens[k + 1].lower in gram.prepositions


AFFILIATION_PREPOSITIONS = EMPLOYER_PREPOSITIONS | frozenset("i på".split())


def person_like(view: SentenceView, chunk: Chunk, lex: Lexicon) -> bool:
    """A name of two or three capitalised words, none a noun the lexicon knows, not shaped like an
    organisation's: 'Ingrid Moe', 'Sarah Jones' (not 'Fjord Energi AS', 'Lindvik kommune')."""
    words = view.tokens[chunk.start : chunk.end]
    return 2 <= len(words) <= 3 and all(w.text[:1].isupper() and w.text.isalpha() and lex.noun(w.lower, w.lemma) is None
                                        for w in words) \
        and not organisation_name(chunk.head.key, view.sentence.lang)


KINSHIP = frozenset(
    "bror søster mor far sønn datter kone mann svigersønn syster moder fader son dotter fru make "
    "broder søn hustru bruder schwester mutter vater sohn tochter frau ehemann "
    "brother sister mother father son daughter wife husband cousin uncle aunt".split()
)


def _apposed_person(view: SentenceView, start: int) -> Mention | None:
    """The name an apposition starting at token ``start`` follows: 'Tina Bohlin, [projektledare]'."""
    if start < 2 or view.tokens[start - 1].text != ",":
        return None
    ci = view.chunk_at[start - 2]
    return view.chunks[ci].head if ci is not None and view.chunks[ci].head.kind is NAMED else None


def class_mention(view: SentenceView, i: int, cls: str) -> Mention:
    tok = view.tokens[i]
    return Mention(tok.span, view.doc.slice(tok.span), CLASS, cls, view.sentence.lang)


def correlatives(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """Jo mer X, desto mer Y / je größer X, desto größer Y / the more X, the more Y → X increases Y."""
    tokens = view.tokens
    if gram.correlative_first.isdisjoint(view.words):
        return []  # (most sentences: no token to look at)
    firsts = [i for i, t in enumerate(tokens) if t.lower in gram.correlative_first and i + 1 < len(tokens)]
    for i in firsts:
        if i > 0 and tokens[i - 1].is_word:
            continue
        seconds = [j for j in range(i + 2, len(tokens)) if tokens[j].lower in gram.correlative_second and tokens[j - 1].text == ","]
        if not seconds:
            continue
        j = seconds[0]
        x = _first_chunk(view, i + 1, j)
        y = _first_chunk(view, j + 1, len(tokens))
        comp_x, comp_y = _comparative(view, i + 1, gram, lex), _comparative(view, j + 1, gram, lex)
        if x is None or y is None or not _near(view, y, comp_y, gram) or not _near(view, x, comp_x, gram):
            continue  # 'desto mindre følsom er kunden': the comparative is about an adjective, not a concept
        up_x = tokens[i + 1].lower not in gram.downward_words
        up_y = tokens[j + 1].lower not in gram.downward_words if j + 1 < len(tokens) else True
        relation = "increases" if up_x == up_y else "decreases"
        cause, effect = _with_state(view, x, comp_x, lex), _with_state(view, y, comp_y, lex)
        return [Found(cause, relation, effect, 0.7, False, "correlative")]
    return []


# The quality a state of a customer measures: 'more satisfied customers' are more satisfaction.
STATE_QUALITIES = {"Satisfied": "CustomerSatisfaction", "Loyal": "CustomerLoyalty"}
HELP_NOUNS = frozenset("hjelp hjälp hjælp hilfe help".split())  # 'fått hjälp med service': the service


def outcomes(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """'Kunder som fick besked inom två dagar var nöjdare', 'Customers who were offered a human
    agent were significantly more loyal': what the subject's relative clause says they got, the
    comparative says made them more so → X increases the state's quality."""
    tokens = view.tokens
    if len(tokens) < 6 or gram.relativizers.isdisjoint(view.words) \
            or gram.copulas.isdisjoint(view.words):
        return []  # (most sentences: no relative pronoun or no copula, both of which it needs)
    # the subject opens the sentence or a clause after 'att/that/dass' ('visar att kunder som ...')
    starts = [0] if COMPLEMENTIZERS.isdisjoint(view.words) else \
        [0] + [k + 1 for k, t in enumerate(tokens[:-1]) if t.lower in COMPLEMENTIZERS]
    subject = next((view.chunk_at[k] for k in starts if view.chunk_at[k] is not None
                    and view.chunks[view.chunk_at[k]].end < len(tokens)
                    and tokens[view.chunks[view.chunk_at[k]].end].lower in gram.relativizers | {","}), None)
    if subject is None:
        return []
    rel = view.chunks[subject].end
    rel += rel < len(tokens) and tokens[rel].text == ","  # 'Kunden, die ...'
    if rel >= len(tokens) or tokens[rel].lower not in gram.relativizers:
        return []
    copula = next((k for k in range(rel + 2, len(tokens)) if tokens[k].lower in gram.copulas), None)
    if copula is None:
        return []
    k = copula + 1
    while k < len(tokens) and tokens[k].lower not in gram.upward_words and (
            tokens[k].lower in INTENSIFIERS or view.chunk_at[k] is None and (
                tokens[k].lower in gram.adverbs or ly_adverb(tokens[k].lower))):
        k += 1  # 'betydligt', 'significantly', 'deutlich'
    if k >= len(tokens):
        return []
    periphrastic = tokens[k].lower in gram.upward_words and k + 1 < len(tokens)
    adjective = tokens[k + 1] if periphrastic else tokens[k]
    state = lex.state(adjective.lower, adjective.lemma)
    comparative = periphrastic or adjective.lower != adjective.lemma and adjective.lower.endswith(("are", "ere", "er", "ier"))
    if not state or not comparative or state not in STATE_QUALITIES:
        return []
    got = next((view.chunk_at[j] for j in range(rel + 2, copula) if view.chunk_at[j] is not None), None)
    if got is None:
        return []
    end = view.chunks[got].end
    if tokens[end - 1].lemma in HELP_NOUNS and end + 1 < copula and tokens[end].lower in gram.prepositions:
        got = view.chunk_at[end + 1] if view.chunk_at[end + 1] is not None else got
    causes = _mentions(view, group_right(view, got, copula, gram))
    head = view.chunks[subject].head
    effect = class_mention(view, k, STATE_QUALITIES[state])  # 'more loyal' members: more loyalty
    return [Found(cause, "increases", effect, 0.65, False, "outcome") for cause in causes if cause.key != head.key]


INTENSIFIERS = frozenset(
    "betydligt betydelig betydeligt klart tydligt markant mycket mye meget langt significantly much far "
    "considerably noticeably clearly deutlich viel weitaus spürbar merklich".split()
)


LIKELY = frozenset(
    "tilbøyelig tilbøyelige tilbøjelig tilbøjelige benägen benäget benägna villig villige villiga likely inclined "
    "willing geneigt geneigter bereit".split()
)


def likelihood(view: SentenceView, gram: Grammar, lex: Lexicon, resolve_pronoun: Resolver) -> list[Found]:
    """'Fornøyde kunder er mer tilbøyelige til å anbefale bedriften', 'satisfied customers are more
    likely to come back': the subject increases (less likely: decreases) the class the act names
    (crm:actionLabel: to recommend → Recommendation, to come back → CustomerLoyalty)."""
    tokens = view.tokens
    out: list[Found] = []
    if LIKELY.isdisjoint(view.words):
        return out  # (most sentences: no token to look at)
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower not in LIKELY:
            continue
        before = tokens[k - 1].lower
        if before not in gram.upward_words and before not in gram.downward_words:
            continue
        action = action_after(view, k + 1, lex)
        copula = next((j for j in range(k - 2, -1, -1) if tokens[j].lower in gram.copulas), None)
        if action is None or copula is None:
            continue
        if copula > 0 and tokens[copula - 1].lower in gram.pronouns | gram.speaker_pronouns:
            resolved = resolve_pronoun(copula - 1)  # 'they are far more likely to recommend us'
            subjects = [resolved] if resolved is not None else []
        else:
            subject = next((c for c in range(len(view.chunks) - 1, -1, -1)
                            if view.chunks[c].end <= copula and not in_pp(view, c, gram)), None)
            subjects = _mentions(view, group_left(view, subject, 0, gram)) if subject is not None else []
        relation = "increases" if before in gram.upward_words else "decreases"
        cls, at = action
        out += [Found(s, relation, class_mention(view, at, cls), 0.65, False, "likelihood") for s in subjects]
    return out


def _comparative(view: SentenceView, k: int, gram: Grammar, lex: Lexicon) -> int:
    """The comparative adjective at ``k``, or the state adjective right after a periphrastic
    'more'/'mer'/'mehr' ('the more loyal the customers', 'jo mer lojale kunder')."""
    tokens = view.tokens
    if k + 1 < len(tokens) and (tokens[k].lower in gram.upward_words or tokens[k].lower in gram.downward_words) \
            and view.chunk_at[k + 1] is None and lex.state(tokens[k + 1].lower, tokens[k + 1].lemma):
        return k + 1
    return k


def _with_state(view: SentenceView, ci: int, comparative: int, lex: Lexicon) -> Mention:
    """'the happier the customer': the comparative's state qualifies the class (SatisfiedCustomer)."""
    head = view.chunks[ci].head
    if head.kind is not CLASS or comparative >= len(view.tokens):
        return head
    tok = view.tokens[comparative]
    state = lex.state(tok.lower, tok.lemma)
    if not state or not view.chunks[ci].start > comparative:
        return head
    span = Span(tok.span.start, head.span.end)
    label = f"{lex.labels.get(state, tok.lemma)} {view.tokens[view.chunks[ci].end - 1].lemma}"
    return Mention(span, view.doc.slice(span), QUALIFIED, state + head.key, head.lang,
                   base=head.key, state=state, label=label)


def _near(view: SentenceView, ci: int, start: int, gram: Grammar) -> bool:
    """After the marker's comparative only a verb and determiners may precede the noun:
    'desto größer sind die Erwartungen' is about a concept, 'desto mindre følsom er kunden' is not."""
    between = range(start + 1, view.chunks[ci].start)
    return len(between) <= 3 and all(
        view.tokens[k].lower in gram.copulas or view.tokens[k].lower in gram.auxiliaries
        or view.tokens[k].lower in gram.determiners
        for k in between
    )


def _first_chunk(view: SentenceView, start: int, end: int) -> int | None:
    for k in range(start, end):
        if view.chunk_at[k] is not None:
            return view.chunk_at[k]
    return None


def without(view: SentenceView, gram: Grammar, lex: Lexicon, resolve_pronoun: Resolver) -> list[Found]:
    """'Uten kunder tjener ikke organisasjonen penger' / 'Without X, no Y' → Y requires X."""
    tokens = view.tokens
    if gram.without.isdisjoint(view.words):
        return []  # (most sentences: no token to look at)
    if not tokens or tokens[0].lower not in gram.without and not (
        len(tokens) > 1 and tokens[1].lower in gram.without and not tokens[0].is_word
    ):
        start = next((i for i, t in enumerate(tokens) if t.lower in gram.without and i > 0 and tokens[i - 1].text in ",;"), None)
        if start is None:
            return []
    else:
        start = 0 if tokens[0].lower in gram.without else 1
    k = start + 1
    needed: list[Mention] = []
    ci = view.chunk_at[k] if k < len(tokens) else None
    if ci is not None:
        needed = _mentions(view, group_right(view, ci, len(tokens), gram))
        k = view.chunks[ci].end
    elif k < len(tokens) and tokens[k].lower in gram.pronouns:
        resolved = resolve_pronoun(k)
        needed = [resolved] if resolved else []
        k += 1
    if not needed:
        return []
    rest = range(k, len(tokens))
    if not negated_between(view, k, len(tokens), gram):
        return []
    chunks = [c for c in dict.fromkeys(view.chunk_at[j] for j in rest) if c is not None]
    # 'Uten fornøyde ansatte får vi ingen fornøyde kunder': the thing there is none of needs X
    owners = [c for c in chunks if np_negated(view, c, gram)] + [
        c for c in chunks if not np_negated(view, c, gram)
        and not (view.chunks[c].head.kind is CONCEPT and not view.chunks[c].head.base)]
    if not owners:
        return []
    owner = view.chunks[owners[0]].head
    return [Found(owner, "requires", x, 0.65, False, "without") for x in needed if x.key != owner.key]


# 'in' before a list of names: the names are places ('i Solbakken, Nordby og Kvernhaugen')
LOCATIVE_IN = frozenset("i in im".split())


def context_types(view: SentenceView, gram: Grammar, typed: set[str], company_context: bool) -> list[Found]:
    """A list of three or more untyped names in a text about companies names companies."""
    out: list[Found] = []
    if not company_context:
        return out
    seen: set[int] = set()
    for ci, chunk in enumerate(view.chunks):
        if ci in seen or chunk.head.kind is not NAMED:
            continue
        group = group_right(view, ci, len(view.tokens), gram)
        seen.update(group)
        named = [view.chunks[c].head for c in group if view.chunks[c].head.kind is NAMED]
        if len(named) < 3 or any(len(m.text.split()[0].rstrip(".")) == 1 for m in named):
            continue
        if chunk.start > 0 and view.tokens[chunk.start - 1].lower in gram.agent_prepositions:
            continue  # 'the model proposed by Schmittlein, Morrison and Colombo': authors, not companies
        if chunk.start > 0 and view.tokens[chunk.start - 1].lower in LOCATIVE_IN:
            continue  # 'alle husstander i Solbakken, Nordby og Kvernhaugen': places, not companies
        for m in named:
            if m.key not in typed:
                span = Span(m.span.start, m.span.end)
                cls = Mention(span, m.text, CLASS, "Company", m.lang)
                out.append(Found(m, "type", cls, 0.5, False, "context"))
    return out


# Verbs of change (lemmas) for 'When X falls, Y rises' (LINGUISTICS.md §7, proportional frames).
CHANGE_UP = frozenset(
    "øke stige vokse gå_opp öka stiga växa øge vokse steigen wachsen zunehmen anwachsen increase rise grow "
    "climb rose risen grew grown".split()
)
CHANGE_DOWN = frozenset(
    "falle synke minke avta minska sjunka falla avta falde mindske aftage fallen sinken abnehmen zurückgehen "
    "fall drop decline decrease shrink fell fallen shrank".split()
)
WHEN = frozenset("når hvis dersom när om ifall wenn falls sobald je when whenever if as".split())
CLAUSE_BREAKS = frozenset(":;")


def covariation(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """'Når medarbejdertilfredsheden falder, stiger antallet af klager' → X decreases Y;
    two verbs of change in a when-clause and its main clause tie their subjects together."""
    tokens = view.tokens
    # the when-clause opens the sentence, or the clause after a colon or semicolon ('hænger
    # sammen: Når X falder, stiger Y')
    opening = next((k for k in range(len(tokens)) if tokens[k].lower in WHEN
                    and (k == 0 or tokens[k - 1].text in CLAUSE_BREAKS)), None)
    if opening is None:
        return []
    end = next((i for i in range(opening + 1, len(tokens)) if tokens[i].text in CLAUSE_BREAKS), len(tokens))
    comma = next((i for i in range(opening + 1, end) if tokens[i].text == ","), None)
    if comma is None:
        return []
    first = reported_change(view, opening + 1, comma)
    second = reported_change(view, comma + 1, end)
    if first is None or second is None:
        return []
    (x, up_x), (y, up_y) = first, second
    relation = "increases" if up_x == up_y else "decreases"
    return [Found(x, relation, y, 0.65, False, "covariation")]


_CHANGE_VERB_OF: dict[tuple[str, str], str] = {}  # (form, lemma) → _change_verb's answer: asked of every word


def _change_verb(view: SentenceView, k: int) -> str:
    """The verb of change (CHANGE_UP or CHANGE_DOWN) token ``k`` is a form of, else ''."""
    tok = view.tokens[k]
    known = _CHANGE_VERB_OF.get((tok.lower, tok.lemma))
    if known is None:
        if len(_CHANGE_VERB_OF) >= 100_000:
            _CHANGE_VERB_OF.clear()
        known = _CHANGE_VERB_OF[tok.lower, tok.lemma] = next(
            (form for form in (tok.lemma, tok.lower, tok.lower[:-1], tok.lower[:-2] + "a")  # falder → falde, stiger → stige
             if form in CHANGE_UP or form in CHANGE_DOWN), "")
    return known


def reported_change(view: SentenceView, start: int, end: int) -> tuple[Mention, bool] | None:
    """The mention whose change a clause reports (X rises / stiger X), and whether it goes up."""
    verb = next((k for k in range(start, end) if _change_verb(view, k)), None)
    if verb is None:
        return None
    up = _change_verb(view, verb) in CHANGE_UP
    chunks = [view.chunk_at[k] for k in range(start, end) if view.chunk_at[k] is not None]
    if not chunks:
        return None
    before = [c for c in chunks if c is not None and view.chunks[c].end <= verb]
    after = [c for c in chunks if c is not None and view.chunks[c].start > verb]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        return None
    if view.sentence.lang == "de" and (owner := genitive_owner(view, chosen)) is not None:
        chosen = owner  # 'Die Zufriedenheit [der Gäste] stieg': what rose is the satisfaction
    return view.chunks[chosen].head, up


def _clause_start(view: SentenceView, k: int) -> int:
    """Where the clause holding token ``k`` starts: after the last comma before it."""
    return next((i + 1 for i in range(k - 1, -1, -1) if view.tokens[i].text in ",;:"), 0)


def _change_after_cause(view: SentenceView, k: int, after: int, gram: Grammar) -> tuple[Mention, bool] | None:
    """German cause phrase before its verb of change: 'Dank X stieg Y' (V2 after the fronted phrase),
    'Y ist dank X gestiegen' (the participle closes the clause). The changed thing is the clause's
    first noun phrase outside the cause phrase and outside other prepositional phrases."""
    start = _clause_start(view, k)
    end = next((i for i in range(after, len(view.tokens)) if view.tokens[i].text in ",;:"), len(view.tokens))
    verb = next((i for i in range(after, end) if _change_verb(view, i)), None)
    if verb is None:
        return None
    chunks = [c for c in dict.fromkeys(view.chunk_at[i] for i in (*range(start, k), *range(after, end)))
              if c is not None and not in_pp(view, c, gram)]
    if not chunks:
        return None
    return view.chunks[chunks[0]].head, _change_verb(view, verb) in CHANGE_UP


CAUSES: tuple[Phrase, ...] = (*CAUSE_PHRASES, ("due", "to"), ("owing", "to"))
CAUSE_FIRST_WORDS = frozenset(p[0] for p in CAUSES)


# German names the cause of an intransitive change with 'durch' too: 'Die Zufriedenheit stieg durch
# die neue App' (with a transitive verb 'durch' is the passive's agent, which _change does not read).
GERMAN_CHANGE_CAUSES = frozenset({"durch"})


def causes(view: SentenceView, gram: Grammar) -> list[Found]:
    """'Omsättningen ökade med 6 procent, främst tack vare den nya butiken' → the shop increases
    revenue: a verb of change, then a prepositional phrase of its cause. German may put the cause
    first: 'Dank der App stieg die Zufriedenheit', 'Die Zufriedenheit ist dank der App gestiegen'."""
    german = view.sentence.lang == "de"
    if view.words.isdisjoint(CAUSE_FIRST_WORDS) and not (german and not view.words.isdisjoint(GERMAN_CHANGE_CAUSES)):
        return []  # (most sentences give no cause)
    tokens = view.tokens
    for k in range(len(tokens)):
        length = phrase_at(view, k, CAUSES) or int(german and tokens[k].lower in GERMAN_CHANGE_CAUSES)
        if not length:
            continue
        change = reported_change(view, 0, k)
        j = k + length
        while j < len(tokens) and view.chunk_at[j] is None and (
                (low := tokens[j].lower) in gram.determiners or low in gram.adjectives or low in gram.upward_words
                or low in gram.downward_words or low in gram.adverbs
                or is_adjective_like(tokens[j], view.sentence.lang, lexicon(view.sentence.lang))):
            j += 1
        if j >= len(tokens) or view.chunk_at[j] is None:
            return []
        group = group_right(view, view.chunk_at[j], len(tokens), gram)  # type: ignore[arg-type]
        if change is None and german:
            change = _change_after_cause(view, k, view.chunks[group[-1]].end, gram)
        if change is None:
            return []
        (changed, up) = change
        cause = [view.chunks[c].head for c in group]
        negated = negated_between(view, 0, k, gram)
        return [Found(c, "increases" if up else "decreases", changed, 0.65, negated, "cause")
                for c in cause if c.key != changed.key]
    return []


# Languages whose fronted frame nouns are read ('Der Schlüssel zur Bindung ist X'); the others
# have the same construction ('Nøkkelen til lojalitet er X') and may join when tested.
FRONTED_FRAME_LANGS = frozenset({"de"})
# The frames read with their noun first: causes, conditions and effects. Role nouns keep the copula's
# reading ('Die Kunden der X GmbH sind Architekten' says what kind of customers they are).
CAUSAL_RELATIONS = frozenset("increases decreases influences requires creates".split())
# A compound's first part that keeps the frame: 'Hauptgrund für', 'Hauptursache der'.
FRAME_PREFIXES = ("haupt",)


def _frame_noun_cues(view: SentenceView, k: int, lex: Lexicon) -> list[Cue]:
    """The copula frames ('sein Schlüssel zu', 'sein Ursache für') whose noun token ``k`` is."""
    low = view.tokens[k].lower if view.tokens[k].lower in lex.cues else view.tokens[k].lemma.lower()
    nouns = {low, *(low[len(p):] for p in FRAME_PREFIXES if low.startswith(p))}
    return [cue for copula in COPULA_LEMMAS for cue in lex.cues.get(copula, ())
            if len(cue.words) == 3 and cue.words[1] in nouns and cue.relation in CAUSAL_RELATIONS]


def _np_after(view: SentenceView, k: int, gram: Grammar) -> int | None:
    """The chunk that starts a noun phrase at token ``k`` (determiners, adjectives, adverbs before it)."""
    tokens = view.tokens
    while k < len(tokens) and view.chunk_at[k] is None and (
            tokens[k].lower in gram.determiners or tokens[k].lower in gram.adjectives or tokens[k].lower in gram.adverbs
            or tokens[k].lower in gram.negators or is_adjective_like(tokens[k], view.sentence.lang, lexicon(view.sentence.lang)) or phrase_at(view, k, gram.hyponym_markers)):
        k += max(phrase_at(view, k, gram.hyponym_markers), 1)
    return view.chunk_at[k] if k < len(tokens) else None


def fronted_frames(view: SentenceView, gram: Grammar, lex: Lexicon) -> tuple[list[Found], Mention | None]:
    """A copula frame with its noun first: 'Der Schlüssel zur Kundenbindung ist guter Service',
    'Ursache der Beschwerden war die lange Lieferzeit', 'Voraussetzung für Vertrauen ist
    Ehrlichkeit': the same triple as 'X ist der Schlüssel zu Y' (LINGUISTICS.md §1.2). Also returns
    the frame noun, which is no hypernym of X."""
    tokens = view.tokens
    if view.sentence.lang not in FRONTED_FRAME_LANGS or len(tokens) < 5:
        return [], None
    k = 0
    while k < len(tokens) and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k += 1
    noun = view.chunk_at[k] if k < len(tokens) else None
    if k + 1 >= len(tokens) or noun is not None and view.chunks[noun].end != k + 1:
        return [], None
    after = k + 1  # (the frame word may be an adjective: 'Entscheidend für X ist Y')
    link = tokens[after].lower
    link = PREPOSITION_OF_CONTRACTION.get(link, link)
    genitive = tokens[after].lower in GENITIVE_DETERMINERS
    cues = [c for c in _frame_noun_cues(view, k, lex)
            if c.words[2] == link or genitive and c.words[2] in GENITIVE_PREPOSITIONS]
    y = _np_after(view, after + (0 if genitive else 1), gram)  # ('zur' holds its article)
    if not cues or y is None:
        return [], None
    ys = group_right(view, y, len(tokens), gram)
    j = view.chunks[ys[-1]].end
    while j < len(tokens) and view.chunk_at[j] is None and tokens[j].lower in gram.adverbs:
        j += 1
    if j >= len(tokens) or tokens[j].lemma not in COPULA_LEMMAS or tokens[j].lower not in gram.copulas:
        return [], None
    x = _np_after(view, j + 1, gram)
    if x is None:
        return [], None
    xs = group_right(view, x, len(tokens), gram)
    cue = cues[0]
    negated = negated_between(view, 0, view.chunks[xs[0]].start, gram)
    out = []
    for xi in xs:
        for yi in ys:
            cause, effect = view.chunks[xi].head, view.chunks[yi].head
            s, o = (effect, cause) if cue.inverse else (cause, effect)
            if s.key != o.key:
                out.append(Found(s, cue.relation, o, 0.8, negated, "fronted-frame"))
    return out, view.chunks[noun].head if noun is not None else None


def _negator_before(view: SentenceView, end: int, gram: Grammar) -> int | None:
    """The clause's one negator before token ``end`` (not 'nicht nur'), with a comma after it."""
    found = [i for i in range(end) if negated_between(view, i, i + 1, gram)]
    if len(found) != 1 or not any(view.tokens[i].text == "," for i in range(found[0], end)):
        return None
    return found[0]


def _names_a_kind(view: SentenceView, ci: int, start: int) -> bool:
    """A corrective's noun names a kind: indefinite, not evaluative, not relational ('sondern ein
    Teil [unseres Geschäfts]', 'sondern [ihr] Sinn und Zweck' say what it is to something)."""
    head, end = view.chunks[ci].head, view.chunks[ci].end
    articles = [t.lower for t in view.tokens[start + 1 : view.chunks[ci].start]]
    return head.key not in EVALUATIVE_NOUNS | SLOT_NOUNS and not any(a in POSSESSIVE_PRONOUNS for a in articles) \
        and not (end < len(view.tokens) and (view.tokens[end].lower in GERMAN_GENITIVE or view.tokens[end].lower == "von"))


def corrections(view: SentenceView, found: list[Found], gram: Grammar) -> list[Found]:
    """German corrective coordination, 'nicht X, sondern Y' / 'kein X, sondern Y': the negator
    negates X alone, so the clause's other statements hold, and Y takes X's place in a statement
    that holds ('Wir kaufen nicht bei A, sondern bei B' → we buy, from B, not from A)."""
    if view.sentence.lang != "de" or "sondern" not in view.words:
        return found
    tokens = view.tokens
    for s in (i for i, t in enumerate(tokens) if t.lower == "sondern"):
        if s + 1 < len(tokens) and tokens[s + 1].lower in ("auch", "ebenso"):
            continue  # 'nicht nur X, sondern auch Y' adds, it does not correct
        n = _negator_before(view, s, gram)
        k = s + 1
        while k < len(tokens) and view.chunk_at[k] is None and (
                tokens[k].lower in gram.prepositions or tokens[k].lower in gram.determiners
                or tokens[k].text.islower() and is_adjective_like(tokens[k], "de", lexicon("de"))):
            k += 1
        if n is None or k >= len(tokens) or view.chunk_at[k] is None:
            continue
        y_chunks = group_right(view, view.chunk_at[k], len(tokens), gram)  # type: ignore[arg-type]
        ys = [view.chunks[c].head for c in y_chunks]
        kinds = [y for c, y in zip(y_chunks, ys) if _names_a_kind(view, c, s)]
        x_start, x_end = tokens[n].span.start, tokens[s].span.start

        def in_x(m: Mention) -> bool:
            return x_start <= m.span.start < x_end

        out: list[Found] = []
        for f in found:
            if not f.negated or f.subject.span.start >= x_end and f.object.span.start >= x_end:
                out.append(f)
            elif f.relation in ("broader", "type"):  # 'ist keine Beschwerde, sondern eine Rückmeldung'
                out += [f, *(replace(f, object=y, negated=False) for y in kinds if in_x(f.object))]
            elif in_x(f.object):
                out += [f, *(replace(f, object=y, negated=False) for y in ys if y.key != f.subject.key)]
            elif in_x(f.subject):
                out += [f, *(replace(f, subject=y, negated=False) for y in ys if y.key != f.object.key)]
            else:
                out.append(replace(f, negated=False))  # 'Wir kaufen [die Ware] nicht bei A, sondern bei B'
        found = out
    return found


DEFINITION_OPENERS = frozenset("ved med unter by".split())
DEFINITION_VERBS = frozenset("forstås menes avses förstås forstår versteht verstehen mean means meant understood".split())


def definition(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """'Ved kundeloyalitet forstås Y', 'Med X menes Y', 'Unter X versteht man Y' → X broader Y's head."""
    tokens = view.tokens
    if len(tokens) < 4 or tokens[0].lower not in DEFINITION_OPENERS or view.chunk_at[1] is None:
        return []
    x = view.chunk_at[1]
    assert x is not None
    k = view.chunks[x].end
    if k >= len(tokens) or tokens[k].lower not in DEFINITION_VERBS:
        return []
    k += 1
    while k < len(tokens) and view.chunk_at[k] is None and (
        tokens[k].lower in gram.pronouns or tokens[k].lower in gram.speaker_pronouns or skippable(view, k, gram)
        or tokens[k].lower in ("man",)
    ):
        k += 1
    y = view.chunk_at[k] if k < len(tokens) else None
    if y is None:
        return []
    last = tokens[view.chunks[y].end - 1]
    if last.lower.endswith(("s", "'s")) and view.chunks[y].end < len(tokens) and view.chunk_at[view.chunks[y].end] is not None:
        y = view.chunk_at[view.chunks[y].end]  # 'en kundes tilbøjelighed': the genitive's head
        assert y is not None
    if len(group_right(view, y, len(tokens), gram)) >= 2:
        return []  # 'Med kvalitet avses servicekvalitet, tillgänglighet och förmåga': its parts, not its kind
    return [Found(view.chunks[x].head, "broader", view.chunks[y].head, 0.75, False, "definition")]


# Nominal frames (LINGUISTICS.md §1.1): 'medarbeiderne i Fjellvant', 'Mitarbeiter bei X', 'employees of X'
# → worksFor; 'kundene hos X', 'Kunden von X', 'customers of X', 'Telenors kunder', 'X's customers' → customerOf.
FRAME_PREPOSITIONS = {
    # ('vd för X', 'direktør for X'; not 'in': 'Mitarbeiter in Thüringen', 'staff in Leeds' name places)
    "worksFor": frozenset("i hos på ved bei von für för for at of with".split()),
    "customerOf": frozenset("hos til av för for bei von of at".split()),
}
EMPLOYER_ONLY = "employer-only"  # a frame's pattern that names an organisation, not a relation to state
FRAME_HEADS = {"Employee": "worksFor", "Manager": "worksFor", "Customer": "customerOf",
               "BusinessCustomer": "customerOf", "Consumer": "customerOf"}


ORGANISATIONS = frozenset("Organization Company Bank Shop Hospital Supplier PublicOrganization Retailer Producer".split())


def _organisation(m: Mention) -> bool:
    return m.kind is NAMED or (m.key if m.kind is CLASS else m.base) in ORGANISATIONS


def _predicate_noun(view: SentenceView, start: int) -> bool:
    """The noun phrase at ``start`` is what something is regarded as ('is seen as a driver of CLV'):
    the frame names no one who works or buys there. (After a copula it may: 'I have been a regular
    customer of Hollin Lane' states that a regular customer buys there.)"""
    return start >= 2 and view.tokens[start - 1].lower in INDEFINITE_ARTICLES and view.tokens[start - 2].lower in ROLE_WORDS


def frames(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """Employees and customers of a named organisation, by preposition or genitive."""
    out: list[Found] = []
    tokens = view.tokens
    for ci, chunk in enumerate(view.chunks):
        head = chunk.head
        base = head.key if head.kind is CLASS else head.base
        relation = FRAME_HEADS.get(base)
        if relation is None:
            continue
        k = chunk.end
        genitive = view.sentence.lang == "de" and k + 1 < len(tokens) and tokens[k].lower in ("der", "des") \
            and view.chunk_at[k + 1] is not None and view.chunks[view.chunk_at[k + 1]].head.kind is NAMED
        if k + 1 < len(tokens) and (tokens[k].lower in FRAME_PREPOSITIONS[relation] or genitive):
            # ('die Mitarbeiter der Hollmann Haustechnik GmbH': a German genitive works as the preposition)
            j = k + 1
            while j < len(tokens) and view.chunk_at[j] is None and (
                tokens[j].lower in gram.determiners or tokens[j].lower in gram.adjectives
            ):
                j += 1
            org = view.chunk_at[j] if j < len(tokens) else None
            if org is not None and _organisation(view.chunks[org].head) and not _former(view, ci) \
                    and not _predicate_noun(view, chunk.start):
                named = apposed_name(view, ci, gram)  # 'Annika Strömberg, handelsrådgivare på X': she works there
                if named is None or relation != "worksFor":
                    # 'Herr Albers ist Vertriebsleiter bei X', 'Anna Roth ist Kundin bei X': the name's role
                    named = _copula_name(view, ci, gram)
                    if named is None and view.sentence.lang == "de" and _copula_before(view, ci, gram) is not None:
                        continue  # 'Seit Jahren sind Sie Kunde bei X': the copula's cue says who is
                if named is None and relation == "worksFor":
                    named = _trailing_name(view, org, lex)  # 'siger direktør i X, Henrik Dahl.'
                who = view.chunks[named].head if named is not None else head
                founded = view.sentence.lang == "de" and tokens[chunk.end - 1].lower in FOUNDER_NOUNS
                # ('Helga Wernicke, Gründerin von Papier Wernicke': she created it)
                out.append(Found(who, "creates" if founded else relation, view.chunks[org].head, 0.7, False, "frame"))
        elif relation == "worksFor" and k + 1 < len(tokens) and tokens[k].lower in PARTITIVE_OF \
                and (org := view.chunk_at[k + 1]) is not None and view.chunks[org].head.kind is NAMED:
            # 'grundare av Skördekassen', 'indehaver af Garnkurven': X is an organisation, though
            # its founder or owner is not said to work for it
            out.append(Found(head, relation, view.chunks[org].head, 0.5, False, EMPLOYER_ONLY))
        # genitive before: 'Telenors kunder', "Harbourline's management"
        k = chunk.start - 1
        if k > 0 and tokens[k].lower in ("'s", "’s", "'", "’"):
            k -= 1  # English possessive: "Harbourline's management"
        prev = view.chunk_at[k] if k >= 0 else None
        if prev is not None and view.chunks[prev].head.kind is NAMED:
            last = tokens[view.chunks[prev].end - 1].text
            if k < chunk.start - 1 or last.endswith("s"):
                out.append(Found(head, relation, view.chunks[prev].head, 0.7, False, "genitive"))
    return out


def _trailing_name(view: SentenceView, org: int, lex: Lexicon) -> int | None:
    """A person's name after a comma behind 'role at ORG', closing the phrase: 'siger direktør i
    Forbrugerforum Danmark, Henrik Dahl.', 'says head of sales at Acme, Jane Roe, who ...'."""
    k = view.chunks[org].end
    if k + 1 >= len(view.tokens) or view.tokens[k].text != "," or (ci := view.chunk_at[k + 1]) is None:
        return None
    chunk = view.chunks[ci]
    closes = chunk.end >= len(view.tokens) or not view.tokens[chunk.end].is_word
    first = view.tokens[chunk.start].text
    return ci if chunk.head.kind is NAMED and closes and (first in GIVEN_NAMES or person_like(view, chunk, lex)) else None


def _copula_before(view: SentenceView, ci: int, gram: Grammar) -> int | None:
    """The copula chunk ``ci`` is the predicate of (its article, adjectives and a date between:
    'ist seit 2010 Kunde'), else None."""
    k = view.chunks[ci].start - 1
    while k > 0 and view.tokens[k].is_word and view.tokens[k].lower not in gram.copulas \
            and (view.chunk_at[k] is None or view.tokens[k].lemma.lower() in TIME_NOUNS) \
            and (view.tokens[k].lower in gram.determiners or view.tokens[k].text[:1].islower()
                 or view.tokens[k].text.isdigit() or view.tokens[k].lemma.lower() in TIME_NOUNS
                 or view.tokens[k].lower in gram.pronouns):
        k -= 1  # (its article and adjectives, a time phrase, a V2 subject: 'sind Sie seit Jahren Kunde')
    return k if k >= 1 and view.tokens[k].lower in gram.copulas else None


def _copula_name(view: SentenceView, ci: int, gram: Grammar) -> int | None:
    """The name a copula says chunk ``ci`` is (its modifiers between): 'Kari Holm er rådgiver',
    'Herr Albers ist Vertriebsleiter'."""
    k = _copula_before(view, ci, gram)
    if k is None:
        return None
    name = view.chunk_at[k - 1]
    return name if name is not None and view.chunks[name].head.kind is NAMED else None


def _former(view: SentenceView, ci: int) -> bool:
    """German: an adjective of a past role stands before chunk ``ci`` or inside it ('ehemaliger
    Vertriebsleiter der Hessing AG'): the person does not work there now."""
    if view.sentence.lang != "de":
        return False
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].text.islower() and view.tokens[k].lower not in FORMER:
        k -= 1  # (other adjectives before it: 'ehemaliger langjähriger Leiter')
    return k >= 0 and view.tokens[k].lower in FORMER \
        or any(t.lower in FORMER for t in view.tokens[view.chunks[ci].start : view.chunks[ci].end])


def memberships(view: SentenceView, gram: Grammar, lex: Lexicon, resolve_pronoun: Resolver) -> list[Found]:
    """German 'Zu unseren Kunden gehören mehr als 40 Großhändler', 'Zu den Kunden der X GmbH zählen
    Hotels und Kliniken' → each member customerOf the owner (the genitive, or whom the possessive
    stands for); 'Zu unseren Stärken gehört die Beratung' → the member broader the kind (a name: type)."""
    tokens = view.tokens
    if view.sentence.lang != "de" or len(tokens) < 5 or tokens[0].lower not in ("zu", "zum", "zur") \
            or view.words.isdisjoint(MEMBERSHIP_VERBS):
        return []
    k = 1
    while k < len(tokens) and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k += 1
    kind = view.chunk_at[k] if k < len(tokens) else None
    if kind is None:
        return []
    owner: Mention | None = None
    possessive = next((j for j in range(1, k) if tokens[j].lower in gram.speaker_pronouns or tokens[j].lower in POSSESSIVE_PRONOUNS), None)
    j = view.chunks[kind].end
    if j + 1 < len(tokens) and (tokens[j].lower in ("von", "vom") or tokens[j].lower in ("der", "des")) \
            and (o := _next_chunk(view, j + 1, len(tokens), gram)) is not None:
        owner, j = view.chunks[o].head, view.chunks[o].end  # 'Zu den Kunden der Brotwerk GmbH'
    elif possessive is not None:
        owner = resolve_pronoun(possessive)  # 'Zu unseren Kunden', 'Zu ihren Kunden'
    if j >= len(tokens) or tokens[j].lower not in MEMBERSHIP_VERBS or negated_between(view, j, len(tokens), gram):
        return []
    k = j + 1
    while k < len(tokens) and view.chunk_at[k] is None and (
            tokens[k].text[:1].isdigit() or tokens[k].lower in APPROXIMATE_WORDS or skippable(view, k, gram)):
        k += 1  # 'gehören [mehr als 40] Großhändler'
    first = view.chunk_at[k] if k < len(tokens) else None
    if first is None:
        return []
    members = _mentions(view, group_right(view, first, len(tokens), gram))
    head = view.chunks[kind].head
    relation = FRAME_HEADS.get(head.key if head.kind is CLASS else head.base)
    if relation == "customerOf":
        return [Found(m, "customerOf", owner, 0.7, False, "membership") for m in members
                if owner is not None and m.key != owner.key]
    return [Found(m, "type" if m.kind is NAMED else "broader", head, 0.7, False, "membership") for m in members
            if m.key != head.key]


def classifications(view: SentenceView, gram: Grammar, lex: Lexicon) -> list[Found]:
    """'X regnes som Y', 'X wird als Y bezeichnet' → X broader Y; and the elliptic
    'kunder er klassifisert som eksterne eller interne' → ExternalCustomer, InternalCustomer broader Customer
    (each adjective with X's noun makes a class the ontology names)."""
    out: list[Found] = []
    tokens = view.tokens
    starts = phrase_index(gram.classify_markers)
    if starts.keys().isdisjoint(view.words):
        return out  # (most sentences: no token to look at)
    for i in range(len(tokens)):
        size = phrase_at(view, i, gram.classify_markers) if tokens[i].lower in starts else 0
        if not size:
            continue
        k = i - 1
        while k >= 0 and view.chunk_at[k] is None and (skippable(view, k, gram) or tokens[k].lower in gram.copulas):
            k -= 1
        x = view.chunk_at[k] if k >= 0 else None
        if x is None:
            continue
        hyponym = view.chunks[x].head
        noun = tokens[view.chunks[x].end - 1].lemma
        adjectives: list[int] = []
        j = i + size
        while j < len(tokens) and tokens[j].text not in ".;:!?":
            if tokens[j].is_word and tokens[j].lower not in gram.coordinators:
                cls = lex.multi.get((tokens[j].lemma, noun)) or lex.multi.get((tokens[j].lower, noun))
                if not cls:
                    break
                adjectives.append(j)
                if cls != hyponym.key:
                    span = tokens[j].span
                    kind = Mention(span, view.doc.slice(span), CLASS, cls, view.sentence.lang)
                    out.append(Found(kind, "broader", hyponym, 0.7, False, "classification"))
            j += 1
        y = _next_chunk(view, i + size, len(tokens), gram)
        if not adjectives and y is not None and _is_definable(view, y, True) and hyponym.kind is not NAMED:
            for m in _mentions(view, group_right(view, y, len(tokens), gram)):
                if m.key != hyponym.key:
                    out.append(Found(hyponym, "broader", m, 0.75, False, "classification"))
    return out
