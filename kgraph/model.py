"""The typed, frozen data that flows through the pipeline: Document → Sentence → Mention/Assertion → Entity.

Nothing here knows about RDF, files or the command line. Spans are character offsets into
``Document.text`` (spaCy's model): ``doc.text[span.start:span.end]`` is always the covered text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kgraph.frozen import fast_init


@fast_init
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


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


@fast_init
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

    def __post_init__(self) -> None:
        text = self.text
        _set_is_word(self, text[:1].isalnum() and "://" not in text and "@" not in text)


# the slot's own setter: it stores on the frozen class without object.__setattr__'s lookup
_set_is_word = Token.__dict__["is_word"].__set__


class MentionKind(StrEnum):
    """What a mention names: a core ontology class, a state-qualified class, another concept, or a named thing."""

    CLASS = "class"
    QUALIFIED = "qualified"
    CONCEPT = "concept"
    NAMED = "named"


# The kinds as plain names too. On Python 3.11 each read of ``MentionKind.NAMED`` goes through the
# slow attribute hook that EnumType's __getattr__ installs (some 90 ns, against 10 for a module
# name), and the extractor compares kinds about a million times per 200,000 words: it uses these.
CLASS = MentionKind.CLASS
QUALIFIED = MentionKind.QUALIFIED
CONCEPT = MentionKind.CONCEPT
NAMED = MentionKind.NAMED


@fast_init
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


@fast_init
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
