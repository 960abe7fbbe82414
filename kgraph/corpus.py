"""Corpus files → Documents: finding, decoding, front matter, light markup blanking, language.

Offsets: markup, control characters, zero-width and bidi control characters are *blanked* with
spaces rather than removed (``\\r\\n`` becomes `` \\n``, a lone ``\\r`` or U+2028 becomes ``\\n``),
so the text keeps its length and every offset into ``Document.text`` is also an offset, in Unicode
code points, into the decoded file. HTML is the exception: its document text is the page's main
text as :mod:`kgraph.webpage` extracts it, and offsets point into that extracted text.

A file that cannot become a document (binary, undecodable, empty, unreadable, a broken symbolic
link, too large) comes out of :func:`read` as a :class:`Skipped` with a one-line reason.
Symbolic links to files are followed (the document's id is the link's path in the corpus);
symbolic links to folders are not descended into, so a link cannot make the walk loop.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kgraph import langid
from kgraph.errors import CorpusError
from kgraph.model import Document, Span
from kgraph.vocab import LANGUAGES

SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 20_000_000

# Single-byte encodings tried for a file that is not UTF-8: those the five languages were written
# in. charset-normalizer ranks them; _plausibility breaks its ties (it cannot tell cp1252 from
# cp850 on a short Swedish text, say).
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "mac_roman", "cp850")
_EXPECTED = frozenset("ÆØÅæøåÄÖÜäöüßÉéÈèÊêËëÀàÁáÂâÇçÍíÓóÔôÚúÑñ€„“”‘’‚«»–—…°§½¼¾±×·•²³µ£¥©®™¿¡")
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .xlsx or .odt?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF file"),
)

_FRONT_MATTER_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_FRONT_MATTER_KV = re.compile(r"\A((?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\n){1,20})---[ \t]*\n")
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
_MD_FENCE = re.compile(
    r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S
)
_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\(([^)\s]{0,500})\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)")
_MD_LINE_MARK = re.compile(r"^[ \t]*(#{1,6}|>)(?=[ \t]|$)", re.M)
# C0/C1 controls, zero-width characters, bidi embeddings/overrides/isolates and marks, the BOM,
# interlinear annotations, non-characters and Unicode tag characters (invisible "ASCII smuggling").
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\U000e0000-\U000e007f]"
)
_LINE_SEPARATOR = re.compile("[\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the build passed over, with the reason."""

    path: str
    reason: str


def find(corpus: Path) -> list[Path]:
    """The corpus's document files, sorted by their path relative to ``corpus``.

    Hidden files and folders (a name starting with ".") are left out. A folder that cannot be
    listed is returned as a path of its own, so that :func:`read` reports it as skipped.

    Raises:
        CorpusError: ``corpus`` does not exist.
    """
    if not corpus.exists() and not corpus.is_symlink():
        raise CorpusError(
            f"Corpus folder '{corpus}' does not exist.",
            hint="Pass a folder of .txt, .md or .html files.",
        )
    if not corpus.is_dir():
        return [corpus]
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        if exc.filename:
            found.append(Path(exc.filename))

    for folder, dirs, files in os.walk(corpus, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        )
    return sorted(found, key=lambda p: p.relative_to(corpus).as_posix())


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8/16/32 by their byte-order mark, UTF-8, UTF-16 without a mark, else the
    legacy single-byte encoding charset-normalizer finds likeliest.

    Raises:
        ValueError: the bytes look binary or fit no text encoding; the message says which.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid {codec.upper()} (bad bytes at {exc.start:,})") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary: looks like {what}")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if data.count(b"\x00") > max(8, len(data) // 100):
        raise ValueError("binary: holds NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _legacy(data)
    if text is None:
        raise ValueError("binary or undecodable: not UTF-8, UTF-16 or a single-byte text encoding")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: Latin text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.3 * half and others <= 0.02 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        best = from_bytes(data).best()
        text = None if best is None else str(best)
    else:
        # charset-normalizer's order (least mess first), re-ranked by letters the languages use.
        text = max((str(m) for m in matches), key=_plausibility)
    if text is None or _control_ratio(text) > 0.05:
        return None
    return text


def _plausibility(text: str) -> float:
    odd = [ch for ch in text if ord(ch) > 0x7F]
    if not odd:
        return 1.0
    return sum(ch in _EXPECTED for ch in odd) / len(odd)


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    controls = sum(
        1 for ch in sample if (ord(ch) < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) <= 0x9F
    )
    return controls / max(1, len(sample))


def _blank_fence(m: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def clean(text: str, *, markdown: bool = True) -> str:
    """Normalise newlines and blank control characters (and, unless ``markdown`` is False, Markdown
    markup and fenced code blocks), keeping the offsets of the rest."""
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _LINE_SEPARATOR.sub("\n", text)
    text = _CONTROL.sub(" ", text)
    if not markdown:
        return text

    def link(m: re.Match[str]) -> str:
        return " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1)

    text = _MD_FENCE.sub(_blank_fence, text)
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


def _read_bytes(path: Path, doc_id: str) -> bytes:
    """The file's bytes, or a CorpusError saying why there are none."""
    try:
        if path.is_symlink() and not path.exists():
            raise CorpusError(f"{doc_id}: broken symbolic link (to {os.readlink(path)!r})")
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            os.listdir(path)  # raises the reason this folder could not be listed
            raise CorpusError(f"{doc_id}: a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"{doc_id}: not a regular file (a pipe, socket or device)")
        if info.st_size > MAX_BYTES:
            raise CorpusError(
                f"{doc_id}: {info.st_size:,} bytes is over the {MAX_BYTES:,}-byte limit"
            )
        return path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{doc_id}: cannot read ({exc.strerror or exc})") from exc


def document(path: Path, doc_id: str, *, lang: str | None = None) -> Document:
    """Read one file as a Document.

    Raises:
        CorpusError: the file cannot be read, is too large, binary, or has no text.
    """
    data = _read_bytes(path, doc_id)
    if not data:
        raise CorpusError(f"{doc_id}: no text")
    try:
        raw = decode(data)
    except ValueError as exc:
        raise CorpusError(f"{doc_id}: {exc}") from exc
    if path.suffix.lower() in HTML_SUFFIXES:
        from kgraph import webpage

        extracted, fields = webpage.main_text(raw)
        text, body_start = clean(extracted, markdown=False), 0
    else:
        text = clean(raw)
        fields, body_start = front_matter(text)
    if not text[body_start:].strip():
        raise CorpusError(f"{doc_id}: no text")
    declared = (fields.get("language") or fields.get("lang") or "").lower()[:2]
    declared = "nb" if declared in ("no", "nn") else declared
    code = lang or (
        declared
        if declared in LANGUAGES
        else langid.detect(text[body_start : body_start + 20_000])[0]
    )
    return Document(
        id=doc_id, text=text, lang=code, body=Span(body_start, len(text)), metadata=fields
    )


def document_id(path: Path, root: Path) -> str:
    """A file's id: its path relative to the corpus folder, POSIX style, always valid text (bytes of
    a file name that are not UTF-8 are written as ``\\xNN``)."""
    rel = path.relative_to(root).as_posix()
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read(corpus: Path, *, lang: str | None = None) -> Iterator[Document | Skipped]:
    """Every document of ``corpus`` in path order; unreadable files come as :class:`Skipped`.

    Raises:
        CorpusError: the corpus folder itself is missing.
    """
    root = corpus if corpus.is_dir() else corpus.parent
    for path in find(corpus):
        doc_id = document_id(path, root)
        try:
            yield document(path, doc_id, lang=lang)
        except CorpusError as exc:
            yield Skipped(doc_id, exc.message.removeprefix(f"{doc_id}: "))
