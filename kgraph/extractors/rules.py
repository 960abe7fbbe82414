"""The rule-based extractor: ontology lexicon + per-language grammar + clause patterns.

Per document: tokens and lemmas for every sentence; names the document writes capitalised;
mentions; then the patterns (verbal cues, copulas, hyponym lists, names, correlatives,
'without') per sentence, with pronouns resolved to the previous subject or, for 'we', to the
organisation the document speaks for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kgraph.extractors import definitions
from kgraph.extractors.mentions import SentenceView, document_names
from kgraph.extractors.mentions import find as find_mentions
from kgraph.extractors.relations import Found, relations
from kgraph.grammar import grammar
from kgraph.lexicon import lexicon
from kgraph.model import Assertion, Document, Extraction, Mention, MentionKind, Sentence
from kgraph.tokens import tokenize

ORGANISATION_CLASSES = frozenset(
    "Company Organization Bank Shop Hospital Supplier PublicOrganization Retailer Producer Competitor".split()
)
# Cue lemmas that often mean something else (LINGUISTICS.md §1.3): their statements score lower.
AMBIGUOUS = frozenset(
    "levere leverera levere liefern deliver drive driva drive møte möta møde meet forvente förvänta "
    "erwarten expect handle handla beziehen offer føre föra führen serve serva value schätzen "
    "uppskatta".split()
)


class RuleExtractor:
    """Parser-free, deterministic extraction for nb, sv, da, de and en."""

    name = "rules"
    version = "1"
    languages = frozenset({"nb", "sv", "da", "de", "en"})

    def extract(self, doc: Document, sentences: tuple[Sentence, ...]) -> Extraction:
        tokenised = [tokenize(doc.text, s.span, s.lang) for s in sentences]
        names = document_names(tokenised, grammar(doc.lang))
        views = [
            find_mentions(doc, s, toks, lexicon(s.lang), grammar(s.lang), names)
            for s, toks in zip(sentences, tokenised, strict=True)
        ]
        naming = [self._naming(v) for v in views]
        speaker = _speaker(views, naming)
        company_context = _talks_about_companies(views)
        typed = {f.subject.key for found in naming for f in found}
        assertions: list[Assertion] = []
        previous_subject: Mention | None = None
        for view, named in zip(views, naming, strict=True):
            found, previous_subject = self._sentence(view, named, speaker, previous_subject, typed, company_context)
            assertions.extend(
                Assertion(f.subject, f.relation, f.object, view.sentence, self.name, f.score, f.negated)
                for f in found
            )
        mentions = tuple(m for v in views for c in v.chunks for m in c.mentions)
        return Extraction(doc.id, mentions, tuple(assertions))

    def _naming(self, view: SentenceView) -> list[Found]:
        gram, lex = grammar(view.sentence.lang), lexicon(view.sentence.lang)
        return definitions.names(view, gram, lex)

    def _sentence(self, view: SentenceView, named: list[Found], speaker: Mention | None,
                  previous: Mention | None, typed: set[str], company_context: bool) -> tuple[list[Found], Mention | None]:
        lang = view.sentence.lang
        gram, lex = grammar(lang), lexicon(lang)

        def resolve(index: int) -> Mention | None:
            tok = view.tokens[index]
            if tok.lower in gram.speaker_pronouns:
                target = speaker
            else:
                target = previous
            if target is None:
                return None
            return replace(target, span=tok.span, text=tok.text, anaphor=True)

        found, claimed = relations(view, lex, gram, resolve, AMBIGUOUS)
        found += definitions.copulas(view, gram, lex, claimed, resolve)
        found += definitions.hyponyms(view, gram, lex)
        found += named
        found += definitions.correlatives(view, gram, lex)
        found += definitions.without(view, gram, lex, resolve)
        found += definitions.context_types(view, gram, typed, company_context)
        best: dict[tuple[str, str, str, str, str, bool], Found] = {}
        for f in found:
            key = (f.subject.kind, f.subject.key, f.relation, f.object.kind, f.object.key, f.negated)
            if key not in best or f.score > best[key].score:
                best[key] = f
        subjects = [f.subject for f in found if not f.subject.anaphor and f.relation not in ("type",)]
        heads = [c.head for c in view.chunks if c.head.kind is not MentionKind.CONCEPT]
        new_previous = subjects[0] if subjects else (heads[0] if heads else previous)
        return list(best.values()), new_previous


def _speaker(views: list[SentenceView], naming: list[list[Found]]) -> Mention | None:
    """The organisation a document speaks for: its most mentioned name typed as an organisation."""
    organisations = {
        f.subject.key
        for found in naming
        for f in found
        if f.object.key in ORGANISATION_CLASSES or f.object.base in ORGANISATION_CLASSES
    }
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for view in views:
        for chunk in view.chunks:
            m = chunk.head
            if m.kind is MentionKind.NAMED and m.key in organisations:
                counts[m.key] += 1
                first.setdefault(m.key, m)
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k].span.start))
    return first[key]


def _talks_about_companies(views: list[SentenceView]) -> bool:
    counts = Counter(c.head.key for v in views for c in v.chunks if c.head.kind is MentionKind.CLASS)
    return counts["Company"] + counts["Organization"] >= 2
