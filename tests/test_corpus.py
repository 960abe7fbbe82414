"""Reading corpus files: decoding, front matter, markup blanking, languages, skipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import corpus
from kgraph.corpus import Skipped
from kgraph.errors import CorpusError
from kgraph.model import Document


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_corpus_front_matter_sets_language_and_body(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "source: x\nlanguage: da\n---\nKunderne køber varer.\n".encode())
    (doc,) = corpus.read(tmp_path)
    assert isinstance(doc, Document)
    assert doc.lang == "da"
    assert doc.metadata["source"] == "x"
    assert doc.slice(doc.body).strip() == "Kunderne køber varer."


def test_corpus_yaml_front_matter_is_not_text(tmp_path: Path) -> None:
    _write(tmp_path / "a.md", "---\ntitle: Kunde\n---\n# Kunde\nKunden kjøper varer hver dag.\n".encode())
    (doc,) = corpus.read(tmp_path)
    assert isinstance(doc, Document)
    assert "title" not in doc.slice(doc.body)
    assert doc.metadata["title"] == "Kunde"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Kundene er fornøyde.".encode("utf-8-sig"), "Kundene er fornøyde."),
        ("Kundene er fornøyde.".encode("utf-16"), "Kundene er fornøyde."),
        ("Kunderna är nöjda.".encode("cp1252"), "Kunderna är nöjda."),
        (b"Linje en\r\nLinje to\rLinje tre", "Linje en \nLinje to\nLinje tre"),
    ],
)
def test_corpus_decodes_encodings_and_newlines(tmp_path: Path, data: bytes, text: str) -> None:
    _write(tmp_path / "a.txt", data)
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert doc.text == text


def test_corpus_markdown_blanked_with_offsets_kept(tmp_path: Path) -> None:
    raw = "Se [kundebasen](/client-base) og **kundene**."
    _write(tmp_path / "a.txt", raw.encode())
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert len(doc.text) == len(raw)
    start = raw.index("kundebasen")
    assert doc.text[start : start + len("kundebasen")] == "kundebasen"
    assert "(" not in doc.text and "*" not in doc.text


def test_corpus_skips_binary_and_empty_files_and_goes_on(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", b"\x00\x01\x02" * 100)
    _write(tmp_path / "b.txt", b"   \n")
    _write(tmp_path / "c.txt", "Kunden kjøper varer.".encode())
    items = list(corpus.read(tmp_path, lang="nb"))
    assert [type(i) for i in items] == [Skipped, Skipped, Document]
    assert isinstance(items[0], Skipped) and "binary" in items[0].reason
    assert isinstance(items[1], Skipped) and items[1].reason == "no text"


def test_corpus_ids_are_relative_posix_paths_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub dir").mkdir()
    _write(tmp_path / "sub dir" / "æ ø.txt", "Kunden kjøper varer.".encode())
    _write(tmp_path / "a.md", "Kunden kjøper varer.".encode())
    _write(tmp_path / "ignored.pdf", b"%PDF")
    ids = [i.id for i in corpus.read(tmp_path, lang="nb") if isinstance(i, Document)]
    assert ids == ["a.md", "sub dir/æ ø.txt"]


def test_corpus_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        list(corpus.read(tmp_path / "nope"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kundene våre kjøper varer og tjenester hos oss, og de er svært fornøyde med servicen vi gir.", "nb"),
        ("Kunderna köper varor och tjänster hos oss, och de är mycket nöjda med servicen vi ger.", "sv"),
        ("Kunderne køber varer og tjenester hos os, og de er meget tilfredse med den service, vi giver.", "da"),
        ("Die Kunden kaufen Waren und Dienstleistungen bei uns und sind mit unserem Service sehr zufrieden.", "de"),
        ("Our customers buy goods and services from us, and they are very happy with the service we give.", "en"),
    ],
)
def test_corpus_detects_language(tmp_path: Path, text: str, lang: str) -> None:
    _write(tmp_path / "a.txt", text.encode())
    (doc,) = corpus.read(tmp_path)
    assert isinstance(doc, Document)
    assert doc.lang == lang
