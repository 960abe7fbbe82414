"""Clause structure without a parser: regions around a verb, coordination groups, negation, voice.

Everything works on a :class:`~kgraph.extractors.mentions.SentenceView` by token index.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kgraph.extractors.mentions import (
    ADVERBIAL_PHRASES,
    DEFINITE_ARTICLES_OF,
    LONGEST_ADVERBIAL_PHRASE,
    MEASURES,
    MULTIPLIERS,
    PARTICLES,
    QUANTITY_WORDS,
    TIME_NOUNS,
    TRANSPARENT_NOUNS,
    SentenceView,
    definite_noun,
    is_adjective_like,
)
from kgraph.frozen import fast_init
from kgraph.grammar import Grammar, Phrase, grammar, phrase_index
from kgraph.grammar.de import ADVERBIAL_SUBORDINATORS, ANNOUNCED_CLAUSE_OPENERS, FUSED_PREPOSITIONS
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import NAMED, Token

HARD_STOPS = frozenset(";:()[]{}?!–—|")
MAX_GROUP = 12  # coordinated conjuncts kept per side, so a list of thousands stays linear


@fast_init
@dataclass(frozen=True, slots=True)
class Region:
    """Token range ``[start, end)`` of the clause around a verb, and what opened it."""

    start: int
    end: int
    opener: str  # "", "relative", "subordinate", "conditional"
    opener_index: int


def clause_region(view: SentenceView, first: int, last: int, gram: Grammar) -> Region:
    """The clause around tokens ``[first, last]``: cut at hard punctuation, subordinators and
    relative pronouns, and at commas that do not join a list of mentions."""
    tokens = view.tokens
    start = first
    opener, opener_index = "", -1
    i = first - 1
    while i >= 0:
        tok = tokens[i]
        if tok.text == ")" and (opening := aside_start(view, i)) > 0:
            i = opening - 1  # 'Customer lifetime value (CLV or CLTV) is a metric': an aside after the subject
            continue
        if tok.text in HARD_STOPS:  # a stop (the sentence's final period can only lie to the right)
            break
        if view.chunk_at[i] is None:
            if tok.lower in gram.relativizers and _relative_here(view, i, gram) and not _starts_list(view, i, gram):
                opener, opener_index = "relative", i
                break
            if tok.lower in gram.conditionals:
                opener, opener_index = "conditional", i
                break
            if tok.lower in gram.subordinators and opens_clause(view, i, gram):
                opener, opener_index = "subordinate", i
                break
            if tok.text == "," and not list_comma(view, i, gram):
                opening = _inserted_examples(view, i, gram)
                if opening < 0:
                    break
                start, i = opening, opening - 1  # 'Gruppträning, till exempel spinning och yoga, stärker'
                continue
        start = i
        i -= 1
    end = last + 1
    j = last + 1
    while j < len(tokens):
        tok = tokens[j]
        if tok.text in HARD_STOPS or tok.text == "." and j == len(tokens) - 1:  # a stop
            break
        if view.chunk_at[j] is None:
            complement = j == last + 1 and (tokens[last].lower in gram.prepositions or tok.lower in ("at", "att", "dass", "that")) \
                or announced_clause(view, last, j) or j == last + 2 and tokens[last + 1].text == "," and tok.lower in ("at", "att")
            if not complement and (
                tok.lower in gram.relativizers and _relative_here(view, j, gram)
                or tok.lower in gram.subordinators and opens_clause(view, j, gram)
            ):
                break
            if tok.text == "," and not list_comma(view, j, gram) and not _clause_goes_on(view, last, j, gram):
                break
        j += 1
        end = j
    return Region(start, end, opener, opener_index)


def _clause_goes_on(view: SentenceView, last: int, comma: int, gram: Grammar) -> bool:
    """The comma after the verb at ``last`` does not end its clause: the clause a German pronominal
    adverb announces follows ('dafür, dass'), a that-clause after a Scandinavian comma ('forventer,
    at'), or a pseudo-cleft's copula ('Det jeg kan tilby, er kunnskap')."""
    if comma + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[comma + 1].lower
    return announced_clause(view, last, comma + 1) or comma == last + 1 and nxt in ("at", "att") \
        or nxt in gram.copulas and cleft_copula(view, gram) == comma + 1


CLEFT_DET = frozenset({"det", "das"})  # 'Det jeg kan tilby, er ...', 'Das, was Kunden wollen, ist ...'


def cleft_copula(view: SentenceView, gram: Grammar) -> int:
    """The copula that closes a pseudo-cleft's free relative: 'Det jeg kan tilby, [er] kunnskap',
    'Det kunderna vill ha [är] låga priser', 'What we offer [is] personal service'; -1 if the
    sentence is no pseudo-cleft. A free relative opens the sentence (a cleft opener, or 'det'
    and a verb before the copula: not 'Det er viktig', 'Det største problemet er prisen')."""
    tokens = view.tokens
    if len(tokens) < 4 or gram.copulas.isdisjoint(view.words):
        return -1
    opener = phrase_at(view, 0, gram.cleft_openers)
    if not opener and tokens[0].lower not in CLEFT_DET:
        return -1
    for c in range(max(opener, 1), len(tokens)):
        if tokens[c].text in HARD_STOPS or tokens[c].lower in gram.subordinators \
                or (tokens[c].lower in gram.relativizers and c > max(opener, 1)):
            return -1  # ('Det betyr at kundene er ...': a clause of its own)
        if tokens[c].lower in gram.copulas and view.chunk_at[c] is None:
            verb = any(view.chunk_at[k] is None and tokens[k].is_word and tokens[k].text.islower() and (
                tokens[k].lower not in gram.function_words or tokens[k].lower in gram.auxiliaries) for k in range(1, c))
            return c if opener or verb else -1
    return -1


MAX_ASIDE = 8  # tokens inside a parenthesis that a clause reaches over


def aside_start(view: SentenceView, close: int) -> int:
    """The '(' of a short parenthesis closed at ``close`` that follows a noun phrase ('Kundetilfredshet
    (KTI) øker lojaliteten'); -1 when there is none."""
    for k in range(close - 1, max(-1, close - MAX_ASIDE - 2), -1):
        text = view.tokens[k].text
        if text == "(":
            return k if k > 0 and view.chunk_at[k - 1] is not None else -1
        if text in HARD_STOPS:
            return -1
    return -1


def in_aside(view: SentenceView, start: int, end: int) -> set[int]:
    """The tokens of ``[start, end)`` inside the asides a clause reaches over."""
    out: set[int] = set()
    for k in range(start, end):
        if view.tokens[k].text == ")" and (opening := aside_start(view, k)) >= start:
            out.update(range(opening, k + 1))
    return out


def announced_clause(view: SentenceView, last: int, j: int) -> bool:
    """German 'die Voraussetzung dafür, dass ...', 'hängt davon ab, ob ...': the clause at ``j`` is
    the one the pronominal adverb at ``last`` (its separable particle aside) announces."""
    tokens = view.tokens
    if view.sentence.lang != "de" or tokens[j].lower not in ANNOUNCED_CLAUSE_OPENERS or tokens[j - 1].text != ",":
        return False
    k = j - 2
    if k > last and tokens[k].lower in grammar("de").separable_particles:
        k -= 1  # 'hängt davon ab, dass'
    return k == last and tokens[last].lower.startswith("da") and tokens[last].lower != "da"


def opens_clause(view: SentenceView, i: int, gram: Grammar) -> bool:
    """The subordinator at ``i`` opens a clause. German 'damit', 'da', 'seitdem' open one only at
    its start (after a comma, a coordinator or nothing); after a word they are adverbs: 'schafft
    Vertrauen und erhöht damit die Conversion-Rate', 'Die Ware ist da'."""
    if view.sentence.lang in ("nb", "sv", "da") and view.tokens[i].lower in gram.prepositions and i + 1 < len(view.tokens) \
            and (view.tokens[i + 1].text[:1].isdigit() or view.tokens[i + 1].lower in TIME_NOUNS):
        return False  # 'siden 1950', 'før jul', 'indtil 2026': a preposition of time, no clause
    if view.sentence.lang != "de" or view.tokens[i].lower not in ADVERBIAL_SUBORDINATORS or i == 0:
        return True
    prev = view.tokens[i - 1]
    return not prev.is_word or prev.lower in gram.coordinators


def _inserted_examples(view: SentenceView, comma: int, gram: Grammar) -> int:
    """The comma that opens an inserted list of examples closed by the comma at ``comma``
    ('X, till exempel A och B, ...', 'X, such as A, ...'), or -1."""
    k = comma - 1
    while k >= 0 and (view.chunk_at[k] is not None or view.tokens[k].lower in gram.coordinators
                      or view.tokens[k].lower in gram.determiners or view.tokens[k].text == ","):
        k -= 1
    for size in range(1, 4):
        start = k - size + 1
        if start >= 2 and phrase_at(view, start, gram.hyponym_markers) == size and view.tokens[start - 1].text == "," \
                and view.chunk_at[start - 2] is not None:
            return start - 1
    return -1


def _relative_here(view: SentenceView, i: int, gram: Grammar) -> bool:
    """A relative pronoun follows a noun (German der/die/das also articles: need a comma before)."""
    if i == 0:
        return False
    prev = view.tokens[i - 1]
    if view.sentence.lang == "de":
        return prev.text == "," and not _listed_article(view, i, gram)
    return view.chunk_at[i - 1] is not None or prev.text == "," or prev.lower in gram.pronouns


def _listed_article(view: SentenceView, i: int, gram: Grammar) -> bool:
    """German 'von der Wohnfläche, dem Wohnort und der Lage ab': after a comma der/die/das/dem is
    the article of the next item of a list when the list runs to the sentence's end (or to a
    separable verb's particle); a relative clause ends in its verb (', das Bücher und Karten führte')."""
    tokens, lex = view.tokens, lexicon("de")
    k = i + 1
    if k >= len(tokens) or view.chunk_at[k] is None and not is_adjective_like(tokens[k], "de", lex):
        return False
    while k < len(tokens) and (
        view.chunk_at[k] is not None or tokens[k].text == "," or tokens[k].lower in gram.coordinators
        or tokens[k].lower in gram.determiners
        or k + 1 < len(tokens) and view.chunk_at[k + 1] is not None and is_adjective_like(tokens[k], "de", lex)
    ):
        k += 1
    if k < len(tokens) and tokens[k].lower in gram.prepositions:
        k += 1  # 'hängt von ... ab'
    return k >= len(tokens) or tokens[k].text in ".;:!?"


def _starts_list(view: SentenceView, i: int, gram: Grammar) -> bool:
    """'som for eksempel X og Y': a relative pronoun that opens a list of examples, not a clause."""
    words = tuple(t.lower for t in view.tokens[i + 1 : i + 5])
    return any(len(p) > 0 and words[: len(p)] == p for p in gram.hyponym_markers)


def list_comma(view: SentenceView, i: int, gram: Grammar) -> bool:
    """A comma between two mentions of a list (X, Y og Z) rather than between clauses."""
    if _but_also(view, i, len(view.tokens)):
        return True  # 'ikke bare varer, men også tjenester'
    before = view.chunk_at[i - 1] if i > 0 else None
    after_i = i + 1
    while after_i < len(view.tokens) and view.chunk_at[after_i] is None and (
        view.tokens[after_i].lower in gram.determiners or view.tokens[after_i].lower in gram.adjectives
        or view.sentence.lang == "de" and is_adjective_like(view.tokens[after_i], "de", lexicon("de"))
    ):
        after_i += 1  # 'frische Ware, kurze Wartezeiten'
    after = view.chunk_at[after_i] if after_i < len(view.tokens) else None
    if view.sentence.lang == "de" and after is not None and before is not None:
        v = view.chunks[after].end
        if v + 1 < len(view.tokens) and view.tokens[v].text.islower() and view.tokens[v].is_word \
                and view.tokens[v].lower not in gram.prepositions and view.tokens[v].lower not in gram.coordinators \
                and view.tokens[v + 1].lower in V2_SUBJECT_PRONOUNS:
            return False  # 'Wir verkaufen Brot, Kuchen backen wir selbst': a V2 clause with its object fronted
    return before is not None and after is not None or adjective_comma(view, i, gram)


# German nominative pronouns that follow the finite verb of a V2 clause with a fronted object.
V2_SUBJECT_PRONOUNS = frozenset("wir ich er du sie".split())


def adjective_comma(view: SentenceView, k: int, gram: Grammar) -> bool:
    """Token ``k`` is a comma between two adjectives of one noun: 'eine schnelle, persönliche Antwort'."""
    if view.tokens[k].text != "," or k < 1 or k + 2 >= len(view.tokens) or view.chunk_at[k - 1] is not None:
        return False
    lex = lexicon(view.sentence.lang)
    before, after = view.tokens[k - 1], view.tokens[k + 1]

    def adjective(t: Token) -> bool:
        return t.lower in gram.adjectives or t.lemma in gram.adjectives or is_adjective_like(t, view.sentence.lang, lex)

    # 'en rask, personlig service': after an article, a lower-case word before the comma
    attributive = adjective(before) or k >= 2 and view.tokens[k - 2].lower in gram.determiners \
        and before.text.islower() and before.lower not in gram.function_words
    return attributive and adjective(after) and (view.chunk_at[k + 1] is not None or view.chunk_at[k + 2] is not None)


NUMBER_SEPARATORS = str.maketrans("", "", ",. \u00a0")
AMONG_THEM = frozenset("darunter among blant bland blandt unter".split())  # '..., among them X and Y'
AMONG_OTHERS = frozenset("andre andra anderen others".split())  # 'blant andre': among other ones (not 'blant annet')
BOTH = frozenset("både såväl sowohl both".split())  # openers of a two-part coordination
REFLEXIVES = frozenset(
    "seg sig sich meg mig mich deg dig dich oss os uns dere jer euch er itself themselves ourselves yourself "
    "himself herself myself".split()
)


def reflexive(low: str, lang: str) -> bool:
    """A reflexive pronoun of ``lang`` (Swedish 'er' is 'yourselves'; German 'er' is 'he')."""
    return low in REFLEXIVES and not (lang == "de" and low == "er")


def phrase_at(view: SentenceView, i: int, phrases: tuple[Phrase, ...]) -> int:
    """Length of the longest phrase starting at token ``i`` (0 if none)."""
    if i >= len(view.tokens):
        return 0
    # longest first (the index is looked up directly: this runs for most tokens of every sentence)
    candidates = phrase_index(phrases).get(view.tokens[i].lower)
    if not candidates:
        return 0  # most words start no phrase: do not build the window
    words = tuple(t.lower for t in view.tokens[i : i + 5])
    for phrase in candidates:
        if words[: len(phrase)] == phrase:
            return len(phrase)
    return 0


def skippable(view: SentenceView, i: int, gram: Grammar) -> bool:
    """Words that may stand between a verb and its arguments without ending the search."""
    tok = view.tokens[i]
    low = tok.lower
    return (
        low in BOTH
        or reflexive(low, view.sentence.lang)
        or low in PARTICLES.get(view.sentence.lang, ())
        or tok.lemma in TRANSPARENT_NOUNS
        or (low in gram.prepositions and i > 0 and view.tokens[i - 1].lemma in TRANSPARENT_NOUNS)
        or tok.text[:1].isdigit() and tok.text.translate(NUMBER_SEPARATORS).isdigit()  # 240,000 · 410 000
        or low in QUANTITY_WORDS
        or tok.lemma in MEASURES  # '4.000 Tonnen Bergkäse'
        or low in MULTIPLIERS  # 'tre gange så meget garn'
        or low in gram.determiners
        or low in gram.adverbs
        or low in ADVERBIAL_SUBORDINATORS and not opens_clause(view, i, gram)  # 'erhöht [damit] die Quote'
        or low in gram.auxiliaries
        or low in gram.negators
        or low in gram.hedges
        or low in gram.np_negators
        or low in gram.upward_words
        or low in gram.downward_words
        or low in APPROXIMATORS and i + 1 < len(view.tokens) and _counts(view, i + 1, gram)
    )


def in_adverbial_phrase(view: SentenceView, i: int, phrases: tuple[Phrase, ...] = ADVERBIAL_PHRASES) -> bool:
    """Token ``i`` is part of one of the ADVERBIAL_PHRASES (or of the subset ``phrases``)."""
    return any(i - back >= 0 and phrase_at(view, i - back, phrases) > back
               for back in range(LONGEST_ADVERBIAL_PHRASE))


# Words that make a count approximate ('about 40 per cent', 'rundt 420 brukere', 'etwa ein Drittel'):
# before a number or a fraction they are adverbs, not prepositions.
APPROXIMATORS = frozenset(
    "about around approximately nearly almost over under some rundt omkring cirka ca ca. nesten nærmere "
    "drygt knappt ungefär nästan omkring runt næsten knap godt etwa rund circa fast knapp über unter gut".split()
)


def _counts(view: SentenceView, k: int, gram: Grammar) -> bool:
    """Token ``k`` starts a count: a number, or an article before a fraction ('a fifth')."""
    tok = view.tokens[k]
    if tok.text[:1].isdigit():
        return True
    return tok.lower in gram.determiners and k + 1 < len(view.tokens) and view.tokens[k + 1].lemma in TRANSPARENT_NOUNS


def group_right(view: SentenceView, ci: int, limit: int, gram: Grammar) -> list[int]:
    """Chunk ``ci`` and the chunks coordinated after it (X, Y og Z) before token ``limit``."""
    out = [ci]
    pending: list[int] = []
    j = view.chunks[ci].end
    # 'både af privatpersoner og af virksomheder': a conjunct may repeat the first one's preposition
    b = view.chunks[ci].start - 1
    while b >= 0 and view.chunk_at[b] is None and view.tokens[b].lower in gram.determiners:
        b -= 1
    repeated = view.tokens[b].lower if b >= 0 and view.tokens[b].lower in gram.prepositions else None
    base = FUSED_PREPOSITIONS.get(repeated, repeated)  # 'vom Preis und von der Qualität', 'von X und vom Y'
    repeated_forms = {repeated, base, *(f for f, p in FUSED_PREPOSITIONS.items() if p == base)} if repeated else set()
    while j < limit and len(out) + len(pending) < MAX_GROUP:
        tok = view.tokens[j]
        also = _but_also(view, j, limit, repeated_forms)
        if also:
            # 'ikke bare varer, men også tjenester': the second conjunct joins the first
            nxt = view.chunk_at[also] if also < limit else None
            if nxt is None:
                break
            out.extend(pending)
            out.append(nxt)
            pending = []
            j = view.chunks[nxt].end
            continue
        if tok.text == "," or tok.lower in gram.coordinators:
            coordinated = tok.lower in gram.coordinators
            k = j + 1
            if k < limit and view.tokens[k].lower in AMONG_THEM:
                break  # 'nutzen 310 Betriebe unsere App, darunter Elektriker': examples of another noun
            while k < limit and view.chunk_at[k] is None and (
                view.tokens[k].lower in gram.determiners or view.tokens[k].lower in gram.coordinators
                or view.tokens[k].lower in gram.adjectives
                or view.tokens[k].lemma in TRANSPARENT_NOUNS  # 'olive trees and a bag of compost'
                or view.tokens[k].lower in gram.prepositions and view.tokens[k - 1].lemma in TRANSPARENT_NOUNS
                or view.tokens[k].lower in gram.upward_words or view.tokens[k].lower in gram.downward_words
                or view.tokens[k].lower in repeated_forms and view.tokens[k - 1].lower in gram.coordinators
                or (view.tokens[k - 1].lower in gram.determiners or view.sentence.lang == "de")
                and is_adjective_like(view.tokens[k], view.sentence.lang, lexicon(view.sentence.lang))
            ):  # 'eine schnelle Lieferung und eine [persönliche] Beratung', 'ett kvitto och [kortare] köer'
                coordinated = coordinated or view.tokens[k].lower in gram.coordinators
                k += 1
            nxt = view.chunk_at[k] if k < limit else None
            if nxt is None:
                break
            pending.append(nxt)
            if coordinated:
                out.extend(pending)
                pending = []
            j = view.chunks[nxt].end
            continue
        attached = _attached_phrase(view, j, limit, gram)
        if attached:
            j = attached  # 'avstanden [til ruteren], tykke vegger og ...': the item's own phrase
            continue
        break
    return out


DEFINITE_ARTICLES = frozenset().union(*DEFINITE_ARTICLES_OF.values())
POSSESSIVE_PRONOUNS = frozenset(
    "its their his her dens dets deres dess deras hans hennes sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer".split()
)


def _names_phrase_end(view: SentenceView, ci: int, limit: int, gram: Grammar) -> int:
    """A phrase of names, coordinated among themselves, that a comma and a common noun follow: the
    list goes on after it ('flights [from Manchester or Leeds Bradford], hotels, most meals'); the
    index of that comma, else 0 ('kunder i Norge og Sverige' keeps its names)."""
    tokens = view.tokens
    end = view.chunks[ci].end
    while end + 1 < limit and tokens[end].lower in gram.coordinators and (nxt := view.chunk_at[end + 1]) is not None \
            and view.chunks[nxt].head.kind is NAMED:
        end = view.chunks[nxt].end
    if end + 1 >= limit or tokens[end].text != ",":
        return 0
    k = end + 1
    while k < limit and view.chunk_at[k] is None and (tokens[k].lower in gram.determiners or tokens[k].lower in gram.adjectives
                                                     or tokens[k].lower in QUANTITY_WORDS):
        k += 1
    nxt = view.chunk_at[k] if k < limit else None
    return end if nxt is not None and view.chunks[nxt].head.kind is not NAMED else 0


def _attached_phrase(view: SentenceView, j: int, limit: int, gram: Grammar) -> int:
    """A prepositional phrase of common nouns at ``j`` that belongs to the list item before it and
    is followed by the list's next comma or coordinator and another noun phrase ('kurze Wartezeiten
    [an der Kasse] und eine kompetente Beratung'); the index after it, else 0. Names stay inside
    the phrase: 'kunder i Norge og Sverige'."""
    tokens = view.tokens
    if tokens[j].lower not in gram.prepositions or view.chunk_at[j - 1] is None:
        return 0
    k = j + 1
    while k < limit and view.chunk_at[k] is None and tokens[k].lower in gram.determiners:
        k += 1
    ci = view.chunk_at[k] if k < limit else None
    if ci is not None and view.chunks[ci].head.kind is NAMED:
        return _names_phrase_end(view, ci, limit, gram)
    if ci is None:
        return 0
    definite = k > j + 1 and tokens[j + 1].lower in DEFINITE_ARTICLES or definite_noun(tokens[view.chunks[ci].end - 1], view.sentence.lang)
    if not definite:
        return 0  # a particular place or thing ('an der Kasse', 'til ruteren'), not 'genom personlig service'
    after = view.chunks[ci].end
    if after + 1 >= limit or not (tokens[after].text == "," or tokens[after].lower in gram.coordinators):
        return 0
    # the next item opens with an article or an adjective (', tykke vegger', 'und eine kompetente
    # Beratung'); a bare noun may go on the phrase's own list ('til privatpersoner og småbedrifter')
    lex = lexicon(view.sentence.lang)
    n = after + 1
    if tokens[n].lower in POSSESSIVE_PRONOUNS:
        return 0  # 'tillid til virksomheden og dens medarbejdere': its staff, inside the phrase
    while n < limit and view.chunk_at[n] is None and (
            tokens[n].lower in gram.determiners or is_adjective_like(tokens[n], view.sentence.lang, lex)):
        n += 1
    nxt = view.chunk_at[n] if n < limit else None
    opened = n > after + 1 or nxt is not None and view.chunks[nxt].start == n \
        and view.chunks[nxt].end - n > 1 and is_adjective_like(tokens[n], view.sentence.lang, lex)
    return after if opened and nxt is not None and view.chunks[nxt].head.kind is not NAMED else 0


BUT = frozenset("men utan sondern but als".split())  # (German "sowohl X als auch Y")
ALSO = frozenset("også också även auch also".split())


def _but_also(view: SentenceView, j: int, limit: int, repeated: set[str] | frozenset[str] = frozenset()) -> int:
    """At ', men også' / ', sondern auch' / 'but also': the index after it (0 if not there), past
    the first conjunct's preposition repeated ('nicht nur vom Umsatz, sondern auch von der Zufriedenheit')."""
    k = j + 1 if view.tokens[j].text == "," else j
    if k + 1 < limit and view.tokens[k].lower in BUT and view.tokens[k + 1].lower in ALSO:
        k += 2
        if k < limit and view.tokens[k].lower in repeated:
            k += 1
        lang = view.sentence.lang
        while k < limit and view.chunk_at[k] is None and (view.tokens[k].lower in DETERMINER_LIKE or (
                view.tokens[k].text.islower() and is_adjective_like(view.tokens[k], lang, lexicon(lang)))):
            k += 1  # 'sondern auch eine [gute] Beratung'
        return k
    return 0


DETERMINER_LIKE = frozenset("en ei et ett ein eine einen einem einer a an the die der das den de".split())


def _chunk_back(view: SentenceView, k: int, limit: int, skip: Callable[[Token], bool]) -> int | None:
    """The chunk that ends at token ``k`` or before it, over the free tokens ``skip`` allows, not
    before token ``limit``: the conjunct before a coordinator or a comma."""
    while k >= limit and view.chunk_at[k] is None and skip(view.tokens[k]):
        k -= 1
    return view.chunk_at[k] if k >= limit else None


def group_left(view: SentenceView, ci: int, limit: int, gram: Grammar) -> list[int]:
    """Chunk ``ci`` and the chunks coordinated before it, not before token ``limit``."""
    out = [ci]
    j = view.chunks[ci].start - 1
    # a comma joins a list only before its 'og/and' ('For a quieter day, Fellside rents'), which may
    # also follow the chunk ('chat, tekstmeldinger og andre kommunikasjonsmidler')
    end = view.chunks[ci].end
    listed = end < len(view.tokens) and view.tokens[end].lower in gram.coordinators
    while j >= limit and len(out) < MAX_GROUP:
        tok = view.tokens[j]
        a = j
        while a > limit and view.chunk_at[a] is None and view.tokens[a].lower in DETERMINER_LIKE:
            a -= 1
        if view.sentence.lang == "de" and view.tokens[a].lower in ALSO and a - 1 > limit and view.tokens[a - 1].lower in BUT:
            # 'Sowohl der Preis als auch die Qualität', 'nicht nur X, sondern auch Y': the first conjunct
            prev = _chunk_back(view, a - 2, limit, lambda t: t.text == "," or t.lower in gram.negators)
            if prev is None:
                break
            out.insert(0, prev)
            j = view.chunks[prev].start - 1
            continue
        if tok.text == "," and not listed:
            break
        if tok.text == "," or tok.lower in gram.coordinators:
            listed = True
            prev = _chunk_back(view, j - 1, limit, lambda t: t.lower in gram.determiners)
            if prev is None:
                break
            out.insert(0, prev)
            j = view.chunks[prev].start - 1
            continue
        if tok.lower in ("både", "sowohl", "both", "beide", "såväl"):
            j -= 1
            continue
        k = j  # 'ett stämpelkort eller [en] kundklubb', 'Høye strømpriser og [økte] renter', 'a card
        # and [a friendly] greeting': the second conjunct's article and a modifier the chunk left out
        while k > limit and j - k < 2 and view.chunk_at[k] is None and view.tokens[k].is_word and (
                view.tokens[k].lower in gram.determiners or view.tokens[k].lower not in gram.function_words):
            k -= 1
        if k < j and view.tokens[k].lower in gram.coordinators:
            j = k  # (after a comma an article opens an apposition: 'Acme, a Norwegian company')
            continue
        break
    return out


def negated_between(view: SentenceView, start: int, end: int, gram: Grammar, *, without: bool = True) -> bool:
    """A clause negator in tokens ``[start, end)`` that is not part of 'ikke bare', 'not only' ...;
    ``without``: whether 'uden/uten/utan/ohne/without' counts (after the object it negates only its
    own phrase: 'oftere end kunder uden medlemskab')."""
    if view.words.isdisjoint(gram.negators) and view.words.isdisjoint(gram.np_negators) \
            and view.words.isdisjoint(gram.without):
        return False  # (most sentences: no negator anywhere, so none in the range)
    tokens = view.tokens
    for i in range(max(0, start), min(end, len(tokens))):
        low = tokens[i].lower
        if low in gram.negators or low in gram.np_negators or without and low in gram.without:
            following = tuple(t.lower for t in tokens[i : i + 4])
            if any(following[: len(p)] == p for p in gram.not_negation):
                continue
            if low in gram.without and i > start and tokens[i - 1].lower in gram.negators:
                continue  # litotes: ikke uten
            if low in gram.without and view.sentence.lang == "de" \
                    and not any(t.lower in ("zu", "dass") or "zu" in t.lower[2:-2] for t in tokens[i + 1:end]):
                continue  # German 'ohne' + noun phrase is how, not a denial: 'stellen wir Ihnen ohne Aufpreis zur
                # Verfügung' (but 'ohne ... zu kaufen', 'ohne dass ...' deny the act)
            if any(t.lower in BUT for t in tokens[i + 1 : end]):
                continue  # 'ist kein Außenstehender, sondern ein Teil': the negation ends at 'sondern'
            return True
    return False


def np_negated(view: SentenceView, ci: int, gram: Grammar) -> bool:
    """'ingen kunder', 'keine Kunden', 'no customers': the chunk is negated by its determiner."""
    i = view.chunks[ci].start - 1
    while i >= 0 and view.tokens[i].lower in gram.adverbs:
        i -= 1
    return i >= 0 and (view.tokens[i].lower in gram.np_negators or view.tokens[i].lower in gram.without)


PASSIVE_EXCEPTIONS = frozenset(
    "trives synes finnes lykkes møtes skyldes mødes findes hoppas finnas trivas lyckas träffas "
    "verkar tycks syns kräves behövs krävs "
    # their past tense: 'Forsinkelsen skyldtes en feil', 'det lyckades'
    "trivdes syntes fantes fandtes lyktes lykkedes møttes mødtes skyldtes hoppades fanns lyckades träffades "
    "tycktes krävdes behövdes".split()
)


INSEPARABLE_PREFIXES = ("be", "ver", "er", "ent", "zer", "emp", "miss", "über", "unter")  # German participles without ge-


FRONTED_PASSIVE_AUXILIARIES = frozenset("wird wurde werden wurden".split())


def _separable_participle(low: str, gram: Grammar) -> bool:
    """A German participle of a separable verb: 'hergestellt', 'angeboten', 'ausgeliefert'."""
    return _separable_with(low, gram.separable_particles)


@lru_cache(maxsize=100_000)  # (the word alone decides, and is_passive asks of many words)
def _separable_with(low: str, particles: frozenset[str]) -> bool:
    return low.endswith(("t", "en")) and any(
        low.startswith(particle + "ge") and len(low) > len(particle) + 4 for particle in particles)


# Forms of 'werden' that follow a German participle in a verb cluster and make it passive.
FOLLOWING_PASSIVE_AUXILIARIES = frozenset("werden worden wird wurde wurden würde würden".split())


def is_passive(view: SentenceView, i: int, lex: Lexicon, gram: Grammar) -> bool:
    """s-passive (kjøpes, köps, købes) or auxiliary + participle (blir kjøpt, wird gekauft, is bought)."""
    tok = view.tokens[i]
    low = tok.lower
    lang = view.sentence.lang
    if lang in ("nb", "sv", "da") and low.endswith("s") and low not in PASSIVE_EXCEPTIONS and (
            not tok.lemma.endswith("s") or lang == "sv" and low.endswith(("its", "ats")) and low != tok.lemma):
        return True  # (Swedish supine passives 'har tagits', 'har sålts')
    if lang == "de":  # 'gekauft', 'beraten', 'informiert'; not the finite 'hängt', 'kauft'
        participle = low != tok.lemma and (low.startswith("ge") or low.endswith("iert")
                                           or low.startswith(INSEPARABLE_PREFIXES) and low.endswith(("t", "en"))
                                           or _separable_participle(low, gram))
    else:
        participle = low != tok.lemma and low.endswith(("t", "d", "et", "en", "ed", "ad", "at")) \
            or low in gram.irregular_participles  # 'are made by', 'is run by'
    if not participle and lang == "de" and low == tok.lemma and low.startswith(INSEPARABLE_PREFIXES):
        # 'werden von unseren Mitarbeitern beraten': be-/ver-/er- participles look like infinitives;
        # a form of 'werden' and an agent before the verb make it passive
        before = [t.lower for t in view.tokens[:i]]
        return any(w in gram.passive_auxiliaries for w in before) and any(w in gram.agent_prepositions for w in before)
    if not participle:
        return False
    nxt = view.tokens[i + 1].lower if i + 1 < len(view.tokens) else ""
    if lang == "de" and nxt in FRONTED_PASSIVE_AUXILIARIES and (i == 0 or not view.tokens[i - 1].is_word):
        return True  # a fronted participle: 'Hergestellt wird der R600 von der Vollmer GmbH'
    if lang == "de" and nxt in FOLLOWING_PASSIVE_AUXILIARIES:
        return True  # 'kann durch X gesteigert werden', 'die von Kunden gekauft werden', 'gesteigert worden'
    if i > 0 and view.chunk_at[i - 1] is not None and nxt in gram.agent_prepositions:
        return True  # reduced relative: 'varene produsert av et selskap
    lo = max(0, i - 4) if lang != "de" else 0
    for k in range(i - 1, lo - 1, -1):
        word = view.tokens[k].lower
        if word in gram.passive_auxiliaries:
            if lang == "de" and word in ("ist", "sind", "war", "waren"):
                return any(t.lower in gram.agent_prepositions for t in view.tokens[i + 1 : i + 8]) or (
                    k < i and any(t.lower in gram.agent_prepositions for t in view.tokens[k:i])
                )
            return True
        if view.tokens[k].text in HARD_STOPS or view.tokens[k].text == ",":
            break
    return False
