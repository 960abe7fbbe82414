"""kgraph.stats: counts over the store, their order, and `kgraph stats`."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import stats, store
from kgraph.cli import app
from kgraph.errors import QueryError, StoreError
from kgraph.vocab import DOC_IRI, NIF


def test_stats_compute_counts_the_sample_graph(
    sample_output: Path, sample_graphs: dict[str, Graph]
) -> None:
    result = stats.compute(sample_output)
    assert (result.documents, result.sentences, result.statements, result.negated) == (2, 5, 8, 1)
    assert result.triples == sum(
        len(g) for g in sample_graphs.values()
    )  # no triple is in both graphs
    # crm: terms in statements: Customer Product SatisfiedCustomer Service BusinessCustomer
    # GoodCustomerService CustomerSatisfaction Quality Supplier Company
    assert result.core_concepts == 10
    assert (result.qualified_concepts, result.other_concepts, result.named_things) == (2, 1, 1)
    assert result.classes == (("crm:Company", 1),)  # the negated "Apple a Supplier" is no triple
    assert result.states == (("crm:Good", 1), ("crm:Satisfied", 1))
    assert result.relations == (
        ("crm:buys", 4),
        ("rdf:type", 2),
        ("crm:creates", 1),
        ("crm:increases", 1),
    )
    assert result.languages == (("de", 1), ("nb", 1))
    assert result.graphs == (
        ("extracted", len(sample_graphs["extracted"])),
        ("ontology", len(sample_graphs["ontology"])),
    )


def test_stats_sections_are_titled_in_a_fixed_order(sample_output: Path) -> None:
    sections = stats.compute(sample_output).sections()
    assert [title for title, _ in sections] == [
        "Graph",
        "Concepts",
        "Named things per class",
        "Qualified concepts per state",
        "Statements per relation",
        "Documents per language",
        "Triples per named graph",
    ]
    assert sections[0][1][:4] == [
        ("documents", 2),
        ("sentences", 5),
        ("statements", 8),
        ("negated statements", 1),
    ]


def test_stats_ties_sort_by_name_and_empty_sections_are_dropped(tmp_path: Path) -> None:
    g = Graph()
    for name, lang in [("b.txt", "sv"), ("a.txt", "da"), ("c.txt", "sv")]:
        doc = URIRef(DOC_IRI + name)
        g.add((doc, RDF.type, NIF.Context))
        g.add((doc, DCTERMS.language, Literal(lang)))
    store.replace(tmp_path, {"extracted": g})
    result = stats.compute(tmp_path)
    assert result.languages == (("sv", 2), ("da", 1))
    titles = [title for title, _ in result.sections()]
    assert titles == ["Graph", "Concepts", "Documents per language", "Triples per named graph"]


def test_stats_missing_store_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No graph in"):
        stats.compute(tmp_path)


def test_stats_cli_prints_every_section(sample_output: Path) -> None:
    result = CliRunner().invoke(app, ["stats", "--output", str(sample_output)])
    assert result.exit_code == 0, result.stderr
    for title, rows in stats.compute(sample_output).sections():
        assert title in result.stdout
        for name, _count in rows:
            assert name in result.stdout
    assert "crm:buys" in result.stdout


def test_stats_cli_missing_store_is_an_error_with_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["stats", "--output", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No graph in")
    assert "kgraph build" in result.stderr


def test_stats_gives_up_at_its_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A damaged store can make pyoxigraph's COUNT hang; stats must still come back.
    def slow(output: Path) -> object:
        time.sleep(2)
        raise AssertionError("not reached in time")

    monkeypatch.setattr(stats, "_compute", slow)
    with pytest.raises(QueryError, match="did not finish within 0.2 s"):
        stats.compute(tmp_path, timeout=0.2)
