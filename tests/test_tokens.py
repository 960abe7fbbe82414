"""Tokens: offsets, compounds with hyphens, truncation, contractions; lemmas per language."""

from __future__ import annotations

import pytest

from kgraph.model import Span
from kgraph.tokens import lemma, tokenize


def _words(text: str, lang: str) -> list[str]:
    return [t.text for t in tokenize(text, Span(0, len(text)), lang)]


def test_tokens_offsets_slice_the_text() -> None:
    text = "  Kundene kjøper «varer» – og B2B-kunder, vd:n."
    for tok in tokenize(text, Span(0, len(text)), "nb"):
        assert text[tok.span.start : tok.span.end] == tok.text


def test_tokens_keep_hyphenated_compounds_and_truncation() -> None:
    assert _words("kunde- og medarbeidertilfredshet, Diplom-Is", "nb") == [
        "kunde-", "og", "medarbeidertilfredshet", ",", "Diplom-Is",
    ]  # fmt: skip
    assert _words("Kundenzufriedenheit und -bindung", "de") == ["Kundenzufriedenheit", "und", "-bindung"]


def test_tokens_split_english_negative_contraction() -> None:
    assert _words("Customers don't buy", "en") == ["Customers", "do", "n't", "buy"]


def test_tokens_abbreviation_periods_are_tokens() -> None:
    assert _words("z.B. f.eks.", "de") == ["z", ".", "B", ".", "f", ".", "eks", "."]


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("kundene", "nb", "kunde"),
        ("kundens", "nb", "kunde"),  # genitive that simplemma leaves on
        ("kunderna", "sv", "kund"),
        ("kunderne", "da", "kunde"),
        ("kunden", "de", "kunde"),
        ("customers", "en", "customer"),
        ("er", "nb", "være"),
        ("kunde-", "nb", "kunde"),
    ],
)
def test_tokens_lemma(word: str, lang: str, expected: str) -> None:
    assert lemma(word, lang) == expected
