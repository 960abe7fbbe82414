"""Closed-class words and clause grammar per language: the data the rule-based extractor reads.

Open-class words (concept nouns, state adjectives, relation cue verbs) are *not* here: they are
labels in ``ontology/crm.ttl``. This package holds what is grammar, not vocabulary: articles,
pronouns, prepositions, conjunctions, negators, auxiliaries, abbreviations and the multiword
markers of hypernymy, comparison and causation. Every entry is a lower-case surface form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from kgraph.errors import KgraphError
from kgraph.vocab import LANGUAGES

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Grammar:
    """The closed-class lexicon of one language. All strings are lower-case surface forms.

    Multiword entries (``Phrase``) are token sequences as the tokenizer produces them
    (``("for", "eksempel")``, ``("z.", "b.")`` is written ``("z", ".", "b", ".")``).
    """

    lang: str
    # --- noun phrase material
    determiners: frozenset[str]  # articles, demonstratives, possessives, quantifiers
    pronouns: frozenset[str]  # personal pronouns (subject and object forms)
    speaker_pronouns: frozenset[str]  # we/us/our forms that stand for the writing organisation
    prepositions: frozenset[str]
    # --- clause structure
    coordinators: frozenset[str]  # and, or, as well as
    subordinators: frozenset[str]  # that, because, when, if ...
    relativizers: frozenset[str]  # som, der, which, who, die ...
    auxiliaries: frozenset[str]  # finite and non-finite forms of have/be/become/will/shall/can/must
    copulas: frozenset[str]  # forms of 'be' (and 'become') that make X-is-a-Y definitions
    passive_auxiliaries: frozenset[str]  # forms of 'be/become' that build a periphrastic passive
    agent_prepositions: frozenset[str]  # av, af, von, durch, by: the agent of a passive
    separable_particles: frozenset[str]  # German: an, ab, auf, bei ...; empty elsewhere
    common_verbs: frozenset[str]  # frequent non-cue verb forms that are never concept nouns
    adverbs: frozenset[str]  # frequent adverbs that may sit between verb and object
    # --- polarity and modality
    negators: frozenset[str]  # clause negators: ikke, inte, nicht, not, never, n't
    np_negators: frozenset[str]  # ingen, kein-, no, none, nobody
    without: frozenset[str]  # uten, utan, uden, ohne, without
    not_negation: tuple[Phrase, ...]  # "ikke bare", "nicht nur", "not only", "ikke minst"
    hedges: frozenset[str]  # kanskje, vielleicht, maybe, probably ...
    question_words: frozenset[str]  # hva, hvorfor, warum, what, why ...
    conditionals: frozenset[str]  # hvis, dersom, wenn, falls, if, unless
    # --- definitions and hypernymy (section 6 of LINGUISTICS.md)
    hyponym_markers: tuple[Phrase, ...]  # Y such as X1, X2: "som", "slik som", "for eksempel", "wie", "z. b."
    other_markers: tuple[Phrase, ...]  # X and other Y: "og andre", "und andere", "and other"
    kind_markers: tuple[Phrase, ...]  # X is a kind of Y: "en form for", "en type", "eine art von"
    classify_markers: tuple[Phrase, ...]  # X regnes som Y, X gilt als Y, X is considered
    synonym_markers: tuple[Phrase, ...]  # også kalt, auch genannt, also called
    # --- causal and comparative frames
    correlative_first: frozenset[str]  # jo, ju, je, the
    correlative_second: frozenset[str]  # desto, jo, dess, umso, the
    downward_words: frozenset[str]  # mindre, færre, lavere, weniger, less, fewer, lower
    upward_words: frozenset[str]  # mer, flere, høyere, mehr, more, higher
    negative_effect_words: frozenset[str]  # negativ, negative, schlecht: flip 'effect on' to decreases
    positive_effect_words: frozenset[str]
    polarity_flip_phrases: tuple[Phrase, ...]  # mangel på, manglende, lack of, fehlende
    # --- segmentation and names
    abbreviations: frozenset[str]  # without the final period: "f.eks", "bl.a", "z.b", "dr"
    legal_suffixes: frozenset[str]  # AS, ASA, AB, GmbH, Ltd ... (as written, case-sensitive)
    name_particles: frozenset[str]  # lower-case words inside names: von, van, de, af, og (Fjell og Fjord AS)
    # --- open-class words frequent enough to list: they never head a concept mention
    adjectives: frozenset[str] = frozenset()  # dictionary forms of frequent adjectives (good, new, important)
    other_words: frozenset[str] = frozenset()  # andre, other, andere: "X konkurrerer med andre X"
    # a free relative opening a pseudo-cleft: "Det som skiller oss ut, er service" names no kind
    cleft_openers: tuple[Phrase, ...] = ()
    # lower-case words that end a public body's name: "Lindvik kommune", "Region Skåne" aside
    institution_words: frozenset[str] = frozenset()
    # past participles that neither differ from their lemma nor end like a regular one (made, run, put)
    irregular_participles: frozenset[str] = frozenset()
    # made by __post_init__: every closed-class word (none of these can head a concept mention);
    # a field, not a property, as the extractor asks for it some 120,000 times per 200,000 words
    function_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "function_words", frozenset().union(
            self.determiners, self.pronouns, self.speaker_pronouns, self.prepositions,
            self.coordinators, self.subordinators, self.relativizers, self.auxiliaries,
            self.copulas, self.negators, self.np_negators, self.without, self.hedges,
            self.question_words, self.conditionals, self.adverbs, self.common_verbs,
            self.correlative_first, self.correlative_second, self.downward_words,
            self.upward_words,
        ))

    def phrases_from(self, first: str, phrases: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
        """The phrases of ``phrases`` that start with the word ``first``, longest first."""
        return phrase_index(phrases).get(first, ())


def phrase_index(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    """``phrases`` by first word, each word's phrases longest first (built once per tuple)."""
    index = _INDEXES.get(id(phrases))
    if index is None:
        index = _INDEXES[id(phrases)] = _index(phrases)
    return index


# Phrase tuples live as long as their (cached, immortal) Grammar, so their id() is a stable key;
# hashing a long tuple of tuples on every lookup would cost more than the lookup itself.
_INDEXES: dict[int, dict[str, tuple[Phrase, ...]]] = {}


def _index(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    out: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def grammar(lang: str) -> Grammar:
    """The grammar of ``lang`` (one of nb, sv, da, de, en).

    Raises:
        KgraphError: the language has no grammar module.
    """
    if lang not in LANGUAGES:
        raise KgraphError(
            f"No grammar for language '{lang}'. Available: {', '.join(LANGUAGES)}",
            hint="Set the document's language to one of the supported codes.",
        )
    module = import_module(f"kgraph.grammar.{lang}")
    value = module.GRAMMAR
    assert isinstance(value, Grammar)
    return value
