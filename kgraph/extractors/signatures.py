"""Signature blocks: the person who signs a letter, and the role and organisation on the line below.

    Med venlig hilsen            Kind regards,
    Jonas Brix                   Priya Nair
    Kundeservicemedarbejder,     Customer Relations Manager, Brightline Mobile Ltd
      Skagerak Air A/S

The sentence splitter ends a sentence at each of these lines (a line with no full stop is a unit of
its own), so the name and its employer stand in two sentences; the statement cites both lines as
one span, from the name to the organisation.
"""

from __future__ import annotations

from kgraph.extractors.definitions import FRAME_HEADS, person_like
from kgraph.extractors.mentions import Chunk, SentenceView, organisation_name
from kgraph.extractors.relations import EMPLOYER_PREPOSITIONS, Found
from kgraph.grammar import grammar
from kgraph.grammar.given_names import GIVEN_NAMES
from kgraph.lexicon import lexicon
from kgraph.model import CLASS, NAMED, Mention, Sentence, Span

SIGNATURE_SCORE = 0.7


def signatures(views: list[SentenceView]) -> list[tuple[Found, Sentence]]:
    """'NAME' on one line and 'ROLE, ORGANISATION' (or 'ROLE at ORGANISATION') on the next, with
    no full stop on either: NAME works for the organisation."""
    out: list[tuple[Found, Sentence]] = []
    for above, below in zip(views, views[1:]):
        gap = above.doc.text[above.sentence.span.end : below.sentence.span.start]
        if gap.count("\n") != 1 or gap.strip() or _ends_sentence(above) or _ends_sentence(below):
            continue  # (one line break between them, in one paragraph)
        name = _signing_name(above)
        employer = _role_and_employer(below)
        if name is None or employer is None:
            continue
        span = Span(above.sentence.span.start, below.sentence.span.end)
        sentence = Sentence(above.sentence.doc_id, above.sentence.index, span, above.sentence.lang)
        out.append((Found(name.head, "worksFor", employer.head, SIGNATURE_SCORE, False, "signature"), sentence))
    return out


def _ends_sentence(view: SentenceView) -> bool:
    return bool(view.tokens) and view.tokens[-1].text in ".!?;:"


def _signing_name(view: SentenceView) -> Chunk | None:
    """The person's name that ends the line ('Jonas Brix', 'Kind regards, Priya Nair')."""
    if not view.chunks:
        return None
    last = view.chunks[-1]
    if last.head.kind is not NAMED or any(t.is_word for t in view.tokens[last.end :]):
        return None
    words = view.tokens[last.start : last.end]
    return last if 2 <= len(words) <= 4 and (words[0].text in GIVEN_NAMES or person_like(view, last, lexicon(view.sentence.lang))) \
        else None


def _role_and_employer(view: SentenceView) -> Chunk | None:
    """The organisation after a role on a line of its own: 'Kundeservicemedarbejder, Skagerak Air
    A/S', 'Kundenberaterin bei der Rheintal Versicherung AG'."""
    if len(view.chunks) < 2:
        return None
    org = view.chunks[-1]
    if org.head.kind is not NAMED or any(t.is_word for t in view.tokens[org.end :]) \
            or view.tokens[org.start].text in GIVEN_NAMES and not organisation_name(org.head.key, view.sentence.lang):
        return None
    gram = grammar(view.sentence.lang)
    k = org.start - 1
    while k >= 0 and view.chunk_at[k] is None and view.tokens[k].lower in gram.determiners:
        k -= 1  # 'bei der'
    if k < 1 or not (view.tokens[k].text == "," or view.tokens[k].lower in EMPLOYER_PREPOSITIONS):
        return None
    role = view.chunk_at[k - 1]
    if role is None or not _role(view.chunks[role].head):
        return None
    # nothing but the role's own words before it (no verb: a line of a letter's body is no signature)
    if any(t.is_word and view.chunk_at[i] is None for i, t in enumerate(view.tokens[:k])):
        return None
    return org


def _role(head: Mention) -> bool:
    """A noun of a job ('Kundenberaterin', 'Manager'): one whose frame says whom its holder works for."""
    return FRAME_HEADS.get(head.key if head.kind is CLASS else head.base) == "worksFor"
