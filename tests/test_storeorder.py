"""kgraph.storeorder: a top-level ORDER BY sorted in memory gives the rows, in the order, that
the store gives for the query as written; queries it must not cut run as written."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph import storeorder

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"ex": EX, "xsd": XSD}

DATA = f"""
@prefix ex: <{EX}> .
@prefix xsd: <{XSD}> .
ex:a ex:label "banana"@en, "Banane"@de ; ex:n 10 ; ex:kind ex:Fruit .
ex:b ex:label "apple"@en, "Apfel"@de ; ex:n 2.5 ; ex:kind ex:Fruit .
ex:c ex:label "tab\\there \\"quoted\\" \\\\ back"@en ; ex:n "7"^^xsd:double .
ex:d ex:label "line\\nbreak" ; ex:n true .
ex:e ex:label "ünïcödé ☃ 𝄞" ; ex:n "2024-01-02"^^xsd:date .
ex:f ex:label "custom"^^ex:type ; ex:kind ex:Fruit .
ex:g ex:label "apple"@en .
ex:h ex:other ex:a .
"""

CUT = [
    "SELECT ?l WHERE { ?x ex:label ?l } ORDER BY ?l",
    "SELECT DISTINCT ?l WHERE { ?x ex:label ?l } ORDER BY ?l LIMIT 4",
    "SELECT DISTINCT ?l WHERE { ?x ex:label ?l } ORDER BY DESC(?l) LIMIT 3 OFFSET 2",
    "select ?x where { ?x ex:label ?l } order by ?l ?x offset 1 limit 5",
    "SELECT ?x WHERE { ?x ex:label ?l } ORDER BY STR(?l) ?x",
    "SELECT DISTINCT ?x WHERE { ?x ex:label ?l } ORDER BY ?l",
    "SELECT * WHERE { ?x ex:n ?n } ORDER BY DESC(?n) ?x",
    "SELECT ?x (STRLEN(?l) AS ?len) WHERE { ?x ex:label ?l } ORDER BY DESC(?len) ?x ?l",
    "SELECT ?x ?k WHERE { ?x ex:label ?l OPTIONAL { ?x ex:kind ?k } } ORDER BY ?k ?x ?l",
    "SELECT ?x ?k WHERE { ?x ex:label ?l OPTIONAL { ?x ex:kind ?k } } ORDER BY DESC(?k) ?x ?l",
    "SELECT ?x ?n WHERE { ?x ex:n ?n } ORDER BY xsd:string(?n) VALUES ?x { ex:a ex:c ex:e }",
    "PREFIX e: <http://example.org/>\n# a comment with { and ORDER BY\n"
    'SELECT ?l WHERE { ?x e:label ?l FILTER(?l != "}") } ORDER BY ?l # the end',
    "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ex:n ?n } ORDER BY ?n LIMIT 3 } } ORDER BY ?x",
    "SELECT ?l FROM <http://example.org/g> WHERE { ?x ex:label ?l } ORDER BY ?l",
    "SELECT ?l WHERE { ?x ex:label ?l FILTER(lang(?l) = 'en') } ORDER BY ?l",
]

AS_WRITTEN = [
    "SELECT ?l WHERE { ?x ex:label ?l }",
    "SELECT ?k (COUNT(?x) AS ?n) WHERE { ?x ex:kind ?k } GROUP BY ?k ORDER BY ?n",
    "SELECT (COUNT(?x) AS ?n) WHERE { ?x ex:kind ?k } ORDER BY ?n",
    "SELECT ?x WHERE { ?x ex:label ?l } ORDER BY (EXISTS { ?x ex:kind ?k }) ?x",
    "SELECT ?x WHERE { ?x ex:label ?l } ORDER BY MAX(?l)",
    "SELECT ?x WHERE { SERVICE <http://example.org/sparql> { ?x ex:label ?l } } ORDER BY ?x",
    "CONSTRUCT { ?x ex:label ?l } WHERE { ?x ex:label ?l } ORDER BY ?l",
    "ASK { ?x ex:label ?l }",
    "SELECT ?x WHERE { ?x ex:label ?l } ORDER BY ?x LIMIT ?y",
    'SELECT ?x WHERE { ?x ex:label "unterminated } ORDER BY ?x',
]


@pytest.fixture(scope="module")
def disk(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    path = tmp_path_factory.mktemp("storeorder") / "store"
    store = ox.Store(str(path))
    store.load(DATA.encode(), ox.RdfFormat.TURTLE)
    store.load(DATA.encode(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(EX + "g"))
    store.flush()
    return store


def _rows(result: object) -> tuple[list[str], list[tuple[object, ...]]]:
    assert isinstance(result, ox.QuerySolutions)
    return [v.value for v in result.variables], [tuple(s) for s in result]


@pytest.mark.parametrize("sparql", CUT)
def test_storeorder_sorted_in_memory_as_the_store_sorts(disk: ox.Store, sparql: str) -> None:
    assert storeorder.split(sparql) is not None
    direct = _rows(disk.query(sparql, prefixes=PREFIXES))
    assert direct[1], "the case should return rows"
    assert _rows(storeorder.query(disk, sparql, PREFIXES)) == direct


@pytest.mark.parametrize("sparql", AS_WRITTEN)
def test_storeorder_does_not_cut_what_it_cannot(sparql: str) -> None:
    assert storeorder.split(sparql) is None


def test_storeorder_split_keeps_the_query_parts() -> None:
    cut = storeorder.split(
        "PREFIX ex: <http://example.org/>\nSELECT DISTINCT ?x (STR(?l) AS ?s) "
        "FROM <http://example.org/g> WHERE { ?x ex:label ?l } ORDER BY ?s DESC(?n) LIMIT 2 "
        "VALUES ?x { ex:a }"
    )
    assert cut is not None
    assert (
        cut.where.split()
        == (
            "PREFIX ex: <http://example.org/> SELECT DISTINCT ?x ?l ?n FROM <http://example.org/g> "
            "WHERE { ?x ex:label ?l } VALUES ?x { ex:a }"
        ).split()
    )
    assert (
        cut.head.split()
        == ("PREFIX ex: <http://example.org/> SELECT DISTINCT ?x (STR(?l) AS ?s)").split()
    )
    assert cut.tail.split() == "ORDER BY ?s DESC(?n) LIMIT 2".split()


def test_storeorder_blank_nodes_run_as_written(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    store.load(
        f"<{EX}a> <{EX}p> _:b1 .\n<{EX}c> <{EX}p> <{EX}d> .".encode(), ox.RdfFormat.N_TRIPLES
    )
    sparql = "SELECT ?o WHERE { ?s ex:p ?o } ORDER BY ?o"
    variables, rows = _rows(storeorder.query(store, sparql, PREFIXES))
    assert variables == ["o"]
    assert [type(r[0]) for r in rows] == [ox.BlankNode, ox.NamedNode]


def test_storeorder_many_rows_run_as_written(
    disk: ox.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storeorder, "MAX_ROWS", 2)
    monkeypatch.setattr(ox, "Store", _NoMemoryStore)  # a second store would mean the cut ran
    sparql = "SELECT ?l WHERE { ?x ex:label ?l } ORDER BY ?l"
    assert _rows(storeorder.query(disk, sparql, PREFIXES)) == _rows(
        disk.query(sparql, prefixes=PREFIXES)
    )


class _NoMemoryStore:
    def __init__(self) -> None:
        raise AssertionError("the query should have run as written")


def test_storeorder_syntax_error_points_into_the_users_text(disk: ox.Store) -> None:
    sparql = "SELECT ?l WHERE {\n  ?x ex:label ?l . FILTER(?l = ) }\nORDER BY ?l"
    with pytest.raises(SyntaxError) as direct:
        disk.query(sparql, prefixes=PREFIXES)
    with pytest.raises(SyntaxError) as cut:
        storeorder.query(disk, sparql, PREFIXES)
    assert str(cut.value) == str(direct.value)


def test_storeorder_unknown_prefix_in_order_by_is_the_users_error(disk: ox.Store) -> None:
    sparql = "SELECT ?l WHERE { ?x ex:label ?l } ORDER BY nope:f(?l)"
    with pytest.raises(SyntaxError) as direct:
        disk.query(sparql, prefixes=PREFIXES)
    with pytest.raises(SyntaxError) as cut:
        storeorder.query(disk, sparql, PREFIXES)
    assert str(cut.value) == str(direct.value)
