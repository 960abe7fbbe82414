"""A generated multilingual corpus for the benchmarks: sentences from the ontology's own labels,
states and relation cues, put into small per-language templates (nb, sv, da, de, en).

The text is grammatical enough for the rule extractor to find statements in most sentences, and
deterministic for a given seed, so every benchmark run reads the same words. Each document has
front matter (title, language), some sentences stating relations between ontology concepts (some
with a state adjective, some negated), some naming companies, and some filler without relations.

    python bench/corpusgen.py OUT_DIR --docs 1000        # write 1,000 documents
    python bench/corpusgen.py OUT_DIR --words 1000000    # write about a million words
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kgraph import ontology
from kgraph.vocab import LANGUAGES

SENTENCES_PER_DOC = (8, 24)

# Present tense of the first word of a cue: irregular forms first, then a per-language rule.
_IRREGULAR = {
    "nb": {"være": "er", "vite": "vet", "gjøre": "gjør", "si": "sier"},
    "da": {"være": "er", "vide": "ved", "gøre": "gør", "sige": "siger"},
    "sv": {
        "vara": "är",
        "ha": "har",
        "köpa": "köper",
        "sälja": "säljer",
        "erbjuda": "erbjuder",
        "behöva": "behöver",
        "vilja": "vill",
        "leda": "leder",
        "ge": "ger",
        "bidra": "bidrar",
        "tillhöra": "tillhör",
        "höra": "hör",
        "betjäna": "betjänar",
        "kräva": "kräver",
        "påverka": "påverkar",
        "förvänta": "förväntar",
        "bygga": "bygger",
        "skapa": "skapar",
    },
    "de": {"sein": "ist", "haben": "hat", "werden": "wird", "wissen": "weiß"},
    "en": {"be": "is", "have": "has", "do": "does"},
}

_TEMPLATES = {
    # (relation, negated, naming, filler) sentence shapes; {s} subject, {v} verb, {o} object.
    "nb": (
        "{s} {v} {o}.",
        "{s} {v} ikke {o}.",
        "{n} er en {c}.",
        (
            "I {y} økte omsetningen med {p} prosent.",
            "Rapporten ble skrevet i {y}.",
            "Tallene for {y} viser en tydelig trend.",
        ),
    ),
    "sv": (
        "{s} {v} {o}.",
        "{s} {v} inte {o}.",
        "{n} är en {c}.",
        (
            "Under {y} ökade omsättningen med {p} procent.",
            "Rapporten skrevs år {y}.",
            "Siffrorna för {y} visar en tydlig trend.",
        ),
    ),
    "da": (
        "{s} {v} {o}.",
        "{s} {v} ikke {o}.",
        "{n} er en {c}.",
        (
            "I {y} steg omsætningen med {p} procent.",
            "Rapporten blev skrevet i {y}.",
            "Tallene for {y} viser en tydelig tendens.",
        ),
    ),
    # German: a verb-final clause, so joined separable verbs ("anbieten") stay in one piece.
    "de": (
        "Wir wissen, dass {s} {o} {v}.",
        "Wir wissen, dass {s} {o} nicht {v}.",
        "{n} ist ein {c}.",
        (
            "Im Jahr {y} stieg der Umsatz um {p} Prozent.",
            "Der Bericht wurde {y} geschrieben.",
            "Die Zahlen für {y} zeigen einen klaren Trend.",
        ),
    ),
    "en": (
        "{s} {v} {o}.",
        "{s} does not {v} {o}.",
        "{n} is a {c}.",
        (
            "In {y} revenue grew by {p} percent.",
            "The report was written in {y}.",
            "The figures for {y} show a clear trend.",
        ),
    ),
}
_SUFFIXES = {"nb": "AS", "sv": "AB", "da": "ApS", "de": "GmbH", "en": "Ltd"}
_SYLLABLES = "nor ber vik lund holm dal sand fjell mar ter kon sol eng stad gard bro mark".split()
_TITLES = {
    "nb": "Kunderapport",
    "sv": "Kundrapport",
    "da": "Kunderapport",
    "de": "Kundenbericht",
    "en": "Customer report",
}


def _present(lang: str, verb: str) -> str:
    irregular = _IRREGULAR[lang].get(verb)
    if irregular:
        return irregular
    if lang in ("nb", "da"):
        return verb + "r"
    if lang == "sv":
        return verb[:-1] + "ar" if verb.endswith("a") else verb + "r"
    if lang == "de":
        stem = verb[:-2] if verb.endswith("en") else verb[:-1] if verb.endswith("n") else verb
        return stem + ("et" if stem.endswith(("t", "d")) else "t")
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    nouns: tuple[str, ...]
    adjectives: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]


def _lexicon(lang: str) -> _Lexicon:
    entries = ontology.entries(lang)
    return _Lexicon(
        nouns=tuple(label for label, _ in entries.classes),
        adjectives=tuple(adj for adj, _ in entries.states if " " not in adj),
        cues=tuple(cue.words for cue in entries.cues),
    )


def _noun(rng: random.Random, lex: _Lexicon, lang: str) -> str:
    noun = rng.choice(lex.nouns)
    if rng.random() < 0.25:
        adjective = rng.choice(lex.adjectives)
        if lang == "de":
            adjective += "e"
        noun = f"{adjective} {noun}"
    return noun


def _verb(rng: random.Random, lex: _Lexicon, lang: str, *, negated: bool) -> tuple[str, str]:
    """The verb phrase and the words that go before the object (German: after it)."""
    words = rng.choice(lex.cues)
    if lang == "en" and negated:
        return " ".join(words), ""
    if lang == "de":
        # verb-final: the prepositions and nouns of the cue come before the verb
        head, rest = words[0], " ".join(words[1:])
        return _present(lang, head), rest
    return " ".join((_present(lang, words[0]), *words[1:])), ""


def _name(rng: random.Random, lang: str) -> str:
    first = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
    return f"{first} {_SUFFIXES[lang]}"


def _sentence(rng: random.Random, lex: _Lexicon, lang: str) -> str:
    relation, negated_t, naming, fillers = _TEMPLATES[lang]
    roll = rng.random()
    if roll < 0.15:
        return naming.format(n=_name(rng, lang), c=rng.choice(lex.nouns))
    if roll < 0.35:
        return rng.choice(fillers).format(y=rng.randint(1990, 2024), p=rng.randint(2, 40))
    negated = roll < 0.42
    verb, before_verb = _verb(rng, lex, lang, negated=negated)
    s, o = _noun(rng, lex, lang), _noun(rng, lex, lang)
    if lang == "de":
        o = f"{before_verb} {o}".strip() if before_verb else o
    text = (negated_t if negated else relation).format(s=s, v=verb, o=o)
    return text[0].upper() + text[1:]


def document(seed: int, index: int) -> tuple[str, str]:
    """The ``index``-th document: (file name, text). Languages rotate nb, sv, da, de, en."""
    lang = LANGUAGES[index % len(LANGUAGES)]
    rng = random.Random(seed * 1_000_003 + index)
    lex = _lexicons()[lang]
    n = rng.randint(*SENTENCES_PER_DOC)
    paragraphs, sentences = [], []
    for i in range(n):
        sentences.append(_sentence(rng, lex, lang))
        if len(sentences) == 4 or i == n - 1:
            paragraphs.append(" ".join(sentences))
            sentences = []
    head = f"---\ntitle: {_TITLES[lang]} {index}\nlanguage: {lang}\n---\n"
    return f"{index:07d}_{lang}.txt", head + "\n\n".join(paragraphs) + "\n"


_CACHE: dict[str, _Lexicon] = {}


def _lexicons() -> dict[str, _Lexicon]:
    if not _CACHE:
        _CACHE.update({lang: _lexicon(lang) for lang in LANGUAGES})
    return _CACHE


def documents(
    *, docs: int | None = None, words: int | None = None, seed: int = 1
) -> Iterator[tuple[str, str]]:
    """``docs`` documents, or as many as it takes to reach ``words`` words of body text."""
    total, index = 0, 0
    while (docs is not None and index < docs) or (words is not None and total < words):
        name, text = document(seed, index)
        total += count_words(text.split("---\n", 2)[-1])
        index += 1
        yield name, text


def count_words(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or digit: what words/s counts."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def write(
    out: Path, *, docs: int | None = None, words: int | None = None, seed: int = 1
) -> tuple[int, int]:
    """Write the corpus into ``out`` (100 documents per sub-folder); return (documents, words)."""
    n_docs = n_words = 0
    for name, text in documents(docs=docs, words=words, seed=seed):
        folder = out / f"{n_docs // 100:05d}"
        if n_docs % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
        n_docs += 1
        n_words += count_words(text.split("---\n", 2)[-1])
    return n_docs, n_words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--docs", type=int)
    size.add_argument("--words", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    n_docs, n_words = write(args.out, docs=args.docs, words=args.words, seed=args.seed)
    print(f"{n_docs:,} documents, {n_words:,} words → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
