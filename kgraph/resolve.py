"""Mentions → entities: merging across sentences, documents, languages and inflections, and the one
place IRIs are minted (stable: derived from kind and normalised key, never random)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kgraph.model import Assertion, Entity, Extraction, Mention, MentionKind
from kgraph.vocab import CONCEPT_IRI, CRM_IRI, DOC_IRI, ENTITY_IRI, STATEMENT_IRI

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
    """Within a document, a name that starts a longer name is that name (Harbourline → Harbourline Ferries Ltd)."""
    names: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for m in ex.mentions:
            if m.kind is MentionKind.NAMED:
                names[ex.doc_id].add(m.key)
    out: dict[tuple[str, str], str] = {}
    for doc_id, keys in names.items():
        for key in keys:
            longer = [k for k in keys if k != key and k.startswith(key + " ")]
            out[(doc_id, key)] = max(longer, key=lambda k: (len(k), k)) if longer else key
    return out


def entities(extractions: list[Extraction]) -> tuple[Resolution, list[Assertion]]:
    """Merge the mentions of all extractions into entities; return them and the assertions with
    named mentions rewritten to their canonical names."""
    canonical = _canonical_names(extractions)

    def canon(doc_id: str, m: Mention) -> Mention:
        if m.kind is MentionKind.NAMED:
            key = canonical.get((doc_id, m.key), m.key)
            if key != m.key:
                return Mention(m.span, m.text, m.kind, key, m.lang, m.base, m.state, key, m.anaphor)
        return m

    labels: dict[tuple[MentionKind, str], set[tuple[str, str]]] = defaultdict(set)
    prefs: dict[tuple[MentionKind, str], set[tuple[str, str]]] = defaultdict(set)
    bases: dict[tuple[MentionKind, str], str] = {}
    states: dict[tuple[MentionKind, str], str] = {}
    assertions: list[Assertion] = []

    def note(m: Mention) -> None:
        ident = (m.kind, m.key)
        labels.setdefault(ident, set())
        if not m.anaphor:
            labels[ident].add((m.lang, _surface(m)))
            if m.kind in (MentionKind.CONCEPT, MentionKind.QUALIFIED) and m.label:
                prefs[ident].add((m.lang, m.label))
        if m.base:
            bases.setdefault(ident, m.base)
        if m.state:
            states.setdefault(ident, m.state)

    for ex in extractions:
        for m in ex.mentions:
            note(canon(ex.doc_id, m))
        for a in ex.assertions:
            s, o = canon(ex.doc_id, a.subject), canon(ex.doc_id, a.object)
            note(s)
            note(o)
            assertions.append(Assertion(s, a.predicate, o, a.sentence, a.extractor, a.score, a.negated))
    iri_of = {ident: entity_iri(*ident) for ident in labels}
    out = []
    for ident in sorted(labels, key=lambda i: iri_of[i]):
        kind, key = ident
        base = bases.get(ident, "")
        out.append(
            Entity(
                iri=iri_of[ident],
                kind=kind,
                key=key,
                labels=tuple(sorted(labels[ident])),
                pref_labels=tuple(sorted(_one_per_language(prefs.get(ident, set())))),
                base=CRM_IRI + base if base else "",
                state=CRM_IRI + states[ident] if ident in states else "",
            )
        )
    return Resolution(tuple(out), iri_of), assertions


def _one_per_language(pairs: set[tuple[str, str]]) -> list[tuple[str, str]]:
    best: dict[str, str] = {}
    for lang, label in sorted(pairs):
        if lang not in best or (len(label), label) < (len(best[lang]), best[lang]):
            best[lang] = label
    return list(best.items())
