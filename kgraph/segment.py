"""Document → sentences: the only sentence splitter, with per-language abbreviation rules.

Boundaries: a blank line; a line break before a line that starts a new unit (a capital, a digit,
a bullet) unless the line before ends mid-word; and ``. ! ?`` (with closing quotes) before a
capital, digit or opening quote, unless the period ends an abbreviation, an initial, or (German) an
ordinal. Paragraphs long enough to tell get their own language when it differs from the document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgraph import langid
from kgraph.grammar import grammar
from kgraph.model import Document, Sentence, Span

MAX_SENTENCE_CHARS = 2_000  # longer runs without punctuation are cut at a space
MIN_PARAGRAPH_WORDS_FOR_LANGID = 12

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪►✓]|\d{1,2}[.)]|[a-z][)])(?=[ \t])|[ \t]*\d️⃣")
_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)|(?<=[a-zæøåäöüß]{3})\.(?=[A-ZÆØÅÄÖÜ][a-zæøåäöüß])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INDENT = re.compile(r"[ \t]*")
_SPACE = re.compile(r"\s*")


def sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of ``doc``'s body, in order, each with a language."""
    out: list[Sentence] = []
    for para in _paragraphs(doc):
        words = len(doc.text[para.start : para.end].split())
        lang = doc.lang
        if words >= MIN_PARAGRAPH_WORDS_FOR_LANGID:
            guess, probability = langid.detect(doc.text[para.start : para.end])
            if guess != doc.lang and probability > 0.99:
                lang = guess
        for span in _split(doc.text, para, lang):
            out.append(Sentence(doc.id, len(out), span, lang))
    return tuple(out)


def _paragraphs(doc: Document) -> Iterator[Span]:
    start = doc.body.start
    for m in _PARAGRAPH.finditer(doc.text, doc.body.start, doc.body.end):
        yield Span(start, m.start())
        start = m.end()
    yield Span(start, doc.body.end)


def _lines(text: str, para: Span) -> Iterator[Span]:
    """Units of a paragraph separated by line breaks that start a new unit."""
    start = para.start
    pos = text.find("\n", para.start, para.end)
    while pos != -1:
        # Look only at the characters around the break: slicing the rest of the paragraph here
        # made a file of many short lines quadratic (8 MB took a minute).
        end = pos
        while end > start and text[end - 1].isspace():
            end -= 1
        last = text[end - 1 : end]
        nxt = _INDENT.match(text, pos + 1, para.end).end()  # type: ignore[union-attr]
        first = text[nxt : min(nxt + 1, para.end)]
        joins = (last in ("-", ",") and not _BULLET.match(text, pos + 1)) or (
            first.islower() and last.isalpha() and end - start > 60
        )
        if not joins:
            yield Span(start, pos)
            start = pos + 1
        pos = text.find("\n", pos + 1, para.end)
    yield Span(start, para.end)


def _split(text: str, para: Span, lang: str) -> Iterator[Span]:
    abbreviations = grammar(lang).abbreviations
    for line in _lines(text, para):
        start = line.start
        for m in _END.finditer(text, line.start, line.end):
            if not _is_boundary(text, m, line.end, lang, abbreviations):
                continue
            yield from _trim(text, start, m.end())
            start = m.end()
        yield from _trim(text, start, line.end)


def _is_boundary(text: str, m: re.Match[str], end: int, lang: str, abbreviations: frozenset[str]) -> bool:
    at = _SPACE.match(text, m.end(), end).end()  # type: ignore[union-attr]
    if at == end:
        return True
    if at == m.end():
        return True  # 'verdi.Et sykehus': a caption run into the text
    first = text[at]
    if not (first.isupper() or first.isdigit() or first in "\"'«„“‘([–-•"):
        return False
    if m.group(0)[0] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if not word:
        return True
    before = word.group(1).lower()
    if before in abbreviations or before.rsplit(".", 1)[-1] in abbreviations and "." in before:
        return before in ("osv", "mv", "m.m", "etc", "usw", "o.ä", "m.fl") and first.isupper() and lang != "de"
    if len(before) == 1 and before.isalpha():
        return False  # an initial: S. Berg, H.C. Ørsted
    if re.fullmatch(r"\d+(?:\.\d+)*", before) and (lang == "de" or first.isdigit() or "." in before):
        return False  # German ordinals (am 31. Dezember), dates (am 25.02. Lizenzen, 04.03.2025)
    return True


def _trim(text: str, start: int, end: int) -> Iterator[Span]:
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalpha() for ch in text[start:end]):
        return
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        yield Span(start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Span(start, end)
