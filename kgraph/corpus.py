"""Corpus files → Documents: finding, decoding, front matter, light markup blanking, language.

Markup is blanked with spaces rather than removed, so every offset into ``Document.text`` is also an
offset into the decoded file (after newline normalisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kgraph import langid
from kgraph.errors import CorpusError
from kgraph.model import Document, Span
from kgraph.vocab import LANGUAGES

SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_BYTES = 20_000_000

_FRONT_MATTER_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_FRONT_MATTER_KV = re.compile(r"\A((?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\n){1,20})---[ \t]*\n")
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s]{0,500})\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)")
_MD_LINE_MARK = re.compile(r"^[ \t]*(#{1,6}|>)(?=[ \t]|$)", re.M)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the build passed over, with the reason."""

    path: str
    reason: str


def find(corpus: Path) -> list[Path]:
    """The corpus's document files, sorted by their path relative to ``corpus``.

    Raises:
        CorpusError: ``corpus`` does not exist or is not a folder.
    """
    if not corpus.exists():
        raise CorpusError(f"Corpus folder '{corpus}' does not exist.", hint="Pass a folder of .txt or .md files.")
    if corpus.is_file():
        return [corpus]
    return sorted(
        (p for p in corpus.rglob("*") if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")),
        key=lambda p: p.relative_to(corpus).as_posix(),
    )


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Raises:
        ValueError: the bytes look binary.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.count(b"\x00") > max(8, len(data) // 100):
        raise ValueError("looks like a binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def clean(text: str) -> str:
    """Normalise newlines and blank markdown markup and control characters, keeping offsets of the rest."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)

    def link(m: re.Match[str]) -> str:
        return " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1)

    text = _MD_LINK.sub(link, text)
    text = _MD_EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"(?<=\S)(\*\*|__)", lambda m: " " * len(m.group(0)), text)
    return _MD_LINE_MARK.sub(lambda m: " " * len(m.group(0)), text)


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front-matter fields and the offset where the body starts (0 when there is none)."""
    m = _FRONT_MATTER_YAML.match(text) or _FRONT_MATTER_KV.match(text)
    if not m:
        return {}, 0
    fields = {k.lower(): v.strip().strip("\"'") for k, v in _KEY_VALUE.findall(m.group(1))}
    return fields, m.end()


def document(path: Path, doc_id: str, *, lang: str | None = None) -> Document:
    """Read one file as a Document.

    Raises:
        CorpusError: the file cannot be read, is too large, binary, or has no text.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CorpusError(f"{doc_id}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit")
        raw = decode(path.read_bytes())
    except OSError as exc:
        raise CorpusError(f"{doc_id}: cannot read ({exc.strerror or exc})") from exc
    except ValueError as exc:
        raise CorpusError(f"{doc_id}: {exc}") from exc
    text = clean(raw)
    fields, body_start = front_matter(text)
    if not text[body_start:].strip():
        raise CorpusError(f"{doc_id}: no text")
    declared = (fields.get("language") or fields.get("lang") or "").lower()[:2]
    declared = "nb" if declared in ("no", "nn") else declared
    code = lang or (declared if declared in LANGUAGES else langid.detect(text[body_start : body_start + 20_000])[0])
    return Document(id=doc_id, text=text, lang=code, body=Span(body_start, len(text)), metadata=fields)


def read(corpus: Path, *, lang: str | None = None) -> Iterator[Document | Skipped]:
    """Every document of ``corpus`` in path order; unreadable files come as :class:`Skipped`.

    Raises:
        CorpusError: the corpus folder itself is missing.
    """
    root = corpus if corpus.is_dir() else corpus.parent
    for path in find(corpus):
        doc_id = path.relative_to(root).as_posix()
        try:
            yield document(path, doc_id, lang=lang)
        except CorpusError as exc:
            yield Skipped(doc_id, exc.message.removeprefix(f"{doc_id}: "))
