"""Tokens with character offsets and lemmas; the only module importing simplemma."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.model import Span, Token

# A word: letters/digits, inner hyphens, apostrophes and colons (Kund:innen, vd:n); a trailing
# hyphen of a truncated compound ("kunde- og medarbeidertilfredshet"); a leading hyphen that borrows
# a modifier ("Kundenzufriedenheit und -bindung"); English "n't" split off. Anything else that is
# not space is one punctuation token.
_TOKEN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"»”)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # URLs and e-mail addresses: one token
    r"|\w[\w-]*(?:\.[\w-]+)*\.(?:no|se|dk|de|at|ch|fi|nu|eu|uk|com|org|net|io|shop)\b(?!\.?\w)"  # Klädhallen.se
    r"|\d+(?:[.,]\d+)+"  # numbers with separators: 240,000 · 4.000 · 1,6
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])"  # Scandinavian thousands: 410 000
    r"|(?:(?<=\s)-(?=\w{3}))?\w+?(?=n't\b)"
    r"|n't\b"
    r"|\w+(?=['’](?:ve|re|ll|d|m|s)\b)"
    r"|['’](?:ve|re|ll|d|m|s)\b"
    r"|(?:(?<=\s)-(?=\w{3}))?\w+(?:[-'’:/]\w+)*(?:-(?=\s|,))?"
    r"|[^\w\s]"
)
# The same tokens, faster: most tokens are a plain run of word characters followed by none of the
# characters that let another alternative of _TOKEN start or go on there (URL, e-mail, n't, 's,
# inner hyphen, colon or slash, a thousands comma); such a run is taken whole at once. Keep the character class in
# step with _TOKEN (tests/test_tokens.py compares the two). No token starts with a space: the
# leading look-ahead passes over each space at once, where the alternatives would each be tried.
_TOKEN_FAST = re.compile(
    r"(?=\S)(?:\w++(?![\w'’:/@.+-]|,\d|(?<=\d)[ \u00a0]\d{3}(?![\d.,]))|" + _TOKEN.pattern + ")"
)
_INFLECTIONS = {
    "nb": ("ene", "er", "en", "et", "a"),
    "da": ("erne", "ene", "er", "en", "et"),
    "sv": ("erna", "arna", "orna", "er", "ar", "or", "en", "et", "na"),
    "de": ("en", "n", "e"),
    "en": ("s",),
}
_LANG_MAP = {"nb": "nb", "sv": "sv", "da": "da", "de": "de", "en": "en"}


# A word's lower-case form and lemma, per language and reading (see _forms_of), by its text: one
# lookup per token instead of lower() and two cached calls; and a word's forms are then one shared
# string each, so the extractor's many set and dict lookups of them find their hash ready.
_FORMS: dict[tuple[str, bool], dict[str, tuple[str, str]]] = {}
_FORMS_SIZE = 200_000  # words per language and reading, then it starts over


def tokenize(text: str, span: Span, lang: str) -> tuple[Token, ...]:
    """The tokens of ``text[span.start:span.end]``, with offsets into ``text``."""
    out: list[Token] = []
    forms = _FORMS.setdefault((lang, False), {})
    german = lang == "de"
    # The words alone (findall makes no match objects); each is found again from where the last
    # ended: only spaces lie between two tokens (every other character is in one), and no token
    # starts with a space, so the first occurrence is the token.
    end = span.start
    find = text.find
    for word in _TOKEN_FAST.findall(text, span.start, span.end):
        if german and out and word[:1].isupper():
            # 'Zimmer' is a room, not 'zimmern'
            known = _forms_of(word, lang, capitalised_noun=True)
        else:
            known = forms.get(word) or _forms_of(word, lang, capitalised_noun=False)
        start = find(word, end)
        end = start + len(word)
        out.append(Token(Span(start, end), word, known[0], known[1]))
    return tuple(out)


def _forms_of(word: str, lang: str, *, capitalised_noun: bool) -> tuple[str, str]:
    """The lower-case form and lemma of ``word``; ``capitalised_noun``: a German word written
    capitalised inside a sentence (see :func:`german_noun_lemma`)."""
    memo = _FORMS.setdefault((lang, capitalised_noun), {})
    known = memo.get(word)
    if known is None:
        if len(memo) >= _FORMS_SIZE:
            memo.clear()
        lower = word.lower()
        lem = german_noun_lemma(word) if capitalised_noun else lemma(lower, lang)
        known = memo[word] = (lower, lem)
    return known


@lru_cache(maxsize=100_000)
def german_noun_lemma(word: str) -> str:
    """The lemma of a word German writes capitalised inside a sentence: a noun or a name, so
    simplemma is asked with its capital (lower-cased, 'Handel' would be the verb 'handeln')."""
    import simplemma

    head = word.strip("-")
    if not head[:1].isalpha() or len(head) < 2:
        return head.lower()
    return str(simplemma.lemmatize(head, lang="de", greedy=True)).lower()


_SWEDISH_NOMINAL_ENDINGS = ("anden", "andet", "andena", "enden", "endet", "endena")


_UMLAUT_DEFINITE_PLURALS = {"da": "erne", "nb": "ene"}  # bøg|erne, bøk|ene (after the plural's 'er')


# Lemmas in simplemma's data that are archaic spellings of a modern verb ('developed' → 'develope').
_ARCHAIC_LEMMAS = {"en": {"develope": "develop"}}


@lru_cache(maxsize=200_000)
def lemma(lower: str, lang: str) -> str:
    """The lemma of a lower-cased word (the word itself when it is not a word simplemma knows)."""
    head = lower.strip("-")
    if not head[:1].isalpha() or len(head) < 2:
        return head
    import simplemma

    code = _LANG_MAP.get(lang, "en")
    if lang == "sv" and head.endswith(_SWEDISH_NOMINAL_ENDINGS):
        # erbjudanden, beteendet: inflected nouns of -ande/-ende (simplemma gives the verb erbjuda)
        return head[: head.rindex("nde") + 3]
    result = str(simplemma.lemmatize(head, lang=code, greedy=True)).lower()
    result = _ARCHAIC_LEMMAS.get(lang, {}).get(result, result)
    if result == head and lang in ("nb", "da", "sv") and head.endswith("s") and len(head) > 4:
        # Genitive -s that simplemma leaves on (kundens, Telenors): strip it when the rest is known.
        stem = head[:-1]
        if simplemma.is_known(stem, lang=code):
            result = str(simplemma.lemmatize(stem, lang=code, greedy=True)).lower()
    if lang in ("nb", "da") and head.endswith(_UMLAUT_DEFINITE_PLURALS[lang]) and len(head) > 5:
        # an umlaut plural's definite form ('bøgerne', 'bøkene'), which simplemma reads as another
        # word ('bøg', beech): the indefinite plural's lemma, when it differs by that vowel alone
        indefinite = lemma(head[: -len(_UMLAUT_DEFINITE_PLURALS[lang])] + "er", lang)
        if len(indefinite) == len(result) and sum(a != b for a, b in zip(indefinite, result)) == 1:
            return indefinite
    if result == head and len(head) > 5 and not simplemma.is_known(head, lang=code):
        # Plurals and definite forms simplemma does not know (pakker → pakke): strip an ending
        # when what is left is a word it knows.
        for ending in _INFLECTIONS.get(lang, ()):
            if head.endswith(ending):
                stem = head[: -len(ending)]
                for candidate in (stem, stem + "e", stem + "a"):
                    if len(candidate) >= 3 and simplemma.is_known(candidate, lang=code):
                        return candidate
    return result


def danish_plural_noun(lower: str) -> str | None:
    """The singular of a Danish plural noun in -er that simplemma reads as a verb in -ere
    ('møbler' → møblere, 'billetter' → billettere): the stem, with the -e- the plural drops before
    its last consonant restored ('møbl' → møbel) or the doubled consonant undone ('billett' →
    billet); None when no such stem is a word."""
    if not lower.endswith("er") or len(lower) < 6:
        return None
    import simplemma

    stem = lower[:-2]
    candidates = [stem, stem[:-1] + "e" + stem[-1]]
    if stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    for candidate in candidates:
        if len(candidate) >= 3 and simplemma.is_known(candidate, lang="da") \
                and simplemma.lemmatize(candidate, lang="da") == candidate:
            return candidate
    return None


def is_known(lower: str, lang: str) -> bool:
    """Whether ``lower`` is a word of ``lang`` that simplemma knows."""
    import simplemma

    return bool(simplemma.is_known(lower, lang=_LANG_MAP.get(lang, "en")))


@lru_cache(maxsize=100_000)
def dictionary_lemma(word: str, lang: str) -> str:
    """simplemma's plain (non-greedy) lemma, as the reference scorer computes it; the word itself
    for a language simplemma does not know."""
    import simplemma

    try:
        return str(simplemma.lemmatize(word, lang=lang)).lower()
    except (ValueError, KeyError):
        return word
