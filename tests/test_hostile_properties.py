"""Issue 6: property-based tests. Arbitrary Unicode mixed with words of the five languages, markup
and hostile characters goes through the reader, the splitter, the extractor and the whole build:
no exception, every span slices its document, every IRI is valid, the output always parses."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kgraph import corpus, pipeline, segment
from kgraph.errors import CorpusError
from kgraph.extractors import extractors
from kgraph.model import Document, Span
from kgraph.vocab import LANGUAGES, NIF

DATA = Path(__file__).parent / "data" / "five-languages"
_WORDS = sorted(
    {w for f in sorted(DATA.glob("*.txt")) for w in re.findall(r"\w+", f.read_text("utf-8"))}
)
_MARKS = [
    ". ", ", ", "? ", "! ", "…", ": ", "; ", "\n", "\n\n", "\r\n", "\r", "\t", "- ", "* ", "• ",
    "1. ", "a) ", "# ", "> ", "**", "__", "[", "](x)", "```\n", "~~~", "---\n", "title: x\n",
    "«", "»", "„", "“", "”", "'", '"', '"""', "\\", "\\n", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "&amp;", "&#0;", "\x00", "\u200b", "\u200d", "\u202e",
    "\u2066", "\u2028", "\ufeff", "\U000e0041", "\ud7ff", "\U0001f600", "z.B.", "f.eks.", "osv.",
    "e.g.", "31. ", "https://example.com/a?b=c", "kunde@example.no", "%20", "#x", "http://",
]  # fmt: skip
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_MARKS),
    st.text(min_size=1, max_size=6),  # any code point but surrogates: controls, CJK, RTL, emoji
)
TEXTS = st.lists(st.tuples(_PIECES, st.sampled_from([" ", "", " ", "\n"])), max_size=60).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
_NAME_CHARS = st.characters(exclude_characters="/\x00", exclude_categories=("Cs",))
NAMES = st.text(_NAME_CHARS, min_size=1, max_size=20).filter(
    lambda n: not n.startswith(".") and len(n.encode()) < 200
)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _check_document(doc: Document) -> None:
    sentences = segment.sentences(doc)
    for s in sentences:
        assert doc.body.contains(s.span)
        assert doc.slice(s.span).strip()
        assert s.lang in LANGUAGES
    extraction = extractors.get("rules").extract(doc, sentences)
    for m in extraction.mentions:
        assert doc.slice(m.span) == m.text
    for a in extraction.assertions:
        assert a.sentence in sentences
        for m in (a.subject, a.object):
            assert doc.slice(m.span) == m.text
        assert 0.0 <= a.score <= 1.0


@SETTINGS
@given(text=TEXTS, lang=st.sampled_from(sorted(LANGUAGES)))
def test_hostile_properties_spans_slice_the_document(text: str, lang: str) -> None:
    cleaned = corpus.clean(text)
    assert len(cleaned) == len(text)  # blanking keeps every offset
    fields, body = corpus.front_matter(cleaned)
    _check_document(Document("doc.txt", cleaned, lang, Span(body, len(cleaned)), fields))


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_hostile_properties_any_bytes_become_a_document_or_a_reason(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "a.txt")
        path.write_bytes(data)
        try:
            doc = corpus.document(path, "a.txt")
        except CorpusError as exc:
            assert exc.message.startswith("a.txt: ") and "\n" not in exc.message
            return
    _check_document(doc)


def _iris(g: Graph) -> set[str]:
    return {str(t) for triple in g for t in triple if isinstance(t, URIRef)}


@settings(SETTINGS, max_examples=25)
@given(
    texts=st.lists(st.tuples(NAMES, st.sampled_from([".txt", ".md", ".html"]), TEXTS), max_size=3),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_hostile_properties_build_gives_valid_iris_and_parseable_turtle(
    texts: list[tuple[str, str, str]], encoding: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, "corpus")
        root.mkdir()
        for name, suffix, text in texts:
            body = text
            if suffix == ".html":
                body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
            (root / (name + suffix)).write_bytes(body.encode(encoding))
        report = pipeline.build(root, Path(tmp, "out"))
        data = report.graph_file.read_bytes()
        g = Graph().parse(data=data, format="turtle")
        assert len(g) == report.triples
        for iri in _iris(g):
            pyoxigraph.NamedNode(iri)  # raises ValueError on an invalid IRI
        list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE))
        again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
        assert isomorphic(g, again)
        # every sentence the graph cites is the slice of its document its offsets say
        texts_by_id = {}
        for path in corpus.find(root):
            doc_id = corpus.document_id(path, root)
            try:
                texts_by_id[doc_id] = corpus.document(path, doc_id).text
            except CorpusError:
                pass
        for sentence in g.subjects(predicate=NIF.anchorOf):
            context = g.value(sentence, NIF.referenceContext)
            source = str(g.value(context, DCTERMS.source))
            begin = int(g.value(sentence, NIF.beginIndex))  # type: ignore[arg-type]
            end = int(g.value(sentence, NIF.endIndex))  # type: ignore[arg-type]
            anchor = g.value(sentence, NIF.anchorOf)
            assert isinstance(anchor, Literal)
            assert str(anchor) == texts_by_id[source][begin:end]
