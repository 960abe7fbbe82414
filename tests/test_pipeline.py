"""The pipeline end to end: golden graphs, determinism, skipped files, report, graph invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kgraph import exporters, pipeline
from kgraph.errors import CorpusError, UnknownPluginError
from kgraph.vocab import CRM, CRM_IRI, NIF

QUALIFIED = Namespace(CRM_IRI)  # qualified concepts are crm: terms that the closed CRM class lacks
DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(
    p.name for p in DATA.iterdir() if p.is_dir()
)  # each folder of tests/data is a corpus


def _graph(corpus: Path) -> Graph:
    return pipeline.extracted_graph(pipeline.extract(corpus))


def _sorted_nt(g: Graph) -> str:
    return "\n".join(sorted(g.serialize(format="nt").splitlines()))


def _diff_message(expected: Graph, actual: Graph, golden: Path) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    return (
        f"graph differs from {golden}; if the change is intended, "
        "run `pytest --update-golden` and review the diff\n"
        f"--- only in golden ({len(only_expected)} triples):\n{_sorted_nt(only_expected)}\n"
        f"--- only in the pipeline's graph ({len(only_actual)} triples):\n{_sorted_nt(only_actual)}"
    )


@pytest.mark.parametrize("case", CASES)
def test_pipeline_golden_graph(case: str, update_golden: bool) -> None:
    actual = _graph(DATA / case)
    golden = GOLDEN / f"{case}.ttl"
    if update_golden:
        exporters.write_turtle(actual, golden)
        return
    assert golden.exists(), f"no golden graph {golden}: run `pytest --update-golden`"
    expected = Graph().parse(golden, format="turtle")
    if not isomorphic(expected, actual):
        pytest.fail(_diff_message(expected, actual, golden))


def test_pipeline_golden_case_covers_the_five_languages() -> None:
    expected = Graph().parse(GOLDEN / "five-languages.ttl", format="turtle")
    languages = {str(lang) for lang in expected.objects(None, DCTERMS.language)}
    assert languages == {"nb", "sv", "da", "de", "en"}
    # the end-to-end facts the case is there for
    for s, p, o in [
        (CRM.Customer, CRM.buys, CRM.Product),
        (CRM.Customer, CRM.buys, CRM.Service),
        (QUALIFIED.SatisfiedEmployee, CRM.creates, QUALIFIED.SatisfiedCustomer),
        (CRM.BusinessCustomer, SKOS.broader, CRM.Customer),
        (CRM.Customer, SKOS.broader, CRM.Person),
    ]:
        assert (s, p, o) in expected, (s, p, o)


def test_pipeline_build_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first = pipeline.build(DATA / "five-languages", tmp_path / "one")
    second = pipeline.build(DATA / "five-languages", tmp_path / "two")
    data = first.graph_file.read_bytes()
    assert data == second.graph_file.read_bytes()
    assert len(data) > 1000


def test_pipeline_graph_file_parses_to_the_extracted_graph(tmp_path: Path) -> None:
    report = pipeline.build(DATA / "five-languages", tmp_path / "out")
    written = Graph().parse(report.graph_file, format="turtle")
    assert isomorphic(written, _graph(DATA / "five-languages"))
    assert report.triples == len(written)


def _messy_corpus(root: Path) -> Path:
    corpus = root / "messy"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text(
        "Kunder kjøper varer og tjenester. Fornøyde medarbeidere skaper fornøyde kunder.\n",
        encoding="utf-8",
    )
    (corpus / "sub" / "gut.md").write_text(
        "# Kunden\n\nDie Kunden kaufen Produkte.\n", encoding="utf-8"
    )
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"\x00" * 64)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.md").write_text("   \n\n  \n", encoding="utf-8")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n")  # not a document suffix: not even listed
    return corpus


def test_pipeline_unreadable_and_empty_files_are_skipped_not_fatal(tmp_path: Path) -> None:
    report = pipeline.build(_messy_corpus(tmp_path), tmp_path / "out")
    skipped = dict(report.skipped)
    assert set(skipped) == {"binary.txt", "empty.txt", "blank.md"}
    assert "binary" in skipped["binary.txt"]
    assert skipped["empty.txt"] == "no text"
    assert report.documents == 2
    g = Graph().parse(report.graph_file, format="turtle")
    sources = {str(s) for s in g.objects(None, DCTERMS.source)}
    assert sources == {"good.txt", "sub/gut.md"}
    assert (CRM.Customer, CRM.buys, CRM.Product) in g
    assert "3 skipped" in report.summary()


def test_pipeline_report_summary_names_triples_documents_and_graph(tmp_path: Path) -> None:
    report = pipeline.build(DATA / "five-languages", tmp_path / "out")
    summary = report.summary()
    assert f"{report.triples:,} triples" in summary
    assert "from 5 documents" in summary
    assert str(tmp_path / "out" / "graph.ttl") in summary
    assert "da 1, de 1, en 1, nb 1, sv 1" in summary
    assert report.languages == {"nb": 1, "sv": 1, "da": 1, "de": 1, "en": 1}
    assert report.statements > report.negated >= 1
    assert report.sentences == 20  # four sentences in each of the five files
    assert "skipped" not in summary


def test_pipeline_progress_reports_every_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    pipeline.extract(
        _messy_corpus(tmp_path),
        on_progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5]
    assert {total for _, total, _ in seen} == {5}
    assert {name for _, _, name in seen} == {
        "binary.txt",
        "blank.md",
        "empty.txt",
        "good.txt",
        "sub/gut.md",
    }


@pytest.fixture(scope="module")
def five_languages() -> tuple[pipeline.ExtractResult, Graph]:
    result = pipeline.extract(DATA / "five-languages")
    return result, pipeline.extracted_graph(result)


def test_pipeline_statement_sentences_are_slices_of_their_documents(
    five_languages: tuple[pipeline.ExtractResult, Graph],
) -> None:
    result, g = five_languages
    texts = {d.id: d.text for d in result.documents}
    statements = set(g.subjects(RDF.type, RDF.Statement))
    assert statements
    for st in statements:
        sent = g.value(st, PROV.wasDerivedFrom)
        doc = g.value(sent, NIF.referenceContext)
        text = texts[str(g.value(doc, DCTERMS.source))]
        begin, end = (
            g.value(sent, NIF.beginIndex).toPython(),
            g.value(sent, NIF.endIndex).toPython(),
        )  # type: ignore[union-attr]
        assert text[begin:end] == str(g.value(sent, NIF.anchorOf))
        assert str(g.value(sent, NIF.anchorOf)) in text


def test_pipeline_statement_ends_have_labels(
    five_languages: tuple[pipeline.ExtractResult, Graph],
) -> None:
    _, g = five_languages
    for st in g.subjects(RDF.type, RDF.Statement):
        for end in (g.value(st, RDF.subject), g.value(st, RDF.object)):
            labels = list(g.objects(end, RDFS.label))
            assert labels, f"{end} has no rdfs:label"
            assert all(isinstance(label, Literal) and label.language for label in labels)


def test_pipeline_negated_statements_are_never_direct_triples(
    five_languages: tuple[pipeline.ExtractResult, Graph],
) -> None:
    _, g = five_languages
    negated = list(g.subjects(CRM.negated, Literal(True)))
    assert negated, "the five-languages case has negated sentences"
    positive = {
        (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        for st in g.subjects(RDF.type, RDF.Statement)
        if (st, CRM.negated, Literal(True)) not in g
    }
    for st in negated:
        triple = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        if triple not in positive:  # a positive statement elsewhere may assert the same triple
            assert triple not in g, triple


def test_pipeline_every_direct_triple_has_a_statement(
    five_languages: tuple[pipeline.ExtractResult, Graph],
) -> None:
    _, g = five_languages
    stated = {
        (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        for st in g.subjects(RDF.type, RDF.Statement)
        if (st, CRM.negated, Literal(True)) not in g
    }
    relations = {CRM[name] for name in ("buys", "sells", "creates", "increases", "customerOf")}
    direct = {(s, p, o) for s, p, o in g if p in relations}
    assert direct and direct <= stated


def test_pipeline_missing_corpus_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        pipeline.build(tmp_path / "missing", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_pipeline_unknown_extractor_lists_the_available_ones(tmp_path: Path) -> None:
    with pytest.raises(UnknownPluginError, match="rules"):
        pipeline.extract(DATA / "five-languages", extractor="nope")


def test_pipeline_min_confidence_keeps_only_confident_statements(
    five_languages: tuple[pipeline.ExtractResult, Graph],
) -> None:
    result, g = five_languages
    strict = pipeline.extracted_graph(result, min_confidence=0.85)
    scores = [float(v) for v in strict.objects(None, CRM.confidence)]
    assert scores and min(scores) >= 0.85
    assert len(set(strict.subjects(RDF.type, RDF.Statement))) < len(
        set(g.subjects(RDF.type, RDF.Statement))
    )
