"""kgraph.validate: the SHACL shapes of ontology/shapes.ttl, the report, and the CLI command."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import ontology, store
from kgraph.cli import app
from kgraph.validate import SHAPES_IRI, ValidationError, load_shapes, validate_graph
from kgraph.vocab import CONCEPT_IRI, CRM, CRM_IRI, ENTITY_IRI, NIF, STATEMENT_IRI

KGS, KGE, KGC = Namespace(STATEMENT_IRI), Namespace(ENTITY_IRI), Namespace(CONCEPT_IRI)
CONFIDENCE = URIRef(CRM_IRI + "confidence")
WORKS_FOR = URIRef(CRM_IRI + "worksFor")


def test_validate_sample_graph_conforms(sample_graphs: dict[str, Graph]) -> None:
    report = validate_graph(sample_graphs["extracted"])
    assert report.conforms, report.text()
    assert report.summary().startswith("no shape violations in ")


def _broken(graph: Graph, case: str) -> Graph:
    st1 = KGS.st1
    if case == "no provenance":
        graph.remove((st1, PROV.wasDerivedFrom, None))
    elif case == "confidence above 1":
        graph.set((st1, CONFIDENCE, Literal(Decimal("1.5"), datatype=XSD.decimal)))
    elif case == "confidence as text":
        graph.set((st1, CONFIDENCE, Literal("high")))
    elif case == "no object":
        graph.remove((st1, RDF.object, None))
    elif case == "concept without label":
        graph.remove((KGC.isprodusent, RDFS.label, None))
    elif case == "sentence without document":
        sentence = graph.value(st1, PROV.wasDerivedFrom)
        graph.remove((sentence, NIF.referenceContext, None))
    elif case == "offsets reversed":
        sentence = graph.value(st1, PROV.wasDerivedFrom)
        graph.set((sentence, NIF.beginIndex, Literal(99, datatype=XSD.nonNegativeInteger)))
    elif case == "works for a concept":
        graph.add((KGC.isprodusent, WORKS_FOR, KGE.Apple))
    return graph


@pytest.mark.parametrize(
    ("case", "shape"),
    [
        ("no provenance", "Statement-provenance"),
        ("confidence above 1", "Statement-confidence"),
        ("confidence as text", "Statement-confidence"),
        ("no object", "Statement-object"),
        ("concept without label", "Concept-label"),
        ("sentence without document", "Sentence-referenceContext"),
        ("offsets reversed", "Sentence-beginIndex"),
        ("works for a concept", "worksFor-domain"),
    ],
)
def test_validate_finds_each_broken_rule(
    sample_graphs: dict[str, Graph], case: str, shape: str
) -> None:
    report = validate_graph(_broken(sample_graphs["extracted"], case))
    assert not report.conforms
    assert {v.shape for v in report.violations} == {shape}, report.text()


def test_validate_domains_follow_the_class_and_concept_hierarchy(
    sample_graphs: dict[str, Graph],
) -> None:
    graph = sample_graphs["extracted"]
    graph.add((CRM.Employee, WORKS_FOR, KGE.Apple))  # Employee ⊑ Person; Apple a Company ⊑ Org.
    graph.add((KGC.isprodusent, SKOS.broader, CRM.Person))
    graph.add((KGC.isprodusent, WORKS_FOR, CRM.Bank))  # a narrower concept of Person
    assert validate_graph(graph).conforms
    graph.add((CRM.Employee, WORKS_FOR, CRM.Product))
    report = validate_graph(graph)
    assert [(v.shape, v.focus) for v in report.violations] == [("worksFor-range", "crm:Product")]


def test_validate_report_groups_by_shape_and_message_with_a_few_focus_nodes(
    sample_graphs: dict[str, Graph],
) -> None:
    graph = sample_graphs["extracted"]
    for st in graph.subjects(RDF.type, RDF.Statement):
        graph.set((st, CONFIDENCE, Literal(Decimal("2"), datatype=XSD.decimal)))
    graph.remove((KGC.isprodusent, RDFS.label, None))
    report = validate_graph(graph)
    groups = report.groups()
    assert [(g.shape, g.count) for g in groups] == [
        ("Statement-confidence", 8),
        ("Concept-label", 1),
    ]
    text = report.text(max_focus=2)
    assert text.splitlines()[0] == (
        "Statement-confidence: a statement needs one crm:confidence, an xsd:decimal in [0, 1] (8)"
    )
    assert "    kgs:st1  value 2" in text and "    ... and 6 more" in text
    assert report.summary().startswith("9 shape violations (2 shapes) in ")


def test_validate_shapes_cover_every_domain_and_range_the_ontology_states() -> None:
    onto, shapes = ontology.load(), load_shapes()
    shape_names = {
        str(s).removeprefix(SHAPES_IRI) for s in shapes.subjects() if isinstance(s, URIRef)
    }
    missing = []
    for prop, axiom in ((p, "domain") for p in onto.subjects(RDFS.domain, None)):
        missing.append((prop, axiom))
    for prop in onto.subjects(RDFS.range, None):
        missing.append((prop, "range"))
    uncovered = [
        f"{local}-{axiom}"
        for prop, axiom in missing
        if str(prop).startswith(CRM_IRI)
        and (local := str(prop).removeprefix(CRM_IRI)) not in ("confidence", "negated", "extractor")
        and f"{local}-{axiom}" not in shape_names
    ]
    assert not uncovered, f"no shape for {uncovered}"


def test_validate_unreadable_shapes_is_a_validation_error(tmp_path: Path) -> None:
    bad = tmp_path / "shapes.ttl"
    bad.write_text("this is not turtle")
    with pytest.raises(ValidationError, match="does not parse"):
        load_shapes(bad)


# --- the CLI -----------------------------------------------------------------------------------


def test_validate_cli_passes_on_a_conforming_store(sample_output: Path) -> None:
    result = CliRunner().invoke(app, ["validate", "--output", str(sample_output)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "no shape violations" in result.stderr


def test_validate_cli_reports_violations_on_stdout_and_exits_1(
    sample_output: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text(f'<{STATEMENT_IRI}st1> <{CRM_IRI}confidence> "7"^^<{XSD}decimal> .\n')
    store.add_files(sample_output, [bad])
    result = CliRunner().invoke(app, ["validate", "--output", str(sample_output)])
    assert result.exit_code == 1
    assert result.stdout.startswith("Statement-confidence: ")
    assert "kgs:st1" in result.stdout
    assert "2 shape violations (1 shape)" in result.stderr  # two values, one above 1


def test_validate_cli_build_reports_the_count(data_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["build", str(data_dir / "five-languages"), "--output", str(output)]
    )
    assert result.exit_code == 0, result.stderr
    assert "Shapes: no shape violations in " in result.stderr
    quiet = CliRunner().invoke(
        app, ["build", str(data_dir / "five-languages"), "--output", str(output), "--no-validate"]
    )
    assert quiet.exit_code == 0 and "Shapes:" not in quiet.stderr
