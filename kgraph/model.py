"""The typed, frozen data that flows through the pipeline: Document → Sentence → Mention/Assertion → Entity.

Nothing here knows about RDF, files or the command line. Spans are character offsets into
``Document.text`` (spaCy's model): ``doc.text[span.start:span.end]`` is always the covered text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The setter of slot ``name`` of ``cls``: it stores even on a frozen class (as
    ``object.__setattr__`` does), without looking the name up first."""
    setter: Callable[[object, object], None] = cls.__dict__[name].__set__
    return setter


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    # Written out (dataclass keeps a class's own __init__): the generated one of a frozen class sets
    # each field through object.__setattr__ and then calls __post_init__; the extractor makes about
    # three spans per word, and the slots' own setters (bound below the class) take half the time.
    # Token and Mention do the same.
    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"invalid span ({start}, {end})")
        _set_span_start(self, start)
        _set_span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_set_span_start, _set_span_end = (_slot_setter(Span, name) for name in ("start", "end"))


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus file as text.

    Attributes:
        id: the path relative to the corpus folder, POSIX style; unique within a corpus.
        text: the decoded text (newlines normalised to ``\\n``).
        lang: the document's main language code (nb, sv, da, de, en).
        body: where the prose starts and ends (front matter excluded).
        metadata: front-matter fields such as ``title`` or ``language``.
    """

    id: str
    text: str
    lang: str
    body: Span
    metadata: Mapping[str, str] = field(default_factory=dict)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: its position, span and language (a paragraph may differ from the document)."""

    doc_id: str
    index: int
    span: Span
    lang: str


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its offsets, lower-cased form and lemma."""

    span: Span
    text: str
    lower: str
    lemma: str
    # A word, not punctuation, a URL or an e-mail address. Set from ``text`` once: the extractor
    # asks it about three times per token.
    is_word: bool = field(init=False, repr=False, compare=False)

    def __init__(self, span: Span, text: str, lower: str, lemma: str) -> None:
        _set_token_span(self, span)
        _set_token_text(self, text)
        _set_token_lower(self, lower)
        _set_token_lemma(self, lemma)
        _set_token_is_word(self, text[:1].isalnum() and "://" not in text and "@" not in text)


_set_token_span, _set_token_text, _set_token_lower, _set_token_lemma, _set_token_is_word = (
    _slot_setter(Token, name) for name in ("span", "text", "lower", "lemma", "is_word")
)


class MentionKind(StrEnum):
    """What a mention names: a core ontology class, a state-qualified class, another concept, or a named thing."""

    CLASS = "class"
    QUALIFIED = "qualified"
    CONCEPT = "concept"
    NAMED = "named"


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that names a concept or a named thing.

    Attributes:
        span: offsets into the document text.
        text: the surface form, ``doc.text[span.start:span.end]``.
        kind: see :class:`MentionKind`.
        key: identity within its kind: a class local name (``Customer``), a qualified local name
            (``SatisfiedCustomer``), a lemma phrase (``frisør``) or a name (``Diplom-Is``).
        lang: the language of the sentence it was found in.
        base: for qualified concepts the base class; for other concepts the class of their head
            (a compound's head or a hypernym), if known.
        state: for qualified concepts, the state local name (``Satisfied``).
        label: the canonical label (lemma phrase) in ``lang``.
        anaphor: the text is a pronoun standing for ``key`` (its surface is not a label).
    """

    span: Span
    text: str
    kind: MentionKind
    key: str
    lang: str
    base: str = ""
    state: str = ""
    label: str = ""
    anaphor: bool = False

    def __init__(self, span: Span, text: str, kind: MentionKind, key: str, lang: str,
                 base: str = "", state: str = "", label: str = "", anaphor: bool = False) -> None:
        _set_mention_span(self, span)
        _set_mention_text(self, text)
        _set_mention_kind(self, kind)
        _set_mention_key(self, key)
        _set_mention_lang(self, lang)
        _set_mention_base(self, base)
        _set_mention_state(self, state)
        _set_mention_label(self, label)
        _set_mention_anaphor(self, anaphor)


(_set_mention_span, _set_mention_text, _set_mention_kind, _set_mention_key, _set_mention_lang,
 _set_mention_base, _set_mention_state, _set_mention_label, _set_mention_anaphor) = (
    _slot_setter(Mention, name)
    for name in ("span", "text", "kind", "key", "lang", "base", "state", "label", "anaphor")
)


@dataclass(frozen=True, slots=True)
class Assertion:
    """A relation the text states between two mentions, traced to its sentence.

    ``predicate`` is a relation local name from the ontology (``buys``) or ``broader``/``type``.
    ``score`` is the confidence in [0, 1]; ``negated`` statements are kept as evidence but never
    asserted as direct triples.
    """

    subject: Mention
    predicate: str
    object: Mention
    sentence: Sentence
    extractor: str
    score: float
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one extractor found in one document."""

    doc_id: str
    mentions: tuple[Mention, ...]
    assertions: tuple[Assertion, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A graph node: one concept or named thing, merged across mentions, languages and inflections.

    Attributes:
        iri: the node's IRI (minted in :mod:`kgraph.resolve`, stable across runs).
        kind: the kind of its mentions.
        key: as :attr:`Mention.key`.
        labels: every (language, surface form) it was seen under, sorted.
        base: the IRI of its broader class, if any.
        state: the IRI of its state, for qualified concepts.
    """

    iri: str
    kind: MentionKind
    key: str
    labels: tuple[tuple[str, str], ...]
    pref_labels: tuple[tuple[str, str], ...] = ()
    base: str = ""
    state: str = ""


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the build keeps of one extracted document: enough to make its part of the graph
    without its text, so a build never holds the corpus's text (and the extraction cache can
    store it).

    Attributes:
        doc_id: the document's id.
        lang: the document's language.
        title: its front-matter title, or "".
        sentences: how many sentences it has.
        extraction: what the extractor found.
        anchors: (start, text) of every sentence an assertion cites, by start offset.
    """

    doc_id: str
    lang: str
    title: str
    sentences: int
    extraction: Extraction
    anchors: tuple[tuple[int, str], ...]
