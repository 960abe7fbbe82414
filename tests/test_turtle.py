"""The fast Turtle writer: round trips, layout, prefixes, escapes, determinism, external sort."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kgraph import turtle
from kgraph.vocab import PREFIXES

CRM = Namespace(PREFIXES["crm"])
KGE = Namespace(PREFIXES["kge"])


def _ntriples(g: Graph) -> bytes:
    data = g.serialize(format="nt", encoding="utf-8")
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def _tricky() -> Graph:
    g = Graph()
    g.add((CRM.Customer, RDF.type, CRM.Class))
    g.add((CRM.Customer, CRM.buys, CRM.Product))
    g.add((CRM.Customer, CRM.buys, CRM.Service))
    g.add((CRM.Customer, RDFS.label, Literal('say "hi"\\ \n\r\ttab', lang="en")))
    g.add((CRM.Customer, RDFS.label, Literal("line\u2028sep\u0085next", lang="nb")))
    g.add((KGE["Umeå"], RDF.type, CRM.Company))
    g.add((KGE["Hvidsten_A%2FS"], RDFS.label, Literal("Hvidsten A/S")))
    g.add((KGE["a.b."], RDFS.label, Literal("trailing dot")))
    g.add((KGE["-x"], RDFS.label, Literal("leading dash")))
    g.add((URIRef("https://w3id.org/kgraph/doc/da.txt#char=0,5"), CRM.confidence,
           Literal("0.85", datatype=XSD.decimal)))  # fmt: skip
    g.add((CRM.Customer, CRM.negated, Literal(True)))
    g.add((CRM.Customer, CRM["count"], Literal("-7", datatype=XSD.integer)))
    g.add((CRM.Customer, CRM["index"], Literal("5", datatype=XSD.nonNegativeInteger)))
    g.add((CRM.Customer, CRM.odd, Literal("1e3", datatype=XSD.double)))  # left in full
    g.add((BNode("b1"), RDFS.label, Literal("blank")))
    g.add((CRM.Customer, CRM.related, BNode("b1")))
    g.add((URIRef("http://other.example/x"), RDF.type, URIRef("http://other.example/T")))
    return g


def test_turtle_round_trips_to_an_isomorphic_graph() -> None:
    g = _tricky()
    data = turtle.from_ntriples(_ntriples(g), PREFIXES)
    assert isomorphic(Graph().parse(data=data, format="turtle"), g)


def test_turtle_layout_is_longturtle_like_with_used_prefixes_only() -> None:
    text = turtle.from_ntriples(_ntriples(_tricky()), PREFIXES).decode()
    assert text.startswith("PREFIX crm: <https://w3id.org/kgraph/crm#>\n")
    assert "PREFIX foaf:" not in text and "PREFIX skos:" not in text
    assert "\ncrm:Customer\n    a crm:Class ;\n" in text  # rdf:type first, as "a"
    assert "    crm:buys\n        crm:Product ,\n        crm:Service ;\n" in text
    assert "crm:negated true ;" in text and "crm:count -7 ;" in text
    assert 'crm:index "5"^^xsd:nonNegativeInteger ;' in text
    assert re.search(r'crm:odd "[^"]+"\^\^xsd:double ;', text)
    assert "kge:Umeå\n" in text and "kge:Hvidsten_A%2FS\n" in text
    assert "<https://w3id.org/kgraph/entity/a.b.>" in text
    assert "<https://w3id.org/kgraph/entity/-x>" in text


def test_turtle_bytes_depend_only_on_the_triples() -> None:
    g = _tricky()
    shuffled = Graph()
    for triple in sorted(g, reverse=True):
        shuffled.add(triple)
    assert turtle.from_ntriples(_ntriples(g), PREFIXES) == turtle.from_ntriples(
        _ntriples(shuffled), PREFIXES
    )


def test_turtle_sorted_lines_merge_sorts_and_deduplicates(tmp_path: Path) -> None:
    lines = turtle.SortedLines(tmp_path, PREFIXES)
    batches = [
        ["<https://w3id.org/kgraph/crm#b> <http://p> <http://o> .\n",
         "<http://z> <http://p> <http://o> .\n"],
        ["<https://w3id.org/kgraph/crm#a> <http://p> <http://o> .\n",
         "<http://z> <http://p> <http://o> .\n"],
    ]  # fmt: skip
    for batch in batches:
        lines.add(batch, "".join(batch))
    merged = list(lines.merged())
    assert merged == sorted(set(batches[0] + batches[1]))
    assert lines.used == {"crm": PREFIXES["crm"]}
    count = turtle.write(tmp_path / "g.ttl", iter(merged), lines.used)
    assert count == 3
    lines.close()
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_turtle_rejects_a_line_that_is_no_triple() -> None:
    with pytest.raises(ValueError, match="not an N-Triples line"):
        turtle.from_ntriples(b"<http://a>\n", PREFIXES)


def test_turtle_stale_run_folders_are_removed(tmp_path: Path) -> None:
    (tmp_path / ".graph-lines-abc").mkdir()
    (tmp_path / ".graph-lines-abc" / "000000.nt").write_text("<a> <b> <c> .\n", encoding="utf-8")
    (tmp_path / "keep").mkdir()
    assert turtle.remove_stale_runs(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep"]
