"""Tokens: offsets, compounds with hyphens, truncation, contractions; lemmas per language."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.model import Span
from kgraph.tokens import _TOKEN, _TOKEN_FAST, lemma, tokenize


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


# Characters around which _TOKEN's alternatives differ: apostrophes, n't, URL and e-mail marks,
# hyphens before and after space, colons, slashes, letters, digits, underscores, quotes.
_PIECES = [*"abnt'’:/@.+- \n\t0_ÆøßwhsvlrdmÅ«»”)(,;", "n't", "www.", "https://", "'s", "’ve"]
_TRICKY = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(_TRICKY)
def test_tokens_fast_pattern_finds_the_tokens_of_the_plain_pattern(text: str) -> None:
    assert _spans(_TOKEN_FAST, text) == _spans(_TOKEN, text)


def test_tokens_fast_pattern_on_hand_picked_text() -> None:
    text = (
        "don't it's a@b.c x.y+z@q-r.no www.x.no https://a.b/c Kund:innen vd:n -bindung kunde- "
        "o’reilly's B2B-kunder"
    )
    assert _spans(_TOKEN_FAST, text) == _spans(_TOKEN, text)


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
