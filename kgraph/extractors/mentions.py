"""Mentions in a sentence: ontology concepts, state-qualified concepts, other noun phrases, names.

The result is a :class:`SentenceView`: the sentence's tokens with non-overlapping chunks, each
chunk realising one or more mentions (``engagerade och kundorienterade medarbetare`` is one chunk
with two qualified mentions). Relation patterns work on this view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter, itemgetter

from kgraph.frozen import fast_init
from kgraph.grammar import Grammar, Phrase, grammar, phrase_index
from kgraph.grammar.de import ADVERB_ENDINGS, HONORIFICS, NAME_DESIGNATORS
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.lexicon import VOWELS, Lexicon, NounMatch, lexicon
from kgraph.model import (
    CLASS,
    CONCEPT,
    NAMED,
    QUALIFIED,
    Document,
    Mention,
    MentionKind,
    Sentence,
    Span,
    Token,
)
from kgraph.ontology import agent_classes, organisation_classes
from kgraph.tokens import danish_plural_noun, is_known
from kgraph.tokens import lemma as lemmatize

ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "nb": ("e", "t", "ig", "lig", "isk", "sk", "ende", "ert", "ne"),
    "da": ("e", "t", "ig", "lig", "isk", "sk", "ende", "et"),
    "sv": ("a", "t", "ig", "lig", "isk", "sk", "ande", "ende", "ad", "ade", "na"),
    "de": ("e", "en", "er", "es", "em"),
    "en": ("al", "ed", "ful", "ic", "ive", "ous", "less", "able", "ible", "ing", "ent", "ant", "ary", "ly", "y", "ish", "est"),
}
# Endings that make adverbs of adjectives (English -ly: ly_adverb, which asks the dictionary)
ADVERB_ENDINGS_OF = {"de": ADVERB_ENDINGS, "sv": ("ligen",), "nb": ("igvis",), "da": ("igvis",)}
MAX_MODIFIERS = 2
# Nominalisations whose lemma simplemma turns into the verb (sparande → spara): keep the noun.
NOMINAL_SUFFIXES = ("ande", "ende", "ing", "ning", "else", "het", "hed", "sjon", "tion", "ment")
# Words that count or measure what follows: 'tre avtalsformer', 'en række faktorer', 'antallet af klager'.
QUANTITY_WORDS = frozenset(
    "to tre fire fem seks syv sju åtte otte ni ti två fyra sex åtta nio tio zwei drei vier fünf sechs sieben "
    "acht neun zehn elf zwölf elleve tolv elva eleven twelve two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand dozens dozen tjue tretti førti femti hundre tusen tyve fyrre halvtreds hundrede tusind tusinde tjugo trettio "
    "fyrtio femtio hundra zwanzig dreißig vierzig fünfzig hundert tausend "
    "flere fleire mehrere several rekke række rad "
    "reihe serie series følgende följande folgende following "
    "average gennemsnit gjennomsnitt genomsnitt snitt durchschnitt "  # 'spend on average', 'i gennemsnit'
    "flesta flest fleste meisten allra "
    "drygt knappt cirka omkring rundt snaut godt vel knapt knap omtrent ungefär ungefähr etwa rund "  # approximators
    "mio mrd mill "
    "million millions millioner million miljon miljoner millionen milliard milliarder miljarder milliarden billion".split()  # '1.6 times as much'
)
# German nouns whose lemma is another language's word of quantity: 'Räder' (Rad) is no Swedish
# 'rad' (a row), 'Kinder' (Kind) no English 'kind'.
GERMAN_FALSE_FRIENDS = frozenset({"rad", "kind"})
# Nouns of time: 'i dag', 'i flere år', 'every week' are adverbials, not concepts in relations.
TIME_NOUNS = frozenset(
    "time times day days hour hours week weeks month months year years minute minutes "
    "tid dag dagar dager dage time timer timmar uke uker vecka veckor uge uger år måned måneder månad "
    "zeit tag tage stunde stunden woche wochen monat monate jahr jahre minuten".split()
)
# English verb particles (buy back, set up): part of the verb, not a concept.
PARTICLES = {"en": frozenset("back up out off down away over".split())}
# Units that measure a change ('økt med 15 prosent'): never a concept of their own.
MEASURES = frozenset(
    "prosent procent percent prozent % kr krone krona kroner kronor euro eur dollar usd nok sek dkk pund pound "
    "prosentpoeng procentenhet prozentpunkt poeng point punkt "
    "tonn tonne tonnen ton tons tonnes kilo kg liter litre litres stück stk styck meter".split()  # units of amount
)
# Nouns that pass their role to the noun after their preposition: 'antallet af klager' is about complaints.
# Quantities and proportions whose noun is what they count: 'antallet af klager', 'two thirds of
# customers', 'zwei Drittel (der Verbraucher)'. Never concepts; the counted noun is the argument.
TRANSPARENT_NOUNS = frozenset(
    "antall antal anzahl number andel anteil share mengde mängd menge "
    "tredjedel tredjedel halvdel halvpart halvparten hälft hälften fjerdedel fjärdedel flertall flertal "
    "femtedel tiendedel tiondel fünftel zehntel fifth tenth cent "  # 'a fifth of revenue', '40 per cent of'
    "flertalet majoritet drittel hälfte viertel mehrheit großteil third half quarter majority "
    "prosent procent prozent percent "
    "range selection variety assortment utvalg urval udvalg auswahl vielfalt "  # 'its own range of jackets'
    "kind sort type typ art slags "  # 'two kinds of customers', 'ulike typer kunder'
    # containers and pairs: 'a bag of compost', '212 par langrennsski', 'eine Tasse Kaffee'
    "par pair paar bag tüte påse sekk sæk säck eske æske kiste låda bottle flaske flaska flasche cup kopp kop "
    "tasse jar burk dåse crate carton piece stykke stycke slice skive skiva scheibe loaf bunch".split()
)


@fast_init
@dataclass(frozen=True, slots=True)
class Chunk:
    """Tokens ``[start, end)`` that realise one or more mentions (coordinated states share a noun)."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    # The last mention, which the patterns ask for some 17 times per chunk: set once, as
    # Token.is_word is.
    head: Mention = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _set_head(self, self.mentions[-1])


_set_head = Chunk.__dict__["head"].__set__  # (the slot's own setter, as model._set_is_word)


@dataclass(slots=True)
class SentenceView:
    """A sentence's tokens and chunks, with lookups the patterns need."""

    doc: Document
    sentence: Sentence
    tokens: tuple[Token, ...]
    chunks: list[Chunk]
    chunk_at: list[int | None] = field(default_factory=list)
    markers: set[int] | None = None  # marker_tokens() of the tokens, when the maker knows them
    # the lower-case forms of the tokens: a pattern whose trigger words (copulas, list markers) are
    # none of them is done without looking at a token (most sentences hold no copula, no 'such as')
    words: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.words = frozenset([t.lower for t in self.tokens])
        self.chunks.sort(key=attrgetter("start"))
        chunk_at: list[int | None] = [None] * len(self.tokens)
        for i, chunk in enumerate(self.chunks):
            chunk_at[chunk.start : chunk.end] = [i] * (chunk.end - chunk.start)
        self.chunk_at = chunk_at

    def span(self, start: int, end: int) -> Span:
        return Span(self.tokens[start].span.start, self.tokens[end - 1].span.end)


def _mention(view_doc: Document, tokens: tuple[Token, ...], start: int, end: int, kind: MentionKind,
             key: str, lang: str, *, base: str = "", state: str = "", label: str = "") -> Mention:
    if end == start + 1:  # one token (most mentions): its span and text are the token's
        span, text = tokens[start].span, tokens[start].text
    else:
        span = Span(tokens[start].span.start, tokens[end - 1].span.end)
        text = view_doc.slice(span)
    return Mention(span, text, kind, key, lang, base=base, state=state, label=label or key)


def is_adjective_like(token: Token, lang: str, lex: Lexicon) -> bool:
    """Whether a token may be an attributive adjective (by its ending; states always are)."""
    if lex.state(token.lower, token.lemma):
        return True
    if lang == "de":
        # attributive German adjectives are inflected: zufriedene, neuen (not 'bietet', 'kauft')
        return token.text[:1].islower() and token.lower.endswith(ADJECTIVE_ENDINGS["de"])
    return token.lower.endswith(ADJECTIVE_ENDINGS.get(lang, ()))


def find(doc: Document, sentence: Sentence, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar,
         names: frozenset[str]) -> SentenceView:
    """Chunk a sentence's tokens into mentions.

    Args:
        names: words this document uses capitalised in mid-sentence (so they are names even when
            a sentence starts with them).
    """
    lang = sentence.lang
    taken = [False] * len(tokens)
    chunks: list[Chunk] = []

    def claim(start: int, end: int, mentions: tuple[Mention, ...]) -> None:
        for t in range(start, end):
            taken[t] = True
        chunks.append(Chunk(start, end, mentions))

    _names(doc, tokens, lex, gram, lang, names, taken, claim)
    markers = marker_tokens(tokens, gram)
    nouns = _nouns(doc, tokens, lex, gram, lang, taken)
    for start, end, mention in nouns:
        start, mentions = _qualify(doc, tokens, lex, gram, lang, start, end, mention, taken)
        end2, predicative = _predicative(doc, tokens, lex, gram, lang, start, end, mention, taken)
        if predicative is not None:
            claim(start, end2, (predicative,))
        else:
            claim(start, end, mentions)
    blocked = [t or i in markers for i, t in enumerate(taken)] if markers else list(taken)
    _noun_phrases(doc, tokens, lex, gram, lang, blocked, claim)
    return SentenceView(doc, sentence, tokens, chunks, markers=markers)


# Sentence adverbials, which may also stand between a copula and its complement ('Elevene er tross alt
# kantinas viktigste kunder'), unlike the focus particles below ('är det framför allt X som ...').
SENTENCE_ADVERBIALS: tuple[Phrase, ...] = tuple(tuple(p.split()) for p in (
    "of course", "in fact", "as a rule", "after all", "som regel", "i regel", "tross alt", "trots allt", "trods alt",
    "in der regel",
))
# Fixed adverbials built like prepositional phrases, of degree, focus and frame ('erwarten Kunden
# vor allem kurze Wartezeiten', 'værdsætter i høj grad personale'): their nouns name no concept, and a
# verb's object may follow them.
ADVERBIAL_PHRASES: tuple[Phrase, ...] = SENTENCE_ADVERBIALS + tuple(tuple(p.split()) for p in (
    # English
    "above all", "in particular", "in general", "to a large extent", "to a great extent",
    "to some extent", "to a certain extent", "for the most part", "first and foremost",
    "by and large", "on the whole", "in the long run", "in the end",
    # Norwegian
    "i høy grad", "i stor grad", "i særlig grad", "i hovedsak", "i all hovedsak", "i stor utstrekning",
    "for det meste", "først og fremst", "i det hele tatt", "i det store og hele", "i første omgang",
    "i hvert fall", "i alle fall", "til en viss grad", "på sikt", "i lengden", "fremfor alt",
    "frem for alt", "til gjengjeld", "til gengjeld",
    # Swedish
    "i hög grad", "i stor utsträckning", "i första hand", "framför allt", "för det mesta", "i huvudsak",
    "i synnerhet", "i allmänhet", "till stor del", "till viss del", "i stort sett", "först och främst",
    "i alla fall", "i varje fall", "i längden", "i gengäld",
    # Danish
    "i gennemsnit", "i gjennomsnitt", "i genomsnitt", "i snit",
    "på nettet", "på nätet", "på internettet", "på internet",
    "i høj grad", "i særdeleshed", "først og fremmest", "i det hele taget", "i hvert fald",
    "til en vis grad", "i vid udstrækning", "i stort omfang", "på sigt", "i længden", "i første række",
    "i det store hele", "til gengæld",
    # German
    "vor allem", "in erster linie", "im allgemeinen", "in hohem maße", "in hohem maß", "zum großen teil",
    "im großen und ganzen", "auf jeden fall", "in jedem fall", "auf dauer", "auf lange sicht",
    "im wesentlichen",
))
LONGEST_ADVERBIAL_PHRASE = max(map(len, ADVERBIAL_PHRASES))
# Prepositions of cause: 'Omsättningen ökade tack vare den nya butiken', 'rose because of higher prices'
# (markers: 'tack', 'grund' name no concept there). 'due to' is no marker: 'be due to' is a cue.
CAUSE_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "tack vare", "takket være", "thanks to", "because of", "på grund av", "på grund af",
    "på grunn av", "grunnet", "grundet", "dank", "wegen", "aufgrund",
))


def marker_tokens(tokens: tuple[Token, ...], gram: Grammar) -> set[int]:
    """Tokens of multiword markers ('for eksempel', 'zum Beispiel', 'og andre') are grammar, not concepts."""
    by_first = _multiword_markers_of(gram.lang)
    out: set[int] = set()
    words = [t.lower for t in tokens]
    if _marker_openings_of(gram.lang).isdisjoint(zip(words, words[1:])):
        return out  # (most sentences hold no marker: no loop over their tokens)
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):  # (most words start no marker)
            if tuple(words[i : i + len(phrase)]) == phrase:
                out.update(range(i, i + len(phrase)))
                break
    return out


@cache
def _multiword_markers_of(lang: str) -> dict[str, tuple[Phrase, ...]]:
    """The multiword markers of ``lang`` by first word, each word's longest first."""
    index = phrase_index(_marker_phrases_of(lang))
    by_first = {word: tuple(p for p in phrases if len(p) > 1) for word, phrases in index.items()}
    return {word: phrases for word, phrases in by_first.items() if phrases}


@cache
def _marker_openings_of(lang: str) -> frozenset[tuple[str, str]]:
    """The first two words of each multiword marker of ``lang``."""
    return frozenset(phrase[:2] for phrases in _multiword_markers_of(lang).values() for phrase in phrases)


@cache
def _marker_phrases_of(lang: str) -> tuple[Phrase, ...]:
    gram = grammar(lang)
    return (*gram.hyponym_markers, *gram.other_markers, *gram.kind_markers, *gram.classify_markers,
            *gram.synonym_markers, *ADVERBIAL_PHRASES, *CAUSE_PHRASES)


def _names(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
           names: frozenset[str], taken: list[bool], claim: object) -> None:
    assert callable(claim)
    i = 0
    n = len(tokens)
    while i < n:
        if lang == "de" and (j := _quoted_name_end(tokens, i, gram)):
            # 'das Paket „Filiale Plus“', 'die Kampagne „Nah dran“': a title in quotes after its noun
            key = " ".join(doc.text[tokens[i].span.start:tokens[j - 1].span.end].split())
            claim(i, j, (_mention(doc, tokens, i, j, NAMED, key, lang),))
            i = j + 1
            continue
        if lang == "de" and (j := _honorific_name_end(tokens, i, lex, gram)):
            # 'Frau Demir', 'Herrn Dr. Albers': the honorific and the surname are the person's name
            key = " ".join(doc.text[tokens[i].span.start:tokens[j - 1].span.end].split())
            claim(i, j, (_mention(doc, tokens, i, j, NAMED, key, lang),))
            i = j
            continue
        # (the capital is _starts_name's own first test, without the call)
        if not tokens[i].text[:1].isupper() or not _starts_name(tokens, i, lex, gram, lang, names):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = tokens[j]
            if tok.text in gram.legal_suffixes or (tok.text.endswith(".") and tok.text in gram.legal_suffixes):
                j += 1
                if j < n and tokens[j].text != "&" and tokens[j].text not in gram.legal_suffixes:
                    break  # a legal suffix ends the name: 'Meisterblick GmbH von Lena Aydın' (but GmbH & Co. KG)
                continue
            if tok.text in gram.institution_words:
                j += 1  # 'Lindvik kommune': the lower-case word ends the name
                break
            if lang == "de" and tok.lower in HONORIFICS and tok.lower not in ACADEMIC_TITLES:
                break  # 'für die Stadtwerke Frau Petra Osterkamp': an honorific of address starts a name of its own
            if _surname(tokens, j, gram) and j == i + 1:
                j += 1  # 'Petra Lange'
                continue
            if _capitalised(tok) and tok.lower not in gram.function_words and not _shouted_word(tok, lang) and not (
                lang == "de" and lex.noun(tok.lower, tok.lemma) and not tokens[j - 1].text.isupper()
                and not _legal_run(tokens, j - 1, gram)
            ) and not (lang == "de" and _inflected_noun(tokens, j, gram)):
                j += 1
                continue
            if tok.text == "." and tokens[j - 1].text == "Co" and j + 1 < n and tokens[j + 1].text in gram.legal_suffixes:
                j += 1  # 'Müller GmbH & Co. KG'
                continue
            if tok.text == "." and tokens[j - 1].lower in ACADEMIC_TITLES and j + 1 < n and _capitalised(tokens[j + 1]):
                j += 1  # 'Herr Dr. Albrecht Lindner'
                continue
            if (tok.lower in gram.name_particles or tok.text == "&") and j + 1 < n and _capitalised(tokens[j + 1]):
                j += 2  # 'Bank of America', 'Bang & Olufsen'
                continue
            break
        if lang == "de" and j == i + 1 and not _distinctive(tokens[i], gram) and not _titled(tokens, i, lex) \
                and tokens[i].text not in names and not (j < n and tokens[j].text in gram.legal_suffixes) \
                and not _listed_example(tokens, i, lex, gram) and not _person(tokens, i, lex, gram):
            i += 1
            continue
        if lang == "de" and _titled(tokens, i, lex) and not taken[i - 1] and _capitalised(tokens[i - 1]) \
                and (title := lex.noun(tokens[i - 1].lower, tokens[i - 1].lemma)) is not None \
                and title.cls in organisation_classes() and not _designates(tokens, i - 1):
            i -= 1  # German names take their title noun: 'das Klinikum Hohenbrück' is Klinikum Hohenbrück
        if lang == "de" and tokens[j - 1].text in gram.legal_suffixes and i > 0 and not taken[i - 1] \
                and _capitalised(tokens[i - 1]) and tokens[i - 1].lower not in gram.function_words \
                and is_known(tokens[i].lower, lang) and lex.noun(tokens[i - 1].lower, tokens[i - 1].lemma) is None:
            i -= 1  # 'der Brenner Antriebstechnik GmbH': a common noun before the suffix needs its proper name
        if lang == "en" and j == i + 1 and _acronym_modifier(tokens, i, lex, gram):
            i += 1  # 'our CRM system', 'NPS scores': an acronym before a noun modifies it
            continue
        key = " ".join(doc.text[tokens[i].span.start:tokens[j - 1].span.end].split())  # 'AT&T', 'Co. KG'
        mention = _mention(doc, tokens, i, j, NAMED, key, lang)
        claim(i, j, (mention,))
        i = j


OPENING_QUOTES = frozenset('„ " » « “ ‚'.split())
CLOSING_QUOTES = frozenset('“ ” " « » ‘ ’'.split())
LONGEST_QUOTED_NAME = 4


def _quoted_name_end(tokens: tuple[Token, ...], i: int, gram: Grammar) -> int:
    """German: a short run of words in quotation marks right after a noun is that thing's title, a
    name however ordinary its words ('das Paket „Filiale Plus“', 'die Kampagne „Nah dran“', 'unsere
    Eigenmarke „Hofmanns Bestes“'); the end of the run (its closing quote), or 0. Quoted speech
    follows a colon or a verb, not a noun, and says more than four words."""
    if i < 2 or tokens[i - 1].text not in OPENING_QUOTES or not _capitalised(tokens[i]) \
            or not _capitalised(tokens[i - 2]) or tokens[i - 2].lower in gram.function_words:
        return 0
    j = i
    while j < len(tokens) and j - i < LONGEST_QUOTED_NAME and (tokens[j].is_word or tokens[j].text == "&"):
        j += 1
    return j if j < len(tokens) and tokens[j].text in CLOSING_QUOTES and j > i else 0


def _honorific_name_end(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> int:
    """German 'Frau Demir', 'Herrn Albers', 'Herr Dr. Lindner': an honorific of address and an
    academic title before one capitalised word that is no concept, a surname (the token after it);
    0 when no such name starts at ``i`` (a given name after the honorific starts a name of its own:
    'Herr Peter Lind')."""
    if tokens[i].lower not in HONORIFICS or tokens[i].lower in ACADEMIC_TITLES or not _capitalised(tokens[i]):
        return 0
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].lower in ACADEMIC_TITLES and tokens[k + 1].text == ".":
        k += 2
    if k >= len(tokens) or not _capitalised(tokens[k]) or tokens[k].text in GIVEN_NAMES \
            or tokens[k].lower in gram.function_words or lex.noun(tokens[k].lower, tokens[k].lemma) is not None:
        return 0
    titled, k = k > i + 1, k + 1
    while k < len(tokens) and _capitalised(tokens[k]) and (titled or not is_known(tokens[k].lower, "de")) \
            and tokens[k].lower not in gram.function_words and lex.noun(tokens[k].lower, tokens[k].lemma) is None:
        k += 1  # 'Herr Dr. Albrecht Lindner': a surname after a given name the list does not know
        titled = False
    return k


def _shouted_word(tok: Token, lang: str) -> bool:
    """A dictionary word written in capitals ('INTERNT', 'NEWS'): capitals say nothing about names
    there (acronyms and names are not dictionary words: 'SIS', 'IKEA')."""
    return len(tok.text) > 3 and tok.text.isupper() and tok.text.isalpha() and is_known(tok.lower, lang)


def _inflected_noun(tokens: tuple[Token, ...], j: int, gram: Grammar) -> bool:
    """A German common noun in an inflected form ('in Leipzig-Gohlis Fahrräder'): it follows a name
    rather than continuing it, unless a legal suffix ends the run ('Brenner Antriebsteile GmbH')."""
    tok = tokens[j]
    if tok.lemma == tok.lower or not is_known(tok.lower, "de"):
        return False
    k = j + 1 + len(_until_suffix(tokens, j + 1, gram))
    return not (k < len(tokens) and tokens[k].text in gram.legal_suffixes)


def _acronym_modifier(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    letters = [c for c in tokens[i].text if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters) or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.text[:1].islower() and is_content(nxt, lex, gram, "en") and nxt.lemma not in lex.cues \
        and not nxt.lower.endswith(("ed", "ing"))


def _person(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """A given name before a capitalised word that is no concept ('Geschäftsführerin Sabine
    Hofmann'), or alone before a verb or punctuation ('Jana ist gelernte Gärtnerin')."""
    if tokens[i].text not in GIVEN_NAMES:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not _capitalised(nxt) or (
        nxt.lower not in gram.function_words and lex.noun(nxt.lower, nxt.lemma) is None) or _surname(tokens, i + 1, gram)


def _surname(tokens: tuple[Token, ...], j: int, gram: Grammar) -> bool:
    """German: a capitalised adverb, adjective or verb form right after a given name is its surname
    ('Petra Lange', 'Jonas Klein', 'Eva Schön'), not the word it is elsewhere."""
    tok = tokens[j]
    return gram.lang == "de" and j > 0 and tokens[j - 1].text in GIVEN_NAMES and _capitalised(tok) \
        and (tok.lower in gram.adverbs or tok.lower in gram.adjectives or tok.lower in gram.common_verbs
             or tok.lower in gram.upward_words or tok.lower in gram.downward_words) \
        and tok.lower not in gram.determiners and tok.lower not in gram.pronouns \
        and tok.lower not in gram.prepositions and tok.lower not in gram.auxiliaries


def _listed_example(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """German 'Discounter wie Preisfuchs und Marktlinde', 'Anbieter, z. B. SehKlar.de und Linsenland':
    a word no dictionary knows, listed as an example of an agent (organisation, customer), names one
    (the kinds a German list gives are capitalised too, but dictionary words: 'Händler wie Bäckereien')."""
    tok = tokens[i]
    if is_known(tok.lower, "de") or (noun := lex.noun(tok.lower, tok.lemma)) is not None and not noun.compound:
        return False  # (names are often made of words: 'Feldmarkt', 'Preisfuchs')
    k = i - 1
    while k >= 0 and (tokens[k].text == "," or tokens[k].lower in gram.coordinators
                      or _capitalised(tokens[k]) and tokens[k].lower not in gram.function_words
                      and not any(tokens[k].lower in marker for marker in gram.hyponym_markers)
                      or tokens[k].lower in PLACE_PREPOSITIONS_DE and k + 1 < i and _capitalised(tokens[k + 1])):
        k -= 1  # the examples before this one: 'wie Preisfuchs, Billy und Marktlinde', 'X in Köln und Y'
    for marker in gram.hyponym_markers:
        start = k - len(marker) + 1
        if start > 0 and tuple(t.lower for t in tokens[start:k + 1]) == marker:
            h = start - 1 - (tokens[start - 1].text == ",")
            kind = lex.noun(tokens[h].lower, tokens[h].lemma) if h >= 0 else None
            # ('Discounter wie Preisfuchs': a designator is a kind of agent too)
            return kind is not None and kind.cls in agent_classes() or h >= 0 and _designator(tokens[h])
    return False


# Prepositions of a place phrase after a listed name: 'Radhaus Süd in Köln und Velowerk in Bonn'.
PLACE_PREPOSITIONS_DE = frozenset("in aus bei".split())


def _titled(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """German 'das Klinikum Hohenbrück', 'die Molkerei Weidenhof': a word no dictionary knows,
    right after a class noun, names an instance of it."""
    return i > 0 and (lex.noun(tokens[i - 1].lower, tokens[i - 1].lemma) is not None
                      or lex.lang == "de" and _designates(tokens, i - 1)) \
        and not is_known(tokens[i].lower, lex.lang)


def _designates(tokens: tuple[Token, ...], i: int) -> bool:
    """German: the capitalised common noun at ``i`` says what the name after it is, without being
    part of it: a designator ('die Firma Paketblitz', 'das Verbrauchermagazin Verbraucherblick',
    'des Instituts Marktblick'), or a role before a given name ('Versicherungsmakler Thomas Brandt')."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or not _capitalised(tokens[i + 1]) or tok.lower in HONORIFICS or tok.text in GIVEN_NAMES:
        return False
    if tokens[i + 1].text in GIVEN_NAMES:
        return i + 2 < len(tokens) and _capitalised(tokens[i + 2]) and is_known(tok.lower, "de")
    return _designator(tok)


def _place_adjective(tokens: tuple[Token, ...], i: int) -> bool:
    """German adjectives of place end in -er and do not inflect ('Karlsruher', 'Berliner'): one
    between an article and a designator noun describes the thing the name after it names."""
    return tokens[i].lower.endswith("er") and 0 < i < len(tokens) - 2 and tokens[i - 1].text.islower() \
        and tokens[i - 1].is_word and _designator(tokens[i + 1]) and _capitalised(tokens[i + 2])


def _designator(tok: Token) -> bool:
    """A German noun of NAME_DESIGNATORS, or a compound with one as its head ('Verbrauchermagazin')."""
    return any(word.endswith(d) for word in (tok.lower, tok.lemma) for d in NAME_DESIGNATORS)


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_word


def _distinctive(tok: Token, gram: Grammar) -> bool:
    """All capitals (SIS, DHL), inner capitals (TikTok, Diplom-Is) or a legal suffix."""
    return _distinctive_text(tok.text, gram.lang, gram.legal_suffixes)


@lru_cache(maxsize=100_000)  # (the word alone decides, and the name finder asks of every capital)
def _distinctive_text(text: str, lang: str, legal_suffixes: frozenset[str]) -> bool:
    if "-" in text and (text.rsplit("-", 1)[1].islower() or lang == "de"):
        return False  # B2B-kunder, CRM-systemet, German E-Bike, Online-Shop: compounds of ordinary nouns
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in text[1:]) or text in legal_suffixes


ACADEMIC_TITLES = frozenset("dr prof".split())  # abbreviated before a name: 'Dr. Lindner', 'Prof. Kano'


# Greetings and sign-offs start no name: 'Hilsen Heggstad Sparebank', 'Dear Mr Okafor'
SIGN_OFFS = frozenset(
    "hilsen hilsener hälsningar hälsning mvh grüße gruß regards dear kjære kære kära käre liebe lieber "
    "geehrte geehrter hei hej hallo hello hi".split()
)


def _starts_name(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar, lang: str,
                 names: frozenset[str]) -> bool:
    tok = tokens[i]
    if lang in ("nb", "sv", "da") and tok.lower in gram.function_words and _capitalised(tok) and i > 0 \
            and tokens[i - 1].is_word and i + 1 < len(tokens) and _capitalised(tokens[i + 1]) \
            and tokens[i + 1].lower not in gram.function_words:
        return True  # 'Vd Per Sandström', 'hos Den Norske Opera': no small word is capitalised mid-sentence
    if not _capitalised(tok) or tok.lower in gram.function_words or tok.text[:1].isdigit() or tok.lower in SIGN_OFFS:
        return False
    if _shouted_word(tok, lang):
        return False  # 'KORNKAMMERET INTERNT': a heading in capitals, not a name 'INTERNT'
    initial = i == 0 or not tokens[i - 1].is_word and tokens[i - 1].text in ":–-—•·|*\"'«„“("
    if lang == "de" and _place_adjective(tokens, i):
        return False  # 'der Karlsruher Softwarefirma Datenwerk AG': the name begins after the designator
    if lang != "de" and _legal_run(tokens, i, gram):
        if initial and lang in ("nb", "sv", "da") and _class_noun_before_name(tokens, i, lex, gram):
            return False  # 'Softwarevirksomheden Datalund A/S': the name starts after its class noun
        return True  # 'Fjällbanken AB', 'Pakkeriet Vejle ApS': a legal suffix makes the run a name
    if lang == "de" and _listed_example(tokens, i, lex, gram):
        return True  # (before the noun test: names are often made of words, 'Feldmarkt')
    noun = lex.noun(tok.lower, tok.lemma)
    if noun and not noun.compound and tok.text.isupper():
        return False  # 'CEO of Acme', 'NPS': an acronym the lexicon knows is a concept, not a name
    if noun and lang == "en" and _title_cased_name(tokens, i, lex, gram):
        return True  # 'the Customer Success Manager at Tallow & Finch', 'contact Member Support'
    if noun and not _distinctive(tok, gram) and not (
            lang in ("nb", "sv", "da") and noun.compound and not initial and tokens[i - 1].is_word and "-" not in tok.text):
        return False  # (Scandinavian capitalises no common noun inside a sentence: 'hos Forbrukerrådet')
    if lex.state(tok.lower, tok.lemma) or lex.cues.get(tok.lemma):
        return False
    if lang == "en" and (_nationality(tokens, i) or _ends_title_cased_label(tokens, i, lex)):
        return False
    if "-" in tok.text and tok.text.rsplit("-", 1)[1][:1].islower() and tok.lower.endswith(PLACE_ADJECTIVE_ENDINGS):
        return False  # 'a Bristol-based company', 'Oslo-baserte', 'familienägda': an adjective
    if initial and (_described(tokens, i) or i + 1 < len(tokens) and tokens[i + 1].text in gram.institution_words):
        return True  # 'Acme, a software company, ...', 'Lindvik kommune tilbyr ...'
    if initial and lang in ("nb", "sv", "da") and len(tok.lower) >= 8 and tok.lemma != tok.lower \
            and tok.lower.endswith(("en", "et", "a", "ne", "na")) and not _legal_run(tokens, i, gram) \
            and tok.text not in names:
        return False  # 'Dagligvarekjeden Kvist' (but 'Pakkeriet Vejle ApS' is one name, and 'Kraftverket'
        # one when the text writes 'Kraftverket Gym AB' elsewhere)
    if lang == "de":
        if _designates(tokens, i):
            return False  # 'die Firma Paketblitz', 'Versicherungsmakler Thomas Brandt': the name follows
        if i > 0 and any(tok.lower in marker and tokens[i - 1].lower in marker for marker in gram.hyponym_markers):
            return False  # 'zum Beispiel Velowerk': the marker's noun is no part of the name
        if _distinctive(tok, gram) or _person(tokens, i, lex, gram):
            return True
        if not initial and (_titled(tokens, i, lex) or _designates(tokens, i - 1)):
            return True  # ('die Malerkette Farbwerk Schönau': after a designator, words make a name too)
        if tok.text in names or i + 1 < len(tokens) and tokens[i + 1].text in gram.legal_suffixes:
            return True  # 'Meisterblick GmbH – Pitch', later 'Meisterblick' alone
        if initial or i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if nxt.text == "&" and i + 2 < len(tokens) and _capitalised(tokens[i + 2]):
            return True  # 'der Brandt & Partner Versicherungsmakler GmbH'
        if _distinctive(nxt, gram) and nxt.text not in gram.legal_suffixes:
            return False  # 'das Start-up FrischFahrt GmbH': the name starts at the distinctive word
        if _legal_run(tokens, i, gram) and not any(_distinctive(t, gram) for t in _until_suffix(tokens, i + 1, gram)):
            return True  # 'die Hofmann Gastro-Service GmbH' (but 'dem Kemptener Start-up FrischFahrt GmbH')
        return (_capitalised(nxt) and not lex.noun(nxt.lower, nxt.lemma) and nxt.lower not in gram.function_words
                and not (is_known(tok.lower, lang) and is_known(nxt.lower, lang)))
    if initial:
        # a capitalised word opening a sentence is a name if it is known as one, or if a name follows
        # it (Kari Holm, Svensk Kvalitetsindex, Tina Bohlin)
        return _distinctive(tok, gram) or tok.text in names or _legal_run(tokens, i, gram) or (
            i + 1 < len(tokens) and _starts_name(tokens, i + 1, lex, gram, lang, names)
        )
    return True


def _class_noun_before_name(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """A sentence opens with a noun of the lexicon in its definite form and a name with a legal
    suffix follows: Scandinavian writes the class before the name ('Rådgivningsfirmaet Holm A/S',
    'Kedjan Björnlund AB'), and the noun is no part of it."""
    tok = tokens[i]
    if tok.lemma == tok.lower or not tok.lower.endswith(("en", "et", "n", "t")) or i + 1 >= len(tokens) \
            or tokens[i + 1].text in gram.legal_suffixes or not _legal_run(tokens, i + 1, gram):
        return False
    match = lex.noun(tok.lower, tok.lemma)
    # a label, a kind or a compound on one ('Bageriet Holm ApS' may be a name made of a common noun)
    return match is not None and (not match.compound or match.key in lex.kinds or bool(lex.head(match.key)))


def _title_cased_name(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """English title-cases the words of a proper name, common nouns too ('Customer Advisory Board',
    'the Service Desk'): a capitalised run that is no concept label ('Customer Service') and no
    person ('Director Fiona MacLeod') is a name, unless the whole sentence is a title-cased heading."""
    j = i + 1
    while j < len(tokens) and _capitalised(tokens[j]) and tokens[j].lower not in gram.function_words:
        j += 1
    if j == i + 1 or tokens[i + 1].text in GIVEN_NAMES or tuple(t.lower for t in tokens[i:j]) in lex.multi \
            or tuple(t.lemma for t in tokens[i:j]) in lex.multi:
        return False
    return any(t.is_word and t.text[:1].islower() and t.lower not in gram.function_words for t in tokens)


def _ends_title_cased_label(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> bool:
    """Token ``i`` ends a concept label title-cased with the words before it ('the Service Desk')."""
    return any(i - back >= 0 and all(_capitalised(t) for t in tokens[i - back:i])
               and tuple(t.lower for t in tokens[i - back:i + 1]) in lex.multi for back in (1, 2))


# compound adjectives of a name and a participle: Bristol-based, Oslo-basert, Lund-baserade
PLACE_ADJECTIVE_ENDINGS = (
    "-based", "-owned", "-run", "-basert", "-baserte", "-eid", "-eide", "-baserad", "-baserade", "-ägd", "-ägda",
    "-baseret", "-baserede", "-ejet", "-ejede", "-basiert", "-basierte", "-basierten", "-basiertes", "-basierter",
)
NATIONALITY_ENDINGS = ("ian", "ish", "ese", "ican")
NATIONALITIES = frozenset("german french dutch swiss greek thai european".split())


def _nationality(tokens: tuple[Token, ...], i: int) -> bool:
    """English writes adjectives of nations capitalised: 'a Norwegian software company', 'the
    German market' (a capitalised -ian/-ish/-ese word before a lower-case word)."""
    tok = tokens[i]
    return (_capitalised(tok) and (tok.lower.endswith(NATIONALITY_ENDINGS) or tok.lower in NATIONALITIES)
            and i + 1 < len(tokens) and tokens[i + 1].text[:1].islower() and tokens[i + 1].is_word)


INDEFINITE_ARTICLES = frozenset("en ei et ett ein eine einen einem einer a an".split())


# Articles that make a noun phrase definite (Scandinavian marks it on the noun: see definite_noun).
DEFINITE_ARTICLES_OF = {"en": frozenset({"the"}), "de": frozenset("der die das dem den des".split())}
DEFINITE_ARTICLES = DEFINITE_ARTICLES_OF["en"]  # for appositions: German ones are rarer and ambiguous
LANG_OF_ARTICLE = {"the": "en"}


def _described(tokens: tuple[Token, ...], i: int) -> bool:
    """A capitalised word (no class noun: the caller checked) followed by an indefinite apposition:
    'Acme, a software company, ...', 'Fjellvant, en nettbutikk i Bergen, ...'."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != ",":
        return False
    if tokens[i + 2].lower in INDEFINITE_ARTICLES:
        return True
    # 'Ofwat, the water regulator, ...': a definite apposition closed by a comma, after a word
    # no dictionary knows (not 'Today, the company ...')
    return tokens[i + 2].lower in DEFINITE_ARTICLES and not is_known(tokens[i].lower, LANG_OF_ARTICLE[tokens[i + 2].lower]) \
        and any(t.text == "," for t in tokens[i + 3 : i + 9])


def document_names(tokens_per_sentence: list[tuple[Token, ...]], gram: Grammar,
                   lex: Lexicon | None = None) -> frozenset[str]:
    """Words a document writes capitalised in mid-sentence: candidates for names anywhere in it.
    German capitalises every noun, so there only the words of names with a legal suffix count
    ('Meisterblick GmbH' makes 'Meisterblick' a name everywhere in the document). With ``lex``,
    Scandinavian one-word names in a definite form the text only ever opens a sentence with too
    (see _initial_definite_names)."""
    found = set()
    german = gram.lang == "de"
    for tokens in tokens_per_sentence:
        for i, (prev, tok) in enumerate(zip(tokens, tokens[1:]), start=1):
            if german:
                if tok.text in gram.legal_suffixes and _capitalised(prev) and prev.text not in gram.legal_suffixes:
                    first = _first_name_word(tokens, i, gram)
                    if first is prev or not is_known(prev.lower, "de") or is_known(first.lower, "de"):
                        # (not the common noun after a proper name, 'Holzmann Küchen GmbH': later 'Küchen'
                        # are kitchens; but 'Drogeriemarkt Brenner KG' makes 'Brenner' a name)
                        found.add(prev.text)
                    found.add(first.text)  # 'Radwerk Albrecht GmbH', later 'Radwerk Albrecht'
            elif _capitalised(tok) and prev.is_word and tok.lower not in gram.function_words:
                found.add(tok.text)
        if german and len(tokens) > 1 and tokens[1].text in gram.legal_suffixes and _capitalised(tokens[0]):
            found.add(tokens[0].text)
    if gram.lang in DEFINITE_ENDINGS_OF:
        found |= _definite_name_words(tokens_per_sentence, gram)
        if lex is not None:
            found |= _initial_definite_names(tokens_per_sentence, gram, lex)
    return frozenset(found)


def _initial_definite_names(tokens_per_sentence: list[tuple[Token, ...]], gram: Grammar, lex: Lexicon) -> set[str]:
    """Scandinavian one-word names made of a noun with its suffixed article ('Cykelhörnan'): a word
    in that form that the text writes capitalised at least twice, never in lower case and never
    before another capitalised word ('Dagligvarekjeden Kvist' is a class and a name), that is no word
    of the dictionary and no compound on a noun of the lexicon ('Kundeklubben', 'Verkstaden' and
    'Företaget' open sentences as common nouns)."""
    capitalised: dict[str, int] = {}
    first: dict[str, Token] = {}
    lower: set[str] = set()
    before_name: set[str] = set()
    for tokens in tokens_per_sentence:
        for i, tok in enumerate(tokens):
            if not tok.is_word:
                continue
            if _capitalised(tok) and not tok.text.isupper():
                capitalised[tok.text] = capitalised.get(tok.text, 0) + 1
                first.setdefault(tok.text, tok)
                if i + 1 < len(tokens) and _capitalised(tokens[i + 1]):
                    before_name.add(tok.text)
            elif tok.text.islower():
                lower.add(tok.lower)
    return {word for word, count in capitalised.items()
            if count >= 2 and len(word) >= 6 and word not in before_name and (low := word.lower()) not in lower
            and low not in gram.function_words and definite_noun(first[word], gram.lang)
            and not is_known(low, gram.lang) and lex.noun(low, first[word].lemma) is None
            and not any(low.startswith(label) for label in lex.single if len(label) >= 4)}


def _definite_name_words(tokens_per_sentence: list[tuple[Token, ...]], gram: Grammar) -> set[str]:
    """Scandinavian definite nouns that begin a name: 'Kystmuseet Vesterhavet', 'Kraftverket Gym'
    stand together at least twice and the second word never alone (where 'Dagligvarekjeden Kvist'
    goes on as 'Kvist')."""
    pairs: dict[tuple[str, str], int] = {}
    alone: set[str] = set()
    for tokens in tokens_per_sentence:
        for i, tok in enumerate(tokens):
            if not _capitalised(tok) or tok.lower in gram.function_words:
                continue
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and _capitalised(prev) and definite_noun(prev, gram.lang):
                pairs[(prev.text, tok.text)] = pairs.get((prev.text, tok.text), 0) + 1
            else:
                alone.add(tok.text)
    return {first for (first, second), count in pairs.items() if count >= 2 and second not in alone}


def _first_name_word(tokens: tuple[Token, ...], suffix: int, gram: Grammar) -> Token:
    """The word a German company name before the legal suffix at ``suffix`` starts with: the run of
    capitalised words before it, from its last distinctive word if it has one ('Start-up
    FrischFahrt GmbH'), at most four words back."""
    k = suffix - 1
    while k > 0 and suffix - k < 4 and _capitalised(tokens[k - 1]) and tokens[k - 1].lower not in gram.function_words \
            and tokens[k - 1].text not in gram.legal_suffixes and not _distinctive(tokens[k], gram):
        k -= 1
    return tokens[k]


def _until_suffix(tokens: tuple[Token, ...], i: int, gram: Grammar) -> tuple[Token, ...]:
    """The capitalised words from ``i`` up to a legal suffix or the first other word."""
    j = i
    while j < len(tokens) and _capitalised(tokens[j]) and tokens[j].text not in gram.legal_suffixes:
        j += 1
    return tokens[i:j]


def _legal_run(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """Capitalised words from ``i`` on end in a legal suffix: 'Pakkeriet Vejle ApS', 'Meisterblick GmbH'."""
    j = i + 1
    while j < len(tokens) and _capitalised(tokens[j]) and tokens[j].text not in gram.legal_suffixes and j - i < 4:
        j += 1
    return j < len(tokens) and tokens[j].text in gram.legal_suffixes


def _nouns(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
           taken: list[bool]) -> list[tuple[int, int, Mention]]:
    """Concept nouns: multiword labels first, then single words and compounds."""
    found: list[tuple[int, int, Mention]] = []
    used = list(taken)
    n = len(tokens)
    # a multiword label is looked up by lemmas or by forms: only where its first word stands
    firsts = lex.multi_firsts
    starts = [i for i, t in enumerate(tokens) if t.lemma in firsts or t.lower in firsts]
    for size in range(min(lex.max_multi, n), 1, -1):
        for i in starts:
            if i > n - size:
                break
            if any(used[i : i + size]):
                continue
            window = tokens[i : i + size]
            cls = lex.multi.get(tuple(_noun_lemma(t, lang) for t in window)) or lex.multi.get(tuple(t.lower for t in window))
            if cls:
                found.append((i, i + size, _mention(doc, tokens, i, i + size, CLASS, cls, lang)))
                for t in range(i, i + size):
                    used[t] = True
                shared = _shared_head(tokens, i, window, lex, gram, used)
                if shared is not None:
                    found.append((i - 2, i - 1, _mention(doc, tokens, i - 2, i - 1, CLASS, shared, lang)))
                    used[i - 2] = True
    function_words = gram.function_words  # (looked up once, not per token)
    for i, tok in enumerate(tokens):
        if used[i] or not tok.is_word or tok.lower in function_words and not german_noun(tok, lang, gram) \
                or tok.text[:1].isdigit():
            continue
        if tok.lower.endswith("-") and len(tok.lower) > 1:
            suspended = _truncated(doc, tokens, i, lex, gram)
            if suspended is not None:
                found.append((i, i + 1, suspended))
                used[i] = True
            continue  # a truncated modifier names nothing by itself
        if lang == "de" and tok.text.islower():
            continue  # German nouns are capitalised: 'treuen Kunden' is no 'Treue'
        if lang == "en" and tok.lower in gram.adjectives and tok.lower != tok.lemma:
            continue  # a comparative or superlative ('our best ambassadors') is no form of the noun 'goods'
        match = lex.noun(tok.lower, tok.lemma)
        if match is not None and tok.lemma in lex.cues and not _noun_ending(tok, lang) and (
            (tok.lemma not in lex.single and not _noun_context(tokens, i, gram, lex))
            or _verb_slot(tokens, i, lex, gram, found, taken)
            or _after_possessed_noun(tokens, i, lang)
            or _after_insertion(tokens, i, gram)
            or _after_definite_noun(tokens, i, lex, gram) and _present_after_noun(tokens, i, gram)
            or _after_adverb(tokens, i, gram) and _present_after_noun(tokens, i, gram)
            or _after_subject_pronoun(tokens, i, gram)
            or _after_subject_relative(tokens, i, gram)
        ):
            continue  # 'som kjøper varer', 'medarbeiderne ønsker en guide', 'vi ønsker': the verb, not the noun
        if match is None and tok.lower.startswith("-"):
            match = _borrowed_modifier(tokens, i, lex)
        if match is None:
            continue
        if lang == "en" and _english_modifier(tokens, i, lex, gram):
            continue  # 'customer data', 'product launch': a singular noun before a noun modifies it
        state = _compound_state(lex, match) if match.compound else None
        if state:
            # 'Neukunde', 'privatkunde', 'Bestandskunde': the modifier is a state of the head class
            mention = Mention(tok.span, tok.text, QUALIFIED, state + match.cls, lang, base=match.cls,
                              state=state, label=match.key)
        elif match.compound:
            first = _modifiers_before(tokens, i, lex, gram, used)
            key = " ".join([_noun_lemma(tokens[k], lang) for k in range(first, i)] + [match.key])
            mention = _mention(doc, tokens, first, i + 1, CONCEPT, key, lang, base=match.cls, label=key)
            found.append((first, i + 1, mention))
            for t in range(first, i + 1):
                used[t] = True
            continue  # 'nystartede aksjeselskaper': a compound of a class takes its adjectives
        else:
            mention = _mention(doc, tokens, i, i + 1, CLASS, match.cls, lang)
        start = i
        if lang == "en":
            start, mention = _english_compound(doc, tokens, i, mention, lex, gram, used)
        found.append((start, i + 1, mention))
        for t in range(start, i + 1):
            used[t] = True
    found.sort(key=itemgetter(0))
    return found


def _modifiers_before(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar, used: list[bool]) -> int:
    """The first of the attributive adjectives right before token ``i`` (Scandinavian and German:
    lower-case words with an adjective's ending that no other mention has taken)."""
    first = i
    while first > 0 and first - i < MAX_MODIFIERS and not used[first - 1] and tokens[first - 1].is_word \
            and tokens[first - 1].text[:1].islower() and tokens[first - 1].lower not in gram.function_words \
            and tokens[first - 1].lower not in gram.determiners and tokens[first - 1].lemma not in gram.adjectives \
            and not lex.verb_keys(tokens[first - 1].lower, tokens[first - 1].lemma) \
            and is_adjective_like(tokens[first - 1], gram.lang, lex) and gram.lang != "en" \
            and not (gram.lang == "de" and _separable_verb(tokens, first - 1, lex, gram)):
        first -= 1
    return first


ENGLISH_ADJECTIVE_SUFFIXES = ("ous", "ful", "ive", "able", "ible", "ic", "ical", "less", "al", "ed")


def _english_modifier(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """English writes compounds open: a singular class noun before another noun is its modifier."""
    tok = tokens[i]
    if tok.lower != tok.lemma or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (nxt.is_word and nxt.text[:1].islower() and is_content(nxt, lex, gram, "en")
            and can_head(nxt, "en", gram) and nxt.lower not in gram.adjectives
            and not nxt.lower.endswith(("ing", "ed")))  # 'supplier serving ...' is no compound


def _english_compound(doc: Document, tokens: tuple[Token, ...], i: int, mention: Mention, lex: Lexicon,
                      gram: Grammar, used: list[bool]) -> tuple[int, Mention]:
    """'regional water supplier': noun modifiers before a class noun make a narrower concept."""
    k = i
    while k > 0 and i - k < 2 and not used[k - 1]:
        prev = tokens[k - 1]
        if not (prev.is_word and prev.text[:1].islower() and is_content(prev, lex, gram, "en")):
            break
        if prev.lower in gram.adjectives or prev.lower.endswith(ENGLISH_ADJECTIVE_SUFFIXES):
            break  # adjectives stay outside the concept: 'regional'
        k -= 1
    if k == i or mention.kind is not CLASS:
        return i, mention
    words = [t.lower if t.lower.endswith("ing") else t.lemma for t in tokens[k:i]] + [tokens[i].lemma]
    key = " ".join(words)
    span = Span(tokens[k].span.start, tokens[i].span.end)
    return k, Mention(span, doc.slice(span), CONCEPT, key, "en", base=mention.key, label=key)


def _verb_slot(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar,
               found: list[tuple[int, int, Mention]], names: list[bool]) -> bool:
    """Between a noun (or a name) and an article or adverb stands a verb: 'Kundeservicemedarbeiderne
    ønsker en ...', 'Tillworth needs a supplier'."""
    after_noun = bool(found) and found[-1][1] == i or i > 0 and names[i - 1] \
        or _after_definite_noun(tokens, i, lex, gram)  # 'Kjeden ønsket en vurdering'
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if _verb_before_article(tokens, i, gram):
        return True
    return after_noun and (nxt in gram.determiners or nxt in gram.adverbs or nxt in gram.negators
                           or nxt == INFINITIVE_MARKERS.get(gram.lang)  # 'Kundene ønsker å kjøpe'
                           or _present_after_noun(tokens, i, gram))


def _verb_before_article(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'Mange forældre køber en bog', 'Many parents buy a book': an inflected verb form (in English
    any form) between a content word and an indefinite article is the verb, the article opening its
    object (not the noun 'køber')."""
    tok = tokens[i]
    return 0 < i < len(tokens) - 1 and tokens[i + 1].lower in INDEFINITE_ARTICLES \
        and (tok.lower != tok.lemma or gram.lang == "en") \
        and tokens[i - 1].is_word and tokens[i - 1].lower not in gram.function_words


DEFINITE_SUFFIXES = ("en", "et", "na", "ne", "erne", "arna", "orna", "ene")


def _noun_ending(tok: Token, lang: str) -> bool:
    """An ending no verb form has: Swedish agent nouns in -are ('grundare', 'köpare'), Scandinavian
    definite plurals ('forbrugerne', which simplemma reads as the verb 'forbruge')."""
    return lang == "sv" and tok.lower.endswith("are") or lang in ("nb", "sv", "da") and tok.lower.endswith(DEFINITE_PLURALS)


def _after_definite_noun(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """'I workshoppen ønsker kunderne ...': a Scandinavian noun with its suffixed article ends its
    phrase, so the word after it is not its head but, here, the fronted clause's verb."""
    if gram.lang not in ("nb", "sv", "da") or i == 0:
        return False
    prev = tokens[i - 1]
    return prev.lower != prev.lemma and prev.lower.endswith(DEFINITE_SUFFIXES) and is_content(prev, lex, gram, gram.lang)


POSTNOMINAL_POSSESSIVES = frozenset(
    "min mitt mine din ditt dine sin sitt sine vår vårt våre vores jeres deres hans hennes mit dit sit".split()
)


def _after_possessed_noun(tokens: tuple[Token, ...], i: int, lang: str) -> bool:
    """'Naboen min kjøper strøm': after a definite noun and its possessive (Norwegian and Swedish
    put it after the noun) stands the verb, not a noun 'kjøper' (buyer)."""
    return i >= 2 and tokens[i - 1].lower in POSTNOMINAL_POSSESSIVES and definite_noun(tokens[i - 2], lang)


def _after_insertion(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'Kundene, særlig de eldre, ønsker personlig service': after a phrase inserted between commas
    behind the sentence's short opening noun phrase stands its verb."""
    if i < 4 or tokens[i - 1].text != "," or i + 1 >= len(tokens) or not tokens[i + 1].is_word \
            or tokens[i + 1].lower in gram.coordinators:
        return False
    opening = next((k for k in range(1, 3) if tokens[k].text == ","), None)
    return opening is not None and all(t.is_word for t in tokens[:opening]) \
        and not any(t.text == "," for t in tokens[opening + 1 : i - 1])


def _after_adverb(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'kundene først og fremst ønsker trygghet', 'kunder ofte ønsker': after an adverb, a verb."""
    if i == 0:
        return False
    prev = tokens[i - 1].lower
    return prev in gram.adverbs or prev in ADVERB_PAIRS_LAST and i >= 3 and tokens[i - 2].lower in gram.coordinators


ADVERB_PAIRS_LAST = frozenset("fremst främst først".split())  # 'først og fremst', 'först och främst'


def _present_after_noun(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """Scandinavian present tense right after a (non-genitive) noun and before more content:
    'ledere ønsker forutsigbarhet', 'bedrifter mangler ofte ...' — the verb, not the noun."""
    if gram.lang not in ("nb", "sv", "da") or i == 0 or i + 1 >= len(tokens):
        return False
    tok, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
    genitive = prev.lower.endswith("s") and prev.lemma != prev.lower
    infinitive = tok.lemma.endswith("a") if gram.lang == "sv" else tok.lemma == tok.lower[:-1]  # köper → köpa, kjøper → kjøpe
    return (tok.lower.endswith(("er", "ar")) and infinitive and not genitive and prev.is_word
            and nxt.is_word and nxt.lower not in gram.coordinators and nxt.lower not in gram.prepositions)


def _compound_state(lex: Lexicon, match: NounMatch) -> str | None:
    """The state a compound's modifier names, if it is a state adjective: neu|kunde, privat|kunde."""
    head = lex.head(match.key)
    modifier = match.key[: -len(head)] if head else ""
    for stem in (modifier, modifier.rstrip("s"), modifier.rstrip("e")):
        if len(stem) >= 3 and (state := lex.states.get(stem) or lex.combining.get(stem)):
            return state  # (or its combining form: Stamm|kunde, stam|kund)
    return None


def _noun_context(tokens: tuple[Token, ...], i: int, gram: Grammar, lex: Lexicon) -> bool:
    """A determiner, preposition or adjective before a word makes it a noun."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.lower in gram.determiners
        or prev.lower in gram.prepositions
        or (prev.lower not in gram.function_words and is_adjective_like(prev, lex.lang, lex) and prev.is_word
            and lex.noun(prev.lower, prev.lemma) is None)
    )


def _noun_lemma(tok: Token, lang: str) -> str:
    """A token's lemma as part of a noun phrase: English gerunds stay whole ('online shopping')."""
    return tok.lower if lang == "en" and tok.lower.endswith("ing") else tok.lemma


def _shared_head(tokens: tuple[Token, ...], i: int, window: tuple[Token, ...], lex: Lexicon, gram: Grammar,
                 used: list[bool]) -> str | None:
    """An open compound's head shared by a coordinated modifier: 'customer and employee
    satisfaction' is customer satisfaction and employee satisfaction. Only when the modifier with
    that head is itself a label, so 'price and customer service' stays a price."""
    if i < 2 or used[i - 2] or tokens[i - 1].lower not in gram.coordinators:
        return None
    modifier = tokens[i - 2]
    if not modifier.is_word or modifier.lower in gram.function_words or modifier.lower != modifier.lemma:
        return None
    return lex.multi.get((modifier.lemma, *(t.lemma for t in window[1:])))


SUSPENSION_GAP = 6  # tokens between a truncated modifier and the compound it borrows its head from
MIN_SUSPENDED_MODIFIER = 3


def _suspended_head(tokens: tuple[Token, ...], i: int, gram: Grammar) -> Token | None:
    """The compound a truncated modifier shares its head with: ``Kunden-`` in
    ``Kunden-, Mitarbeiter- und Lieferantenzufriedenheit`` → ``Lieferantenzufriedenheit``.
    Only commas, coordinators and other truncated modifiers may stand between."""
    for k in range(i + 1, min(len(tokens), i + SUSPENSION_GAP)):
        tok = tokens[k]
        if tok.text == "," or tok.lower in gram.coordinators or (tok.lower.endswith("-") and tok.is_word):
            continue
        return tok if tok.is_word and k > i + 1 else None
    return None


def _compound_head(word: str, lex: Lexicon) -> str:
    """The head of a closed compound: the longest lexicon head it ends with, else the longest
    ending the language's dictionary knows (``reklamekampanje`` → ``kampanje``)."""
    head = lex.head(word)
    if head:
        return head
    for cut in range(MIN_SUSPENDED_MODIFIER, len(word) - MIN_SUSPENDED_MODIFIER + 1):
        if is_known(word[cut:], lex.lang):
            return word[cut:]
    return ""


def _truncated(doc: Document, tokens: tuple[Token, ...], i: int, lex: Lexicon,
               gram: Grammar) -> Mention | None:
    """A suspended compound: ``kunde-`` in ``kunde- og medarbeidertilfredshet`` is
    ``kundetilfredshet``, ``Beratungs-`` in ``Beratungs- und Serviceleistungen`` is
    ``Beratungsleistung``: the modifier borrows the head of the compound the coordination ends in.
    The mention spans the modifier only; its label is the whole compound."""
    full = _suspended_head(tokens, i, gram)
    if full is None:
        return None
    head = _compound_head(full.lemma, lex)
    modifier = tokens[i].lower.rstrip("-")
    if not head or len(modifier) < MIN_SUSPENDED_MODIFIER:
        return None
    word = modifier + head
    match = lex.noun(word, lemmatize(word, lex.lang))
    if match is not None and not match.compound:
        return _mention(doc, tokens, i, i + 1, CLASS, match.cls, lex.lang)
    if match is not None:
        state = _compound_state(lex, match)
        if state:
            return Mention(tokens[i].span, tokens[i].text, QUALIFIED, state + match.cls, lex.lang,
                           base=match.cls, state=state, label=match.key)
    base = match.cls if match is not None else lex.single.get(head, "")
    return _mention(doc, tokens, i, i + 1, CONCEPT, word, lex.lang, base=base, label=word)


def _borrowed_modifier(tokens: tuple[Token, ...], i: int, lex: Lexicon) -> NounMatch | None:
    """``-bindung`` in ``Kundenzufriedenheit und -bindung`` borrows the previous modifier."""
    if i < 2:
        return None
    prev = tokens[i - 2]
    match = lex.noun(prev.lower, prev.lemma)
    if match is None:
        return None
    head = lex.head(match.key)
    modifier = match.key[: -len(head)] if head else ""
    if not modifier:
        for cut in range(3, len(match.key) - 3):
            if lex.noun(match.key[cut:], match.key[cut:]):
                modifier = match.key[:cut]
                break
    if not modifier:
        return None
    word = modifier + tokens[i].lower.lstrip("-")
    return lex.noun(word, lemmatize(word, lex.lang))


def _qualify(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
             start: int, end: int, mention: Mention, taken: list[bool]) -> tuple[int, tuple[Mention, ...]]:
    """State adjectives before a class noun make qualified concepts (one per coordinated state)."""
    if mention.kind is not CLASS:
        return _absorb_adjectives(tokens, lex, gram, lang, start, taken), (mention,)
    states: list[tuple[int, str]] = []
    i = start - 1
    while i >= 0 and not taken[i]:
        tok = tokens[i]
        comparative = tok.lower in gram.upward_words or tok.lower in gram.downward_words
        if comparative and lang == "de" and i == start - 1 and tok.lower == tok.lemma + "er":
            comparative = False  # 'ein schlechter Service': the strong ending -er, not 'schlechter als'
        state = None if comparative else lex.state(tok.lower, tok.lemma)
        if state:
            states.append((i, state))
            i -= 1
            continue
        if tok.lower in gram.coordinators and states and i - 1 >= 0 and lex.state(tokens[i - 1].lower, tokens[i - 1].lemma):
            i -= 1
            continue
        if tok.lower in gram.upward_words and states:
            i -= 1  # mer fornøyde kunder
            continue
        if not states and is_adjective_like(tok, lang, lex) and tok.lower not in gram.function_words and i == start - 1:
            i -= 1  # one plain adjective may stand between a state and its noun: gode personlige kontakten
            continue
        break
    if not states:
        return _absorb_adjectives(tokens, lex, gram, lang, start, taken), (mention,)
    out = []
    for index, state in sorted(states):
        span = Span(tokens[index].span.start, mention.span.end)
        out.append(Mention(span, doc.slice(span), QUALIFIED, state + mention.key, lang,
                           base=mention.key, state=state, label=_qualified_label(lex, tokens, index, end, state)))
    return min(index for index, _ in states), tuple(out)


def _absorb_adjectives(tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str, start: int,
                       taken: list[bool]) -> int:
    """Plain adjectives belong to their noun's chunk, not to a concept of their own (unge kunder)."""
    k = start
    while k > 0 and start - k < 2 and not taken[k - 1]:
        tok = tokens[k - 1]
        if not tok.is_word or lex.cues.get(tok.lemma) or lex.verb_keys(tok.lower, tok.lemma) \
                or _ends_with_article(tokens, k, gram):  # 'kjøper kommunen varer'
            break
        if k >= 2 and (tokens[k - 2].lower in gram.auxiliaries or tokens[k - 2].lower in gram.negators):
            break  # 'har (aldrig) sålt produkter': a participle after an auxiliary is the verb
        if _after_subject_pronoun(tokens, k - 1, gram) or _after_infinitive_marker(tokens, k - 1, gram):
            break  # 'Wir bieten Service an', 'å belønne kundene': the verb, not an adjective
        if lang == "de" and _separable_verb(tokens, k - 1, lex, gram):
            break  # 'und bieten Kaffee an': the verb of a separable cue, not an adjective
        if lang == "de" and k >= 2 and _capitalised(tokens[k - 2]) and tokens[k - 2].lower not in gram.function_words:
            break  # 'Versicherer bieten Kunden ... an': no German adjective follows a noun; the verb does
        if tok.lower in gram.adjectives or tok.lemma in gram.adjectives or (
            tok.lower not in gram.function_words and is_adjective_like(tok, lang, lex)
        ):
            k -= 1
            continue
        if k == start and lang != "de" and tok.text[:1].islower() and tok.lower not in gram.function_words \
                and not definite_noun(tokens[start], lang) and lex.noun(tok.lower, tok.lemma) is None and (
                    not tok.lower.endswith(("er", "ar", "or")) or tok.lower.endswith("stor")):  # mellemstor
            k -= 1  # a bare word right before a class noun modifies it: 'fair priser', 'hurtig levering'
            # (not before a noun with its suffixed article: 'i huvudsak kraven' would need 'de nya kraven')
            continue
        break
    return k


def _separable_verb(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """German: the word at ``i`` is the finite verb of a separable cue whose particle closes the
    clause: 'und [bieten] Kaffee an', 'Wir [setzen] gute Beratung voraus'."""
    for j in range(i + 1, min(i + 15, len(tokens) - 1)):
        tok = tokens[j]
        if not tok.is_word or tok.lower in gram.coordinators:
            return False
        nxt = tokens[j + 1]
        if tok.lower in gram.separable_particles and (not nxt.is_word or nxt.lower in gram.coordinators):
            return tok.lower + tokens[i].lemma in lex.cues
    return False


def _qualified_label(lex: Lexicon, tokens: tuple[Token, ...], adjective: int, end: int, state: str) -> str:
    """'fornøyd kunde': the state's adjective as the ontology writes it (simplemma would make
    'satisfied' the verb 'satisfy'), then the noun's lemma."""
    word = lex.labels.get(state) or tokens[adjective].lemma
    return f"{word} {tokens[end - 1].lemma}"


def _predicative(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
                 start: int, end: int, mention: Mention, taken: list[bool]) -> tuple[int, Mention | None]:
    """``kunden blir fornøyd``: a class noun, a copula, a state adjective, then the clause ends."""
    if mention.kind is not CLASS:
        return end, None
    j = end
    if j < len(tokens) and (tokens[j].lower in gram.copulas or tokens[j].lower in gram.passive_auxiliaries) \
            and not _ends_relative_clause(tokens, start, gram, taken):
        j += 1
        while j < len(tokens) and tokens[j].lower in gram.adverbs:
            j += 1
        if j < len(tokens) and not taken[j]:
            state = lex.state(tokens[j].lower, tokens[j].lemma)
            ends = j + 1 >= len(tokens) or not tokens[j + 1].is_word or tokens[j + 1].lower in gram.coordinators
            if state and ends:
                span = Span(tokens[start].span.start, tokens[j].span.end)
                return j + 1, Mention(span, doc.slice(span), QUALIFIED, state + mention.key, lang,
                                      base=mention.key, state=state, label=_qualified_label(lex, tokens, j, end, state))
    return end, None


def _ends_relative_clause(tokens: tuple[Token, ...], start: int, gram: Grammar, taken: list[bool]) -> bool:
    """The noun at ``start`` closes a relative clause without a comma ('customers who bought the
    product were disappointed'): the copula after it is the main clause's, about the antecedent."""
    for r in range(start - 1, 0, -1):
        low = tokens[r].lower
        if tokens[r].text in ",;:" or low in gram.subordinators or low in gram.coordinators:
            return False
        if low in gram.relativizers and taken[r - 1]:
            return True
    return False


# is_content() asks up to fifteen questions of a word's forms alone, and the noun-phrase finder asks
# it of nearly every token: its answers are kept, per lexicon and grammar, by the token's text,
# lemma and language. (The memo holds the lexicon and grammar, so their id() is never reused.)
_CONTENT_MEMOS: dict[tuple[int, int], tuple[Lexicon, Grammar, dict[tuple[str, str, str], bool]]] = {}
_CONTENT_MEMO_SIZE = 200_000  # words per memo, then it starts over


def is_content(tok: Token, lex: Lexicon, gram: Grammar, lang: str) -> bool:
    """A word that may belong to a noun phrase: not grammar, not a cue verb, not a number."""
    memo = _CONTENT_MEMOS.get((id(lex), id(gram)))
    if memo is None:
        memo = _CONTENT_MEMOS[(id(lex), id(gram))] = (lex, gram, {})
    answers = memo[2]
    key = (tok.text, tok.lemma, lang)
    answer = answers.get(key)
    if answer is None:
        if len(answers) >= _CONTENT_MEMO_SIZE:
            answers.clear()
        answer = answers[key] = _is_content(tok, lex, gram, lang)
    return answer


def _is_content(tok: Token, lex: Lexicon, gram: Grammar, lang: str) -> bool:
    if not tok.is_word or len(tok.lower) < 2:
        return False
    if tok.text[:1].isdigit() and not ("-" in tok.text and tok.text.rsplit("-", 1)[1].isalpha()):
        return False  # numbers are no concepts, but '24/7-Hotline' and '3D-Drucker' are
    if tok.lower in gram.function_words or tok.lower in gram.np_negators or tok.lower in gram.prepositions:
        return german_noun(tok, lang, gram)
    if lex.verb_keys(tok.lower, tok.lemma) and not (_noun_ending(tok, lang) and lex.noun(tok.lower, tok.lemma) is not None):
        return False  # (but 'Forbrugerne', which simplemma reads as 'forbruge')
    if tok.lower in gram.adjectives or tok.lemma in gram.adjectives or tok.lower in gram.other_words:
        return False
    if lex.state(tok.lower, tok.lemma):
        return False
    if (tok.lower in QUANTITY_WORDS or tok.lemma in QUANTITY_WORDS or tok.lemma in TRANSPARENT_NOUNS) \
            and not (lang == "de" and tok.lemma in GERMAN_FALSE_FRIENDS):
        return False
    if lang in ("nb", "sv", "da") and tok.lower.endswith(("ades", "des", "tes")) and tok.lemma != tok.lower:
        return False  # past s-passives ('grundades', 'solgtes') are verbs
    if _present_s_passive(tok, lang):
        return False  # 'Kvist eies av ...', 'Butiken ägs av ...'
    if tok.lower in PARTICLES.get(lang, ()) or tok.lemma in MEASURES:
        return False
    if any(len(p) == 1 for p in gram.phrases_from(tok.lower, gram.hyponym_markers)):
        return False  # 'darunter', 'inklusive', 'especially': list markers, not modifiers
    if lang in ADVERB_ENDINGS_OF and tok.lower.endswith(ADVERB_ENDINGS_OF[lang]) and len(tok.lower) > 7:
        return False  # 'Erfahrungsgemäß verbessert ...', 'normalerweise', 'visserligen', 'heldigvis': adverbs
    if lang == "en" and (ly_adverb(tok.lower) or _capitalised(tok) and (
            tok.lower.endswith(NATIONALITY_ENDINGS) or tok.lower in NATIONALITIES)):
        return False  # 'increasingly', 'a Norwegian company': adverbs and adjectives
    return True


def _present_s_passive(tok: Token, lang: str) -> bool:
    """Scandinavian present s-passives: eies (eie), selges (selge), ägs (äga), købes (købe)."""
    low, lem = tok.lower, tok.lemma
    if lang in ("nb", "da"):
        return len(low) >= 4 and low.endswith("es") and lem == low[:-1]
    if lang == "sv":  # (and 'anges', 'ange': the few verbs in -e)
        return len(low) > 3 and low.endswith("s") and (lem.endswith("a") and lem[:-1] == low[:-1]
                                                        or lem.endswith("e") and lem + "s" == low)
    return False


def ly_adverb(lower: str) -> bool:
    """English adverbs made with -ly from a word the dictionary knows: increasingly, strongly,
    easily (not supply, family, assembly, reply)."""
    if not lower.endswith("ly") or len(lower) < 6:
        return False
    stem = lower[:-2]
    if stem.endswith("ical"):
        return True  # 'automatically', 'drastically': no noun ends so
    candidates = (stem, stem[:-1] + "y") if stem.endswith("i") else (stem, stem + "e")
    return any(len(c) >= 4 and is_known(c, "en") for c in candidates)


def _content_at(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar, lang: str) -> bool:
    """Content at position ``i``: a content word, or a verbal noun after an article or adjective
    ('ett fint bemötande', 'die Beratung'), which looks like its verb but is a noun."""
    tok = tokens[i]
    # the word itself first (is_content is memoised; most tokens end here), then its neighbours;
    # only a cue's form can be a verbal noun and only an assortment noun stand alone, so the other
    # non-content words (most of them) are not looked at again
    if not (is_content(tok, lex, gram, lang)
            or tok.lemma in lex.cues and _verbal_noun(tokens, i, lex, gram)
            or tok.lemma in ASSORTMENT_NOUNS and _assortment(tokens, i, gram)):
        return False
    if _progressive(tokens, i, gram) or _after_subject_pronoun(tokens, i, gram) or _after_infinitive_marker(tokens, i, gram) \
            or _not_a_noun_here(tokens, i, gram):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lemma in TRANSPARENT_NOUNS and tok.text[:1].islower():
        return False  # 'a wide selection of books', 'et bredt utvalg av': the modifier of a transparent noun
    if lang == "de" and tok.text[:1].islower() and _separable_verb(tokens, i, lex, gram):
        return False  # 'und bieten Kaffee an': the verb of a separable cue
    if lang == "en" and tok.lower.endswith("ed") and tok.lower != tok.lemma and i + 1 < len(tokens) \
            and tokens[i + 1].lower in gram.prepositions:
        return False  # 'a supplier based in Leeds', 'a complaint resolved on the first call': a participle
    return True


ENGLISH_NOUN_DETERMINERS = frozenset("a an the its our their my your his her".split())
ENGLISH_FINITE_BE = frozenset("is are was were".split())


# Transparent nouns of assortment that name a thing of their own when no 'of' phrase follows:
# 'a wide selection of books' is about books, 'customers value quality and variety' about variety.
ASSORTMENT_NOUNS = frozenset("range selection variety assortment utvalg urval udvalg auswahl vielfalt".split())


def _assortment(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """An assortment noun with no 'of' phrase after it: a noun of its own."""
    if tokens[i].lemma not in ASSORTMENT_NOUNS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None  # the phrase ends here: punctuation or a grammar word
    return nxt is None or not nxt.is_word or nxt.lower in gram.function_words and nxt.lower not in gram.prepositions


def _verbal_noun(tokens: tuple[Token, ...], i: int, lex: Lexicon, gram: Grammar) -> bool:
    """A cue verb's nominal form after an article or adjective: 'ett fint bemötande', 'die Beratung'."""
    tok = tokens[i]
    if lex.lang == "en" and tok.lemma in lex.cues and i > 0 and tok.lower != tok.lemma:
        # 'its surgical supplies', 'our offers': after a determiner and adjectives, a noun
        k = i - 1
        while k > 0 and (tokens[k].lower in gram.adjectives or tokens[k].lower.endswith(ADJECTIVE_SUFFIXES["en"])) \
                and tokens[k].lower not in ("less", "unless"):
            k -= 1
        if tokens[k].lower in ENGLISH_NOUN_DETERMINERS:
            return True
    if lex.lang == "en" and tok.lower == tok.lemma and 0 < i < len(tokens) - 1 and tokens[i + 1].lower in ENGLISH_FINITE_BE \
            and tokens[i - 1].is_word and tokens[i - 1].lower not in gram.function_words \
            and not any(t.lower == "what" for t in tokens[max(0, i - 4):i]):
        return True  # 'Customer lifetime value is a metric', 'A discovery call is': the head of an open compound
    if lex.lang in ("nb", "sv", "da") and tok.lemma in lex.cues and i >= 2 and tok.lower not in gram.function_words \
            and tokens[i - 2].lower in gram.determiners \
            and tokens[i - 1].lower.endswith(("e", "a")) and tokens[i - 1].lower not in gram.function_words \
            and is_adjective_like(tokens[i - 1], lex.lang, lex) \
            and lex.noun(tokens[i - 1].lower, tokens[i - 1].lemma) is None:
        return True  # 'Den forrige bruger får et gebyr': after an article and a weak adjective, a noun
    if not (tok.lemma in lex.cues and tok.lower.endswith(NOMINAL_SUFFIXES) and i > 0):
        return False
    prev = tokens[i - 1]
    return prev.lower in gram.determiners or prev.lower in gram.adjectives or prev.lemma in gram.adjectives or (
        i > 1 and tokens[i - 2].lower in INDEFINITE_ARTICLES and is_adjective_like(prev, lex.lang, lex))  # 'ett personligt bemötande'


# Nominative personal pronouns that are nothing else (not 'de', 'die', 'den': also articles).
SUBJECT_PRONOUNS = {
    "en": frozenset("i we you they he she".split()),
    "de": frozenset("ich wir du ihr er sie".split()),
    "nb": frozenset("jeg vi du dere han hun".split()),
    "sv": frozenset("jag vi du ni han hon".split()),
    "da": frozenset("jeg vi du han hun".split()),
}


MODALS = {
    "en": frozenset("can could will would shall should must may might".split()),
    "nb": frozenset("kan skal vil må bør kunne skulle ville måtte burde".split()),
    "sv": frozenset("kan ska skall vill måste bör kunde skulle ville borde".split()),
    "da": frozenset("kan skal vil må bør kunne skulle ville måtte burde".split()),
}
MULTIPLIERS = frozenset("times gange ganger gånger mal".split())
OBJECT_PRONOUNS_EN = frozenset("us them him her me".split())


def _not_a_noun_here(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'1.6 times as much' counts; English 'recommend us', 'thank them': a word before an object
    pronoun is a verb."""
    tok = tokens[i]
    if tok.lower in MULTIPLIERS and i > 0 and (tokens[i - 1].text[:1].isdigit() or tokens[i - 1].lower in QUANTITY_WORDS):
        return True
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].lower if i > 0 else ""
    if (prev in gram.auxiliaries or prev == "to" and gram.lang == "en") and (nxt in gram.pronouns or nxt in gram.determiners):
        return True  # 'jag vill dela det', 'prefer to resolve this': a verb and its object
    if prev in MODALS.get(gram.lang, ()) and tok.text[:1].islower():
        return True  # 'can borrow money', 'kan låne penger': the word after a modal is its verb
    if gram.lang == "en" and nxt == "that" and tok.lower.endswith("s") and tok.lemma in REPORTING_VERBS_EN:
        return True  # 'Research shows that ...': a verb of saying before its clause
    return gram.lang == "en" and nxt in OBJECT_PRONOUNS_EN


# English verbs of showing and saying whose -s form is also a plural noun ('shows', 'finds')
REPORTING_VERBS_EN = frozenset("show suggest indicate confirm reveal demonstrate prove find mean state note report".split())


def _after_subject_pronoun(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'we design and sell', 'Wir bieten Service an', 'Vi designer møbler', 'mange av dem ønsker':
    the word after a subject pronoun is its verb (German lower-case words only: 'wir Kunden' is a noun)."""
    if i > 0 and partitive_pronoun(tokens, i - 1):
        return gram.lang != "de" or tokens[i].text[:1].islower()
    if i == 0 or tokens[i - 1].lower not in SUBJECT_PRONOUNS.get(gram.lang, ()):
        return False
    if gram.lang != "en" and i >= 2 and tokens[i - 2].is_word and tokens[i - 2].lower not in gram.coordinators \
            and tokens[i - 2].lower not in gram.subordinators:
        return False  # V2 inversion 'önskar jag engagemang': the pronoun follows the verb
    return gram.lang != "de" or tokens[i].text[:1].islower()


# relative pronouns that may be a clause's subject, so that its verb follows them
RELATIVES_BEFORE_VERB = {"nb": frozenset({"som"}), "sv": frozenset({"som"}), "da": frozenset({"som", "der"}),
                         "en": frozenset({"who", "that", "which"})}


def _after_subject_relative(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'kundene som ønsker lave priser', 'customers who need help': after a relative pronoun right
    behind a noun phrase stands its verb, not a noun ('ønsker' as wishes, 'needs')."""
    return i >= 2 and tokens[i - 1].lower in RELATIVES_BEFORE_VERB.get(gram.lang, ()) \
        and (tokens[i - 2].is_word or tokens[i - 2].text == ",") and i + 1 < len(tokens) and tokens[i + 1].is_word


PARTITIVE_OF = frozenset("af av of von".split())
PARTITIVES = frozenset(
    "mange mye mycket meget mange mest flest fleste flesta de alle all alla noen några nogle få some many most few "
    "much half halvdelen hälften halvparten viele einige manche meisten wenige teil del andel deel part third "
    "several flere flera mehrere".split()
)


PLURAL_OBJECT_PRONOUNS = frozenset("dem dom them ihnen".split())


def partitive_of(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k`` is the 'of' after a quantity: 'many [of]', 'mange [af]', 'die meisten [von]'."""
    return k >= 1 and tokens[k].lower in PARTITIVE_OF and (
        tokens[k - 1].lower in PARTITIVES or tokens[k - 1].lower in QUANTITY_WORDS)


def partitive_pronoun(tokens: tuple[Token, ...], index: int) -> bool:
    """The pronoun of 'many of them', 'mange av dem', 'die meisten von ihnen': a part of the set it
    refers to, and so the subject of its clause."""
    return index >= 1 and tokens[index].lower in PLURAL_OBJECT_PRONOUNS and partitive_of(tokens, index - 1)


INFINITIVE_MARKERS = {"nb": "å", "sv": "att", "da": "at", "de": "zu", "en": "to"}


def _after_infinitive_marker(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """'å belønne kundene', 'att stärka': the word after an infinitive marker is a verb. (Not
    German 'zu' and English 'to', prepositions as often as not: 'to customers'.)"""
    return (i > 0 and gram.lang in ("nb", "sv", "da") and tokens[i - 1].lower == INFINITIVE_MARKERS[gram.lang]
            and tokens[i].text[:1].islower()
            and not tokens[i].lower.endswith(NOMINAL_SUFFIXES)  # 'att gruppträning ... stärker': a noun
            and not definite_noun(tokens[i], gram.lang))  # 'at appen øger': 'at' is 'that' before a subject


def _progressive(tokens: tuple[Token, ...], i: int, gram: Grammar) -> bool:
    """English 'were emailing': an -ing form after an auxiliary is a verb."""
    return (gram.lang == "en" and tokens[i].lower.endswith("ing") and i > 0
            and tokens[i - 1].lower in gram.auxiliaries)


# Derivational endings of adjectives: a word ending so is a modifier, never the head of a concept.
ADJECTIVE_SUFFIXES: dict[str, tuple[str, ...]] = {
    "nb": ("ig", "ige", "lig", "lige", "isk", "iske", "bar", "bare", "som", "somme", "ell", "elle", "iv", "ive", "ende"),
    "da": ("ig", "ige", "lig", "lige", "isk", "iske", "bar", "bare", "som", "somme", "iel", "nel", "rel", "elle", "iv", "ive", "ende"),  # not mangel, regel
    "sv": ("ig", "iga", "lig", "liga", "isk", "iska", "bar", "bara", "sam", "samma", "ell", "ella", "iv", "iva", "ande", "ende"),
    "de": ("ig", "lich", "isch", "bar", "sam", "iv", "ell"),
    "en": ("ive", "ous", "ful", "able", "ible", "less", "ical"),
}


PRESENT_TENSE_ENDINGS = {"sv": ("erar",), "nb": ("erer",), "da": ("erer",)}


def can_head(tok: Token, lang: str, gram: Grammar) -> bool:
    """Whether a content word can be the head noun of a concept (adjectives and adverbs cannot)."""
    if lang == "de":
        return tok.text.rsplit("-", 1)[-1][:1].isupper()  # Kunde, 24/7-Hotline
    low = tok.lower
    if len(low) > 6 and low.endswith(PRESENT_TENSE_ENDINGS.get(lang, ())):
        return False  # 'riskerar', 'reduserer', 'leverer': the present tense of a verb in -era/-ere
    return not (len(low) > 5 and low.endswith(ADJECTIVE_SUFFIXES.get(lang, ())))


def _noun_phrases(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
                  taken: list[bool], claim: object) -> None:
    """Other concepts: runs of content words not yet claimed; the last word is the head."""
    assert callable(claim)
    n = len(tokens)
    # asked once per free token (the word that ends a run would be asked again as the next start)
    content = [not t and _content_at(tokens, k, lex, gram, lang)
               and not (tokens[k].lemma in lex.cues and _verb_before_article(tokens, k, gram)) for k, t in enumerate(taken)]
    i = 0
    while i < n:
        if not content[i] or (i > 0 and taken[i - 1] and _present_after_noun(tokens, i, gram)):
            i += 1
            continue
        j = i + 1
        while j < n and content[j] and not _time_adverbial(tokens, j - 1, gram) \
                and not _ends_with_article(tokens, j, gram):
            j += 1
        _claim_run(doc, tokens, lex, gram, lang, i, j, claim)
        i = j


def _ends_with_article(tokens: tuple[Token, ...], j: int, gram: Grammar) -> bool:
    """The phrase ends before token ``j``: a Scandinavian noun with its suffixed article ends its
    phrase ('kjøper kommunen varer': verb, subject, object), and two such nouns are two phrases
    ('reducerer løsningen ventetiden'); not after 'have'/'få', whose object takes a participle
    ('have rugbrødet skåret')."""
    prev = tokens[j - 1]
    if not definite_noun(prev, gram.lang) or j >= 2 and tokens[j - 2].lower in gram.auxiliaries:
        return False
    return definite_noun(tokens[j], gram.lang) or prev.lower.endswith(PHRASE_FINAL_ARTICLES) \
        and not (j >= 2 and tokens[j - 2].lower in gram.determiners)


def _time_adverbial(tokens: tuple[Token, ...], k: int, gram: Grammar) -> bool:
    """'i dag', 'hver uke': a time noun after a preposition or quantifier ends its phrase."""
    return tokens[k].lower in TIME_NOUNS and k > 0 and (
        tokens[k - 1].lower in gram.prepositions or tokens[k - 1].lower in gram.determiners)


def _claim_run(doc: Document, tokens: tuple[Token, ...], lex: Lexicon, gram: Grammar, lang: str,
               start: int, end: int, claim: object) -> None:
    assert callable(claim)
    if lang == "de":
        # German nouns are capitalised: the run's head is its last capitalised word.
        heads = [k for k in range(start, end) if can_head(tokens[k], lang, gram)]
        if not heads:
            return
        end = heads[-1] + 1
        if end - start > 1 and start == 0 and tokens[start].text[:1].isupper() and end - 1 != start:
            start = end - 1
    noun_slot = start > 0 and (
        tokens[start - 1].lower in gram.determiners or tokens[start - 1].lower in gram.coordinators
        or tokens[start - 1].lower in gram.prepositions or tokens[start - 1].lower in gram.adjectives
        or tokens[start - 1].text == "," and end < len(tokens) and (
            tokens[end].text == "," or tokens[end].lower in gram.coordinators)  # 'bolån, sparande, försäkringar'
    )
    while end > start and not can_head(tokens[end - 1], lang, gram) and not (noun_slot and end - start == 1) \
            and not _verbal_noun(tokens, end - 1, lex, gram):  # ('ett vänligt bemötande')
        end -= 1  # a determiner or 'og' before a lone word makes it a noun: 'försäkring och sparande'
    if end == start:
        return
    head = end - 1
    first = head
    while first > start and head - first < MAX_MODIFIERS and (
        lang in ("en",) or is_adjective_like(tokens[first - 1], lang, lex)
    ):
        first -= 1
    after_article = start > 0 and tokens[start - 1].lower in gram.determiners  # 'en mellemstor producent'
    bare_noun = tokens[start].lower.endswith("e") and tokens[start].lemma == tokens[start].lower \
        and tokens[start].lower not in gram.adjectives and tokens[start].lower not in QUANTITY_WORDS \
        and not lex.state(tokens[start].lower, tokens[start].lemma)
    if lang != "de" and lang != "en" and end - start >= 2 and head == start + 1 and (first == head or bare_noun) \
            and not after_article and not _possessed(tokens, start):  # ('olivenolie stiger': a noun in -e)
        # "Bedrifter respekterer": two bare content words; the second is likely a verb.
        head = start
        first = start
    tok = tokens[head]
    if len(tok.lower) < 3 and not (len(tok.lower) == 2 and lang != "en" and _listed(tokens, head, gram)):
        return  # (but 'grøntsager, æg og kød', 'el och gas': a short noun among others)
    label_first = first
    while label_first < head and (
        tokens[label_first].text[:1].isdigit() or tokens[label_first].lower.split("-")[0] in QUANTITY_WORDS
    ):
        label_first += 1  # 'two-person joinery': a count belongs to the chunk but not to the concept
    head_word = tok.lower if tok.lower.endswith(NOMINAL_SUFFIXES) and lang != "de" else tok.lemma
    if lang in ("nb", "sv", "da") and (tok.lemma in (tok.lower + "a", tok.lower + "e") or (
            tok.lemma[-1:] in VOWELS and not tok.lower.startswith(tok.lemma) and len(tok.lemma) < len(tok.lower))):
        head_word = tok.lower  # in a noun's place 'frakt' is freight, not the verb 'frakta'; 'brød' no form of 'bry'
        if lang == "da" and tok.lemma == tok.lower + "e":
            head_word = danish_plural_noun(tok.lower) or head_word  # 'møbler' are furniture, not 'møblere'
    words = [_noun_lemma(tokens[k], lang) for k in range(label_first, head)] + [head_word]
    key = " ".join(words)
    base = ""
    match = lex.noun(tok.lower, tok.lemma)
    if match:
        base = match.cls
    mention = _mention(doc, tokens, first, head + 1, CONCEPT, key, lang, base=base, label=key)
    claim(first, head + 1, (mention,))
    if lang in ("nb", "sv", "da") and first > start:
        # Scandinavian writes compounds closed: a bare noun before another is a noun phrase of its
        # own ('kjøper mange pensjonister brød': the subject, then the object)
        before = tokens[first - 1]
        present = before.lower == before.lemma + "r" and before.lemma[-1:] in VOWELS  # 'prövar', 'kjøper'
        if can_head(before, lang, gram) and not present:
            _claim_run(doc, tokens, lex, gram, lang, start, first, claim)


DEFINITE_GENITIVES = ("ens", "ets", "nes", "nas")  # kundens, lørdagens, företagets, kundenes, kundernas


def _possessed(tokens: tuple[Token, ...], k: int) -> bool:
    """Token ``k + 1`` is a noun its neighbour owns, not a verb after a bare noun: after a definite
    genitive ('Lørdagens højtlæsning', 'bankens rådgivning'), or one in a nominal suffix no verb
    form ends in ('-ning', '-het', '-else')."""
    owner, word = tokens[k], tokens[k + 1]
    return owner.lower.endswith(DEFINITE_GENITIVES) and owner.lower != owner.lemma \
        or word.lower.endswith(NOMINAL_SUFFIXES) and not word.lower.endswith(("ande", "ende"))


def _listed(tokens: tuple[Token, ...], k: int, gram: Grammar) -> bool:
    """Token ``k`` stands in a list: a comma or a coordinator right before or after it."""
    def joins(t: Token) -> bool:
        return t.text == "," or t.lower in gram.coordinators

    return k > 0 and joins(tokens[k - 1]) or k + 1 < len(tokens) and joins(tokens[k + 1])


# The trade a business names itself by, after its own name: 'Norrsken Energi', 'Hjemfast Eiendom',
# 'Corvid Analytics', 'Brenner Spedition' (the names of trades, not concepts of the ontology).
SECTOR_WORDS = frozenset(
    "energi energy eiendom fastigheter ejendomme immobilien property properties forsikring försäkring "
    "forsikringer versicherung versicherungen insurance regnskap redovisning revision consulting konsult "
    "rådgivning beratung analytics analyse data it software systems solutions technologies technology "
    "tech media logistikk logistik logistics spedition transport transporte frakt fragt trafikk trafik "
    "elektro electric bygg byg bau construction reiser resor rejser reisen travel tours foods food mat "
    "livsmedel fødevarer lebensmittel handel trading services service finans finance finanz kapital "
    "capital invest group gruppen gruppe koncernen konsern konzern holding partners partner".split()
)


def trade_name(name: str) -> bool:
    """A name that ends in the trade it carries on: 'Norrsken Energi', 'Corvid Analytics'."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in SECTOR_WORDS and words[-1][:1].isupper()


@lru_cache(maxsize=4096)
def organisation_name(name: str, lang: str, trades: bool = True) -> bool:
    """A name whose last word is an organisation noun, a legal suffix or (with ``trades``) a trade:
    'Heggstad Sparebank', 'Lindvik kommune', 'Tindra Regnskap AS', 'Norrsken Energi'."""
    last = name.split()[-1]
    gram, lex = grammar(lang), lexicon(lang)
    if last in gram.legal_suffixes or last in gram.institution_words or trades and trade_name(name):
        return True
    match = lex.noun(last.lower(), last.lower())
    return len(name.split()) > 1 and match is not None and match.cls in organisation_classes()


PLURAL_DEFINITE_ENDINGS = ("ene", "erne", "arna", "orna", "erna", "na")  # kundene, kunderne, kunderna
# the plural definite endings that are no verb's infinitive ('-na': 'tjäna' is one)
DEFINITE_PLURALS = tuple(ending for ending in PLURAL_DEFINITE_ENDINGS if ending != "na")
DEFINITE_ENDINGS = ("et", "en", "n", *PLURAL_DEFINITE_ENDINGS)
# Norwegian feminines take '-a' ('boka'); in Swedish '-a' ends adjectives ('svenska märken', 'nöjda')
DEFINITE_ENDINGS_OF = {"nb": (*DEFINITE_ENDINGS, "a"), "sv": DEFINITE_ENDINGS, "da": DEFINITE_ENDINGS}
# the suffixed articles no adjective or participle ends in ('et': 'forbedret', 'a': 'nöjda')
PHRASE_FINAL_ARTICLES = ("en", "n", *DEFINITE_PLURALS)


def definite_noun(tok: Token, lang: str) -> bool:
    """A Scandinavian noun with its suffixed article ('kundeprogrammet', 'appen'): before a name it
    says what the name is."""
    endings = DEFINITE_ENDINGS_OF.get(lang)
    return endings is not None and tok.lower != tok.lemma and tok.lower.endswith(endings)


def german_noun(tok: Token, lang: str, gram: Grammar) -> bool:
    """A German auxiliary's form written capitalised inside a sentence and read there as a
    noun of its own: 'verkauft Waren' (die Ware), not 'waren' (sein)."""
    return lang == "de" and tok.text[:1].isupper() and tok.lower in gram.auxiliaries \
        and tok.lemma != tok.lower and tok.lemma not in gram.auxiliaries
