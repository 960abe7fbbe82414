"""kgraph.infer: RDFS and OWL-RL closures for `query --infer`, cached until the store changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph import endpoint, infer, query, store
from kgraph.cli import app
from kgraph.errors import QueryError
from kgraph.vocab import CRM_IRI, ENTITY_IRI

CUSTOMERS = "SELECT ?x WHERE { ?x a crm:Customer } ORDER BY ?x"


def crm(name: str) -> URIRef:
    return URIRef(CRM_IRI + name)


@pytest.fixture()
def inferrable(tmp_path: Path, sample_graphs: dict[str, Graph]) -> Path:
    """A store with an internal customer, a competitor pair and the axioms that matter."""
    extracted = sample_graphs["extracted"]
    acme = URIRef(ENTITY_IRI + "Acme_IT")
    extracted.add((acme, RDF.type, crm("InternalCustomer")))
    extracted.add((acme, RDFS.label, Literal("Acme IT")))
    extracted.add(
        (URIRef(ENTITY_IRI + "Apple"), crm("competesWith"), URIRef(ENTITY_IRI + "Acme_IT"))
    )
    onto = Graph()
    onto.add((crm("InternalCustomer"), RDFS.subClassOf, crm("Customer")))
    onto.add((crm("competesWith"), RDF.type, OWL.SymmetricProperty))
    onto.add((crm("buys"), RDFS.subPropertyOf, crm("relatedTo")))
    output = tmp_path / "output"
    store.replace(output, {"extracted": extracted, "ontology": onto})
    return output


def _values(output: Path, sparql: str, mode: str | None) -> list[str | None]:
    return [row[0] for row in query.run(output, sparql, infer=mode).rows]


def test_infer_rdfs_finds_instances_of_subclasses(inferrable: Path) -> None:
    assert _values(inferrable, CUSTOMERS, None) == []
    assert _values(inferrable, CUSTOMERS, "rdfs") == ["kge:Acme_IT"]


def test_infer_rdfs_follows_subproperties(inferrable: Path) -> None:
    related = "SELECT ?o WHERE { crm:Customer crm:relatedTo ?o }"
    assert _values(inferrable, related, None) == []
    assert _values(inferrable, related, "rdfs") == ["crm:Product"]


def test_infer_owlrl_adds_what_rdfs_does_not(inferrable: Path) -> None:
    rivals = "SELECT ?x WHERE { kge:Acme_IT crm:competesWith ?x }"
    assert _values(inferrable, rivals, "rdfs") == []
    assert _values(inferrable, rivals, "owlrl") == ["kge:Apple"]
    assert _values(inferrable, CUSTOMERS, "owlrl") == ["kge:Acme_IT"]


def test_infer_closure_is_cached_until_the_store_changes(
    inferrable: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = infer.entailed

    def counting(graph: Graph, mode: infer.Entailment) -> Graph:
        calls.append(mode.value)
        return real(graph, mode)

    monkeypatch.setattr(infer, "entailed", counting)
    for _ in range(3):
        assert _values(inferrable, CUSTOMERS, "rdfs") == ["kge:Acme_IT"]
    assert calls == ["rdfs"]
    assert (inferrable / "inferred" / "rdfs" / "KEY").is_file()
    more = tmp_path / "more.nt"
    more.write_text(f"<{ENTITY_IRI}Beta> <{RDF.type}> <{CRM_IRI}InternalCustomer> .\n")
    store.add_files(inferrable, [more])
    assert _values(inferrable, CUSTOMERS, "rdfs") == ["kge:Acme_IT", "kge:Beta"]
    assert calls == ["rdfs", "rdfs"]


def test_infer_closure_holds_only_storable_new_triples(inferrable: Path) -> None:
    graph = store.union_graph(inferrable)
    added = infer.entailed(graph, infer.Entailment.OWLRL)
    assert len(added) > 0
    assert all(not isinstance(s, Literal) for s, _, _ in added)
    assert all(triple not in graph for triple in added)
    assert not any(p == OWL.sameAs and s == o for s, p, o in added)


def test_infer_refuses_updates_and_unknown_modes(inferrable: Path) -> None:
    with pytest.raises(QueryError, match="cannot run an update"):
        query.run(inferrable, "INSERT DATA { crm:a crm:b crm:c }", allow_update=True, infer="rdfs")
    with pytest.raises(QueryError, match="Unknown entailment 'owl'. Available: rdfs, owlrl"):
        query.run(inferrable, CUSTOMERS, infer="owl")


def test_infer_refuses_a_sparql_server_before_contacting_it() -> None:
    # the closure is cached beside a local store; a server (here one that does not exist) has none
    server = endpoint.parse("http://127.0.0.1:9/sparql", timeout=0.5)
    with pytest.raises(QueryError, match="a SPARQL server has none"):
        query.run(server, CUSTOMERS, infer="rdfs")


def test_infer_cli_answers_over_the_closure(inferrable: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", CUSTOMERS, "--infer", "rdfs", "--format", "csv", "--output", str(inferrable)]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["x", f"{ENTITY_IRI}Acme_IT"]
