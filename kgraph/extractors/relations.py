"""Verbal relation patterns: a cue from the ontology, its subject and object, voice and polarity.

For each cue (``kjøpe``, ``føre til``, ``beitragen zu``, ``depend on``) found in a sentence:
the clause around it; the subject (the mention before the verb, the antecedent of a relative
pronoun, or after the verb under V2 inversion); the object (the first mention after the cue);
coordinated mentions on either side; passive voice (agent after av/af/von/by) and inverse cues
swap the roles; a clause negator marks the statement negated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kgraph.extractors.clauses import (
    HARD_STOPS,
    REFLEXIVES,
    Region,
    adjective_comma,
    announced_clause,
    clause_region,
    cleft_copula,
    group_left,
    group_right,
    in_adverbial_phrase,
    in_aside,
    is_passive,
    list_comma,
    negated_between,
    np_negated,
    opens_clause,
    phrase_at,
    reflexive,
    skippable,
)
from kgraph.extractors.mentions import (
    INDEFINITE_ARTICLES,
    PARTITIVE_OF,
    PARTITIVES,
    QUANTITY_WORDS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TRANSPARENT_NOUNS,
    SentenceView,
    definite_noun,
    is_adjective_like,
    ly_adverb,
    marker_tokens,
    organisation_name,
    partitive_of,
    partitive_pronoun,
)
from kgraph.frozen import fast_init
from kgraph.grammar import Grammar, grammar, phrase_index
from kgraph.grammar.de import (
    ANNOUNCED_CLAUSE_OPENERS,
    BYLINE_SEPARATORS,
    CIRCUMPOSITIONS,
    HELPING_VERBS,
    INFINITIVE_CONJUNCTIONS,
)
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import CLASS, CONCEPT, NAMED, QUALIFIED, Mention, Token
from kgraph.ontology import Cue, agent_classes, organisation_classes
from kgraph.tokens import lemma as lemma_of

# Free relatives that stand for anyone: 'Wer bei Reuschel ein E-Bike kauft, ...', 'Whoever buys ...'.
FREE_RELATIVES = frozenset({"wer", "whoever"})
# German preposition + article in one word: 'trägt zur Kundenbindung bei' is 'beitragen zu'.
GERMAN_CONTRACTIONS = {"zu": ("zur", "zum"), "in": ("im", "ins"), "an": ("am", "ans"), "bei": ("beim",), "von": ("vom",)}
CONTRACTED_PREPOSITIONS = frozenset(w for forms in GERMAN_CONTRACTIONS.values() for w in forms)  # zur, im, beim
PREPOSITION_OF_CONTRACTION = {w: p for p, forms in GERMAN_CONTRACTIONS.items() for w in forms}  # zur → zu
LOCATIVE = frozenset("i in på on at an im am".split())  # 'buys ... in many countries' is a place
SUBJECT_RELATIVES = frozenset({"who"})  # English 'who' is a subject; the object form is 'whom'
# Relations whose subject acts (people, organisations): weak cues need such a subject.
AGENTIVE = frozenset("buys sells customerOf serves competesWith competesFor worksFor expects wants uses".split())
PURPOSE = frozenset("for för um order".split())  # for å / för att / for at / um ... zu / in order to
INFINITIVE_MARKERS = {"nb": frozenset({"å"}), "da": frozenset({"at"}), "sv": frozenset({"att"}),
                      "de": frozenset({"zu"}), "en": frozenset({"to"})}
ROLE_WORDS = frozenset("som als as".split())
MEET = frozenset("møte möta møde meet".split())  # serves a person, fulfils a need
# particle verbs of receiving and looking after (the first two words of the cue): they serve people,
# but take in calls and cases too
RECEIVE = frozenset({("ta", "emot"), ("ta", "imot"), ("tage", "imod"), ("ta", "hand"), ("ta", "vare"), ("tage", "vare")})
OBJECT_PRONOUNS = frozenset("ihn ham honom them".split())
SCANDINAVIAN_OBJECTS = frozenset("dem henne hende".split())  # (German 'dem' is an article)
OBJECT_PRONOUNS_EN = frozenset("us them me you him her".split())  # unambiguous object forms only
FIRST_PERSON_OBJECTS = frozenset("meg mig mich mir me".split())
SECOND_PERSON_OBJECTS = frozenset("deg dig dej dich dir ihnen you".split())  # 'vi hjelper deg', 'helfen Ihnen'
COMPLEMENTIZERS = frozenset({"at", "att", "dass", "that"})  # 'kräver att ledningen går före'
GERMAN_NOMINATIVE_RELATIVES = frozenset({"der", "die", "das", "welcher", "welche", "welches", "was"})
MAX_CUE_GAP = 3  # words allowed between the parts of a multiword cue (kjøper varer fra X)
MAX_COPULA_GAP = 7  # after a copula the gap may hold an inverted subject: er [den gode kontakten] avgjørende for
COPULA_LEMMAS = frozenset({"være", "vara", "sein", "be", "bli", "bliva", "blive", "werden", "become"})
AMBIGUOUS_PENALTY = 0.15


@fast_init
@dataclass(frozen=True, slots=True)
class Found:
    """A relation found in one sentence, before it becomes an Assertion."""

    subject: Mention
    relation: str
    object: Mention
    score: float
    negated: bool
    pattern: str


@fast_init
@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    first: int  # token index of the first cue word (the verb)
    last: int  # token index of the last cue word
    tokens: frozenset[int]
    gap_chunks: tuple[int, ...]


Resolver = Callable[[int], Mention | None]


# English words after which a bare verb form is a noun: articles and possessives ('a purchase decision')
NOUN_MARKERS_EN = frozenset("a an the our their your its my his her".split())


def find_cues(view: SentenceView, lex: Lexicon, gram: Grammar) -> list[CueMatch]:
    """Cue matches, longest first at each position, not overlapping one another."""
    tokens = view.tokens
    particles = _clause_final_particles(view, gram) if view.sentence.lang == "de" else {}
    out: list[CueMatch] = []
    # 'till exempel' is a marker, not the 'till' of 'sälja till'
    markers = view.markers if view.markers is not None else marker_tokens(tokens, gram)
    present = _cue_words_present(view)
    used: set[int] = set(markers)
    german, english = view.sentence.lang == "de", view.sentence.lang == "en"
    lang, known_keys = view.sentence.lang, _cue_key_memo(lex)
    than = THAN.get(lang, "") in view.words
    for i, tok in enumerate(tokens):
        if i in used or not tok.is_word:
            continue
        # (_cue_keys' memo read here: nearly every word is in it, and this runs for every word)
        keys = known_keys.get((tok.lower, tok.lemma, lang))
        if keys is None:
            keys = _cue_keys(lex, tok.lower, tok.lemma, lang)
        if i in particles:
            # 'Wir beziehen Angehörige ein' is einbeziehen, not beziehen: the particle makes the verb
            keys = tuple(key for key in (particles[i] + tok.lemma, particles[i] + tok.lower) if key in lex.cues)
        if not keys:
            continue  # most words start no cue: the tests below are for the few that do
        if than and _after_than(view, i):
            continue  # 'hellre höja priset än sänka kvaliteten': the alternative not taken
        ci = view.chunk_at[i]
        if ci is not None and view.chunks[ci].head.kind is NAMED:
            continue
        if german and tok.text[:1].isupper() and i > 0 and tokens[i - 1].is_word:
            continue  # German writes nouns capitalised: 'Schäden durch Feuer' is no 'schaden'
        if english and tok.lower == tok.lemma and _compound_noun_head(view, i, gram):
            continue  # 'A price increase reduced sales': the head of an open compound, not a verb
        before_noun = i + 1 < len(tokens) and view.chunk_at[i + 1] is not None
        if english and before_noun and tok.lower == tok.lemma and i > 0 and tokens[i - 1].lower in NOUN_MARKERS_EN:
            continue  # 'a purchase criterion', 'our support team': the modifier of an open compound
        after_article = i > 0 and (tokens[i - 1].lower in gram.determiners or tokens[i - 1].lower in gram.prepositions)
        if _attributive(view, i, gram) or before_noun and (tok.lower in gram.adjectives or after_article and (
                tok.lower in gram.upward_words or tok.lower in gram.downward_words)) \
                or before_noun and _inflected_adjective(view, i, gram):
            continue  # 'buys back used furniture', 'low prices': an adjective before its noun
        for key in keys:
            cues = lex.cues[key]
            matches = [m for cue in cues if present.issuperset(cue.later)
                       and (m := _match(view, i, cue, gram, markers)) is not None]
            if ci is not None:
                # A word inside a mention is a verb only when the rest of a multiword cue follows.
                matches = [m for m in matches if len(m.cue.words) > 1 and m.last > i]
            matches = [m for m in matches if not _spends_time(view, m)]
            if german and ci is None and not any(len(m.cue.words) > 1 for m in matches):
                matches += _verb_final_preposition(view, i, cues, gram)
                matches += _predicative_preposition(view, i, cues, gram)
            if german and ci is None and not matches:
                matches += _fronted_preposition(view, i, cues, gram)
            if matches and is_passive(view, i, lex, gram):
                # 'kjøpes av kundene': the preposition marks the passive's agent, not a 'kjøpe av' cue
                matches = [m for m in matches if m.cue.words[-1] not in gram.agent_prepositions] or matches
            if not matches:
                continue
            best = max(matches, key=lambda m: (len(m.cue.words), -len(m.gap_chunks), -(m.last - m.first)))
            if best.gap_chunks and best.cue.words[-1] in gram.prepositions and view.tokens[best.last].lower == best.cue.words[-1] \
                    and not _noun_phrase_at(view, best.last + 1, gram):
                # 'bought kettles in May': the preposition has no noun phrase of its own; the verb alone is the cue
                best = max((m for m in matches if len(m.cue.words) < len(best.cue.words)),
                           key=lambda m: (len(m.cue.words), -(m.last - m.first)), default=best)
            out.append(best)
            # 'konkurrerer med DNB om de samme kundene': each preposition brings its own relation
            parallel = [m for m in matches if m.cue.relation != best.cue.relation and len(m.cue.words) == len(best.cue.words)
                        and m.last > best.last and m.cue.words[-1] in gram.prepositions
                        and m.cue.words[-1] not in LOCATIVE]
            out.extend(parallel[:1])
            before = view.chunk_at[best.first - 1] if best.first > 0 else None
            fronted_object = before is not None and _subject_after_accusative(view, before, best.first) is not None
            if (best.gap_chunks or fronted_object) and best.cue.words[-1] in gram.prepositions:
                # 'kjøper varer fra X': buys the goods, and is a customer of X ('make X better' is one
                # thing); so does 'Melet køber vi hos X'
                shorter = [m for m in matches if len(m.cue.words) < len(best.cue.words) and m.cue.relation != best.cue.relation
                           and m.cue.words[-1] != best.cue.words[-1]]  # ('sich negativ auswirken auf' says more than 'auswirken auf')
                if shorter:
                    out.append(max(shorter, key=lambda m: len(m.cue.words)))
            used.update(best.tokens)
            if i in particles:
                used.add(_particle_index(view, i, particles[i]))
            break
    return out


THAN = {"nb": "enn", "sv": "än", "da": "end", "en": "than"}  # ('als' is also German 'as', 'when')


def _after_than(view: SentenceView, i: int) -> bool:
    """The verb at ``i`` follows 'than' (and an infinitive marker): 'rather raise prices than
    [cut] quality', 'heller enn å [senke] kvaliteten' names what is not done."""
    lang = view.sentence.lang
    k = i - 1
    if k >= 0 and view.tokens[k].lower in INFINITIVE_MARKERS.get(lang, ()):
        k -= 1
    return k >= 0 and view.tokens[k].lower == THAN.get(lang)


# The cue keys of a word depend on its forms alone, and find_cues() asks them of every word of every
# sentence: they are kept per lexicon (which the memo holds, so its id() is never reused).
_CUE_KEY_MEMOS: dict[int, tuple[Lexicon, dict[tuple[str, str, str], tuple[str, ...]]]] = {}
_CUE_KEY_MEMO_SIZE = 200_000  # words per memo, then it starts over


def _cue_key_memo(lex: Lexicon) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The cue keys found so far for words of ``lex``, by (form, lemma, language)."""
    memo = _CUE_KEY_MEMOS.get(id(lex))
    if memo is None:
        memo = _CUE_KEY_MEMOS[id(lex)] = (lex, {})
    return memo[1]


def _cue_keys(lex: Lexicon, lower: str, lem: str, lang: str) -> tuple[str, ...]:
    """The keys of ``lex.cues`` a word may stand for (most words: none)."""
    known = _cue_key_memo(lex)
    found = known.get((lower, lem, lang))
    if found is None:
        if len(known) >= _CUE_KEY_MEMO_SIZE:
            known.clear()
        keys = lex.verb_keys(lower, lem)
        if lang in ("nb", "sv", "da") and lower.endswith("s") and len(lower) >= 4:
            stem = lower[:-1]
            keys += [stem, stem.removesuffix("e"), lemma_of(stem, lang)]  # kjøpes, köps, købes
        found = known[(lower, lem, lang)] = tuple(key for key in keys if key in lex.cues)
    return found


def _past_modifiers(view: SentenceView, k: int, end: int, gram: Grammar) -> int:
    """The first token from ``k`` (before ``end``) that is not an article, adjective or number
    standing outside a chunk: where the noun of 'a [cheaper] kit', '[two] olive trees' starts."""
    lex = lexicon(view.sentence.lang)
    while k < end and view.chunk_at[k] is None and (
            view.tokens[k].lower in gram.determiners or view.tokens[k].lower in gram.adjectives
            or is_adjective_like(view.tokens[k], view.sentence.lang, lex) or view.tokens[k].text[:1].isdigit()):
        k += 1
    return k


def _noun_phrase_at(view: SentenceView, k: int, gram: Grammar) -> bool:
    """A noun phrase (or a pronoun) starts at token ``k``, after articles and adjectives."""
    k = _past_modifiers(view, k, len(view.tokens), gram)
    return k < len(view.tokens) and (view.chunk_at[k] is not None or view.tokens[k].lower in gram.pronouns
                                     or view.tokens[k].lower in gram.speaker_pronouns)


def _after_indefinite(view: SentenceView, m: Mention) -> bool:
    """The mention follows an indefinite article (adjectives between): 'a claim', 'ein Angebot'."""
    ci = next((c for c, chunk in enumerate(view.chunks) if m in chunk.mentions), None)
    if ci is None:
        return False
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].is_word and view.tokens[k].lower not in INDEFINITE_ARTICLES \
            and view.tokens[k].lower.endswith(("e", "es", "en", "er", "t", "ed", "al", "ic", "ive")):
        k -= 1  # adjectives
    return k >= 0 and view.tokens[k].lower in INDEFINITE_ARTICLES


def _spends_time(view: SentenceView, match: CueMatch) -> bool:
    """A cue whose words enclose a stretch of time: 'spend [half the day] on'; or 'spend' in a
    relative clause on a time noun ('the time [their team] spends on reporting')."""
    if match.cue.words[0] == "spend" and any(
            view.tokens[k].lower in TIME_NOUNS for k in range(max(0, match.first - 4), match.first)):
        return True
    if match.last - match.first < 2:
        return False  # (a one-word cue, or two adjacent words: nothing enclosed)
    return any(view.tokens[k].lower in TIME_NOUNS for k in range(match.first + 1, match.last)
               if k not in match.tokens)


def _verb_final_preposition(view: SentenceView, i: int, cues: tuple[Cue, ...], gram: Grammar) -> list[CueMatch]:
    """German verb-final clauses put a cue's preposition before the verb: 'die regelmäßig [bei] uns
    einkaufen', 'der Privathaushalte [mit] Käse beliefert'. The match runs from the preposition to
    the verb; what follows the preposition is the object (see :func:`_arguments`)."""
    tokens = view.tokens
    after = i + 1
    while after < len(tokens) and tokens[after].lower in gram.auxiliaries and after - i <= 2:
        after += 1  # the verb cluster: 'das Sie bei X bestellt [haben]', 'die bei uns gekauft [werden]'
    if after < len(tokens) and tokens[after].is_word and tokens[after].lower not in gram.coordinators:
        return []  # the verb ends its clause: punctuation or a coordinator follows
    out = []
    for cue in cues:
        # ('sich negativ auf X auswirken': a word of the cue between it and its preposition)
        modifier = cue.words[1] if len(cue.words) == 3 and cue.words[1] not in gram.prepositions else None
        if len(cue.words) != (3 if modifier else 2) or cue.words[-1] not in gram.prepositions:
            continue
        forms = (cue.words[-1], *GERMAN_CONTRACTIONS.get(cue.words[-1], ()))
        for p in range(i - 1, max(i - 12, -1), -1):
            tok = tokens[p]
            if tok.text in ",;:" and not (tok.text == "," and list_comma(view, p, gram)) \
                    or tok.lower in gram.subordinators \
                    or tok.lower in gram.relativizers and not (p > 0 and tokens[p - 1].lower in gram.prepositions):
                break  # (a comma between the items of a list does not end the clause: 'mit Käse, Butter und Joghurt';
                # an article after a preposition opens no relative clause: 'bei der Lumen GmbH bestellt')
            if tok.lower in forms and view.chunk_at[p] is None:
                gaps = tuple(dict.fromkeys(c for k in range(p + 1, i) if (c := view.chunk_at[k]) is not None))
                if modifier is None:
                    out.append(CueMatch(cue, p, i, frozenset({p, i}), gaps))
                elif (q := next((k for k in range(p - 1, max(p - 4, -1), -1) if tokens[k].lower == modifier), None)) is not None:
                    out.append(CueMatch(cue, p, i, frozenset({q, p, i}), gaps))
                break
    return out


def _predicative_preposition(view: SentenceView, i: int, cues: tuple[Cue, ...], gram: Grammar) -> list[CueMatch]:
    """German puts a predicative adjective or participle last in its clause, after the phrase of its
    preposition: 'ist [von] guten Lieferanten abhängig', 'weil das Modul [im] Tarif enthalten ist',
    'ist [auf] gestiegene Kosten zurückzuführen'. For a cue 'sein ADJ PREP' read at the copula
    ``i``, the match runs from the preposition to the adjective (or, verb-final, to the copula);
    what follows the preposition is the object (see :func:`_arguments`)."""
    tokens = view.tokens
    n = len(tokens)
    if tokens[i].lemma not in COPULA_LEMMAS and tokens[i].lower not in COPULA_LEMMAS:
        return []
    def clause_end(k: int) -> bool:
        return k >= n or (tokens[k].text in HARD_STOPS or tokens[k].text in ".!?" or tokens[k].text == ","
                          and not list_comma(view, k, gram)) \
            or tokens[k].lower in gram.coordinators or tokens[k].lower in gram.subordinators  # (not a quote)
    out = []
    for cue in cues:
        if len(cue.words) != 3 or cue.words[1] not in view.words:
            continue  # (most cues of a copula: their adjective is not in the sentence)
        if cue.words[0] not in COPULA_LEMMAS or cue.words[1] in gram.prepositions \
                or cue.words[-1] not in gram.prepositions or not cue.words[1].islower():
            continue
        forms = (cue.words[-1], *GERMAN_CONTRACTIONS.get(cue.words[-1], ()))
        if i > 0 and tokens[i - 1].lower == cue.words[1] and clause_end(i + 1):
            adjective, last, back = i - 1, i, range(i - 2, max(i - 12, -1), -1)  # 'weil wir von X abhängig sind'
        else:
            adjective = next((k for k in range(i + 2, min(i + 14, n)) if clause_end(k)), n) - 1
            if adjective <= i + 1 or tokens[adjective].lower != cue.words[1]:
                continue
            last, back = adjective, range(adjective - 1, i, -1)  # 'ist von X abhängig'
        for p in back:
            tok = tokens[p]
            if tok.text in ",;:" and not (tok.text == "," and list_comma(view, p, gram)) or tok.lower in gram.subordinators \
                    or tok.lower in gram.relativizers and not (p > 0 and tokens[p - 1].lower in gram.prepositions):
                break
            if tok.lower in forms and view.chunk_at[p] is None and p + 1 < adjective:
                gaps = tuple(dict.fromkeys(c for k in range(p + 1, adjective) if (c := view.chunk_at[k]) is not None))
                if gaps:
                    out.append(CueMatch(cue, p, last, frozenset({i, p, adjective, last}), gaps))
                break
    return out


def _fronted_preposition(view: SentenceView, i: int, cues: tuple[Cue, ...], gram: Grammar) -> list[CueMatch]:
    """German V2 with a cue's prepositional phrase fronted: '[Aus] Vertrauen entsteht Treue' (entstehen
    aus). The match runs from the preposition to the verb; the phrase's noun is the cue's object and
    the subject follows the verb (see :func:`_arguments`)."""
    tokens = view.tokens
    k = i - 1
    if k < 1 or view.chunk_at[k] is None or not tokens[i].text.islower():
        return []
    p = view.chunks[view.chunk_at[k]].start - 1
    while p >= 0 and view.chunk_at[p] is None and (tokens[p].lower in gram.determiners or tokens[p].text.islower()
                                                   and tokens[p].lower not in gram.prepositions):
        p -= 1  # articles and adjectives
    if p < 0 or (p > 0 and tokens[p - 1].is_word and tokens[p - 1].lower not in gram.coordinators):
        return []  # the phrase must open its clause: the sentence, or after punctuation or 'und'
    out = []
    for cue in cues:
        if len(cue.words) == 2 and (tokens[p].lower == cue.words[1] or tokens[p].lower in GERMAN_CONTRACTIONS.get(cue.words[1], ())):
            out.append(CueMatch(cue, p, i, frozenset({p, i}), (view.chunk_at[k],)))  # type: ignore[arg-type]
    return out


def action_after(view: SentenceView, k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The first act of the ontology named in the clause from token ``k`` on: (class, token)."""
    tokens = view.tokens
    for i in range(k, min(k + 8, len(tokens))):
        if tokens[i].text in ",.;:":
            return None
        for size in (2, 1):
            words = tuple(t.lemma for t in tokens[i : i + size])
            if len(words) == size and words in lex.actions:
                return lex.actions[words], i
    return None


def _compound_noun_head(view: SentenceView, i: int, gram: Grammar) -> bool:
    """English: a bare verb form right after 'a/the' + a singular noun cannot be the finite verb
    ('a price increase', 'the customer experience'); it heads an open compound."""
    tok = view.tokens[i]
    if view.sentence.lang != "en" or tok.lower != tok.lemma or i < 2:
        return False
    ci = view.chunk_at[i - 1]
    if ci is None or view.chunks[ci].head.kind is NAMED or acts(view.chunks[ci].head):
        return False  # (British English agrees collectives in the plural: 'the staff help customers')
    chunk = view.chunks[ci]
    last = view.tokens[chunk.end - 1]
    return last.lower == last.lemma and chunk.start > 0 and view.tokens[chunk.start - 1].lower in gram.determiners


def _inflected_adjective(view: SentenceView, i: int, gram: Grammar) -> bool:
    """A Scandinavian word in -e between an article and its noun that reads like an infinitive:
    'de lave priser', 'den lave pris' (lave: low, not make). A pronoun subject is followed by a
    finite verb, never by an infinitive, unless a verb before it inverts the clause ('kan de lave')."""
    tok = view.tokens[i]
    if view.sentence.lang not in ("nb", "sv", "da") or tok.lower != tok.lemma or not tok.lower.endswith("e") \
            or i == 0 or view.tokens[i - 1].lower not in gram.determiners:
        return False
    before = view.tokens[i - 2] if i >= 2 else None
    return before is None or not before.is_word or before.lower in gram.prepositions \
        or before.lower in gram.coordinators or before.lower in gram.subordinators or view.chunk_at[i - 2] is not None \
        and before.lower not in gram.auxiliaries


def _attributive(view: SentenceView, i: int, gram: Grammar) -> bool:
    tok = view.tokens[i]
    if tok.lower == tok.lemma or not tok.lower.endswith(("ed", "et", "te", "de", "t", "d", "en")):
        return False
    if 0 < i < len(view.tokens) - 1 and view.tokens[i - 1].lower in gram.determiners \
            and view.tokens[i + 1].lemma in TRANSPARENT_NOUNS:
        return True  # 'the expected number of periods'
    if i + 1 >= len(view.tokens) or view.chunk_at[i + 1] is None or view.chunk_at[i] is not None:
        return False
    prev = view.tokens[i - 1] if i > 0 else None
    if prev is None or i == 1 or view.chunks[view.chunk_at[i + 1]].head.kind is NAMED:
        return False  # V2 'Bisher verkaufte Weidenhof ...': the second word is the finite verb
    if prev.lower not in gram.function_words and _compound_noun_head(view, i - 1, gram):
        return False  # 'A price increase reduced sales': the verb after an open compound (not after 'and')
    return view.chunk_at[i - 1] is None and prev.lower not in gram.pronouns and prev.lower not in gram.auxiliaries \
        and prev.lower not in gram.speaker_pronouns and prev.lower not in gram.relativizers and prev.is_word \
        and prev.lower not in gram.negators \
        and not (prev.lower in gram.adverbs and i > 1 and view.tokens[i - 2].lower in gram.auxiliaries) \
        and not _perfect_before(view, i, gram)
    # 'har aldri solgt produkter', 'har også styrket motivationen': a verb after its negation or adverb


def _perfect_before(view: SentenceView, i: int, gram: Grammar) -> bool:
    """'har i flere år brugt anmeldelser': an auxiliary a short adverbial before makes a participle
    the verb of a perfect tense."""
    for k in range(i - 1, max(i - 6, -1), -1):
        tok = view.tokens[k]
        if tok.lower in gram.auxiliaries:
            return True
        if not tok.is_word or view.chunk_at[k] is not None and not _time_chunk(view, view.chunk_at[k]):
            return False
        if tok.lower != tok.lemma and tok.lower.endswith(("t", "d")):
            return False  # 'har solgt brukte biler': the auxiliary's participle came first
    return False


def _clause_final_particles(view: SentenceView, gram: Grammar) -> dict[int, str]:
    """German separable verbs: map a V2 verb's index to the particle that closes its clause."""
    tokens = view.tokens
    out: dict[int, str] = {}
    for j, tok in enumerate(tokens):
        if tok.lower not in gram.separable_particles:
            continue
        nxt = tokens[j + 1].text if j + 1 < len(tokens) else "."
        if nxt not in (".", ",", ";", ":", "!", "?", ")") and tokens[j + 1].lower not in gram.coordinators:
            continue
        for k in range(j - 1, max(-1, j - 15), -1):
            if tokens[k].text in HARD_STOPS or tokens[k].text == "," and not list_comma(view, k, gram):
                break  # (not a comma inside a list: 'hängt von der Wohnfläche, dem Wohnort und ... ab')
            if tokens[k].lower in gram.coordinators and k + 1 in out:
                break  # 'verkaufen Brot und bieten Kaffee an': the particle closes its own verb phrase
            verb_like = tokens[k].lower not in gram.function_words or tokens[k].lower in gram.common_verbs
            if view.chunk_at[k] is None and verb_like and tokens[k].is_word:
                out.setdefault(k, tok.lower)  # 'hängt ... ab': a common verb too may be separable
    return out


def _particle_index(view: SentenceView, verb: int, particle: str) -> int:
    for j in range(verb + 1, len(view.tokens)):
        if view.tokens[j].lower == particle:
            return j
    return verb


def _noun_genitive(view: SentenceView, k: int) -> bool:
    """German: the determiner at ``k`` right after a noun opens its genitive, which stands for 'von'
    in a relational cue: 'Kunde [der] Sparkasse', 'Teil [unseres] Geschäfts'."""
    return view.tokens[k].lower in GENITIVE_DETERMINERS and k > 0 and view.chunk_at[k - 1] is not None \
        and k + 1 < len(view.tokens) and view.chunk_at[k + 1] is not None


def _cue_words_present(view: SentenceView) -> set[str]:
    """Every word a later cue word may match in the sentence (see :func:`_match`): a cue whose
    words are not all here cannot match, so most cues of 'være' or 'be' are never scanned for."""
    present = set(view.words)
    present.update([tok.lemma for tok in view.tokens])
    if view.sentence.lang != "de":
        return present
    for tok in view.tokens:
        if tok.lower.startswith("da"):
            present.add(tok.lower[2:])  # 'dafür' stands for 'für'
            if tok.lower.startswith("dar"):
                present.add(tok.lower[3:])  # 'darauf' for 'auf'
        if tok.lower in PREPOSITION_OF_CONTRACTION:
            present.add(PREPOSITION_OF_CONTRACTION[tok.lower])  # 'zur' for 'zu'
        if tok.lower in GENITIVE_DETERMINERS:
            present.update(GENITIVE_PREPOSITIONS)  # 'Kunde der Sparkasse' for 'Kunde von'
    return present


MODAL_CUES = frozenset(  # verbs of wanting and needing that are also modals: 'vill lägga', 'behöver köpa'
    "vilja wollen mögen want need trenge behøve behöva brauchen".split())  # (möchte → mögen)
# German infinitives after a modal of wanting that keep its object wanted: 'möchten eine Antwort
# bekommen' wants the answer ('möchten unseren Mitarbeitern danken' wants no staff).
GERMAN_HAVING = frozenset("haben bekommen erhalten kriegen".split())


def _modal_use(view: SentenceView, i: int, gram: Grammar) -> bool:
    """'vill lägga mindre tid', 'vill slippa köer', 'wollen weniger Zeit verlieren': a verb of
    wanting followed by an infinitive is a modal; what is wanted is an action, not its object."""
    tokens = view.tokens
    k = i + 1
    while k < len(tokens) and (tokens[k].lower in gram.adverbs or tokens[k].lower in gram.negators):
        k += 1
    clause_end = k >= len(tokens) or not tokens[k].is_word and k == i + 1 or tokens[k].lower in gram.coordinators
    if view.sentence.lang == "de" and i > 0 and clause_end:
        before = tokens[i - 1]
        if before.is_word and before.text.islower() and before.lower.endswith("en") and view.chunk_at[i - 1] is None \
                and before.lemma not in GERMAN_HAVING and before.lower not in gram.adverbs \
                and before.lower not in gram.determiners:
            return True  # verb-final: 'wenn die Kunden neue Produkte testen wollen', 'messen will'
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    if view.sentence.lang == "de":
        end = k
        while end < len(tokens) and tokens[end].text not in ",.;:!?" and not (
                tokens[end].lower in gram.coordinators and end + 1 < len(tokens) and tokens[end + 1].text.islower()
                and tokens[end + 1].lower not in gram.determiners):
            end += 1  # (a coordinated verb phrase ends it, coordinated nouns do not: 'Kolleginnen und Kollegen danken')
        last = tokens[end - 1]
        return end - 1 > i and view.chunk_at[end - 1] is None and last.text.islower() and last.lower.endswith("en") \
            and last.lemma not in GERMAN_HAVING
    if view.sentence.lang == "en":
        return tokens[k].lower == "to"
    return view.chunk_at[k] is None and tokens[k].lower not in gram.determiners \
        and tokens[k].lower not in gram.adjectives and not tokens[k].text[:1].isdigit()


def _match(view: SentenceView, i: int, cue: Cue, gram: Grammar, blocked: set[int]) -> CueMatch | None:
    tokens = view.tokens
    if len(cue.words) == 1 and cue.words[0] in MODAL_CUES and _modal_use(view, i, gram):
        return None
    if cue.words[0] == "use" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
        return None  # 'used to spend half the day': a habit, not a use
    positions = [i]
    gaps: list[int] = []
    j = i + 1
    for word in cue.words[1:]:
        found = -1
        k = j
        limit = MAX_COPULA_GAP if (cue.words[0] in COPULA_LEMMAS and len(positions) == 1) or (
            word in gram.prepositions and word == cue.words[-1]
        ) or view.sentence.lang == "de" and cue.words[-1] not in gram.prepositions and cue.words[-1] not in gram.adjectives \
            and len(positions) == 1 else MAX_CUE_GAP  # (the German bracket: 'stellen [den Kunden eine App] zur Verfügung')
        while k < len(tokens) and k - j <= limit:
            tok = tokens[k]
            if k in blocked:
                if not in_adverbial_phrase(view, k):
                    break
                k += 1  # a marker that is an adverbial phrase stands inside the cue: 'achten [vor allem] auf',
                continue  # 'konkurrerer [først og fremst] med'
            if tok.lemma == word or tok.lower == word or (
                view.sentence.lang == "de" and (tok.lower in (f"da{word}", f"dar{word}")
                                                or tok.lower in GERMAN_CONTRACTIONS.get(word, ())
                                                or word in GENITIVE_PREPOSITIONS and k == j and _noun_genitive(view, k))
            ):
                found = k  # German 'dafür, dass ...' stands for 'für' + a clause
                break
            if tok.text in HARD_STOPS or tok.text == "," or tok.lower in gram.subordinators and opens_clause(view, k, gram) or (
                    tok.text == "." and tokens[k - 1].lower not in gram.abbreviations):  # 'forsyner ca. 21.000 husstande med'
                break
            if tok.lower in gram.relativizers and view.chunk_at[k - 1] is not None:
                break  # 'er en kunde [som handler] i butikken': a relative clause ends the cue's reach
            if cue.words[0] in COPULA_LEMMAS and tok.lower in INFINITIVE_MARKERS.get(view.sentence.lang, ()):
                break  # 'are trained [to help] customers with': another verb's phrase
            if view.chunk_at[k] is not None:
                ci = view.chunk_at[k]
                if ci not in gaps:
                    gaps.append(ci)
            k += 1
        if found < 0:
            return None
        positions.append(found)
        j = found + 1
    if cue.relation == "wants" and view.sentence.lang == "en" and _modal_use(view, positions[-1], gram):
        return None  # 'we would like to share', 'prefer to pay by card': what is wanted is an action
    # a chunk that holds a cue word is the cue's, not an argument (være *nøkkelen* til)
    gap_chunks = tuple(g for g in gaps if not any(view.chunks[g].start <= p < view.chunks[g].end for p in positions))
    return CueMatch(cue, i, positions[-1], frozenset(positions), gap_chunks)


def relations(view: SentenceView, cue_matches: list[CueMatch], lex: Lexicon, gram: Grammar,
              resolve_pronoun: Resolver, ambiguous: frozenset[str]) -> tuple[list[Found], set[int]]:
    """Every relation a cue in the sentence (``cue_matches``: its find_cues()) states between two
    mentions, and the cue tokens."""
    out: list[Found] = []
    claimed = {t for m in cue_matches for t in m.tokens}
    question = bool(view.tokens) and view.tokens[-1].text == "?"
    shared: list[Mention] = []
    shared_objects: list[Mention] = []

    def resolve(index: int) -> Mention | None:
        # an object pronoun of a coordinated verb stands for the previous verb's object:
        # 'rösten wir Spezialitätenkaffee und verkaufen ihn'
        if view.tokens[index].lower in OBJECT_PRONOUNS and not partitive_pronoun(view.tokens, index):
            return shared_objects[0] if shared_objects else None
        return resolve_pronoun(index)  # ('Many of them want ...': a part of the antecedent)

    for match in cue_matches:
        found = _arguments(view, match, lex, gram, resolve, claimed, ambiguous, shared)
        if found:
            # the grammatical subject: an inverse cue's ('levere til', 'sell to') is its object
            subjects = [f.object if match.cue.inverse else f.subject for f in found]
            objects = [f.subject if match.cue.inverse else f.object for f in found]
            shared = list(dict.fromkeys(subjects))
            shared_objects = list(dict.fromkeys(objects))
        # A question asserts nothing, but its relative clauses are presupposed:
        # 'Hva hadde en bedrift vært uten kunder som kjøper varen?' still says customers buy goods.
        if question and not all(f.pattern in ("relative", "object-relative") for f in found):
            continue
        out.extend(found)
    return out, claimed


GENITIVE_DETERMINERS = frozenset(
    "des eines keines unseres meines seines ihres dieses jedes der einer keiner unserer meiner seiner ihrer dieser"
    " jeder aller".split()
)  # after a noun (no preposition, no comma), German 'der', 'einer' are genitive too
# The prepositions a genitive right after a frame's noun stands for: 'Kunde [der] Sparkasse' (von),
# 'die Grundlage [jeder] Kundenbeziehung', 'die Ursache [der] Beschwerden' (für).
GENITIVE_PREPOSITIONS = frozenset({"von", "für"})
GERMAN_GENITIVE = frozenset("des eines keines unserer unseres seiner seines ihrer ihres dieser dieses meiner meines der".split())


def genitive_owner(view: SentenceView, ci: int) -> int | None:
    """German: the noun a postnominal genitive ('die Zufriedenheit [unserer Kunden]') belongs to."""
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].text[:1].islower() \
            and view.tokens[k].lower not in GERMAN_GENITIVE and view.tokens[k].is_word:
        k -= 1  # adjectives
    if k < 1 or view.tokens[k].lower not in GERMAN_GENITIVE or view.chunk_at[k] is not None:
        return None
    return view.chunk_at[k - 1]


def _closes_bracket(view: SentenceView, match: CueMatch, region: Region, gram: Grammar) -> bool:
    """German Satzklammer: a lower-case participle or infinitive cue after a finite auxiliary ends
    its verb phrase (a coordinated one may follow), so its object stands before it, never after:
    'Wir haben die Löhne angehoben und bilden 260 junge Menschen aus'."""
    tokens = view.tokens
    if view.sentence.lang != "de" or match.first != match.last or not tokens[match.first].text.islower():
        return False
    nxt = match.last + 1
    if nxt < len(tokens) and tokens[nxt].is_word and not (
            tokens[nxt].lower in gram.coordinators and nxt + 1 < len(tokens) and _verb_like(view, nxt + 1, gram)):
        return False
    return any(view.chunk_at[k] is None and tokens[k].lower in gram.auxiliaries for k in range(region.start, match.first))


def _clause_final(view: SentenceView, last: int, end: int) -> bool:
    """Nothing but punctuation follows the verb in its clause ('..., die wir bei Bauern kaufen')."""
    return all(not view.tokens[k].is_word for k in range(last + 1, end))


def _examples_head(view: SentenceView, group: list[int], gram: Grammar) -> list[int]:
    """A subject that is a list of examples stands for the noun the list exemplifies:
    'gruppträning, till exempel spinning och yoga, stärker lojaliteten' → gruppträning,
    'Discounter wie Aldi und Lidl verkaufen E-Bikes' → Discounter."""
    if not group or view.words.isdisjoint(phrase_index(gram.hyponym_markers)):
        return group  # (most sentences: no word that starts a marker of examples)
    after = view.chunks[max(group)].end
    closed = after < len(view.tokens) and view.tokens[after].text == ","
    k = view.chunks[min(group)].start - 1
    while k >= 0 and view.tokens[k].text in ",:":
        k -= 1
    for size in range(1, 4):
        start = k - size + 1
        if start < 1 or phrase_at(view, start, gram.hyponym_markers) != size:
            continue
        if closed and start >= 2 and view.tokens[start - 1].text == ",":
            head = view.chunk_at[start - 2]  # an inserted list closes with a comma
            return [head] if head is not None else group
        if not closed and (hyper := view.chunk_at[start - 1]) is not None and view.tokens[start].lower not in gram.relativizers:
            return [hyper]  # ('... som kundene elsker' is a relative clause)
    return group


def _chunk_ok(view: SentenceView, ci: int, claimed: set[int]) -> bool:
    """A mention is an argument unless a cue uses one of its words ('være [nøkkel] til'); an
    absorbed modifier may be the cue's ('gi [bedre] servicekvalitet')."""
    chunk = view.chunks[ci]
    if claimed.isdisjoint(range(chunk.start, chunk.end)):
        return True  # (most chunks: no cue word in them)
    head = chunk.head.span
    return not any(view.tokens[t].span.overlaps(head) for t in claimed
                   if chunk.start <= t < chunk.end)


def _arguments(view: SentenceView, match: CueMatch, lex: Lexicon, gram: Grammar, resolve_pronoun: Resolver,
               claimed: set[int], ambiguous: frozenset[str], shared: list[Mention]) -> list[Found]:
    region = clause_region(view, match.first, match.last, gram)
    tokens = view.tokens
    score = 0.9
    pattern = "svo"
    # --- object: the first mention after the cue (for a gap cue, the mention inside the gap)
    obj: list[int] = []
    gap = [c for c in match.gap_chunks if not in_pp(view, c, gram)] if view.sentence.lang == "de" else list(match.gap_chunks)
    if gap and match.cue.words[-1] not in gram.prepositions and _nominal(view, gap[0], gram):
        # (German: not a phrase of a preposition, 'stellen wir Ihnen [ohne Aufpreis] zur Verfügung')
        obj = group_right(view, gap[0], region.end, gram)
        if view.sentence.lang == "de" and len(gap) > 1 \
                and (theme := _theme_after_recipient(view, match, obj, match.last, gram)) is not None:
            obj = group_right(view, theme, match.last, gram)  # 'stellen [den Kunden] [eine App] zur Verfügung'
    obj_mentions: list[Mention] = []
    verb_final = False
    if match.first < match.last and tokens[match.first].lower not in match.cue.words[:1] \
            and (tokens[match.first].lower in gram.prepositions or tokens[match.first].lower in CONTRACTED_PREPOSITIONS):
        # German verb-final 'bei uns einkaufen', 'mit Käse beliefert': the object follows the preposition
        k = match.first + 1
        while k < match.last and view.chunk_at[k] is None and (
                tokens[k].lower in gram.determiners or tokens[k].text.islower() and tokens[k].lower not in gram.function_words
                and is_adjective_like(tokens[k], "de", lexicon("de"))):
            k += 1  # (its article and adjectives: 'mit frischem Käse beliefert', 'Aus guter Beratung')
        if k < match.last and (tokens[k].lower in gram.speaker_pronouns or tokens[k].lower in gram.pronouns) \
                and (resolved := resolve_pronoun(k)) is not None:
            obj_mentions = [resolved]
        elif k < match.last and view.chunk_at[k] is not None:
            obj = [c for c in group_right(view, view.chunk_at[k], match.last, gram) if view.chunks[c].end <= match.last]
        if not obj and not obj_mentions:
            return []
        verb_final = True
    k = match.last + 1
    if not obj and not obj_mentions and k < region.end and tokens[k].lower in COMPLEMENTIZERS \
            and match.cue.words[-1] in gram.prepositions and (action := action_after(view, k + 1, lex)) is not None:
        # 'avgörande för att kunderna ska komma tillbaka': what matters is that they come back (loyalty)
        at = view.tokens[action[1]]
        obj_mentions = [Mention(at.span, view.doc.slice(at.span), CLASS, action[0], view.sentence.lang)]
    if not obj and not obj_mentions:
        pronoun = _pronoun_after(view, match, region.end, gram)
        theme = _theme_after_pronoun(view, pronoun, region.end, gram) if pronoun is not None else None
        if theme is not None and match.cue.words[-1] not in gram.prepositions:
            obj = group_right(view, theme, region.end, gram)  # 'We give you a discount': the thing given
        elif pronoun is not None and (resolved := resolve_pronoun(pronoun)) is not None:
            obj_mentions = [resolved]  # 'bought a chair from us': the speaker
    clausal = False  # the object is the subject of a clause the cue announces ('davon ab, dass ...')
    if not obj and not obj_mentions and not _closes_bracket(view, match, region, gram):
        ci = _object_after(view, match, region.end, gram)
        if ci is not None and _chunk_ok(view, ci, claimed):
            ci = skip_genitive(view, ci, region.end)
            obj = group_right(view, ci, region.end, gram)
            inverted = not any(
                view.chunk_at[k] is not None or tokens[k].lower in gram.pronouns
                or tokens[k].lower in gram.speaker_pronouns for k in range(region.start, match.first)
            ) or tokens[region.start].lower in gram.prepositions or tokens[region.start].lower in gram.adverbs
            clausal = view.sentence.lang == "de" and any(
                tokens[k].lower in ANNOUNCED_CLAUSE_OPENERS for k in range(match.last + 1, view.chunks[ci].start)
            )  # 'davon ab, dass die Mitarbeiter Verantwortung übernehmen': the clause's subject, not a recipient
            theme = None if inverted or clausal else _theme_after_recipient(view, match, obj, region.end, gram)
            if theme is not None:  # 'bietet ihren Kunden Beratung an'; not V2 'I dag kjøper kunder varer'
                obj = group_right(view, theme, region.end, gram)
    if match.cue.relation == "worksFor" and len(obj) == 1 and (employer := _department_employer(view, obj[0], region.end)) is not None:
        obj = [employer]  # 'jobber i kundeservice hos Lysgård Energi': the department's organisation
    if not obj and (contact := _contact_relative(view, match, gram)) is not None:
        obj, obj_mentions = [contact], []  # 'forsikringen de har kjøpt': what they bought
    # --- subject
    subj: list[int] = []
    subj_mentions: list[Mention] = []
    relative_subject = False
    before = [view.chunk_at[k] for k in range(region.start, match.first) if view.chunk_at[k] is not None]
    if before and ")" in view.doc.slice(view.sentence.span):  # (few sentences hold a parenthesis)
        aside = in_aside(view, region.start, match.first)  # ('Kundetilfredshet (KTI) øker': not 'KTI')
        before = [view.chunk_at[k] for k in range(region.start, match.first) if view.chunk_at[k] is not None and k not in aside]
    before_chunks = [
        c for c in dict.fromkeys(c for c in before if c is not None)
        if _chunk_ok(view, c, claimed) and (not in_pp(view, c, gram) or region.end == match.last + 1
                                            and _opens_after(view, c, region, gram))
        and not _time_chunk(view, c)
    ]
    if not before_chunks and region.opener == "" and (inserted := _subject_before_insertion(view, region.start, gram)) is not None:
        before_chunks = [inserted]  # 'Kundene, som ofte er eldre, ønsker ...', 'The staff, most of them students, serve'
    lead = tokens[region.start].lower
    k = region.start
    while k < match.first and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k += 1
    time_first = view.chunk_at[k] is not None and _time_chunk(view, view.chunk_at[k])  # 'Jedes Jahr behandeln wir'
    fronted = region.opener == "" and region.start < match.first and view.sentence.lang != "en" and (time_first or (
        (lead in gram.prepositions or lead in gram.adverbs and view.chunk_at[region.start + 1] is None)
        and lead not in gram.correlative_first
        or (lead in ROLE_WORDS and region.start == 0)
    ) and view.chunk_at[region.start] is None)  # 'Som forsikringsselskab lever vi ...': a role, not the subject
    # (English has no V2: 'Today most callers use the app' keeps the subject before the verb)
    if fronted and view.sentence.lang == "de" and region.start > 0 and tokens[region.start - 1].text == "," \
            and region.start + 1 < match.first and tokens[region.start + 1].lower in gram.relativizers:
        fronted = False  # 'einen Laden, in dem wir Brot verkaufen': a relative clause, verb last
    if fronted:
        # V2: a fronted adverbial (I dag, Därför, Seit Mai) puts the subject after the finite verb; when
        # that is an auxiliary, before the cue ('Derfor kan en dårlig oplevelse svække kunderelationen')
        # (not a cleft: 'Enligt enkäten är det inställda turer som får resenärerna att ...')
        aux = next((k for k in range(region.start + 1, match.first)
                    if view.chunk_at[k] is None and tokens[k].lower in gram.auxiliaries), None)
        before_chunks = [c for c in before_chunks if aux is not None and view.chunks[c].start > aux
                         and tokens[aux + 1].lower not in gram.pronouns]
    if match.first > 0 and tokens[match.first - 1].lower in RECIPIENT_PASSIVE or (
            match.first > 1 and tokens[match.first - 2].lower in RECIPIENT_PASSIVE and tokens[match.first - 1].lower in gram.adverbs):
        return []  # 'kunder får (altid) tilbudt en stol': who offers is not said
    if _indirect_question(view, region.start, match.first):
        return []  # 'undersøger, om vi kan tilbyde levering', 'how they can meet needs': asked, not stated
    marker = _infinitive_marker(view, match.first, region.start, gram)
    means = _means_of(view, marker, gram) if marker is not None else None
    if means is not None:
        # 'En klage er en chance for at styrke kunderelationen', 'Loyalty points are a good way to
        # reward customers': what the noun is a means to, its subject does
        subj, before_chunks, marker = group_left(view, means, 0, gram), [], None
        pattern, score = "means", 0.65
    if marker is not None and marker > 0 and tokens[marker - 1].lower in PURPOSE:
        return []  # 'for å forbedre produktlinjer': an aim, not a fact the text states
    if marker is not None and marker > 0 and tokens[marker - 1].lower in gram.copulas:
        return []  # 'Formålet er at belønne kunderne og styrke loyaliteten': an aim, not a fact
    if marker is not None:
        inner: list[int] = []
        helped = False
        if view.sentence.lang == "de":
            inner, opening = _german_infinitive_object(view, marker, gram)
            if _no_fact_phrase(view, opening):
                return []  # 'um die Qualität zu verbessern', 'die Chance, ... zu kaufen': no fact the text states
            if _advised(view, marker, gram):
                return []  # 'empfiehlt, Anrufern eine Durchwahl anzubieten': someone else is to do it
            if obj:
                inner = []  # (an object after 'zu kaufen' is no German infinitive's: 'die Fähigkeit zu bauen Beziehungen')
            obj = obj or inner
            helping = _helping_verb(view, opening, gram)
            if helping is not None:
                # 'Ihr Feedback hilft uns, das Produkt zu verbessern': the helper causes it, not 'uns'
                helper = _helping_subject(view, helping, gram, resolve_pronoun)
                if helper is None:
                    return []
                (subj, subj_mentions), helped = helper, True
        if not inner and marker > 0 and _noun_before(view, marker - 1, gram) and not _beneficiary(view, marker - 1, gram):
            return []  # 'måter å forbedre service', 'the chance to buy': what a noun could be, not a fact
        if marker > 0 and any(view.tokens[k].lemma in CONSIDERING for k in range(max(0, marker - 2), marker)):
            return []  # 'vi vurderer å kjøpe mer', 'funderar på att sänka priserna': not done, only weighed
        # 'prøver å forbedre service': the infinitive's subject is the nearest agent before it (the
        # main clause's subject); 'gjør det mulig for virksomheter å lage': the 'for' phrase's
        left = [c for c in reversed(range(len(view.chunks))) if c not in inner
                and view.chunks[c].end <= marker and (not in_pp(view, c, gram) or _beneficiary(view, view.chunks[c].end - 1, gram))]
        controller = next((c for c in left if acts(view.chunks[c].head)), left[0] if left else None)
        before_chunks = []
        pronoun = _pronoun_before(view, region.start, marker, gram, strict=False)
        if helped:
            pass
        elif shared:
            subj_mentions = list(shared)  # the subject of the verb the infinitive depends on
        elif pronoun is not None and (controller is None or view.chunks[controller].end <= pronoun) \
                and (resolved := resolve_pronoun(pronoun)) is not None:
            subj_mentions = [resolved]  # 'Vi prøver å styrke lojaliteten'
        elif controller is not None:
            subj = [controller]
        else:
            return []
        pattern, score = "infinitive", 0.65
    adjacent_pronoun = _pronoun_before(view, region.start, match.first, gram)
    if view.sentence.lang == "en" and match.first >= 2 and tokens[match.first - 1].lower in OBJECT_PRONOUNS_EN \
            and tokens[match.first - 2].lemma in ("help", "let") and not subj_mentions:
        # 'Your feedback helps us make our services better': the helper causes it, not 'us'
        adjacent_pronoun = None
        before_chunks = [c for c in before_chunks if view.chunks[c].end <= match.first - 2]
    if view.sentence.lang == "de" and region.opener in ("subordinate", "conditional") and not obj and not before_chunks:
        # German verb-final clause of pronouns: 'wenn wir ihn bedienen' → subject, object, verb
        pronouns = [k for k in range(region.opener_index + 1, match.first)
                    if tokens[k].lower in gram.pronouns or tokens[k].lower in gram.speaker_pronouns]
        if len(pronouns) >= 2:
            first, second = resolve_pronoun(pronouns[0]), resolve_pronoun(pronouns[1])
            if first is not None and second is not None:
                subj_mentions, obj_mentions = [first], [second]
                adjacent_pronoun = None
                pattern, score = "verb-final", 0.65
    if adjacent_pronoun is not None and region.opener != "relative":
        before_chunks = []  # 'Today we make tables': the pronoun next to the verb is its subject
    if shared and _after_coordinator(view, match.first, gram):
        # coordinated verb phrases share their subject: Banken tilbyr lån ... og konkurrerer med DNB
        before_chunks = []
        subj_mentions = list(shared)
    elif view.sentence.lang == "de" and pattern == "svo" and region.opener == "" \
            and (opening := _conjunct_subject(view, match.first, gram)) is not None:
        # 'Unsere Ventile sind teurer, halten aber länger und senken dadurch die Kosten': a verb
        # phrase without a subject of its own shares the one that opens the sentence
        before_chunks = []
        if view.chunk_at[opening] is not None:
            subj = group_right(view, view.chunk_at[opening], match.first, gram)  # type: ignore[arg-type]
        elif (resolved := resolve_pronoun(opening)) is not None:
            subj_mentions = [resolved]
        else:
            return []
        pattern, score = "conjunct", 0.7
    if pattern in ("infinitive", "conjunct"):
        pass
    elif match.gap_chunks and match.cue.words[0] in COPULA_LEMMAS and not before_chunks and region.opener != "relative":
        # inverted copula frame: 'I serviceyrker er [den personlige kontakten] avgjørende for ...'
        subj = group_right(view, match.gap_chunks[0], match.last, gram)
        pattern, score = "inverted", 0.7
    elif region.opener == "relative":
        antecedent = antecedent_of(view, region.opener_index, gram)
        if antecedent is not None:
            antecedent = _definiendum(view, antecedent, gram)
        nominative = view.sentence.lang != "de" or tokens[region.opener_index].lower in GERMAN_NOMINATIVE_RELATIVES
        object_relative = view.sentence.lang == "de" and before_chunks and not obj and antecedent is not None \
            and (acts(view.chunks[before_chunks[0]].head) and not acts(view.chunks[antecedent].head)
                 or _disagrees(view, antecedent, match.first))
        after_relative = region.opener_index + 1
        pronoun_after = after_relative < match.first and _subject_pronoun(tokens[after_relative], view.sentence.lang) \
            and tokens[region.opener_index].lower not in FREE_RELATIVES | {"was"} \
            and tokens[region.opener_index].lower not in gram.conditionals \
            and antecedent is not None and (resolved := resolve_pronoun(after_relative)) is not None
        pronoun_subject = pronoun_after and (not obj or verb_final)
        # 'foder, som vi köper från Nordfoder': the cue's preposition has the object; the pronoun is the subject
        prepositional = pronoun_after and bool(obj) and len(match.cue.words) > 1 and match.cue.words[-1] in gram.prepositions
        if pronoun_subject and verb_final:
            # 'das Terminal, das Sie bei ZahlFix bestellt haben': the pronoun buys from ZahlFix (the
            # preposition's phrase is the object)
            subj_mentions = [resolved]
            pattern, score = "object-relative", 0.75
        elif verb_final and before_chunks and view.sentence.lang == "de" and antecedent is not None \
                and tokens[region.opener_index].lower not in ("der", "welcher") \
                and (acts(view.chunks[before_chunks[0]].head) and not acts(view.chunks[antecedent].head)
                     or _disagrees(view, antecedent, match.last)):
            # 'die Teile, die der Händler bei Brenner bestellt': a noun phrase before the verb-final
            # preposition is the subject; the relative pronoun the object
            subj = group_right(view, before_chunks[0], match.first, gram)
            pattern, score = "object-relative", 0.75
        elif prepositional:
            subj_mentions = [resolved]
            pattern, score = "object-relative", 0.75
        elif pronoun_subject:
            # 'das Terminal, das Sie bei ZahlFix bestellt haben', 'the products that we buy from X': a
            # subject pronoun after the relative pronoun makes the antecedent the object
            subj_mentions = [resolved]
            obj = group_left(view, antecedent, 0, gram)  # type: ignore[arg-type]
            pattern, score = "object-relative", 0.75
        elif object_relative:
            # 'Eigenschaften, die der Kunde voraussetzt': die/das may be accusative; only the
            # customer can be the one who presupposes
            subj = group_right(view, before_chunks[0], match.first, gram)
            obj = group_left(view, antecedent, 0, gram)  # type: ignore[arg-type]
            pattern, score = "object-relative", 0.75
        elif before_chunks and not obj and nominative and view.sentence.lang == "de" and antecedent is not None:
            # German subject relative with the object before the final verb: der eine Hotline anbietet
            subj = group_left(view, antecedent, 0, gram)
            obj = group_right(view, before_chunks[0], match.first, gram)
            relative_subject = True
            pattern, score = "relative", 0.8
        elif before_chunks and not obj and tokens[region.opener_index].lower not in SUBJECT_RELATIVES:
            # object relative: varen [som organisasjonen tilbyr]
            subj = group_left(view, before_chunks[-1], region.opener_index + 1, gram)
            if antecedent is not None:
                obj = group_left(view, antecedent, 0, gram)
            pattern, score = "object-relative", 0.8
        elif before_chunks and _embedded_clause(view, region.opener_index, view.chunks[before_chunks[-1]].start, gram):
            # 'a prospect who understands how Corvid reduces the time': the verb is the embedded
            # clause's, and so is its subject
            subj = group_left(view, before_chunks[-1], region.opener_index + 1, gram)
            pattern, score = "relative", 0.75
        elif antecedent is not None:
            subj = group_left(view, antecedent, 0, gram)
            relative_subject = True
            pattern, score = "relative", 0.85
        elif before_chunks:
            subj = group_left(view, before_chunks[-1], region.start, gram)
    elif view.sentence.lang == "de" and region.opener == "" and before_chunks and not obj and not obj_mentions \
            and (region.end == match.last + 1 or tokens[match.last + 1].lower in gram.coordinators) \
            and (antecedent := _subject_before_relative(view, region.start, gram)) is not None:
        # 'dass Kunden, die bei uns einkaufen, Beratung erwarten': the verb-final clause's subject
        # stands before the relative clause inserted into it; what stands before the verb is the object
        subj = group_left(view, antecedent, 0, gram)
        obj = group_right(view, before_chunks[0], match.first, gram)
        pattern, score = "verb-final", 0.7
    elif verb_final and region.opener != "relative" and (
            (pronoun := _pronoun_before(view, region.start, match.first, gram, strict=False)) is not None
            and (before_chunks == [] or pronoun < view.chunks[before_chunks[0]].start)):
        # 'weil wir unseren Rohkaffee bei Kooperativen kaufen': the subject opens the clause
        resolved = resolve_pronoun(pronoun)
        if resolved is None:
            return []
        subj_mentions = [resolved]
        pattern, score = "verb-final", 0.7
    elif before_chunks:
        nearest = before_chunks[0] if verb_final and region.opener != "relative" else before_chunks[-1]
        while view.sentence.lang == "de" and (owner := genitive_owner(view, nearest)) is not None:
            nearest = owner  # 'Die Lieferzuverlässigkeit [unserer Lieferanten] beeinflusst': the first noun
        pronoun = _pronoun_before(view, region.start, view.chunks[before_chunks[0]].start, gram, strict=False)
        if not obj and pronoun is not None and view.sentence.lang == "de":
            # verb-final clause with a pronoun subject: weil wir unseren Rohkaffee ... kaufen
            resolved = resolve_pronoun(pronoun)
            subj_mentions = [resolved] if resolved is not None else []
            obj = group_right(view, before_chunks[0], match.first, gram)
            pattern, score = "verb-final", 0.7
        elif not obj and len(before_chunks) >= 2 and view.sentence.lang == "de" and (
                region.opener != "" or _clause_final(view, match.last, region.end)):
            # verb-final clause (German subordinate, Satzklammer): subject, object, verb
            first = before_chunks[0]
            subj = group_right(view, first, view.chunks[nearest].start, gram)
            subj = [c for c in subj if c != nearest] or [first]
            obj = group_right(view, nearest, match.first, gram)
            obj = [c for c in obj if c not in subj]
            pattern, score = "verb-final", 0.75
        elif len(before_chunks) >= 2 and _after_coordinator(view, match.first, gram) and _verb_between(
                view, view.chunks[before_chunks[0]].end, view.chunks[before_chunks[1]].start, gram):
            # coordinated verb phrases: 'Slike bedrifter mangler X og trenger en rådgiver' → the
            # first conjunct's subject, not its object
            subj = group_right(view, before_chunks[0], match.first, gram)
            subj = [c for c in subj if view.chunks[c].end <= view.chunks[before_chunks[1]].start]
            pattern, score = "coordinated", 0.75
        else:
            subj = group_left(view, nearest, region.start, gram)
            if len(subj) >= 2 and in_pp(view, subj[0], gram) and (heads := [
                    c for c in before_chunks if view.chunks[c].end <= view.chunks[subj[0]].start and not in_pp(view, c, gram)]):
                # 'Investment in trains and staff improves reliability': the coordination is the
                # preposition's object; the subject is the noun the phrase modifies
                subj = group_left(view, heads[-1], region.start, gram)
            if view.sentence.lang != "de" and view.chunks[nearest].head.kind is not NAMED \
                    and _after_coordinator(view, match.first, gram) and _verb_between(
                    view, region.start, view.chunks[subj[0]].start, gram):
                return []  # 'Mange tar med seg mønsteret og vil ha hjelp': the first verb's object is no
                # subject (but 'jeg heter Mia og jobber i X': the name says who works)
            gap_from = max(view.chunks[nearest].end, region.start)  # (an inserted phrase before the clause is no gap)
            gap = sum(1 for k in range(gap_from, match.first) if tokens[k].is_word and not skippable(view, k, gram))
            score -= 0.1 * gap
            pronoun = _subject_after_accusative(view, nearest, match.first)
            if pronoun is not None and (resolved := resolve_pronoun(pronoun)) is not None:
                # 'Den Rasenmäher habe ich gekauft': a fronted accusative is the object ('Den Rohkaffee
                # kaufen wir bei Bauern': of the verb, not of 'kaufen bei')
                obj, subj, subj_mentions = obj or subj, [], [resolved]
                pattern, score = "object-first", 0.75
            elif pronoun is not None:
                return []  # 'Brot kauft er': the fronted phrase is the object, whoever 'er' is
            elif obj and not clausal and _german_object_first(view, nearest, match, obj[0], region) and not in_pp(view, obj[0], gram):
                # 'Die Teiglinge liefert die Zentrale aus', 'Die Brötchen backt der Bäcker': the
                # noun after the verb agrees with it (or is nominative); the fronted one is the object
                subj, obj = group_left(view, obj[0], match.last + 1, gram), subj
                pattern, score = "object-first", 0.75
    elif not subj_mentions:
        pronoun = _pronoun_before(view, region.start, match.first, gram)
        described = _before_apposition(view, region.start, gram) if region.start == match.first else None
        if described is not None:
            # 'Acme, a Norwegian software company, sells licences': the apposition's head is the subject
            subj = group_left(view, described, 0, gram)
            pattern, score = "apposition", 0.8
        elif pronoun is not None:
            resolved = resolve_pronoun(pronoun)
            if resolved is not None:
                subj_mentions = [resolved]
                pattern, score = "pronoun", 0.7
                fronted_object = next((c for c in dict.fromkeys(before) if c is not None
                                       and _subject_after_accusative(view, c, match.first) == pronoun), None)
                if not obj and fronted_object is not None:
                    obj = group_right(view, fronted_object, pronoun, gram)  # 'Den Service haben wir verbessert'
        elif (region.start < match.first or _after_fronted_clause(view, region.start, gram)) \
                and _pronoun_right_after(view, match, gram) is not None and obj_mentions == [] \
                and (resolved := resolve_pronoun(_pronoun_right_after(view, match, gram) or 0)) is not None:
            # ('Wenn der Test gelingt, bieten wir den Dienst an': a fronted clause is the first position)
            # V2 inversion with a pronoun subject: 'Hellre än blomster önskar jag engagemang'
            subj_mentions = [resolved]
            pattern, score = "inverted", 0.7
        elif region.start < match.first and match.gap_chunks and match.cue.words[-1] in gram.prepositions \
                and not _time_chunk(view, match.gap_chunks[0]) and not in_pp(view, match.gap_chunks[0], gram) \
                and all(skippable(view, k, gram) or tokens[k].lower in gram.prepositions
                        for k in range(match.first + 1, view.chunks[match.gap_chunks[0]].start)):
            # V2 inversion inside a cue: 'Ifølge kjeden handler [mange kunder] i Kvist-butikkene'
            subj = group_right(view, match.gap_chunks[0], match.last, gram)
            pattern, score = "inverted", 0.7
        elif (region.start < match.first or _after_fronted_clause(view, region.start, gram)) and obj and len(obj) >= 1:
            # V2 inversion after a fronted adverbial: I dag kjøper mange kunder finansielle tjenester
            after = obj
            rest_start = view.chunks[after[-1]].end
            k = rest_start
            while k < region.end and view.chunk_at[k] is None and (
                    skippable(view, k, gram) or is_adjective_like(tokens[k], view.sentence.lang, lex)
                    or in_adverbial_phrase(view, k)):
                k += 1  # 'I workshoppen ønsker kunderne [hurtig] information', '[vor allem]'
            k += _place_phrase(view, k, region.end, gram)  # 'verkauft Familie Reuschel [in Leipzig] Fahrräder'
            end = region.end
            if k in (region.end, region.end - 1) and (closing := _relative_clause_end(view, k, gram)) is not None:
                # (the region may hold the comma that opens the relative clause)
                # 'kaufen Kunden, die ihr Rad bei uns warten lassen, häufiger Zubehör': the subject's
                # relative clause stands between it and the object
                k = closing + 1
                while k < len(tokens) and view.chunk_at[k] is None and tokens[k].is_word and tokens[k].text.islower() \
                        and tokens[k].lower not in gram.prepositions and tokens[k].lower not in gram.coordinators \
                        and tokens[k].lower not in gram.subordinators:
                    k += 1  # the verb came before: what stands here are adverbs ('deutlich häufiger')
                end = next((j for j in range(k, len(tokens)) if tokens[j].text in HARD_STOPS or tokens[j].text == ","
                            and not list_comma(view, j, gram)), len(tokens))
            nxt = view.chunk_at[k] if k < end else None
            if nxt is not None and nxt not in after and not _time_chunk(view, nxt):
                subj = after
                obj = group_right(view, nxt, end, gram)
                pattern, score = "inverted", 0.7
    opens = match.first == region.start or match.first == region.start + 1 and tokens[region.start].lower in gram.coordinators
    if verb_final and opens and view.chunk_at[match.last - 1] is not None \
            and not subj_mentions and match.last + 1 < region.end:
        # '[Aus Vertrauen] entsteht Treue': a fronted phrase of the cue's preposition before the verb
        # (V2); the subject follows the verb
        k = match.last + 1
        while k < region.end and view.chunk_at[k] is None and skippable(view, k, gram):
            k += 1
        if k < region.end and view.chunk_at[k] is not None and not in_pp(view, view.chunk_at[k], gram):  # type: ignore[arg-type]
            subj = group_right(view, view.chunk_at[k], region.end, gram)  # type: ignore[arg-type]
            pattern, score = "fronted", 0.7
    # --- voice and direction
    subj = _examples_head(view, subj, gram)
    subj, obj = _names_for_kinds(view, subj, gram), _names_for_kinds(view, obj, gram)
    obj = [c for c in obj if not _duration(view, c)]  # 'har jobbet som megler i tolv år'
    subjects = subj_mentions or [m for c in subj for m in view.chunks[c].mentions]
    objects = obj_mentions or [m for c in obj for m in view.chunks[c].mentions]
    change = _reflexive_change(view, match, region, gram) if view.sentence.lang == "de" else None
    if change is not None:
        # 'Durch die neue App hat sich die Zufriedenheit erhöht', 'Die Qualität lässt sich durch
        # Schulungen verbessern': a reflexive verb of change; its 'durch' phrase is the cause
        cause, patient = change
        subjects = [m for c in cause for m in view.chunks[c].mentions]
        objects = [m for c in patient for m in view.chunks[c].mentions]
        pattern, score = "reflexive", 0.7
    elif is_passive(view, match.first, lex, gram):
        agent = _agent(view, match.last, region.end, gram, region.start if view.sentence.lang == "de" else -1)
        if agent is None and match.cue.relation in CAUSAL and not match.cue.inverse:
            # 'Loyalitet skabes gennem god service', 'is built through trust': the means of an
            # agentless passive of causing is its cause (German 'durch' is an agent preposition already)
            agent = _agent(view, match.last, region.end, gram, prepositions=MEANS_PREPOSITIONS)
            if agent and any(_time_chunk(view, c) for c in agent):
                agent = None  # 'bygget opp gjennom 150 år': a stretch of time, not a means
        if agent is None:
            return []
        agents = [m for c in agent for m in view.chunks[c].mentions]
        # the patient is the subject; after a fronted participle or adverbial (V2) it follows the verb:
        # 'Hergestellt wird der R600 von ...', 'I år har appen lastats ned av 5 000 kunder'
        inverted_patient = not subjects and (match.first == region.start or fronted)
        if inverted_patient and not [m for m in objects if m not in agents]:
            # 'I fjor ble varene levert av X': between the auxiliary and the participle
            inner = [c for c, chunk in enumerate(view.chunks) if region.start <= chunk.start and chunk.end <= match.first
                     and not in_pp(view, c, gram) and not _time_chunk(view, c)]
            objects = [m for m in view.chunks[inner[-1]].mentions] if inner else []
        objects, subjects = [m for m in objects if m not in agents] if inverted_patient else subjects, agents
        pattern, score = "passive", 0.8
    if match.cue.inverse:
        subjects, objects = objects, subjects
    relation = match.cue.relation
    if match.cue.words[0] in GIVE and len(match.cue.words) == 1:
        # 'gir service' provides it (sells); 'gir tilfredse kunder' causes them (creates); what an
        # unknown object is given for ('gav betyget 4,3') the rules cannot tell
        objects = [o for o in objects if _known(o)]
        if objects and all(_provided(o) for o in objects):
            relation = "sells"
    if match.cue.words[0] in PERFORM and len(match.cue.words) == 1:
        # 'udfører service' sells it; 'utfører oppgaver' does work the ontology does not know
        objects = [o for o in objects if _known(o)]
    if match.cue.words[0] in DRIVE and len(match.cue.words) == 1:
        # 'drive loyalty' increases it; 'driver bussruter', 'drivs av Eldkärnan AB' runs them
        objects = [o for o in objects if o.kind in (CLASS, QUALIFIED) or o.base]
        objects = [o for o in objects if (o.key if o.kind is CLASS else o.base) not in organisation_classes()]
    if match.cue.words == ("make",) and relation == "creates" and obj and not match.cue.inverse \
            and view.chunks[obj[0]].start > match.last and _object_complement(view, obj[0], gram):
        return []  # 'make real-time information a requirement', 'made parking free': makes it be so
    if relation == "wants" and _raised_object(view, match.last + 1, gram):
        return []  # 'we want people to leave the car at home': what is wanted is the infinitive's event
    if match.cue.words[0] == "führen" and len(match.cue.words) == 1 and relation == "sells":
        # 'führt regionale Produkte' sells them; 'führt die Hörwelt Hollmann', 'führt das Geschäft' runs it
        objects = [o for o in objects if o.kind is not NAMED and (o.key if o.kind is CLASS else o.base) not in organisation_classes()]
    if relation == "serves" and match.cue.words[:2] in RECEIVE:
        # 'ta emot kunder', 'ta hand om gästerna' serve them; 'ta emot samtal', 'tar emot 412
        # ärenden', 'ta hand om avloppet' receive or handle things: only one who acts is served
        objects = [o for o in objects if acts(o)]
    if relation in ("serves", "fulfils") and match.cue.words[0] in MEET and objects:
        # 'møte kunden' serves, 'møte behovet' fulfils: the object decides
        relation = "serves" if all(acts(o) for o in objects) else "fulfils"
    if relation == "fulfils" and match.cue.words[0] in COVER and objects and not any(_needed(m) for m in objects + subjects):
        if subjects and all(acts(s) for s in subjects):
            return []  # 'The supplier covers the refunds', 'Forsikringsselskapet dekker skaden': pays for them
        # 'dekker behovet' fulfils it; 'A care plan covers vaccinations and health checks' has them as parts
        relation, subjects, objects = "partOf", objects, subjects
    subjects, flip_s = _through_change(view, subjects, gram)
    objects, flip_o = _through_change(view, objects, gram)
    if flip_s != flip_o and relation in ("increases", "decreases", "influences"):
        # 'nedgangen i kundetilfredshet skyldes forsinkede pakker': packages decrease satisfaction
        relation = "increases" if relation == "decreases" else "decreases"
    if relation == "partOf" and view.sentence.lang == "de" and not match.cue.inverse and any(_counted_set(view, c) for c in obj):
        return []  # 'Sie gehören damit zu über 4.000 Betrieben': one of many, not a part of them
    if relation in ("increases", "creates") and any(_fewer(view, c, gram) for c in obj if view.chunks[c].start > match.last):
        relation = "decreases"  # 'better advice leads to fewer complaints', 'führt zu weniger Beschwerden'
    phrase_cued: list[Found] = []
    if len(match.cue.words) == 1 and not match.cue.inverse and \
            (fronted_pp := _fronted_cue_phrase(view, match, region, lex, gram, resolve_pronoun)) is not None:
        # 'Hos Fjordvolt kjøper vi strøm', 'Bei Reuschel kaufen viele Stammkunden': the fronted
        # phrase is the one the verb's prepositional cue ('kjøpe hos', 'kaufen bei') takes
        cue, whole = fronted_pp
        polarity = negated_between(view, match.last, region.end, gram)
        if not cue.inverse:
            phrase_cued = [Found(s, cue.relation, o, round(score - 0.2, 2), polarity, "fronted")
                           for s in subjects for o in whole if o.key != s.key]
    if not subjects and not objects:
        return phrase_cued
    if subjects and not objects and not obj and not obj_mentions and len(subj) >= 2 and not match.cue.inverse \
            and match.cue.relation in RECIPROCAL and not _clause_follows(view, match.last, gram):
        # reciprocal: X og Y henger sammen (but 'Kaffe og kakao øker': both rise)
        first_conjunct = view.chunks[subj[0]].mentions
        rest = [m for c in subj[1:] for m in view.chunks[c].mentions]
        subjects, objects = list(first_conjunct), rest
        pattern, score = "reciprocal", 0.7
    if not subjects or not objects:
        return phrase_cued
    neg_start = min([view.chunks[c].end for c in subj if view.chunks[c].end <= match.first] or [region.start])
    neg_start = max(neg_start, region.start)  # ('Mersalg som ikke henger sammen med X, kan skade': not this clause's)
    obj_start = min([view.chunks[c].start for c in obj if view.chunks[c].start > match.last] or [region.end])
    obj_end = max([view.chunks[c].end for c in obj if view.chunks[c].start > match.last] or [region.end])
    # before the object, or clause-final after it ('kauft das Produkt nicht')
    negated = negated_between(view, neg_start, obj_start, gram) \
        or negated_between(view, obj_end, region.end, gram, without=False)
    # 'uten kunder som kjøper varer': the determiner negates the antecedent, not the relative clause
    negated = negated or any(np_negated(view, c, gram) for c in (obj if relative_subject else subj + obj))
    if region.opener == "subordinate" and negated_between(view, 0, region.opener_index, gram):
        negated = True  # 'Kari var ikke overbevist om at gratis retur vil øke lønnsomheten'
    if relative_subject and any(_negated_cleft_focus(view, c, gram) for c in subj):
        negated = True  # 'Det er ikke prisen, der skaber loyalitet': the cleft denies its focus the clause
    if region.opener == "conditional":
        score -= 0.1
    if not view.words.isdisjoint(gram.hedges) \
            and any(t.lower in gram.hedges for t in tokens[region.start : region.end]):
        score -= 0.05
    if match.cue.words[0] in ambiguous:
        score -= AMBIGUOUS_PENALTY
        if relation in AGENTIVE:
            # a weak cue ('hjelpe', 'møte', 'make') needs a subject that surely acts
            subjects = [m for m in subjects if acts(m)]
        elif len(match.cue.words) == 1:
            # ... and, for an effect, no single event the ontology does not know: 'make happy
            # customers', 'make tables', not 'make a claim', 'make a decision'
            objects = [m for m in objects if _known(m) or not _after_indefinite(view, m)]
    score = max(0.3, min(0.95, score))
    out = []
    others = {m for c in obj if _after_other(view, c, gram) for m in view.chunks[c].mentions}
    for s in subjects:
        for o in objects:
            if s.key == o.key and s.kind == o.kind and o not in others:
                continue  # 'konkurrerer med andre selskaper' is a real relation between companies
            out.append(Found(s, relation, o, round(score, 2), negated, pattern))
    return out + phrase_cued


def _fronted_cue_phrase(view: SentenceView, match: CueMatch, region: Region, lex: Lexicon,
                        gram: Grammar, resolve_pronoun: Resolver) -> tuple[Cue, list[Mention]] | None:
    """A V2 clause opened by a prepositional phrase right before its verb, where the verb and that
    preposition make a cue of their own: the cue and the phrase's mentions, else None."""
    tokens = view.tokens
    k = region.start
    if view.sentence.lang == "en" or k + 2 > match.first or tokens[k].lower not in gram.prepositions:
        return None
    j = k + 1
    while j < match.first and view.chunk_at[j] is None and tokens[j].lower in gram.determiners:
        j += 1
    if j >= match.first:
        return None
    if (ci := view.chunk_at[j]) is not None:
        if view.chunks[ci].end != match.first:
            return None
        whole = list(view.chunks[ci].mentions)
    elif tokens[j].lower in gram.speaker_pronouns and j + 1 == match.first and (resolved := resolve_pronoun(j)) is not None:
        whole = [resolved]  # 'Bei uns kaufen viele Kunden Brot', 'Hos oss kjøper mange kunder brød'
    else:
        return None
    verb = tokens[match.first]
    for key in lex.verb_keys(verb.lower, verb.lemma):
        for cue in lex.cues.get(key, ()):
            if cue.words[1:] == (tokens[k].lower,):
                return cue, whole
    return None


CHANGE_DOWN_NOUNS = frozenset(
    "nedgang reduksjon svekkelse fall minskning nedgång försämring fald reduktion forringelse rückgang abnahme "
    "verringerung senkung verschlechterung decline decrease drop fall reduction deterioration".split()
)
CHANGE_UP_NOUNS = frozenset(
    "økning vekst forbedring ökning tillväxt förbättring stigning vækst forbedring øgning anstieg zunahme "
    "steigerung wachstum verbesserung increase rise growth improvement".split()
)


def _through_change(view: SentenceView, mentions: list[Mention], gram: Grammar) -> tuple[list[Mention], bool]:
    """'nedgangen i X', 'the growth of X': the relation is about X; says whether the change is downward."""
    if len(mentions) != 1 or mentions[0].kind is not CONCEPT:
        return mentions, False
    key = mentions[0].key.split()[-1]
    if key not in CHANGE_DOWN_NOUNS and key not in CHANGE_UP_NOUNS:
        return mentions, False
    end = next((c.end for c in view.chunks if c.head == mentions[0]), None)
    if end is None or end + 1 >= len(view.tokens) or view.tokens[end].lower not in gram.prepositions:
        return mentions, False
    k = end + 1
    while k < len(view.tokens) and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
        k += 1
    ci = view.chunk_at[k] if k < len(view.tokens) else None
    if ci is None:
        return mentions, False
    return list(view.chunks[ci].mentions), key in CHANGE_DOWN_NOUNS


def _fewer(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """The noun phrase at ``ci`` counts less of its noun: 'fewer complaints', 'færre klager', 'zu
    weniger Beschwerden' (not the German strong adjective of 'ein schlechter Service')."""
    k = view.chunks[ci].start
    if k > 0 and view.tokens[k - 1].lower in gram.downward_words:
        k -= 1
    while k < view.chunks[ci].end - 1 and view.tokens[k].lower in gram.determiners:
        k += 1
    tok = view.tokens[k]
    if tok.lower not in gram.downward_words or k + 1 >= view.chunks[ci].end:
        return False
    return not (view.sentence.lang == "de" and k > 0 and view.tokens[k - 1].lower.startswith(("ein", "kein")))


def acts(m: Mention) -> bool:
    """Known to be able to act: a name, or a concept of an agent class (Person, Organization ...)."""
    cls = m.key if m.kind is CLASS else m.base
    return m.kind is NAMED or cls in agent_classes()


def _after_other(view: SentenceView, ci: int, gram: Grammar) -> bool:
    if view.words.isdisjoint(gram.other_words):
        return False  # (most sentences: no 'other' anywhere)
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners and view.tokens[k].lower not in gram.other_words:
        k -= 1
    return k >= 0 and (view.tokens[k].lower in gram.other_words or view.tokens[view.chunks[ci].start].lower in gram.other_words)


def _nominal(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """A chunk that is surely a noun phrase: an ontology concept, a name, or a noun after a determiner."""
    chunk = view.chunks[ci]
    if chunk.head.kind is not CONCEPT or chunk.head.base or view.sentence.lang == "de":
        return True
    return chunk.start > 0 and view.tokens[chunk.start - 1].lower in gram.determiners


def _raised_object(view: SentenceView, k: int, gram: Grammar) -> bool:
    """An English object from token ``k`` on followed by 'to' and a verb ('want people [to leave]',
    'want you to stay', 'want their parcels to arrive'): the subject of the infinitive, not the thing
    wanted ('want access to services', 'to our products' have a noun phrase after 'to')."""
    if view.sentence.lang != "en":
        return False
    while k < len(view.tokens) and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
        k += 1
    if k >= len(view.tokens):
        return False
    ci = view.chunk_at[k]
    k = view.chunks[ci].end if ci is not None else k + 1  # (a pronoun: 'you', 'them')
    if k + 1 >= len(view.tokens) or view.tokens[k].lower != "to" or not view.tokens[k + 1].is_word:
        return False
    after, verb = view.chunk_at[k + 1], view.tokens[k + 1]
    if after is None:
        return verb.lower not in gram.determiners and verb.lower not in gram.pronouns and not verb.text[:1].isdigit()
    head = view.chunks[after].head
    return head.kind is CONCEPT and not head.base and verb.lemma == verb.lower and view.chunks[after].start == k + 1


def _after_coordinator(view: SentenceView, verb: int, gram: Grammar) -> bool:
    """The verb follows 'og/and/und' directly (adverbs and auxiliaries aside): a coordinated verb phrase."""
    k = verb - 1
    while k >= 0 and view.chunk_at[k] is None and (
        view.tokens[k].lower in gram.adverbs or view.tokens[k].lower in gram.auxiliaries
    ):
        k -= 1
    return k >= 0 and view.tokens[k].lower in gram.coordinators and view.chunk_at[k] is None


RECIPROCAL = frozenset({"influences", "competesWith"})  # relations 'X and Y <verb>' states between the two


def _year(text: str) -> bool:
    """'seit 1998', 'since 2019': a year completes its prepositional phrase."""
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099


def in_pp(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """A mention right after a preposition (with determiners between) is no subject: *I dag*, *av iskrem*."""
    k = view.chunks[ci].start - 1
    german = view.sentence.lang == "de"
    while k >= 0 and view.chunk_at[k] is None and (
        view.tokens[k].lower in gram.determiners or view.tokens[k].text.isdigit()
        or german and k > 0 and (is_adjective_like(view.tokens[k], "de", lexicon("de"))
                                 and view.tokens[k].lower not in gram.function_words
                                 or view.tokens[k].lower in gram.adjectives or view.tokens[k].lower in gram.adverbs)
    ):
        k -= 1  # (German adjectives, lower-case: 'durch [kurze] Wartezeiten', 'mit [sehr guter] Beratung')
    while k >= 1 and view.chunk_at[k] is None and view.tokens[k].lower in gram.coordinators \
            and view.chunk_at[k - 1] is None and _adjective_word(view.tokens[k - 1], gram):
        k -= 2  # 'af [gamle og] nye kunder', 'of [old and] new customers': adjectives sharing the noun
        while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
            k -= 1
    if view.sentence.lang == "en" and k >= 1 and (name := view.chunk_at[k]) is not None \
            and view.chunks[name].head.kind is NAMED and view.chunks[name].end == view.chunks[ci].start:
        k = view.chunks[name].start - 1  # 'Members on [the Flex] plan': a name modifying the noun
        while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
            k -= 1
    if k >= 1 and view.tokens[k - 1].lemma in TRANSPARENT_NOUNS:
        return False  # 'antallet af klager' is the subject, not a prepositional phrase
    if partitive_of(view.tokens, k):
        return False  # 'Mange af vores ældre kunder sætter pris på': many of them are the subject
    if k >= 1 and view.sentence.lang == "de" and view.tokens[k].lower == "als" \
            and view.tokens[k - 1].lower in COMPARED_QUANTITIES:
        return False  # 'Mehr als 600 Artikel beziehen wir': a count, not a role
    if german and k >= 0 and view.tokens[k].lower == "als" and k + 1 < len(view.tokens) \
            and view.tokens[k + 1].lower == "auch":
        return False  # 'Sowohl der Preis als auch die Qualität': the second conjunct, not a role
    return k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in gram.prepositions


def _adjective_word(tok: Token, gram: Grammar) -> bool:
    """A word that may stand as an adjective before a noun."""
    lex = lexicon(gram.lang)
    return tok.lower in gram.adjectives or tok.lemma in gram.adjectives or bool(lex.state(tok.lower, tok.lemma)) \
        or tok.lower not in gram.function_words and is_adjective_like(tok, gram.lang, lex) and lex.noun(tok.lower, tok.lemma) is None


def _clause_follows(view: SentenceView, last: int, gram: Grammar) -> bool:
    """A clause right after the verb is its object ('also influence whether a customer defects')."""
    if last + 1 >= len(view.tokens):
        return False
    word = view.tokens[last + 1].lower
    return word in gram.subordinators or word in gram.question_words or word in COMPLEMENTIZERS


WISHES = frozenset({"expects", "wants", "requires"})  # what is expected may be a clause's object


def _clause_object(view: SentenceView, k: int, end: int, gram: Grammar) -> int | None:
    """The object of a clause whose pronoun subject ends before ``k``: the first chunk after its
    verbs, not inside a prepositional phrase ('at de kan få [hjælp] af en medarbejder')."""
    while k < end and view.chunk_at[k] is None:
        tok = view.tokens[k]
        if not tok.is_word or tok.lower in gram.prepositions or tok.lower in gram.subordinators \
                or tok.lower in gram.relativizers or tok.lower in gram.coordinators:
            return None
        k += 1
    if k >= end:
        return None
    return view.chunk_at[k]


def _embedded_clause(view: SentenceView, opener: int, subject: int, gram: Grammar) -> bool:
    """A question word or a subordinator between a relative pronoun and a later subject opens a
    clause inside the relative clause ('who understands [how] Corvid reduces ...')."""
    return any(view.tokens[k].lower in gram.question_words or view.tokens[k].lower in gram.subordinators
               for k in range(opener + 1, subject))


def _subject_before_relative(view: SentenceView, start: int, gram: Grammar) -> int | None:
    """German: the clause at ``start`` goes on after a relative clause that a comma closes, and
    the antecedent opens a subordinate clause ('dass [Kunden], die bei uns kaufen, Qualität
    erwarten'): the antecedent's chunk, or None."""
    tokens = view.tokens
    if start < 4 or tokens[start - 1].text != ",":
        return None
    k = start - 2
    while k > 0 and tokens[k].text not in ",;:" and tokens[k].text not in HARD_STOPS:
        k -= 1
    if k < 1 or tokens[k].text != "," or tokens[k + 1].lower not in gram.relativizers:
        return None
    antecedent = view.chunk_at[k - 1]
    if antecedent is None:
        return None
    j = view.chunks[antecedent].start - 1
    while j >= 0 and view.chunk_at[j] is None and tokens[j].lower in gram.determiners:
        j -= 1
    return antecedent if j >= 0 and tokens[j].lower in gram.subordinators and opens_clause(view, j, gram) else None


def _opens_after(view: SentenceView, ci: int, region: Region, gram: Grammar) -> bool:
    """Chunk ``ci`` follows (determiners aside) the subordinator that opens its clause, a word that
    is a preposition too: in 'während [die Techniker] unsere Ventile bevorzugen' (verb last) it is no
    PP (the caller checks the verb ends the clause: 'Während der Messe kaufen ...' is one)."""
    if region.opener != "subordinate" or view.tokens[region.opener_index].lower not in gram.prepositions:
        return False
    k = region.opener_index + 1
    while k < view.chunks[ci].start and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
        k += 1
    return k == view.chunks[ci].start


def _pronoun_right_after(view: SentenceView, match: CueMatch, gram: Grammar) -> int | None:
    """A subject pronoun right after a fronted verb (V2 inversion): 'önskar jag', 'kauft er'."""
    k = match.first + 1
    if k < len(view.tokens) and view.tokens[k].lower in gram.pronouns and not reflexive(view.tokens[k].lower, view.sentence.lang) \
            and view.tokens[k].lower not in FIRST_PERSON_OBJECTS and view.tokens[k].lower not in SECOND_PERSON_OBJECTS \
            and view.sentence.lang != "en":
        return k
    return None


def _pronoun_after(view: SentenceView, match: CueMatch, end: int, gram: Grammar) -> int | None:
    """A speaker pronoun ('us', 'oss', 'uns') right after a cue ending in a preposition, or an object
    pronoun right after the cue or after its inverted subject ('Derfor tilbyder vi dem rabat')."""
    k = match.last + 1
    lang = view.sentence.lang
    if lang != "en" and k + 1 < end and (view.tokens[k].lower in gram.speaker_pronouns or _pronoun_right_after(view, match, gram) == k) \
            and _object_pronoun(view.tokens[k + 1].lower, lang) and view.tokens[k + 1].lower not in FIRST_PERSON_OBJECTS:
        k += 1
    if match.cue.words[-1] in gram.prepositions and k < end and view.tokens[k].lower in gram.speaker_pronouns \
            and not (k + 1 < end and (ci := view.chunk_at[k + 1]) is not None and not acts(view.chunks[ci].head)):
        return k  # 'handler i vores butikker': with us ('en del av vårt erbjudande': of the offer)
    if k < end and _object_pronoun(view.tokens[k].lower, lang):
        return k  # 'personalen som möter mig', 'verkaufen ihn', 'hjelper deg', 'tilbyder vi dem rabat'
    if lang == "de" and k == match.last + 1 and k < end and view.tokens[k].lower == "sie" and view.chunks \
            and view.chunks[0].end <= match.first and _sentence_initial(view, 0) and all(
                view.chunk_at[j] is not None or view.tokens[j].lower in gram.prepositions
                or view.tokens[j].lower in gram.determiners or view.tokens[j].lower in gram.coordinators
                or view.tokens[j].text[:1].isdigit() or view.tokens[j].text.startswith("-")
                for j in range(view.chunks[0].end, match.first)):
        return k  # V2 'Unsere Berater (in 200 Filialen) betreuen Sie': the subject stands before the verb, so
        # 'Sie' is the object
    return None


def _object_pronoun(word: str, lang: str) -> bool:
    """An object form ('ihn', 'them', 'meg', 'deg', Scandinavian 'dem'; German 'dem' is an article)."""
    return word in FIRST_PERSON_OBJECTS or word in OBJECT_PRONOUNS or word in SECOND_PERSON_OBJECTS \
        or lang in ("nb", "sv", "da") and word in SCANDINAVIAN_OBJECTS


EMPLOYER_PREPOSITIONS = frozenset("fra från fra from von af hos at bei ved".split())


def employer_at(view: SentenceView, k: int) -> Mention | None:
    """The organisation named right after an employer's preposition at token ``k``: 'NAME
    fra/from/von ORG', 'i kundeservice hos ORG'."""
    if k + 1 >= len(view.tokens) or view.tokens[k].lower not in EMPLOYER_PREPOSITIONS:
        return None
    ci = view.chunk_at[k + 1]
    return view.chunks[ci].head if ci is not None and view.chunks[ci].head.kind is NAMED else None


def _department_employer(view: SentenceView, ci: int, end: int) -> int | None:
    """The chunk of the organisation a part of one belongs to ('i kundeservice [hos Lysgård
    Energi]'), else None; 'at'/'ved' a name that is no organisation's may be a place."""
    k = view.chunks[ci].end
    employer = employer_at(view, k) if k + 1 < end and view.chunks[ci].head.kind is not NAMED else None
    if employer is None:
        return None
    person_at = view.tokens[k].lower in ("hos", "bei")  # (not a place: 'hos' and 'bei' take people and firms)
    return view.chunk_at[k + 1] if person_at or organisation_name(employer.key, view.sentence.lang) else None


def _subject_before_insertion(view: SentenceView, start: int, gram: Grammar) -> int | None:
    """The noun phrase opening the sentence before an inserted phrase that a comma closes right
    before the clause at ``start``: 'Kundene, som ofte er eldre, ønsker', 'The staff, most of them
    students, serve', 'Die Kunden, vor allem die älteren, wünschen'."""
    tokens = view.tokens
    if start < 4 or tokens[start - 1].text != ",":
        return None
    k = 0
    while k < start and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k += 1
    first = view.chunk_at[k] if k < start else None
    if first is None:
        return None
    group = group_right(view, first, start, gram)
    opening = view.chunks[group[-1]].end
    relative = tokens[opening].lower in gram.relativizers and view.sentence.lang != "de"  # (German: an article too)
    if opening >= start - 2 or (tokens[opening].text != "," and not relative) or any(
            tokens[j].text in ",;:" or tokens[j].text in HARD_STOPS for j in range(opening + 1, start - 1)):
        return None  # one inserted phrase between two commas ('Kunder som ikke får svar, bytter'), nothing else
    named = name_in_commas(view, group[-1])
    return named if named is not None else group[-1]  # 'Our training lead, Gareth Pryce, developed': the name says who


def _second_adjective(view: SentenceView, k: int, end: int, gram: Grammar) -> bool:
    """Token ``k`` is the second of two coordinated adjectives right before their noun: 'nye og
    [brukte] biler', 'new and [used] cars' (a participle the lemmatiser reads as a verb)."""
    return 2 <= k and k + 1 < end and view.chunk_at[k + 1] is not None and view.chunk_at[k] is None \
        and view.tokens[k - 1].lower in gram.coordinators and view.tokens[k].text[:1].islower() \
        and is_adjective_like(view.tokens[k - 2], view.sentence.lang, lexicon(view.sentence.lang))


def _pronoun_object(view: SentenceView, k: int, end: int, gram: Grammar) -> bool:
    """Token ``k`` is a personal pronoun standing alone as an object ('it', 'den', 'es'): what
    follows is a phrase or the clause's end, not its noun ('den nye bilen') nor a second object
    ('offer you a discount')."""
    tok = view.tokens[k]
    if tok.lower not in gram.pronouns or reflexive(tok.lower, view.sentence.lang) or view.chunk_at[k] is not None:
        return False
    if k + 1 >= end:
        return True
    after = view.tokens[k + 1]
    return not after.is_word or after.lower in gram.prepositions or after.lower in gram.coordinators \
        or after.lower in gram.subordinators


def _object_after(view: SentenceView, match: CueMatch, end: int, gram: Grammar) -> int | None:
    """The first mention after the cue that is not inside an adverbial prepositional phrase
    (*erwartet bis Ende Mai eine Schnittstelle*). A cue ending in a preposition takes what follows it."""
    k = match.last + 1
    if view.sentence.lang == "en" and match.first + 2 in match.tokens and view.tokens[match.first + 1].lower in gram.pronouns \
            and view.tokens[match.first + 1].lower not in REFLEXIVES:
        return None  # 'bought it in the sale': a pronoun between verb and particle is the object
    ends_in_preposition = match.cue.words[-1] in gram.prepositions or len(match.cue.words) > 1
    if match.cue.words[-1] in gram.prepositions and k < end and view.tokens[k].lower in COMPLEMENTIZERS \
            and match.cue.relation in ("increases", "decreases", "creates"):
        # 'skälet till att kunder byter operatör': what is caused is the clause, not its subject
        # (but 'en forutsetning for at passasjerene kan planlegge': the passengers require it)
        return None
    while k < end:
        if view.chunk_at[k] is not None:
            ci = view.chunk_at[k]
            start = view.chunks[ci].start
            head = view.chunks[ci].head
            if head.kind is CONCEPT and head.key.split()[-1] in TIME_HEADS and (
                    start > match.last + 1 and view.tokens[start - 1].lower in TIME_DETERMINERS
                    or view.tokens[start].lower in TIME_DETERMINERS):
                # 'bestellt jede Woche Blumen', 'buys every week', 'köpte förra gången': a time, not the object
                k = view.chunks[ci].end
                continue
            return ci
        tok = view.tokens[k]
        if k == match.last + 1 and k + 2 < len(view.tokens) and announced_clause(view, match.last, k + 2):
            k += 1  # 'hängt davon [ab], dass ...': the particle closes the main clause
            continue
        if skippable(view, k, gram) or tok.lower in gram.adjectives or tok.lemma in gram.adjectives or adjective_comma(
                view, k, gram) or in_adverbial_phrase(view, k) or _second_adjective(view, k, end, gram) or (
            view.sentence.lang == "en" and ly_adverb(tok.lower)
        ) or k + 1 < end and view.tokens[k + 1].lemma in TRANSPARENT_NOUNS:  # 'a wide selection of'
            k += 1  # 'tilbyr allerede gratis retur', 'med de stora elbolagen', 'a properly laid table'
            continue
        example = phrase_at(view, k, gram.hyponym_markers) if k == match.last + 1 and view.tokens[k - 1].text != "," else 0
        if example and tok.lower not in gram.relativizers:
            k += example  # 'erwartet beispielsweise ein sauberes Zimmer': an adverb, not a list
            continue
        if k == match.last + 1 and view.sentence.lang == "de" and tok.lower == "aber":
            k += 1  # 'stärkt aber die Bindung': after the verb, 'aber' is an adverb
            continue
        if k == match.last + 1 and tok.lower in gram.coordinators and k + 2 < end and _verb_like(view, k + 1, gram):
            k += 2  # coordinated verbs share the object: 'selger og reparerer biler'
            continue
        if tok.lower in gram.coordinators and k > match.last + 1 and view.chunk_at[k - 1] is None:
            k += 1  # an adverbial pair: 'skyldes først og fremst forsinkede pakker'
            continue
        adverb_zone = k == match.last + 1 or all(
            view.tokens[j].lower in gram.adverbs or view.tokens[j].lower in gram.negators for j in range(match.last + 1, k))
        if adverb_zone and _pronoun_object(view, k, end, gram) and _pronoun_right_after(view, match, gram) != k:
            return None  # 'bought it in the spring sale': the object is the pronoun, not the phrase after it
        if (adverb_zone and tok.is_word and tok.lower not in gram.prepositions
                and tok.lower not in gram.subordinators and tok.lower not in gram.coordinators
                and k + 1 < end and (view.chunk_at[k + 1] is not None or skippable(view, k + 1, gram))):
            k += 1  # an adverb the grammar does not list: svække [selv] en langvarig kunderelation, daher [unmittelbar]
            continue
        if tok.text == "," and k + 1 < end and cleft_copula(view, gram) == k + 1:
            k += 2  # 'Det jeg kan tilby, er kunnskap': what is offered follows the cleft's copula
            continue
        if tok.text == "," and k + 1 < len(view.tokens) and announced_clause(view, match.last, k + 1):
            if match.cue.relation == "expects":
                return None  # 'Ich rechne damit, dass der NPS steigt': a forecast, not an expectation of the NPS
            k += 1  # 'die Voraussetzung dafür, dass ...': the clause the pronominal adverb announces
            match = CueMatch(match.cue, match.first, k - 1, match.tokens, match.gap_chunks)
            continue
        if tok.text == "," and k == match.last + 1 and k + 1 < end and view.tokens[k + 1].lower in COMPLEMENTIZERS \
                and view.sentence.lang != "de":
            k += 1  # 'Kunderne forventer, at de ...': Danish and Norwegian may write a comma before 'at'
            match = CueMatch(match.cue, match.first, k - 1, match.tokens, match.gap_chunks)
            continue
        if k == match.last + 1 and (tok.lower in COMPLEMENTIZERS or ends_in_preposition and tok.lower in gram.subordinators
                                    or view.sentence.lang == "de" and tok.lower in ANNOUNCED_CLAUSE_OPENERS):
            # complement clause: avgjørende for [om kunden blir fornøyd] → its subject
            k += 1
            while k < end and view.chunk_at[k] is None and (view.tokens[k].lower in gram.determiners or (
                    view.sentence.lang == "de" and (reflexive(view.tokens[k].lower, "de") or view.tokens[k].lower in gram.adverbs
                                                    or view.tokens[k - 1].lower == "wie" and view.tokens[k].text.islower()))):
                k += 1  # 'dass [sich] unsere Kunden wohlfühlen', 'wie [sorgfältig] der Lieferant arbeitet'
            ci = view.chunk_at[k] if k < len(view.tokens) else None
            if ci is None and k < end and match.cue.relation in WISHES and view.sentence.lang != "de" and (
                    view.tokens[k].lower in gram.pronouns or view.tokens[k].lower in gram.speaker_pronouns):
                return _clause_object(view, k + 1, end, gram)  # 'forventer, at de kan få hjælp': what they get
            if ci is None:
                return None
            head = view.chunks[ci].head
            # the clause's subject must look like one: a known concept or a name, not 'liker' (German
            # capitalises its nouns: 'dass die Beratung gelingt')
            german_noun = view.sentence.lang == "de" and view.tokens[view.chunks[ci].start].text[:1].isupper()
            # (nor is a Scandinavian noun with its suffixed article: 'at emballagen kommer')
            suffixed = definite_noun(view.tokens[view.chunks[ci].end - 1], view.sentence.lang)
            return ci if head.kind is not CONCEPT or head.base or german_noun or suffixed else None
        nxt = view.tokens[k + 1] if k + 1 < end else None
        if view.sentence.lang == "de" and (closing := _circumposition_end(view, k, end)) is not None:
            k = closing + 1  # 'kauften über drei Generationen hinweg ihre Schulsachen': a phrase of time
            continue
        if tok.lower in gram.prepositions and nxt is not None and (nxt.text[:1].isdigit() or nxt.lower in QUANTITY_WORDS):
            k += 1  # 'sold about forty oak chairs': an approximation, not a prepositional phrase
            continue
        if tok.lower in gram.prepositions and k + 2 < end and view.tokens[k + 1].lower in gram.determiners \
                and view.chunk_at[k + 1] is None and view.tokens[k + 2].lower in gram.determiners:
            k += 2  # 'vor allem die Qualität', 'framför allt den': an adverbial, the object follows
            continue
        if tok.lower in gram.prepositions and not (ends_in_preposition and k == match.last + 1):
            limit = min(end, k + 5)
            k += 1
            start = k
            while k < limit and view.chunk_at[k] is None and view.tokens[k].is_word and not (
                    k > start and view.tokens[k].lower in INDEFINITE_ARTICLES):
                k += 1  # (an article after the phrase's noun starts the object: 'tilbyder i år et kursus')
            if k < limit and k > start and view.tokens[k].lower in INDEFINITE_ARTICLES:
                continue
            if k < limit and view.chunk_at[k] is not None:
                k = view.chunks[view.chunk_at[k]].end  # type: ignore[index]
                continue
            return None
        return None
    return None


def _after_fronted_clause(view: SentenceView, start: int, gram: Grammar) -> bool:
    """German: the clause at ``start`` follows a subordinate clause that opens the sentence, which
    takes the first position of V2, so its verb comes first: 'Wenn der Test gelingt, [bieten] wir
    den Dienst an', 'Weil die Preise steigen, kaufen viele Kunden weniger'."""
    tokens = view.tokens
    return view.sentence.lang == "de" and start >= 3 and tokens[start - 1].text == "," \
        and (tokens[0].lower in gram.subordinators or tokens[0].lower in gram.conditionals) \
        and not any(t.text in ",;:" for t in tokens[1 : start - 1])


def _circumposition_end(view: SentenceView, k: int, end: int) -> int | None:
    """German: the particle closing the circumposition opened at ``k`` ('über drei Generationen
    [hinweg]'), within a few words before ``end``; None when no circumposition opens there."""
    particle = CIRCUMPOSITIONS.get(view.tokens[k].lower)
    if particle is None:
        return None
    return next((j for j in range(k + 2, min(k + 7, end)) if view.tokens[j].lower == particle), None)


# Relations whose object is a person or an organisation: 'serves customers', not a recipient.
AGENT_OBJECT_RELATIONS = frozenset("serves customerOf competesWith worksFor partOf".split())


def _theme_after_recipient(view: SentenceView, match: CueMatch, obj: list[int], end: int,
                           gram: Grammar) -> int | None:
    """The direct object of a double-object verb: 'bietet [ihren Kunden] [Beratung] an',
    'tilbyr [kundene sine] [rådgivning]', 'offers [customers] [advice]'. The first noun phrase is the
    recipient when it can act and another noun phrase follows it at once (possessives and
    adjectives aside); the relation holds with the second."""
    if match.cue.relation in AGENT_OBJECT_RELATIONS or not all(acts(view.chunks[c].head) for c in obj):
        return None
    k = view.chunks[obj[-1]].end
    while k < end and view.chunk_at[k] is None:
        tok = view.tokens[k]
        if tok.lower in gram.determiners or tok.lower in gram.adjectives or tok.lemma in gram.adjectives:
            k += 1
        elif view.sentence.lang == "de" and tok.lower in gram.prepositions and k + 1 < end \
                and (pp := view.chunk_at[k + 1]) is not None:
            k = view.chunks[pp].end  # 'bieten Kunden [auf Nachfrage] einen Nachlass an': the middle field
        else:
            break
    ci = view.chunk_at[k] if k < end else None
    if ci is None or acts(view.chunks[ci].head) or in_pp(view, ci, gram):
        return None
    return ci


CLEFT_PRONOUNS = frozenset("det it es".split())


def _negated_cleft_focus(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """Chunk ``ci`` is the focus of a negated cleft: 'det er ikke prisen (, der ...)', 'it is not the
    price (that ...)' ('det er ikke kun prisen' is no negation: negated_between knows)."""
    tokens = view.tokens
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k -= 1
    copula = k
    while copula >= 0 and view.chunk_at[copula] is None and (
            tokens[copula].lower in gram.negators or tokens[copula].lower in gram.adverbs):
        copula -= 1
    return 1 <= copula < k and tokens[copula].lower in gram.copulas \
        and tokens[copula - 1].lower in CLEFT_PRONOUNS and negated_between(view, copula + 1, k + 1, gram)


def _before_apposition(view: SentenceView, start: int, gram: Grammar) -> int | None:
    """The noun phrase an apposition describes when a clause starts right after the apposition's
    closing comma: 'Acme, a Norwegian software company, [sells]', 'Die Acme GmbH, ein Hersteller aus
    Köln, [verkauft]'. The apposition holds noun phrases and grammar words only (no verb)."""
    if start < 3 or view.tokens[start - 1].text != ",":
        return None
    k = start - 2
    while k >= 0 and view.tokens[k].text != ",":
        k -= 1
    if k < 1:
        return None
    inserted = range(k + 1, start - 1)
    relative = view.tokens[k + 1].lower in gram.relativizers  # 'Butiken, som ägs av Ica, säljer'
    if not relative and not (
        any(view.chunk_at[j] is not None for j in inserted) and all(
            view.chunk_at[j] is not None or _appositive_word(view.tokens[j], gram) for j in inserted)
    ):
        return None
    ci = view.chunk_at[k - 1]
    if ci is None or in_pp(view, ci, gram):
        return None
    return ci


def _verb_like(view: SentenceView, k: int, gram: Grammar) -> bool:
    """A word that can only be a verb here: not grammar, and either no mention or an inflected
    one-word concept ('reparerer', 'designs') right before another noun phrase."""
    tok = view.tokens[k]
    if not tok.is_word or tok.lower in gram.function_words:
        return False
    ci = view.chunk_at[k]
    if ci is None:
        return True
    chunk = view.chunks[ci]
    return (chunk.end == k + 1 and chunk.head.kind is CONCEPT and not chunk.head.base
            and tok.lemma != tok.lower and view.chunk_at[k + 1] is not None)


# 'få/get' + participle: the subject receives what the verb gives ('får tilbudt', 'got offered').
RECIPIENT_PASSIVE = frozenset("får fikk fick fik få fått faar get gets got gotten getting bekommt bekommen bekam".split())
# Determiners that make a noun of time an adverbial of the accusative: 'jeden Tag', 'letzte Woche', 'every year'.
TIME_DETERMINERS = frozenset(
    "jeden jede jedes diese diesen dieses letzte letzten letztes nächste nächsten nächstes vergangene vergangenen "
    "every each last next hver hvert hvar varje nästa förra neste forrige sidste næste".split()
)
TIME_HEADS = frozenset(
    "år måned månad uke vecka uge dag kvartal time år jahr monat woche tag quartal year month week day quarter "
    "hour stunde timme time gång gang gange".split()
)


COVER = frozenset("cover dekke täcka dække decken abdecken".split())  # fulfils a need; has other things as parts
NEEDED = frozenset({"Need", "Expectation"})


def _needed(m: Mention) -> bool:
    return (m.key if m.kind is CLASS else m.base) in NEEDED


GIVE = frozenset("gi ge give".split())
DRIVE = frozenset("drive driva treiben".split())
PERFORM = frozenset("utføre utföra udføre perform durchführen ausführen".split())
PROVIDED = frozenset("Service CustomerService Product Delivery".split())


def _known(m: Mention) -> bool:
    """A mention the ontology knows: a class, a qualified class, a name, or a compound of a class."""
    return m.kind is not CONCEPT or bool(m.base)


def _provided(m: Mention) -> bool:
    """What one gives by providing it (a service, a product, a delivery), not an effect one causes."""
    if m.kind is QUALIFIED or m.kind is NAMED:
        return False
    return (m.key if m.kind is CLASS else m.base) in PROVIDED


def _time_chunk(view: SentenceView, ci: int) -> bool:
    """A noun phrase of time is an adverbial, never an argument: 'Jedes Jahr', 'hver måned', 'every year'."""
    chunk = view.chunks[ci]
    genitive = chunk.end < len(view.tokens) and view.chunk_at[chunk.end] is not None  # 'Dagens B2B-kunder'
    timed = chunk.start > 0 and view.tokens[chunk.start - 1].lower in TIME_DETERMINERS  # 'die jeden Tag Brot verkauft'
    return chunk.head.kind is CONCEPT and chunk.head.key.split()[-1] in TIME_HEADS and (timed or not genitive)


def _duration(view: SentenceView, ci: int) -> bool:
    """A counted noun of time is a duration: 'i tolv år', 'for three years', 'seit 20 Jahren'."""
    chunk = view.chunks[ci]
    if chunk.start == 0 or not _time_chunk(view, ci):
        return False
    return any(t.text[:1].isdigit() or t.lower in QUANTITY_WORDS for t in view.tokens[chunk.start - 1:chunk.end - 1])


GERMAN_ACCUSATIVE = frozenset("den einen keinen diesen jeden meinen unseren seinen ihren euren".split())
GERMAN_SUBJECT_PRONOUNS = frozenset("ich wir er du ihr".split())
GERMAN_NOMINATIVE_PRONOUNS = frozenset("ich wir er du".split())  # ('ihr' is also 'her', 'their')
APPROXIMATE_WORDS = frozenset("mehr als über rund etwa knapp fast".split())  # 'Mehr als 600 Artikel'
COMPARED_QUANTITIES = frozenset("mehr weniger".split())  # 'mehr als 600', 'weniger als zehn'


def _german_object_first(view: SentenceView, fronted: int, match: CueMatch, after: int, region: Region) -> bool:
    """German V2 with the object fronted: the finite verb is singular (-t) while the fronted noun
    phrase is a plural ('Die Teiglinge liefert die Zentrale'), or the noun phrase after the verb
    is masculine nominative ('Die Brötchen backt der Bäcker', not 'den Bäcker')."""
    if view.sentence.lang != "de" or region.opener != "" or match.first != view.chunks[fronted].end \
            or match.cue.words[0] in COPULA_LEMMAS:
        return False  # (a copula's two noun phrases are both nominative)
    verb = view.tokens[match.first].lower
    if not verb.endswith("t") or verb.endswith("en"):
        return False  # a plural or infinitive verb agrees with either reading
    k = view.chunks[after].start - 1
    while k > match.first and view.chunk_at[k] is None and view.tokens[k].text[:1].islower() \
            and view.tokens[k].lower not in ("der", "die", "das"):
        k -= 1  # adjectives
    article = view.tokens[k].lower if k > match.first and k not in match.tokens else ""  # (not a genitive cue word)
    if article and view.tokens[k - 1].lemma.lower() in TRANSPARENT_NOUNS:
        return False  # 'erhöht die Anzahl [der] Beschwerden': a genitive after a word of quantity, no subject
    head = view.tokens[view.chunks[fronted].end - 1]
    plural_fronted = view.tokens[view.chunks[fronted].start - 1].lower == "die" and head.lower != head.lemma \
        if view.chunks[fronted].start > 0 else False
    after_head = view.tokens[view.chunks[after].end - 1]
    return article == "der" or plural_fronted and article in ("die", "das") and after_head.lower == after_head.lemma


def _contact_relative(view: SentenceView, match: CueMatch, gram: Grammar) -> int | None:
    """'forsikringen de har kjøpt', 'the advice we give', 'Varorna vi säljer är svenska': a noun, a
    subject pronoun and the verb, with nothing after the verb but the main clause's verb or the
    sentence's end, is a relative clause without 'som'/'that'; the noun is the verb's object."""
    lang, tokens = view.sentence.lang, view.tokens
    if lang == "de" or len(match.cue.words) > 1 and match.cue.words[-1] in gram.prepositions:
        return None  # (German has no such clause; 'de varene du kjøper mest av' strands its own 'av')
    k = match.first - 1
    while k > 0 and tokens[k].lower in gram.auxiliaries and tokens[k].lower not in gram.copulas:
        k -= 1
    if k < 1 or not (_subject_pronoun(tokens[k], lang) or tokens[k].lower in ("de", "they")) \
            or view.chunk_at[k] is not None:
        return None
    ci = view.chunk_at[k - 1]
    if ci is None or view.chunks[ci].end != k or view.chunks[ci].head.kind is NAMED:
        return None
    after = match.last + 1
    if after < len(tokens) and tokens[after].is_word and tokens[after].lower not in gram.copulas \
            and tokens[after].lower not in gram.auxiliaries:
        return None
    return ci


def _subject_pronoun(tok: Token, lang: str) -> bool:
    """A nominative personal pronoun: mentions.SUBJECT_PRONOUNS, and German 'sie'/'Sie', which a
    relative clause's position leaves nominative ('das Terminal, das Sie bestellt haben')."""
    return tok.lower in SUBJECT_PRONOUNS.get(lang, ()) or lang == "de" and tok.lower == "sie"


SCANDINAVIAN = frozenset({"nb", "sv", "da"})
DEMONSTRATIVES = frozenset("den det de denne dette disse denna detta dessa".split())


def _subject_after_accusative(view: SentenceView, ci: int, verb: int) -> int | None:
    """German: a noun phrase after an accusative article ('Den Rasenmäher', 'einen Kunden') with a
    subject pronoun between it and the verb is the object; the pronoun (its index) the subject.
    Scandinavian: a clause-initial noun phrase right before the verb, with a subject pronoun right
    after it, is the object ('Melet køber vi hos Valsemøllen', 'Den tjänsten erbjuder vi alla')."""
    if view.sentence.lang in SCANDINAVIAN:
        k = view.chunks[ci].start - 1
        while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in DEMONSTRATIVES:
            k -= 1
        initial = k < 0 or not view.tokens[k].is_word and view.tokens[k].text not in ","
        pronoun = verb + 1
        if not initial or view.chunks[ci].end != verb or pronoun >= len(view.tokens) \
                or not (_subject_pronoun(view.tokens[pronoun], view.sentence.lang) or view.tokens[pronoun].lower == "de") \
                or pronoun + 1 < len(view.tokens) and view.chunk_at[pronoun + 1] is not None:  # 'de' may be 'de kunder'
            return None
        return pronoun
    if view.sentence.lang != "de":
        return None
    if view.chunks[ci].end == verb and verb + 1 < len(view.tokens) and view.tokens[verb + 1].lower in GERMAN_NOMINATIVE_PRONOUNS \
            and _sentence_initial(view, ci, comma=True):
        # 'Geschäftskunden bieten wir ein eigenes Produkt an', 'Mehr als 600 Artikel beziehen wir', and a
        # main clause after a comma: 'Fisch bezieht er von Kuttern, Gemüse kauft er beim Biohof'
        return verb + 1
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].text[:1].islower() \
            and view.tokens[k].lower not in GERMAN_ACCUSATIVE and view.tokens[k].is_word:
        k -= 1  # adjectives
    if k < 0 or view.tokens[k].lower not in GERMAN_ACCUSATIVE:
        return None
    # 'Den Rasenmäher habe ich gekauft', 'Den Rohkaffee kaufen wir bei Bauern'
    after = verb + 1 if verb + 1 < len(view.tokens) else verb
    # (after an accusative, 'sie'/'Sie' is the subject too: 'Den Käse kaufen sie beim Hof')
    return next((j for j in range(view.chunks[ci].end, after + 1)
                 if view.tokens[j].lower in GERMAN_SUBJECT_PRONOUNS or view.tokens[j].lower == "sie"), None)


def _sentence_initial(view: SentenceView, ci: int, comma: bool = False) -> bool:
    """Chunk ``ci`` opens its sentence (or a line after a colon or bullet), with only determiners,
    numbers and words of quantity before it: 'Mehr als 600 Artikel', 'Unsere Kunden'."""
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].is_word and (
            view.tokens[k].text[:1].isdigit() or view.tokens[k].lower in QUANTITY_WORDS
            or view.tokens[k].lower in APPROXIMATE_WORDS or view.tokens[k].lower in grammar("de").determiners):
        k -= 1
    return k < 0 or not view.tokens[k].is_word and (comma or view.tokens[k].text != ",") \
        or comma and view.tokens[k].lower in ("und", "oder", "aber")  # ('…, und die Schnittstelle stellen wir')


def _verb_between(view: SentenceView, start: int, end: int, gram: Grammar) -> bool:
    """A word in ``[start, end)`` that can only be a verb: no chunk, no grammar word but a copula or an
    auxiliary ('Avdelingen har seks rådgivere')."""
    return any(view.chunk_at[k] is None and view.tokens[k].is_word and not view.tokens[k].text[:1].isdigit() and (
        view.tokens[k].lower not in gram.function_words or view.tokens[k].lower in gram.copulas
        or view.tokens[k].lower in gram.auxiliaries or view.tokens[k].lower in gram.common_verbs)
        for k in range(start, end))


IF = frozenset("om if".split())  # 'whether' after a verb of asking; elsewhere a preposition or 'if'
INDIRECT_QUESTION = frozenset(
    "ob whether hvorvidt huruvida".split()
)
MANNER_QUESTION = frozenset("hvordan hur how wie hvorfor varför why warum".split())
MODAL_VERBS = frozenset(
    "kan kunne kunde skal skulle ska skall bør burde borde må måtte måste kann können könnte soll sollte "
    "muss müssen can could should must may might".split()
)


def _indirect_question(view: SentenceView, start: int, verb: int) -> bool:
    """The verb's clause is an embedded question: 'ob', 'whether', 'hvordan' ... opening a clause
    inside the sentence (after a comma or a verb), not a question of its own."""
    if view.words.isdisjoint(INDIRECT_QUESTION) and view.words.isdisjoint(MANNER_QUESTION) \
            and view.words.isdisjoint(IF):
        return False  # (most sentences: no question word anywhere)
    tokens = view.tokens
    for k in range(verb - 1, max(start - 2, -1), -1):
        if tokens[k].lower in INDIRECT_QUESTION or tokens[k].lower in MANNER_QUESTION and any(
                tokens[j].lower in MODAL_VERBS for j in range(k + 1, verb)):
            # 'ob wir liefern können' asks; 'hvordan servicekvalitet påvirker loyalitet' presupposes
            # that it does, unless a modal makes it a possibility ('hvordan de bedre kan møte behovene')
            return k > 0 and (tokens[k - 1].text == "," or view.chunk_at[k - 1] is None and tokens[k - 1].is_word)
        if tokens[k].lower in IF and k > 1 and k + 1 < verb and tokens[k + 1].lower in SUBJECT_PRONOUNS.get(view.sentence.lang, ()):
            # 'undersøger (derfor), om vi kan tilbyde', 'asked if we could': whether, not about
            before = k - 2 if tokens[k - 1].text == "," else k - 1
            return view.chunk_at[before] is None and tokens[before].is_word
    return False


# Verbs of weighing an action: the infinitive after them is not done ('vurderer å kjøpe mer fra X').
CONSIDERING = frozenset(
    "consider plan contemplate vurdere overveie planlegge tenke fundere fundera överväga planera tänka "
    "overveje planlægge tænke überlegen erwägen planen nachdenken".split()
)


def fused_infinitive(tok: Token, gram: Grammar) -> bool:
    """A German separable verb's 'zu'-infinitive, written as one word: 'anzubieten', 'beizutragen'."""
    low = tok.lower
    return any(low.startswith(p + "zu") and tok.lemma.lower() == p + low[len(p) + 2:]
               for p in gram.separable_particles if len(low) > len(p) + 5)


def _infinitive_marker(view: SentenceView, verb: int, start: int, gram: Grammar) -> int | None:
    """The infinitive marker of the verb at ``verb``: right before it ('å forbedre'), or before the
    first of coordinated infinitives ('at belønne kunderne og [styrke] loyaliteten'); a German
    separable verb holds its own ('anzubieten')."""
    if view.sentence.lang == "de" and fused_infinitive(view.tokens[verb], gram):
        return verb
    markers = INFINITIVE_MARKERS.get(view.sentence.lang, frozenset())
    if markers.isdisjoint(view.words):
        return None  # (most sentences: no infinitive marker anywhere)
    if verb > 0 and view.tokens[verb - 1].lower in markers:
        return verb - 1
    if not _after_coordinator(view, verb, gram):
        return None
    for k in range(verb - 2, max(start - 2, -1), -1):  # (Danish 'at' may have opened the region)
        tok = view.tokens[k]
        if tok.lower in markers and k + 1 < verb and view.chunk_at[k + 1] is None:  # 'at belønne', not 'at kunderne'
            return k
        if tok.text in ",;:" or tok.lower in gram.subordinators or tok.lower in gram.relativizers:
            return None
    return None


def _helping_subject(view: SentenceView, verb: int, gram: Grammar, resolve_pronoun: Resolver
                     ) -> tuple[list[int], list[Mention]] | None:
    """The subject right before the German helping verb at ``verb``, as chunks or a resolved
    pronoun: '[Ihr Feedback] hilft uns', '[es] hilft uns'; None when there is none."""
    k = verb - 1
    if k >= 0 and view.tokens[k].lower in gram.pronouns:
        resolved = resolve_pronoun(k)
        return ([], [resolved]) if resolved is not None else None
    ci = view.chunk_at[k] if k >= 0 else None
    if ci is None or in_pp(view, ci, gram):
        return None
    return group_left(view, ci, 0, gram), []


def _conjunct_subject(view: SentenceView, verb: int, gram: Grammar) -> int | None:
    """German: the verb at ``verb`` opens a verb phrase of its own (right after 'und', 'oder',
    'aber' or a comma, adverbs aside: a lower-case word there is a verb, nouns being capitalised),
    and the sentence opens with a subject and its finite verb ('[Sie] beginnt bei der Führung und
    hängt davon ab', '[Unsere Ventile] sind teurer, halten aber länger'): the index of that
    subject's first token, or None."""
    tokens = view.tokens
    k = verb - 1
    while k >= 0 and view.chunk_at[k] is None and tokens[k].lower in gram.adverbs:
        k -= 1
    if k < 1 or view.chunk_at[k] is not None or not (tokens[k].lower in gram.coordinators or tokens[k].text == ","):
        return None
    if tokens[k].text == "," and list_comma(view, k, gram):
        return None
    start = 0
    while start < k and view.chunk_at[start] is None and tokens[start].lower in gram.determiners:
        start += 1
    if tokens[start].lower in gram.pronouns or tokens[start].lower in gram.speaker_pronouns:
        end = start + 1
    elif view.chunk_at[start] is not None and not in_pp(view, view.chunk_at[start], gram):
        end = view.chunks[view.chunk_at[start]].end  # type: ignore[index]
    else:
        return None
    finite = end < k and view.chunk_at[end] is None and tokens[end].is_word and tokens[end].text.islower() \
        and tokens[end].lower not in gram.function_words | gram.auxiliaries - gram.common_verbs or \
        end < k and tokens[end].lower in gram.auxiliaries | gram.common_verbs
    if finite and tokens[end].lower in gram.copulas and end + 1 < k and (predicate := view.chunk_at[end + 1]) is not None \
            and view.chunks[predicate].head.kind is NAMED:
        return None  # 'Ich bin Jonas Reuter und betreue Ihr Konto': the name says who the subject is
    return start if finite else None


def _german_infinitive_object(view: SentenceView, marker: int, gram: Grammar) -> tuple[list[int], int]:
    """German puts an infinitive's object before 'zu': 'hilft uns, [unsere Röstungen] zu verbessern',
    'versucht [die Qualität und den Service] zu verbessern'. The object's chunks, and the index of
    the word before them (-1 at the start)."""
    tokens = view.tokens
    k = marker - 1
    while k >= 0 and (view.chunk_at[k] is not None or tokens[k].lower in gram.determiners
                      or tokens[k].lower in gram.adverbs or tokens[k].lower in gram.coordinators
                      or tokens[k].text.islower() and tokens[k].lower not in gram.function_words
                      and is_adjective_like(tokens[k], "de", lexicon("de"))):
        k -= 1
    chunks = list(dict.fromkeys(c for j in range(k + 1, marker) if (c := view.chunk_at[j]) is not None
                                and not in_pp(view, c, gram)))
    return chunks, k


def _no_fact_phrase(view: SentenceView, opening: int) -> bool:
    """The German infinitive phrase after token ``opening`` states no fact: 'um', 'ohne' or 'statt'
    opens it (an aim or an absence: 'um die Bindung zu stärken'), or it follows a noun ('die
    Möglichkeit, Produkte online zu kaufen')."""
    tokens = view.tokens
    return opening >= 0 and (tokens[opening].lower in INFINITIVE_CONJUNCTIONS
                             or tokens[opening].text == "," and opening >= 1 and view.chunk_at[opening - 1] is not None
                             or tokens[opening].text == "," and opening >= 2 and tokens[opening - 1].lower == "es"
                             and any(t.lower in grammar("de").copulas for t in tokens[max(0, opening - 4):opening - 1]))
    # ('Ziel ist es, die Bindung zu stärken': what a copula's 'es' announces is an aim or a norm)


# German verbs whose infinitive phrase says what someone else is to do (object control): 'Der Beirat
# empfiehlt, X anzubieten', 'bittet die Kunden, ... zu nutzen'.
ADVISING = frozenset("empfehlen raten bitten auffordern anregen appellieren vorschlagen".split())


def _advised(view: SentenceView, marker: int, gram: Grammar) -> bool:
    """The German infinitive phrase of the 'zu' at ``marker`` depends on a verb of advising before its comma."""
    opening = next((k for k in range(marker - 1, -1, -1) if view.tokens[k].text == ","), -1)
    if opening < 0 or any(view.tokens[k].lower in gram.subordinators or view.tokens[k].lower in gram.relativizers
                          for k in range(opening + 1, marker)):
        return False
    k = opening - 1
    while k >= 0 and view.tokens[k].text not in ",;:":
        if view.tokens[k].lemma in ADVISING or view.tokens[k].lower in gram.separable_particles and any(
                (view.tokens[k].lower + t.lemma) in ADVISING for t in view.tokens[max(0, k - 8):k]):
            return True  # ('schlägt vor, ...', 'regt an, ...')
        k -= 1
    return False


def _helping_verb(view: SentenceView, opening: int, gram: Grammar) -> int | None:
    """The German helping verb whose infinitive phrase follows token ``opening``: 'hilft uns
    [außerdem], ...', 'ermöglicht es, ...', 'hilft, ...' (its index), or None."""
    tokens = view.tokens
    k = opening - 1 if opening >= 0 and tokens[opening].text == "," else opening
    while k >= 0 and view.chunk_at[k] is None and tokens[k].lower in gram.adverbs:
        k -= 1
    if k >= 1 and (tokens[k].lower in gram.pronouns or tokens[k].lower in gram.speaker_pronouns):
        k -= 1  # the one helped: 'hilft [uns]'
    return k if k >= 0 and view.chunk_at[k] is None and tokens[k].lemma in HELPING_VERBS else None


# Nouns of means and opportunity: 'X er en måte å ...', 'X is a chance to ...' says what X does.
MEANS_NOUNS = frozenset(
    "måte mulighet sjanse verktøy metode middel sätt möjlighet chans verktyg metod medel måde mulighed chance "
    "værktøj metode weg möglichkeit gelegenheit werkzeug methode mittel way opportunity tool method means".split()
)


def _means_of(view: SentenceView, marker: int, gram: Grammar) -> int | None:
    """The subject chunk of 'X COPULA [a good] MEANS-NOUN [for] MARKER verb', or None."""
    tokens = view.tokens
    k = marker - 1
    if k >= 0 and tokens[k].lower in PURPOSE:
        k -= 1  # 'en chance for at', 'en mulighet til å' (til is no PURPOSE word: 'til' below)
    elif k >= 0 and tokens[k].lower in ("til", "till"):
        k -= 1
    ci = view.chunk_at[k] if k >= 0 else None
    if ci is None or tokens[k].lemma not in MEANS_NOUNS:
        return None
    j = view.chunks[ci].start - 1
    while j > 0 and view.chunk_at[j] is None and (
            tokens[j].lower in gram.determiners or tokens[j].lower in gram.adjectives or tokens[j].lemma in gram.adjectives
            or tokens[j].lower in gram.adverbs):
        j -= 1
    if j <= 0 or tokens[j].lower not in gram.copulas:
        return None
    subject = view.chunk_at[j - 1]
    return subject if subject is not None and not in_pp(view, subject, gram) else None


def _names_for_kinds(view: SentenceView, chunks: list[int], gram: Grammar) -> list[int]:
    """A kind noun with its article right before a name stands for the name: 'uses the booking
    app Tablely', 'nutzt die Kassensoftware Taktwerk', 'bruker tolketjenesten Tolkesentralen Vest'
    (the kind types the name; see definitions.names)."""
    out = []
    for c in chunks:
        chunk = view.chunks[c]
        named = view.chunk_at[chunk.end] if chunk.end < len(view.tokens) else None
        if named is not None and chunk.head.kind is not NAMED \
                and view.chunks[named].head.kind is NAMED and named not in chunks and (
                    chunk.start > 0 and view.tokens[chunk.start - 1].lower in gram.determiners
                    or definite_noun(view.tokens[chunk.end - 1], view.sentence.lang)):
            c = named
        out.append(c)
    return out


def _theme_after_pronoun(view: SentenceView, pronoun: int, end: int, gram: Grammar) -> int | None:
    """The noun phrase right after a recipient pronoun ('gives you [a discount]', 'tilbyr deg
    [gratis frakt]', 'bieten Ihnen [einen Rabatt]'), articles and adjectives between, and an
    adverbial of time ('liefert uns [seit 1998] Gehäuse'); else None."""
    k = pronoun + 1
    while k + 1 < end and view.chunk_at[k] is None:
        tok, nxt = view.tokens[k], view.tokens[k + 1]
        if tok.lower in gram.adverbs:
            k += 1
        elif tok.lower in gram.prepositions and _year(nxt.text):
            k += 2
        elif tok.lower in gram.prepositions and (ci := view.chunk_at[_past_modifiers(view, k + 1, end, gram)]) is not None \
                and _time_chunk(view, ci):
            k = view.chunks[ci].end
        else:
            break
    k = _past_modifiers(view, k, end, gram)
    return view.chunk_at[k] if k < end else None


def _relative_clause_end(view: SentenceView, k: int, gram: Grammar) -> int | None:
    """The comma closing a relative clause that opens at the comma ``k`` (', die ... ,'), if the
    sentence goes on after it; else None."""
    tokens = view.tokens
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in gram.relativizers:
        return None
    closing = next((j for j in range(k + 2, len(tokens)) if tokens[j].text in ",;:" or tokens[j].text in HARD_STOPS), None)
    return closing if closing is not None and tokens[closing].text == "," and closing + 1 < len(tokens) else None


def _place_phrase(view: SentenceView, k: int, end: int, gram: Grammar) -> int:
    """Length of a prepositional phrase of a place name at token ``k`` ('in Leipzig', 'i Bergen',
    'in Leipzig-Gohlis'), followed by more of the clause; else 0."""
    tokens = view.tokens
    if k + 2 >= end or tokens[k].lower not in PLACE_PREPOSITIONS:
        return 0
    j = k + 1
    ci = view.chunk_at[j]
    if ci is not None and view.chunks[ci].head.kind is NAMED \
            and not organisation_name(view.chunks[ci].head.key, view.sentence.lang):
        j = view.chunks[ci].end
    elif ci is None and tokens[j].text[:1].isupper() and tokens[j].is_word:
        j += 1  # a capitalised word no chunk took: a place the lexicon does not know
    else:
        return 0
    return j - k if j < end else 0


def _noun_before(view: SentenceView, k: int, gram: Grammar) -> bool:
    """Token ``k`` ends a surely nominal chunk: a known class or name, or a word after an article,
    a preposition or an adjective (not 'Kundene [ønsker] å kjøpe', where the word is the verb)."""
    ci = view.chunk_at[k]
    if ci is None:
        return False
    chunk = view.chunks[ci]
    if chunk.head.kind is not CONCEPT:
        return True
    before = view.tokens[chunk.start - 1].lower if chunk.start > 0 else ""
    return chunk.end - chunk.start > 1 or before in gram.determiners or before in gram.prepositions


BENEFICIARY_PREPOSITIONS = frozenset("for för for für".split())


def _beneficiary(view: SentenceView, k: int, gram: Grammar) -> bool:
    """Token ``k`` ends a 'for'-phrase right before an infinitive marker: 'mulig for virksomheter
    å lage', 'possible for firms to ...': that phrase names who does it."""
    ci = view.chunk_at[k]
    if ci is None:
        return False
    start = view.chunks[ci].start
    j = start - 1
    while j >= 0 and view.chunk_at[j] is None and view.tokens[j].lower in gram.determiners:
        j -= 1
    return j >= 0 and view.tokens[j].lower in BENEFICIARY_PREPOSITIONS and k + 1 < len(view.tokens) \
        and view.tokens[k + 1].lower in INFINITIVE_MARKERS.get(view.sentence.lang, ())


def _appositive_word(tok: Token, gram: Grammar) -> bool:
    """A word an apposition may hold besides its nouns: articles, prepositions, adjectives, names."""
    return (tok.lower in gram.determiners or tok.lower in gram.prepositions or tok.text[:1].isupper()
            or tok.lower in gram.adjectives or tok.lemma in gram.adjectives or tok.lower in gram.coordinators
            or gram.lang == "en" and tok.lower.endswith("ed") and tok.lower != tok.lemma)  # 'based in Leeds'


OWN = frozenset("egen eget egne egna own eigene eigenen eigener eigenes".split())


def skip_genitive(view: SentenceView, ci: int, end: int) -> int:
    """'et annet selskaps varer': a genitive mention before another belongs to it; take the head."""
    chunk = view.chunks[ci]
    last = view.tokens[chunk.end - 1]
    lang = view.sentence.lang
    genitive = (lang in ("nb", "sv", "da") and last.lower.endswith("s") and last.lemma != last.lower
                and not last.lemma.endswith("s")) or last.lower.endswith(("'s", "’s"))
    after = chunk.end
    if lang == "en" and after + 1 < end and view.tokens[after].text in ("'", "’") and last.lower.endswith("s"):
        genitive, after = True, after + 1  # "our customers' needs"
    elif lang == "en" and after + 1 < end and view.tokens[after].lower in ("'s", "’s"):
        genitive, after = True, after + 1  # "the company's reputation"
    if genitive and after + 1 < end and view.chunk_at[after] is None and view.tokens[after].lower in OWN:
        after += 1  # 'mejeriets egne miljømål', 'the company's own brand'
    if genitive and after < end and view.chunk_at[after] is not None:
        nxt = view.chunk_at[after]
        assert nxt is not None
        return nxt
    return ci


# Relative pronouns that stand for the whole preceding clause: 'hvilket styrker ...', 'was ... verkürzt'
SENTENTIAL_RELATIVES = {"nb": frozenset({"hvilket"}), "da": frozenset({"hvilket"}), "sv": frozenset({"vilket"}),
                        "de": frozenset({"was"})}


def _what_was_done(view: SentenceView, comma: int, gram: Grammar) -> int | None:
    """The noun phrase that stands for the clause before ``comma``: its object ('Leverandøren bruger
    genbrugsfibre i 70 procent af sine produkter, hvilket styrker ...': the recycled fibres do;
    'Kunden können Termine online buchen, was die Warteschlangen verkürzt'), else its subject."""
    chunks = [c for c in range(len(view.chunks)) if view.chunks[c].end <= comma and not _time_chunk(view, c)
              and not _prepositional(view, group_left(view, c, 0, gram)[0], gram)]  # ('på kaffe og olivenolie')
    return chunks[-1] if chunks else None  # (the last noun phrase outside a prepositional phrase)


def _prepositional(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """Chunk ``ci`` stands in a prepositional phrase, counting through transparent nouns and
    numbers ('i 70 procent af sine produkter')."""
    k = view.chunks[ci].start - 1
    while k >= 0 and (view.chunk_at[k] is None or view.tokens[k].lemma in TRANSPARENT_NOUNS):
        tok = view.tokens[k]
        if tok.lower in gram.prepositions and not (k > 0 and view.tokens[k - 1].lemma in TRANSPARENT_NOUNS):
            return True
        if not (tok.lower in gram.determiners or tok.text[:1].isdigit() or tok.lemma in TRANSPARENT_NOUNS
                or tok.lower in gram.prepositions):
            return False
        k -= 1
    return False


def antecedent_of(view: SentenceView, rel_index: int, gram: Grammar) -> int | None:
    """The noun a relative clause attaches to; past a prepositional phrase whose noun cannot act,
    the noun it modifies: 'kjøperne [i økonomien] som kjøper varer' (but 'kunde hos [bedrifter] som leverer')."""
    k = rel_index - 1
    if k >= 0 and view.tokens[k].text == ",":
        k -= 1
    if view.tokens[rel_index].lower in SENTENTIAL_RELATIVES.get(view.sentence.lang, ()) and view.tokens[k + 1].text == ",":
        return _what_was_done(view, k + 1, gram)
    if view.sentence.lang == "de":
        # extraposed past the clause-final verb: 'mit einem Wettbewerber führt, der ...'
        for _ in range(2):
            if k >= 0 and view.chunk_at[k] is None and view.tokens[k].is_word and view.tokens[k].text[:1].islower():
                k -= 1
    ci = view.chunk_at[k] if k >= 0 else None
    neuter = view.sentence.lang == "de" and view.tokens[rel_index].lower in ("das", "welches")
    coordinated = False
    if ci is not None and not in_pp(view, ci, gram) and in_pp(view, first := group_left(view, ci, 0, gram)[0], gram) \
            and (not acts(view.chunks[first].head) or neuter and first != ci):
        coordinated, ci = first != ci, first  # 'Betrieben aus Gastronomie und Handwerk, die ...': the coordination is the PP's object
        # ('ein Gremium aus Privat- und Geschäftskunden, das ...': singular 'das' is no coordination's)
    if ci is not None and in_pp(view, ci, gram) and (not acts(view.chunks[ci].head) or _place(view, ci, gram) or neuter
                                                     and (coordinated or _plural_noun(view, ci))):
        # ('ein Fachgeschäft mit zwölf Angestellten, das ... führte': 'das' is singular, the shop)
        j = view.chunks[ci].start - 1
        while j >= 0 and view.chunk_at[j] is None and view.tokens[j].lower in gram.determiners:
            j -= 1
        j -= 1  # the preposition
        while j >= 0 and view.chunk_at[j] is None and view.tokens[j].lower in gram.adverbs:
            j -= 1  # 'en dagligvarebutikk [midt] i sentrum, som ...'
        if j >= 0 and view.chunk_at[j] is not None:
            ci = view.chunk_at[j]
    if ci is not None and view.chunks[ci].head.kind is not NAMED:
        named = apposed_name(view, ci, gram)
        if named is not None:
            return named  # 'Forbrukerrådet, et statlig organ som hjelper forbrukere': the name does
    return ci


def name_in_commas(view: SentenceView, ci: int) -> int | None:
    """The name set off by commas right after chunk ``ci`` ('our training lead, Gareth Pryce,'): the
    person or organisation the noun phrase describes."""
    k = view.chunks[ci].end
    named = view.chunk_at[k + 1] if k + 1 < len(view.tokens) and view.tokens[k].text == "," else None
    if named is None or view.chunks[named].head.kind is not NAMED or view.chunks[ci].head.kind is NAMED:
        return None
    after = view.chunks[named].end
    return named if after >= len(view.tokens) or view.tokens[after].text in ",.;:" else None


def name_after_title(view: SentenceView, ci: int) -> int | None:
    """The name right after a title noun ('bibliotekschef [Mette Kjærgaard]', 'our supplier
    [Hornbeam Systems]'): who the phrase is."""
    k = view.chunks[ci].end
    named = view.chunk_at[k] if k < len(view.tokens) else None
    if named is None or view.chunks[ci].head.kind is NAMED or view.chunks[named].head.kind is not NAMED:
        return None
    return named


def apposed_name(view: SentenceView, ci: int, gram: Grammar) -> int | None:
    """The name chunk ``ci`` is an apposition of: 'NAME, (a) Y' gives NAME's chunk."""
    k = view.chunks[ci].start - 1
    if k >= 0 and (before := view.chunk_at[k]) is not None and view.chunks[before].end == view.chunks[ci].start and (
            view.sentence.lang == "en" and view.chunks[before].head.kind is NAMED
            or view.sentence.lang == "de" and view.chunks[before].head.kind in (NAMED, CONCEPT)):
        k = view.chunks[before].start - 1  # 'a Midlands manufacturer', 'Key Account Managerin': a name modifies the noun
    while k >= 0 and view.chunk_at[k] is None and (
            view.tokens[k].lower in gram.determiners
            or is_adjective_like(view.tokens[k], view.sentence.lang, lexicon(view.sentence.lang))):
        k -= 1
    if k < 1:
        return None
    named = view.chunk_at[k - 1]
    byline = view.sentence.lang == "de" and view.tokens[k].text in BYLINE_SEPARATORS and named is not None \
        and view.tokens[view.chunks[named].start].text in GIVEN_NAMES  # 'Thomas Vogel • Geschäftsführer bei X'
    if view.tokens[k].text != "," and not byline:
        return None
    return named if named is not None and view.chunks[named].head.kind is NAMED else None


def _disagrees(view: SentenceView, antecedent: int, verb: int) -> bool:
    """German: a counted (plural) antecedent and a singular finite verb ('kauft', 'beschäftigt')
    cannot be subject and verb: 'die drei Mechaniker, die Reuschel beschäftigt' (the relative
    pronoun is the object; the noun phrase after it the subject)."""
    form = view.tokens[verb].lower
    singular = form.endswith("t") and not form.endswith("en")
    return singular and _counted_set(view, antecedent)


def _counted_set(view: SentenceView, ci: int) -> bool:
    """A noun phrase counted by a number or a word of quantity: 'zu über 4.000 Betrieben' (not 'ein
    Teil unseres Geschäfts')."""
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].text[:1].islower() and view.tokens[k].is_word \
            and view.tokens[k].lower not in QUANTITY_WORDS:
        k -= 1
    return k >= 0 and view.chunk_at[k] is None and (view.tokens[k].text[:1].isdigit() or view.tokens[k].lower in QUANTITY_WORDS)


def _plural_noun(view: SentenceView, ci: int) -> bool:
    """A noun phrase counted or quantified as more than one ('zwölf Angestellten', 'vielen Kunden')."""
    k = view.chunks[ci].start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].text[:1].islower() and view.tokens[k].is_word \
            and not view.tokens[k].text[:1].isdigit() and view.tokens[k].lower not in QUANTITY_WORDS:
        k -= 1
    return k >= 0 and (view.tokens[k].text[:1].isdigit() or view.tokens[k].lower in QUANTITY_WORDS
                       or view.tokens[k].lower in PARTITIVES)


PLACE_PREPOSITIONS = frozenset("i in på fra från fraa aus from ved".split())


def _place(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """A name after a place preposition: 'Ravnås Gårdsysteri [i Valdres], som ...' (Valdres is where)."""
    head = view.chunks[ci].head
    if head.kind is not NAMED:
        return False
    j = view.chunks[ci].start - 1
    while j >= 0 and view.chunk_at[j] is None and view.tokens[j].lower in gram.determiners:
        j -= 1
    before = view.chunk_at[j - 1] if j >= 1 else None  # a name in a place ('Ravnås i Valdres'), not a role at a firm
    if j < 0 or before is None or view.tokens[j].lower not in PLACE_PREPOSITIONS:
        return False
    # 'a restaurant in Bath that ...': after 'in' a thing is placed; but a person 'på/at' a firm
    # works there ('kundupplevelsechef på Glansa, som säljer ...'), and after 'fra/from' only a name
    placed = view.chunks[before].head
    firms = organisation_classes() | TRADE_ROLES  # ('en grossist i Kolding, der ...': a firm in a town)
    return placed.kind is NAMED or view.tokens[j].lower in ("i", "in") and (
        not acts(placed) or placed.key in firms or placed.base in firms)


# Roles in trade that firms play: placed 'i' a town, they are there, not working for it.
TRADE_ROLES = frozenset("Supplier Retailer Producer Competitor".split())


def _definiendum(view: SentenceView, ci: int, gram: Grammar) -> int:
    """In 'X er en Y som V Z' the relative clause defines X: return X's chunk instead of Y's."""
    group = group_left(view, ci, 0, gram)
    k = view.chunks[group[0]].start - 1
    while k >= 0 and view.chunk_at[k] is None and (view.tokens[k].lower in gram.determiners or view.tokens[k].lower in gram.adverbs):
        k -= 1
    if k >= 1 and view.tokens[k].lower in gram.copulas:
        j = k - 1
        while j >= 0 and view.chunk_at[j] is None and view.tokens[j].lower in gram.adverbs:
            j -= 1
        if j >= 0 and view.chunk_at[j] is not None:
            head = view.chunk_at[j]
            assert head is not None
            return head
        if j >= 0 and view.tokens[j].lower in gram.coordinators:
            # '... og er ofte partene som ...': the coordinated copula shares the clause's subject
            first = next((c for c, chunk in enumerate(view.chunks) if chunk.start < j and not in_pp(view, c, gram)), None)
            if first is not None:
                return first
    return ci


def _pronoun_before(view: SentenceView, start: int, verb: int, gram: Grammar, *, strict: bool = True) -> int | None:
    """The subject pronoun right before ``verb`` (or, not strict, anywhere in ``[start, verb)``);
    a coordinated verb may stand between ('we design and sell')."""
    if view.words.isdisjoint(gram.pronouns) and view.words.isdisjoint(gram.speaker_pronouns) \
            and view.words.isdisjoint(FREE_RELATIVES):
        return None  # (most sentences: no pronoun anywhere, so none before the verb)
    k = verb - 1
    while k >= start:
        low = view.tokens[k].lower
        postposed = low in gram.determiners and k > 0 and view.chunk_at[k - 1] is not None
        if (low in gram.pronouns or low in gram.speaker_pronouns or low in FREE_RELATIVES) and not reflexive(low, view.sentence.lang) and not (
            not strict and low in gram.determiners
        ) and not postposed:  # 'Kundene våre forventer': the possessive belongs to the noun
            return k  # (a possessive like 'unsere' before a noun is a determiner, not the subject)
        if strict and low in gram.coordinators and k - 1 > start and _verb_like(view, k - 1, gram) \
                and view.chunk_at[k - 1] is None:
            k -= 2
            continue
        if strict and not skippable(view, k, gram) and not _in_time_phrase(view, k, gram) and not (
                view.tokens[k].lemma in MODAL_CUES and _modal_use(view, k, gram)):  # 'vi har behövt köpa'
            return None
        k -= 1
    return None


def _in_time_phrase(view: SentenceView, k: int, gram: Grammar) -> bool:
    """Token ``k`` belongs to a time adverbial ('i mange år', 'seit Jahren', 'for years')."""
    tok = view.tokens[k]
    if tok.lower in TIME_NOUNS:
        return True
    return tok.lower in gram.prepositions and k + 1 < len(view.tokens) and any(
        t.lower in TIME_NOUNS for t in view.tokens[k + 1 : k + 4])


def _reflexive_change(view: SentenceView, match: CueMatch, region: Region, gram: Grammar) -> tuple[list[int], list[int]] | None:
    """German reflexive verbs of change with a cause phrase: 'Durch X hat sich Y erhöht', 'Y
    verbessert sich dank X', 'Y lässt sich durch X steigern': (cause chunks, changed chunks)."""
    tokens = view.tokens
    if match.first != match.last or match.cue.relation not in ("increases", "decreases") or match.cue.inverse:
        return None
    span = range(region.start, region.end)
    if not any(tokens[k].lower == "sich" for k in span):
        return None
    cause: list[int] = []
    for k in span:
        if tokens[k].lower in CAUSE_PREPOSITIONS:
            j = k + 1
            while j < region.end and view.chunk_at[j] is None and (
                    tokens[j].lower in gram.determiners or is_adjective_like(tokens[j], "de", lexicon("de"))
                    or tokens[j].lower in gram.adjectives):
                j += 1
            if j < region.end and view.chunk_at[j] is not None:
                cause = group_right(view, view.chunk_at[j], region.end, gram)  # type: ignore[arg-type]
                break
    if not cause:
        return None
    patient = [c for c in dict.fromkeys(view.chunk_at[k] for k in span)
               if c is not None and c not in cause and not in_pp(view, c, gram) and not _time_chunk(view, c)]
    return (cause, patient[:1]) if patient else None


# Prepositions whose phrase names the cause of a change: 'durch die App', 'dank der Beratung'.
CAUSE_PREPOSITIONS = frozenset("durch dank aufgrund infolge".split())


def prenominal_participle(view: SentenceView, k: int, gram: Grammar) -> tuple[list[int], int, int] | None:
    """German prenominal participle phrase opened by the agent preposition at token ``k``: 'die [von
    unseren Kunden] bestellten Produkte', 'das [von der X GmbH] entwickelte Gerät': (agent chunks,
    the participle's token, the noun's chunk), else None."""
    tokens = view.tokens
    if view.sentence.lang != "de" or tokens[k].lower not in gram.agent_prepositions or k == 0 \
            or tokens[k - 1].lower not in gram.determiners:
        return None
    j = k + 1
    while j < len(tokens) and view.chunk_at[j] is None and tokens[j].lower in gram.determiners:
        j += 1
    if j >= len(tokens) or view.chunk_at[j] is None:
        return None
    agent = view.chunk_at[j]
    p = view.chunks[agent].end
    while p < len(tokens) and view.chunk_at[p] is None and tokens[p].lower in gram.adverbs:
        p += 1
    if p + 1 >= len(tokens) or view.chunk_at[p] is not None or not tokens[p].text.islower() \
            or not tokens[p].lower.endswith(("te", "ten", "tes", "ter", "tem", "ene", "enen", "enes", "ener", "enem")):
        return None
    noun = p + 1
    while noun < len(tokens) and view.chunk_at[noun] is None and tokens[noun].text.islower() and tokens[noun].is_word:
        noun += 1  # more adjectives: 'die von Kunden bestellten frischen Produkte'
    if noun >= len(tokens) or view.chunk_at[noun] is None:
        return None
    return [agent], p, view.chunk_at[noun]  # type: ignore[return-value]


def prenominal_participles(view: SentenceView, lex: Lexicon, gram: Grammar) -> list[Found]:
    """German prenominal participles with an agent: 'die von unseren Kunden bestellten Produkte'
    (Customer buys Product), 'das von der X GmbH entwickelte Gerät' (X creates it)."""
    if view.sentence.lang != "de" or view.words.isdisjoint(gram.agent_prepositions):
        return []
    out: list[Found] = []
    for k in range(1, len(view.tokens)):
        phrase = prenominal_participle(view, k, gram)
        if phrase is None:
            continue
        agent, p, noun = phrase
        tok = view.tokens[p]
        for key in lex.verb_keys(tok.lower, tok.lemma):
            cues = [c for c in lex.cues.get(key, ()) if len(c.words) == 1]
            if not cues:
                continue
            cue = cues[0]
            agents = [m for c in agent for m in view.chunks[c].mentions]
            things = list(view.chunks[noun].mentions)
            subjects, objects = (things, agents) if cue.inverse else (agents, things)
            negated = negated_between(view, k, p, gram)
            out += [Found(s, cue.relation, o, 0.7, negated, "prenominal") for s in subjects for o in objects if s.key != o.key]
            break
    return out


CAUSAL = frozenset("creates increases decreases influences".split())
def _object_complement(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """English 'make X a Y', 'make X free': an indefinite noun phrase or a bare adjective right after
    the object says what the verb makes the object be, not what it produces."""
    k = view.chunks[ci].end
    if k >= len(view.tokens):
        return False
    tok = view.tokens[k]
    if tok.lower in ("a", "an"):
        return True
    after = view.tokens[k + 1].text if k + 1 < len(view.tokens) else "."
    return view.chunk_at[k] is None and (tok.lower in gram.adjectives or tok.lower in gram.upward_words
                                         or tok.lower in gram.downward_words) and after in ".,;:!?)"


PERCENT_WORDS = frozenset("% per cent percent prosent procent prozent".split())


def _share(view: SentenceView, j: int) -> bool:
    """Token ``j`` belongs to a share before the noun it counts: '58 %', '40 per cent', and its
    partitive 'of' ('by 58% of passengers', 'av 40 prosent av kundene')."""
    tokens = view.tokens
    low = tokens[j].lower
    if tokens[j].text[:1].isdigit() or low in PERCENT_WORDS:
        return True
    return low in PARTITIVE_OF and j > 0 and (tokens[j - 1].lower in PERCENT_WORDS or partitive_of(tokens, j))


MEANS_PREPOSITIONS = frozenset("gjennom genom gennem igennem through".split())


def _agent(view: SentenceView, last: int, end: int, gram: Grammar, start: int = -1,
           prepositions: frozenset[str] | None = None) -> list[int] | None:
    """The agent of a passive: the mention after av/af/von/durch/by (German: anywhere in the clause,
    but not in a prenominal participle phrase: 'die [von Kunden bestellten] Produkte werden geliefert');
    ``prepositions``: others that mark it."""
    marks = gram.agent_prepositions if prepositions is None else prepositions
    for k in (*range(last + 1, end), *range(max(start, 0), last)):
        if view.tokens[k].lower in marks and prenominal_participle(view, k, gram) is None:
            j = k + 1
            while j < end and view.chunk_at[j] is None and (
                    skippable(view, j, gram) or is_adjective_like(view.tokens[j], view.sentence.lang, lexicon(view.sentence.lang))
                    or _share(view, j)):
                j += 1  # 'selges av [store] kjeder', 'used by [58% of] passengers'
            ci = view.chunk_at[j] if j < end else None
            if ci is not None and (named := name_in_commas(view, ci) or name_after_title(view, ci)) is not None:
                return [named]  # 'by our training lead, Gareth Pryce, in 2019', 'af bibliotekschef Mette Kjærgaard'
            return group_right(view, ci, end, gram) if ci is not None else None
    return None
