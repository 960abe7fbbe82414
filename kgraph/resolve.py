"""Mentions → entities: merging across sentences, documents, languages and inflections, and the one
place IRIs are minted (stable: derived from kind and normalised key, never random)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kgraph.model import Assertion, Entity, Extraction, Mention, MentionKind
from kgraph.vocab import CONCEPT_IRI, CRM_IRI, DOC_IRI, ENTITY_IRI, LANGUAGES, STATEMENT_IRI

_IRI_SAFE = frozenset("-_.~")


def iri_segment(text: str) -> str:
    """A string as one IRI path segment: letters and digits of any script kept, spaces as ``_``,
    everything else percent-encoded, so the result is a valid IRI segment for any input."""
    out = []
    for ch in unicodedata.normalize("NFC", text.strip()):
        if ch == " ":
            out.append("_")
        elif (ch.isalnum() and (ch.isascii() or ord(ch) >= 0xA0)) or ch in _IRI_SAFE:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out) or "_"


def normalise_key(key: str) -> str:
    return " ".join(unicodedata.normalize("NFC", key).split())


def entity_iri(kind: MentionKind, key: str) -> str:
    """The IRI of the node for a mention's kind and key."""
    if kind in (MentionKind.CLASS, MentionKind.QUALIFIED):
        return CRM_IRI + key
    if kind is MentionKind.CONCEPT:
        return CONCEPT_IRI + iri_segment(normalise_key(key).lower())
    return ENTITY_IRI + iri_segment(normalise_key(key))


def document_iri(doc_id: str) -> str:
    return DOC_IRI + "/".join(iri_segment(part) for part in doc_id.split("/"))


def sentence_iri(doc_id: str, start: int, end: int) -> str:
    """NIF-style: the document IRI with a ``#char=start,end`` fragment."""
    return f"{document_iri(doc_id)}#char={start},{end}"


def statement_iri(digest: str) -> str:
    return STATEMENT_IRI + digest


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entities of a corpus and the IRI every (kind, key) of a mention resolves to."""

    entities: tuple[Entity, ...]
    iri_of: Mapping[tuple[MentionKind, str], str]

    def iri(self, mention: Mention) -> str:
        return self.iri_of[(mention.kind, mention.key)]


def _surface(mention: Mention) -> str:
    text = " ".join(mention.text.split())
    if mention.kind is MentionKind.NAMED or mention.lang == "de":
        return text
    return text.lower()


def _canonical_names(extractions: Iterable[Extraction]) -> dict[tuple[str, str], str]:
    """Within a document, a name that starts a longer name is that name (Harbourline → Harbourline
    Ferries Ltd), and a genitive is the name it is the genitive of ('Lövåsens gårdsbutik' when the
    text also writes 'Lövåsen')."""
    names: dict[str, dict[str, str]] = defaultdict(dict)  # document → name → its language
    for ex in extractions:
        for m in ex.mentions:
            if m.kind is MentionKind.NAMED:
                names[ex.doc_id].setdefault(m.key, m.lang)
    out: dict[tuple[str, str], str] = {}
    for doc_id, keys in names.items():
        def longest(key: str) -> str:
            longer = [k for k in keys if k != key and k.startswith(key + " ")]
            return max(longer, key=lambda k: (len(k), k)) if longer else key

        for key, lang in keys.items():
            stem = _genitive_stem(key, lang)
            known = stem != key and (stem in keys or any(k.startswith(stem + " ") for k in keys))
            out[(doc_id, key)] = longest(stem if known else key)
    return out


GENITIVE_ENDINGS = {"en": ("'s", "’s")}  # elsewhere a bare -s too: Lövåsens, Hofmanns


def _genitive_stem(name: str, lang: str) -> str:
    """The name a one-word genitive is of (Lövåsens → Lövåsen, Telenor's → Telenor); else the name."""
    for ending in GENITIVE_ENDINGS.get(lang, ("'s", "’s", "s")):
        if name.endswith(ending) and len(name) > len(ending) + 2 and " " not in name:
            return name[: -len(ending)]
    return name


def mention_iri(mention: Mention) -> str:
    """The IRI a mention resolves to: a pure function of its kind and key."""
    return entity_iri(mention.kind, mention.key)


Note = tuple[MentionKind, str, str, str, str, str, str, bool]
"""What a mention tells about its entity: kind, key, language, surface form, label, base, state,
and whether it is an anaphor (whose surface is no label)."""


def document_notes(extraction: Extraction) -> tuple[tuple[Note, ...], list[Assertion]]:
    """One document's notes about entities, in order of occurrence and each once, and its
    assertions with named mentions rewritten to their canonical names. A pure function of the
    document, so it runs wherever the document was extracted."""
    canonical = _canonical_names([extraction])
    doc_id = extraction.doc_id

    def canon(m: Mention) -> Mention:
        if m.kind is MentionKind.NAMED:
            key = canonical.get((doc_id, m.key), m.key)
            if key != m.key:
                return Mention(m.span, m.text, m.kind, key, m.lang, m.base, m.state, key, m.anaphor)
        return m

    def note(m: Mention) -> Note:
        return (m.kind, m.key, m.lang, _surface(m), m.label, m.base, m.state, m.anaphor)

    notes = [note(canon(m)) for m in extraction.mentions]
    assertions = []
    for a in extraction.assertions:
        s, o = canon(a.subject), canon(a.object)
        notes.append(note(s))
        notes.append(note(o))
        assertions.append(Assertion(s, a.predicate, o, a.sentence, a.extractor, a.score, a.negated))
    return tuple(dict.fromkeys(notes)), assertions


class Resolver:
    """Merges mentions into entities one document at a time, so a build can stream documents.

    :meth:`add` (or :meth:`add_notes` with a document's :func:`document_notes`) takes the
    documents in order; :meth:`resolution` gives the entities of every document added so far.
    Adding documents in the same order always gives the same entities.
    """

    def __init__(self) -> None:
        self._labels: dict[tuple[MentionKind, str], set[tuple[str, str]]] = defaultdict(set)
        self._prefs: dict[tuple[MentionKind, str], set[tuple[str, str]]] = defaultdict(set)
        self._bases: dict[tuple[MentionKind, str], str] = {}
        self._states: dict[tuple[MentionKind, str], str] = {}

    def add_notes(self, notes: Iterable[Note]) -> None:
        """Add one document's notes (from :func:`document_notes`)."""
        for kind, key, lang, surface, label, base, state, anaphor in notes:
            ident = (kind, key)
            labels = self._labels[ident]
            if not anaphor:
                labels.add((lang, surface))
                if kind in (MentionKind.CONCEPT, MentionKind.QUALIFIED) and label:
                    self._prefs[ident].add((lang, label))
            if base:
                self._bases.setdefault(ident, base)
            if state:
                self._states.setdefault(ident, state)

    def add(self, extraction: Extraction) -> list[Assertion]:
        """Note the mentions of one document's extraction; return its canonical assertions."""
        notes, assertions = document_notes(extraction)
        self.add_notes(notes)
        return assertions

    def resolution(self) -> Resolution:
        """The entities of every document added so far, sorted by IRI."""
        iri_of = {ident: entity_iri(*ident) for ident in self._labels}
        out = []
        for ident in sorted(self._labels, key=lambda i: iri_of[i]):
            kind, key = ident
            base = self._bases.get(ident, "")
            out.append(
                Entity(
                    iri=iri_of[ident],
                    kind=kind,
                    key=key,
                    labels=tuple(sorted(self._labels[ident])),
                    pref_labels=tuple(sorted(_with_translations(kind, key, base, self._states.get(ident, ""),
                                                                _one_per_language(self._prefs.get(ident, set()))))),
                    base=CRM_IRI + base if base else "",
                    state=CRM_IRI + self._states[ident] if ident in self._states else "",
                )
            )
        return Resolution(tuple(out), iri_of)


def entities(extractions: list[Extraction]) -> tuple[Resolution, list[Assertion]]:
    """Merge the mentions of all extractions into entities; return them and the assertions with
    named mentions rewritten to their canonical names."""
    resolver = Resolver()
    assertions = [a for ex in extractions for a in resolver.add(ex)]
    return resolver.resolution(), assertions


def _with_translations(kind: MentionKind, key: str, base: str, state: str,
                       found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A qualified concept gets a preferred label in every language, made from the ontology's words
    for its state and base ('satisfied customer', 'zufrieden Kunde'), where the texts gave none."""
    if kind is not MentionKind.QUALIFIED or not base or not state:
        return found
    from kgraph.lexicon import lexicon  # the ontology's labels; imported here to keep resolve light

    have = {lang for lang, _ in found}
    out = list(found)
    for lang in LANGUAGES:
        labels = lexicon(lang).labels
        if lang not in have and state in labels and base in labels:
            out.append((lang, f"{labels[state]} {labels[base]}"))
    return out


def _one_per_language(pairs: set[tuple[str, str]]) -> list[tuple[str, str]]:
    best: dict[str, str] = {}
    for lang, label in sorted(pairs):
        if lang not in best or (len(label), label) < (len(best[lang]), best[lang]):
            best[lang] = label
    return list(best.items())
