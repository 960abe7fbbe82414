"""Reading corpus files: decoding, front matter, markup blanking, languages, skipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import corpus
from kgraph.corpus import Skipped
from kgraph.errors import CorpusError
from kgraph.model import Document, Span


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
    _write(
        tmp_path / "a.md",
        "---\ntitle: Kunde\n---\n# Kunde\nKunden kjøper varer hver dag.\n".encode(),
    )
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
        (
            "Kundene våre kjøper varer og tjenester hos oss, og de er svært fornøyde med servicen vi gir.",
            "nb",
        ),
        (
            "Kunderna köper varor och tjänster hos oss, och de är mycket nöjda med servicen vi ger.",
            "sv",
        ),
        (
            "Kunderne køber varer og tjenester hos os, og de er meget tilfredse med den service, vi giver.",
            "da",
        ),
        (
            "Die Kunden kaufen Waren und Dienstleistungen bei uns und sind mit unserem Service sehr zufrieden.",
            "de",
        ),
        (
            "Our customers buy goods and services from us, and they are very happy with the service we give.",
            "en",
        ),
    ],
)
def test_corpus_detects_language(tmp_path: Path, text: str, lang: str) -> None:
    _write(tmp_path / "a.txt", text.encode())
    (doc,) = corpus.read(tmp_path)
    assert isinstance(doc, Document)
    assert doc.lang == lang


# --- issue 6: hostile inputs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Kundene er fornøyde med tjenesten.", "utf-16-le"),
        ("Kundene er fornøyde med tjenesten.", "utf-16-be"),
        ("Kunderna är nöjda med tjänsten och köper mer.", "iso8859-15"),
        ("Der Preis ist 5 € für Kunden. Grüße", "iso8859-15"),
        ("Kundene er fornøyde, og de kjøper mer.", "mac_roman"),
        ("Kunderne er tilfredse med servicen. Æble, søster, på", "cp850"),
        ("„Die Kunden“ sind – wie immer – zufrieden… 5 €", "cp1252"),
    ],
)
def test_corpus_decodes_legacy_and_unmarked_encodings(
    tmp_path: Path, text: str, encoding: str
) -> None:
    _write(tmp_path / "a.txt", text.encode(encoding))
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert doc.text == text


@pytest.mark.parametrize("codec", ["utf-32", "utf-16", "utf-8-sig"])
def test_corpus_decodes_by_byte_order_mark(tmp_path: Path, codec: str) -> None:
    _write(tmp_path / "a.txt", "Kunden kjøper varer. 顧客".encode(codec))
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert doc.text == "Kunden kjøper varer. 顧客"


def test_corpus_invisible_and_bidi_characters_are_blanked_keeping_offsets(tmp_path: Path) -> None:
    raw = (
        "Kun\x00den\u200b kjøper \u202evarer\u202c\u2066 og\u2069 \U000e0041tjenester."
        "\u2028Ny linje\x85slutt."
    )
    _write(tmp_path / "a.txt", raw.encode())
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert len(doc.text) == len(raw)
    for bad in "\x00\u200b\u202e\u202c\u2066\u2069\U000e0041\u2028\x85":
        assert bad not in doc.text
    start = raw.index("varer")
    assert doc.text[start : start + 5] == "varer"
    assert doc.text.count("\n") == 2


def test_corpus_fenced_code_is_blanked_keeping_offsets(tmp_path: Path) -> None:
    raw = (
        "Kunden kjøper varer.\n\n```python\nKunden = 'kjøper'\n```\n\nEtterpå.\n\n"
        "~~~\nåpen blokk uten slutt\n"
    )
    _write(tmp_path / "a.md", raw.encode())
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert len(doc.text) == len(raw)
    assert "python" not in doc.text and "'kjøper'" not in doc.text and "åpen" not in doc.text
    assert doc.text.count("\n") == raw.count("\n")
    assert doc.text[raw.index("Etterpå") :].startswith("Etterpå.")


_PAGE = """<!DOCTYPE html><html lang="nb"><head><title>Kunder &amp; tjenester</title>
<script>document.write("skript-tekst")</script><style>p { color: red }</style></head>
<body>
<nav><ul><li><a href="/">Hjem</a></li><li><a href="/om">Om oss</a></li></ul></nav>
<div id="cookie-banner">Vi bruker informasjonskapsler. <button>Godta alle</button></div>
<main><article><h1>Kundetilfredshet</h1>
<p>Kundene våre kjøper produkter og tjenester. God kundeservice øker kundetilfredsheten.</p>
<p>Fornøyde kunder anbefaler oss &lt;alltid&gt; til andre &amp; kommer tilbake.</p>
<pre><code>kunde = Kunde()</code></pre>
</article></main>
<footer>© 2024 Firma AS · Personvern · Vilkår</footer>
</body></html>"""


def test_corpus_html_keeps_the_main_text_and_drops_boilerplate(tmp_path: Path) -> None:
    _write(tmp_path / "side.html", _PAGE.encode())
    (doc,) = corpus.read(tmp_path)
    assert isinstance(doc, Document)
    assert "Kundene våre kjøper produkter og tjenester." in doc.text
    assert "anbefaler oss <alltid> til andre & kommer" in doc.text
    for boilerplate in (
        "Hjem",
        "Om oss",
        "informasjonskapsler",
        "Godta",
        "Personvern",
        "skript-tekst",
        "color",
        "kunde = ",
    ):
        assert boilerplate not in doc.text
    assert doc.lang == "nb"
    assert doc.metadata["title"] == "Kunder & tjenester"
    assert doc.body == Span(0, len(doc.text))


def test_corpus_html_fragment_and_legacy_encoding(tmp_path: Path) -> None:
    _write(tmp_path / "a.htm", "<p>Kunderna är nöjda med tjänsten.</p>".encode("cp1252"))
    (doc,) = corpus.read(tmp_path, lang="sv")
    assert isinstance(doc, Document)
    assert doc.text.strip() == "Kunderna är nöjda med tjänsten."


def test_corpus_html_without_text_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "a.html", b"<html><body><script>alert(1)</script><nav></nav></body></html>")
    (item,) = corpus.read(tmp_path)
    assert item == Skipped("a.html", "no text")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n" + bytes((i * 37 + 11) % 256 for i in range(3000)), "PDF"),
        (b"PK\x03\x04" + bytes(200), "ZIP"),
        (bytes((i * 7919) % 251 for i in range(5000)), "binary"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),  # a BOM, then a lone surrogate
    ],
)
def test_corpus_binary_and_undecodable_files_are_skipped_with_a_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    _write(tmp_path / "a.txt", data)
    (item,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(item, Skipped)
    assert reason in item.reason and "\n" not in item.reason


def test_corpus_broken_symlink_fifo_and_folder_named_like_a_file(tmp_path: Path) -> None:
    import os

    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / ".hidden").mkdir()
    _write(tmp_path / ".hidden" / "secret.txt", b"Kunden kjoper varer.")
    _write(tmp_path / "ok.txt", "Kunden kjøper varer.".encode())
    items = {
        i.path if isinstance(i, Skipped) else i.id: i for i in corpus.read(tmp_path, lang="nb")
    }
    assert set(items) == {"broken.txt", "pipe.txt", "ok.txt"}
    assert (
        isinstance(items["broken.txt"], Skipped)
        and "broken symbolic link" in items["broken.txt"].reason
    )
    assert (
        isinstance(items["pipe.txt"], Skipped) and "not a regular file" in items["pipe.txt"].reason
    )
    assert isinstance(items["ok.txt"], Document)


def test_corpus_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "locked.txt", b"Kunden kjoper varer.")
    _write(tmp_path / "ok.txt", b"Kunden kjoper varer.")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":  # chmod 000 does not stop root, who runs CI
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(corpus.read(tmp_path, lang="nb"))
    assert items[0] == Skipped("locked.txt", "cannot read (Permission denied)")
    assert isinstance(items[1], Document)


def test_corpus_symlink_to_a_file_outside_is_read_under_the_links_name(tmp_path: Path) -> None:
    outside = _write(tmp_path / "outside.txt", "Kunden kjøper varer.".encode())
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "link.txt").symlink_to(outside)
    (tmp_path / "corpus" / "dirlink").symlink_to(tmp_path)  # a folder link: not followed, no loop
    (doc,) = corpus.read(tmp_path / "corpus", lang="nb")
    assert isinstance(doc, Document) and doc.id == "link.txt"


def test_corpus_file_names_that_are_not_utf8_get_a_printable_id(tmp_path: Path) -> None:
    import os

    _write(tmp_path / os.fsdecode(b"kunde\xff.txt"), "Kunden kjøper varer.".encode())
    (doc,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(doc, Document)
    assert doc.id == "kunde\\xff.txt"
    doc.id.encode("utf-8")  # no lone surrogates
