"""Sentence splitting per language: abbreviations, ordinals, headings, bullets, captions."""

from __future__ import annotations

import pytest

from kgraph.model import Document, Span
from kgraph.segment import MAX_SENTENCE_CHARS, sentences


def _split(text: str, lang: str) -> list[str]:
    doc = Document("t.txt", text, lang, Span(0, len(text)))
    return [doc.slice(s.span) for s in sentences(doc)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "Vi selger f.eks. sko. Kundene kjøper dem.", ["Vi selger f.eks. sko.", "Kundene kjøper dem."]),
        ("sv", "Vi säljer t.ex. skor. Kunderna köper dem.", ["Vi säljer t.ex. skor.", "Kunderna köper dem."]),
        ("da", "Vi sælger bl.a. sko. Kunderne køber dem.", ["Vi sælger bl.a. sko.", "Kunderne køber dem."]),
        ("de", "Am 31. Dezember kaufen z. B. viele Kunden. Der Händler liefert.",
         ["Am 31. Dezember kaufen z. B. viele Kunden.", "Der Händler liefert."]),
        ("en", "Dr. Smith buys e.g. shoes. Customers buy them.", ["Dr. Smith buys e.g. shoes.", "Customers buy them."]),
    ],
)
def test_segment_keeps_abbreviations_and_ordinals_inside(lang: str, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


def test_segment_headings_and_bullets_are_units() -> None:
    text = "Kundeservice\nVi tilbyr:\n- rask levering\n- gode priser\n\nNy del her."
    assert _split(text, "nb") == ["Kundeservice", "Vi tilbyr:", "rask levering", "gode priser", "Ny del her."]


def test_segment_splits_caption_run_into_text() -> None:
    assert _split("Bilde av en snekker.Et snekkerfirma er kunde.", "nb") == [
        "Bilde av en snekker.",
        "Et snekkerfirma er kunde.",
    ]


def test_segment_joins_hard_wrapped_lines() -> None:
    text = "Kunder som kjøper varer fra en annen virksomhet og som betaler for det de får,\ner viktige."
    assert len(_split(text, "nb")) == 1


def test_segment_offsets_point_into_text() -> None:
    text = "  Første setning her.  Andre setning!\n\nTredje?"
    doc = Document("t.txt", text, "nb", Span(0, len(text)))
    for s in sentences(doc):
        assert doc.text[s.span.start : s.span.end].strip() == doc.text[s.span.start : s.span.end]
        assert s.doc_id == "t.txt"


def test_segment_caps_long_runs_without_punctuation() -> None:
    text = "ord " * 3000
    parts = _split(text, "nb")
    assert len(parts) > 1
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in parts)


def test_segment_paragraph_in_another_language_gets_its_own() -> None:
    text = (
        "Kundene våre kjøper varer og tjenester hos oss hver eneste dag, og de er svært fornøyde med servicen.\n\n"
        "The customers of this company buy goods and services every day, and they are very happy with the service."
    )
    doc = Document("t.txt", text, "nb", Span(0, len(text)))
    assert [s.lang for s in sentences(doc)] == ["nb", "en"]
