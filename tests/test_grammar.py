"""The per-language closed-class lexicons: shape of the data and facts the extractor relies on."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kgraph.errors import KgraphError
from kgraph.grammar import Grammar, grammar
from kgraph.vocab import LANGUAGES

_SAMPLE = grammar("en")
WORD_FIELDS = tuple(
    f.name for f in fields(Grammar) if isinstance(getattr(_SAMPLE, f.name), frozenset)
)
PHRASE_FIELDS = tuple(
    f.name for f in fields(Grammar) if isinstance(getattr(_SAMPLE, f.name), tuple)
)
assert len(WORD_FIELDS) + len(PHRASE_FIELDS) == len(fields(Grammar)) - 1  # all but lang

# Verb forms of relation cues (LINGUISTICS.md section 1.1) and core concept nouns: none of them
# may hide in a closed class, or the extractor would never see the relation or the concept.
OPEN_CLASS_SAMPLE = {
    "nb": "kjøper solgte tilbyr øker styrker påvirker krever forventer ønsker bruker kunde "
    "kunden kunder kundene produkt tjeneste lojalitet",
    "sv": "köper sålde erbjuder ökar stärker påverkar kräver förväntar använder kund kunden "
    "kunderna företag lojalitet",
    "da": "køber solgte tilbyder øger styrker påvirker kræver forventer bruger kunde kunden "
    "kunderne virksomhed loyalitet",
    "de": "kauft verkauft bietet erhöht steigert beeinflusst erfordert erwartet nutzt "
    "verwendet kunde kunden produkt zufriedenheit",
    "en": "buys sold offers increases improves affects requires expects wants uses customer "
    "customers product loyalty",
}

KNOWN_FACTS = [
    ("nb", "hyponym_markers", ("for", "eksempel")),
    ("nb", "hyponym_markers", ("f", ".", "eks", ".")),
    ("nb", "hyponym_markers", ("bl", ".", "a", ".")),
    ("nb", "agent_prepositions", "av"),
    ("nb", "negators", "ikke"),
    ("nb", "np_negators", "ingen"),
    ("nb", "without", "uten"),
    ("nb", "not_negation", ("ikke", "bare")),
    ("nb", "relativizers", "som"),
    ("nb", "copulas", "er"),
    ("nb", "passive_auxiliaries", "blir"),
    ("nb", "kind_markers", ("en", "form", "for")),
    ("nb", "classify_markers", ("regnes", "som")),
    ("nb", "synonym_markers", ("også", "kalt")),
    ("nb", "polarity_flip_phrases", ("mangel", "på")),
    ("nb", "abbreviations", "f.eks"),
    ("nb", "abbreviations", "bl.a"),
    ("nb", "legal_suffixes", "ASA"),
    ("nb", "speaker_pronouns", "vi"),
    ("sv", "negators", "inte"),
    ("sv", "np_negators", "inget"),
    ("sv", "agent_prepositions", "av"),
    ("sv", "relativizers", "vilket"),
    ("sv", "hyponym_markers", ("t", ".", "ex", ".")),
    ("sv", "other_markers", ("och", "andra")),
    ("sv", "correlative_second", "dess"),
    ("sv", "abbreviations", "t.ex"),
    ("sv", "abbreviations", "fr.o.m"),
    ("sv", "legal_suffixes", "AB"),
    ("da", "agent_prepositions", "af"),
    ("da", "without", "uden"),
    ("da", "hyponym_markers", ("fx",)),
    ("da", "not_negation", ("ikke", "mindst")),
    ("da", "passive_auxiliaries", "bliver"),
    ("da", "abbreviations", "pct"),
    ("da", "legal_suffixes", "ApS"),
    ("de", "np_negators", "kein"),
    ("de", "np_negators", "keinen"),
    ("de", "negators", "nicht"),
    ("de", "without", "ohne"),
    ("de", "not_negation", ("nicht", "nur")),
    ("de", "agent_prepositions", "von"),
    ("de", "agent_prepositions", "durch"),
    ("de", "prepositions", "zur"),
    ("de", "prepositions", "beim"),
    ("de", "relativizers", "denen"),
    ("de", "subordinators", "dass"),
    ("de", "passive_auxiliaries", "worden"),
    ("de", "determiners", "unseren"),
    ("de", "hyponym_markers", ("z", ".", "b", ".")),
    ("de", "hyponym_markers", ("unter", "anderem")),
    ("de", "kind_markers", ("eine", "art", "von")),
    ("de", "classify_markers", ("gilt", "als")),
    ("de", "polarity_flip_phrases", ("mangel", "an")),
    ("de", "correlative_first", "je"),
    ("de", "correlative_second", "umso"),
    ("de", "abbreviations", "z.b"),
    ("de", "abbreviations", "d.h"),
    ("de", "abbreviations", "bzw"),
    ("de", "legal_suffixes", "GmbH"),
    ("de", "speaker_pronouns", "unsere"),
    ("en", "hyponym_markers", ("such", "as")),
    ("en", "hyponym_markers", ("e", ".", "g", ".")),
    ("en", "other_markers", ("and", "other")),
    ("en", "kind_markers", ("a", "kind", "of")),
    ("en", "synonym_markers", ("also", "known", "as")),
    ("en", "agent_prepositions", "by"),
    ("en", "negators", "not"),
    ("en", "negators", "n't"),
    ("en", "np_negators", "nobody"),
    ("en", "not_negation", ("not", "only")),
    ("en", "relativizers", "which"),
    ("en", "conditionals", "unless"),
    ("en", "polarity_flip_phrases", ("lack", "of")),
    ("en", "abbreviations", "e.g"),
    ("en", "abbreviations", "mrs"),
    ("en", "legal_suffixes", "Ltd"),
    ("en", "speaker_pronouns", "our"),
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_returns_the_language_asked_for(lang: str) -> None:
    g = grammar(lang)
    assert isinstance(g, Grammar)
    assert g.lang == lang


def test_grammar_unknown_language_lists_available() -> None:
    with pytest.raises(KgraphError) as excinfo:
        grammar("fi")
    message = str(excinfo.value)
    assert "fi" in message
    for lang in LANGUAGES:
        assert lang in message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_every_field_is_filled(lang: str) -> None:
    g = grammar(lang)
    # German alone separates particles; Scandinavian alone ends names of public bodies in lower case;
    # English alone has participles that look like their verb's dictionary form ('made', 'run')
    only_some = {"separable_particles", "institution_words", "irregular_participles"}
    for name in WORD_FIELDS + PHRASE_FIELDS:
        if name in only_some:
            continue
        assert getattr(g, name), f"{lang}.{name} is empty"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", [n for n in WORD_FIELDS if n != "legal_suffixes"])
def test_grammar_words_are_clean_lowercase_surface_forms(lang: str, name: str) -> None:
    for word in getattr(grammar(lang), name):
        assert isinstance(word, str)
        assert word, f"{lang}.{name} holds an empty string"
        assert word == word.strip() and not any(c.isspace() for c in word), (lang, name, word)
        assert word == word.lower(), (lang, name, word)
        if name == "abbreviations":
            assert not word.endswith("."), f"{lang} abbreviation {word!r} keeps its final period"
        else:
            assert "." not in word, f"{lang}.{name} holds {word!r}, which is no single word"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PHRASE_FIELDS)
def test_grammar_phrases_are_token_tuples(lang: str, name: str) -> None:
    phrases = getattr(grammar(lang), name)
    assert isinstance(phrases, tuple)
    assert len(set(phrases)) == len(phrases), f"{lang}.{name} lists a phrase twice"
    for phrase in phrases:
        assert isinstance(phrase, tuple) and phrase, (lang, name, phrase)
        for token in phrase:
            assert isinstance(token, str) and token, (lang, name, phrase)
            assert token == token.lower(), (lang, name, phrase)
            assert not any(c.isspace() for c in token), (lang, name, phrase)
            # the tokenizer splits periods off: "z. B." is ("z", ".", "b", ".")
            assert token == "." or "." not in token, (lang, name, phrase)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_not_negation_starts_with_a_negation_word(lang: str) -> None:
    g = grammar(lang)
    negation = g.negators | g.np_negators | g.without
    for phrase in g.not_negation:
        assert len(phrase) >= 2, phrase
        assert phrase[0] in negation, f"{lang} {phrase} does not start with a negation word"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_negation_stays_visible(lang: str) -> None:
    g = grammar(lang)
    negation = g.negators | g.np_negators | g.without
    for name in ("adverbs", "common_verbs", "determiners"):
        hidden = negation & getattr(g, name)
        assert not hidden, f"{lang}.{name} swallows negation words {sorted(hidden)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_clause_boundaries_are_not_copulas(lang: str) -> None:
    g = grammar(lang)
    assert g.relativizers and g.subordinators and g.copulas
    assert not g.relativizers & g.copulas
    assert not g.subordinators & g.copulas


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_auxiliaries_cover_copulas_and_passives(lang: str) -> None:
    g = grammar(lang)
    assert g.copulas <= g.auxiliaries, sorted(g.copulas - g.auxiliaries)
    assert g.passive_auxiliaries <= g.auxiliaries, sorted(g.passive_auxiliaries - g.auxiliaries)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_prepositional_sets_are_prepositions(lang: str) -> None:
    g = grammar(lang)
    assert g.agent_prepositions <= g.prepositions
    assert g.without <= g.prepositions


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_speaker_pronouns_are_pronouns_or_determiners(lang: str) -> None:
    g = grammar(lang)
    assert g.speaker_pronouns <= g.pronouns | g.determiners


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_separable_particles_only_in_german(lang: str) -> None:
    particles = grammar(lang).separable_particles
    if lang == "de":
        assert {"an", "ab", "auf", "aus", "bei", "ein", "vor", "voraus", "zurück", "dar"} <= (
            particles
        )
    else:
        assert particles == frozenset()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_directions_do_not_overlap(lang: str) -> None:
    g = grammar(lang)
    assert not g.upward_words & g.downward_words
    assert not g.positive_effect_words & g.negative_effect_words


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_closed_classes_hold_no_cue_verbs_or_concept_nouns(lang: str) -> None:
    g = grammar(lang)
    closed = g.function_words | g.agent_prepositions | g.separable_particles
    leaked = set(OPEN_CLASS_SAMPLE[lang].split()) & closed
    assert not leaked, f"{lang} closed classes hold open-class words {sorted(leaked)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_grammar_legal_suffixes_keep_their_case(lang: str) -> None:
    suffixes = grammar(lang).legal_suffixes
    assert suffixes
    for suffix in suffixes:
        assert suffix and suffix == suffix.strip(), (lang, suffix)
    assert any(suffix != suffix.lower() for suffix in suffixes)


@pytest.mark.parametrize(("lang", "name", "item"), KNOWN_FACTS)
def test_grammar_known_facts(lang: str, name: str, item: str | tuple[str, ...]) -> None:
    assert item in getattr(grammar(lang), name)


def test_grammar_swedish_says_och_where_norwegian_says_og() -> None:
    assert "och" in grammar("sv").coordinators
    assert "og" not in grammar("sv").coordinators
    for lang in ("nb", "da"):
        assert "og" in grammar(lang).coordinators
        assert "och" not in grammar(lang).coordinators
