"""The graph view without a browser: rdflib graph → view model → HTML, the writer, and the CLI."""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from typer.testing import CliRunner  # noqa: TID251 - the CLI test needs typer's runner

from kgraph import render, vocab
from kgraph.cli import app
from kgraph.errors import QueryError
from kgraph.render import source
from kgraph.render.view import RenderError, View

CRM = Namespace(vocab.CRM_IRI)
KGC = Namespace(vocab.CONCEPT_IRI)
KGE = Namespace(vocab.ENTITY_IRI)
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
NIF = vocab.NIF

HOSTILE = (
    "</script><script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "\"double\" & 'single' &amp; &lt;b&gt;",
    "<!-- --><svg onload=window.__pwned=3>",
    "line\u2028separator\u2029paragraph",
)


# ---------------------------------------------------------------- graph builders (also used by
# tests/test_render_browser.py and docs/make_screenshot.py)


def add_statement(
    g: Graph,
    n: int,
    s: URIRef,
    p: URIRef,
    o: URIRef,
    sentence: str,
    *,
    source_file: str = "doc.txt",
    lang: str = "en",
    confidence: str = "0.8",
    negated: bool = False,
) -> None:
    """Add one extracted statement in the SCHEMA section 4 shape (direct triple unless negated)."""
    st = URIRef(f"{vocab.STATEMENT_IRI}s{n}")
    doc = URIRef(f"{vocab.DOC_IRI}d{abs(hash(source_file)) % 10**8}")
    sent = URIRef(f"{doc}#s{n}")
    if not negated:
        g.add((s, p, o))
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    g.add((st, PROV.wasDerivedFrom, sent))
    g.add((st, CRM.confidence, Literal(confidence, datatype=XSD.decimal)))
    if negated:
        g.add((st, CRM.negated, Literal(True)))
    g.add((sent, RDF.type, NIF.Sentence))
    g.add((sent, NIF.anchorOf, Literal(sentence)))
    g.add((sent, NIF.referenceContext, doc))
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, DCT.source, Literal(source_file)))
    g.add((doc, DCT.language, Literal(lang)))


def small_graph() -> Graph:
    """Customers, companies, products in two languages; one qualified concept, one named thing."""
    g = Graph()
    for name, en, nb in (
        ("Customer", "customer", "kunde"),
        ("Product", "product", "produkt"),
        ("Company", "company", "bedrift"),
        ("CustomerSatisfaction", "customer satisfaction", "kundetilfredshet"),
    ):
        g.add((CRM[name], RDFS.label, Literal(en, lang="en")))
        g.add((CRM[name], RDFS.label, Literal(nb, lang="nb")))
    happy = KGC.SatisfiedCustomer
    g.add((happy, CRM.hasState, CRM.Satisfied))
    g.add((happy, SKOS.broader, CRM.Customer))
    g.add((happy, RDFS.label, Literal("satisfied customer", lang="en")))
    g.add((happy, RDFS.label, Literal("fornøyd kunde", lang="nb")))
    g.add((KGE.Apple, RDF.type, CRM.Company))
    g.add((KGE.Apple, RDFS.label, Literal("Apple", lang="en")))
    add_statement(g, 1, CRM.Customer, CRM.buys, CRM.Product, "Customers buy products.")
    add_statement(g, 2, CRM.Company, CRM.sells, CRM.Product, "Bedriften selger produkter.",
                  source_file="nb/a.txt", lang="nb", confidence="0.9")  # fmt: skip
    add_statement(g, 3, happy, CRM.buys, CRM.Product, "Fornøyde kunder kjøper mer.",
                  source_file="nb/b.txt", lang="nb", confidence="0.4")  # fmt: skip
    add_statement(g, 4, KGE.Apple, CRM.sells, CRM.Product, "Apple sells phones.", confidence="0.7")
    add_statement(g, 5, CRM.Company, CRM.increases, CRM.CustomerSatisfaction,
                  "Good service increases customer satisfaction.")  # fmt: skip
    add_statement(g, 6, CRM.Customer, CRM.buys, CRM.Company, "Customers do not buy companies.",
                  negated=True)  # fmt: skip
    return g


def hostile_graph() -> Graph:
    """Every text the page shows (labels, sentences, sources, languages) carries markup."""
    g = small_graph()
    for i, text in enumerate(HOSTILE):
        thing = KGE[f"Hostile{i}"]
        g.add((thing, RDF.type, CRM.Company))
        g.add((thing, RDFS.label, Literal(text, lang="en")))
        g.add((thing, RDFS.label, Literal(text + " (nb)", lang="nb")))
        add_statement(g, 100 + i, thing, CRM.sells, CRM.Product, text,
                      source_file=f"{text}.txt", lang=text[:12], confidence="0.6")  # fmt: skip
    return g


def synthetic_graph(nodes: int, *, seed: int = 1) -> Graph:
    """A corpus-like graph of about ``nodes`` nodes: concepts under core classes, hubs."""
    rng = random.Random(seed)
    g = Graph()
    classes = [CRM[name] for name in vocab.CORE_CLASSES]
    for c in classes:
        g.add((c, RDFS.label, Literal(c.split("#")[-1].lower(), lang="en")))
    concepts = [KGC[f"c{i}"] for i in range(max(nodes - len(classes), 0))]
    relations = [CRM[r] for r in vocab.CRM_RELATIONS]
    for i, c in enumerate(concepts):
        g.add((c, RDFS.label, Literal(f"concept {i}", lang="en")))
        g.add((c, RDFS.label, Literal(f"begrep {i}", lang="nb")))
        g.add(
            (
                c,
                SKOS.broader,
                rng.choice(classes[:12]) if rng.random() < 0.7 else rng.choice(classes),
            )
        )
    pool = classes + concepts
    for n in range(len(concepts)):
        s = rng.choice(pool)
        o = rng.choice(classes) if rng.random() < 0.5 else rng.choice(pool)
        if s != o:
            confidence = f"{rng.uniform(0.3, 1):.2f}"
            sentence = f"Sentence number {n} says so."
            relation = rng.choice(relations)
            add_statement(
                g,
                n,
                s,
                relation,
                o,
                sentence,
                source_file=f"doc{n % 50}.txt",
                confidence=confidence,
            )
    return g


# ---------------------------------------------------------------- helpers


def payload(page: str) -> str:
    match = re.search(
        r'<script id="kgraph-data" type="application/json">(.*?)</script>', page, re.S
    )
    assert match, "no JSON payload element"
    return match.group(1)


def page_without_payload(page: str) -> str:
    return page.replace(payload(page), "")


def view_of(g: Graph, **options: object) -> View:
    return render.build_view(g, **options)  # type: ignore[arg-type]


def node(view: View, iri: URIRef) -> render.view.ViewNode:
    return next(n for n in view.nodes if n.iri == str(iri))


# ---------------------------------------------------------------- safety


def test_render_hostile_text_survives_literally_in_the_json_payload() -> None:
    page = render.to_html(view_of(hostile_graph()))
    data = payload(page)
    assert not re.search(r"[<>&\u2028\u2029]", data), "raw <, >, & or line separators in payload"
    parsed = json.loads(data)
    labels = {n["label"] for n in parsed["nodes"]}
    sentences = {ev["sentence"] for e in parsed["edges"] for ev in e["evidence"]}
    sources = {ev["source"] for e in parsed["edges"] for ev in e["evidence"]}
    for text in HOSTILE:
        assert text in labels
        assert text in sentences
        assert f"{text}.txt" in sources
    rest = page_without_payload(page)
    for text in HOSTILE:
        assert text not in rest
    assert "__pwned" not in rest
    assert rest.count("</script>") == 3  # vis, data, app: nothing closes a script early


def test_render_page_has_no_network_resources() -> None:
    page = render.to_html(view_of(small_graph()))
    rest = page_without_payload(page)
    # no element, stylesheet or import loads anything from a network address
    assert not re.search(r"""(?i)(src|href|action|poster|data)\s*=\s*["']?\s*(https?:)?//""", rest)
    assert not re.search(r"(?i)url\(\s*[\"']?\s*(https?:)?//", rest)
    assert not re.search(r"(?i)@import", rest)
    # the only absolute URLs left are inside comments, the SVG namespace string, and texts in
    # vis-network's bundle (an error message, core-js's version record); none is fetched, which
    # tests/test_render_browser.py checks with every non-file request blocked
    code = re.sub(r"/\*.*?\*/", "", rest, flags=re.S)
    urls = set(re.findall(r"https?://[^\s\"'`)<>]+", code))
    allowed = {
        "http://www.w3.org/2000/svg",
        "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
        "https://github.com/zloirock/core-js",
        "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    }
    assert urls <= allowed, urls - allowed
    assert not re.search(r"(?i)cdnjs|jsdelivr|unpkg|bootstrap", rest)  # no CDN or Bootstrap


def test_render_csp_allows_only_the_pages_own_scripts() -> None:
    page = render.to_html(view_of(small_graph()))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy
    text = policy.group(1).replace("&#x27;", "'")
    assert "default-src 'none'" in text
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in text
    assert "unsafe-inline" not in text.split("script-src", 1)[1].split(";", 1)[0]


# ---------------------------------------------------------------- the view model


def test_render_edges_are_direct_triples_with_their_sentences() -> None:
    view = view_of(small_graph())
    by_rel = {(e.relation, e.source, e.target): e for e in view.edges}
    ids = {n.iri: n.id for n in view.nodes}
    sells = by_rel[("sells", ids[str(CRM.Company)], ids[str(CRM.Product)])]
    assert sells.confidence == pytest.approx(0.9)
    assert sells.evidence[0].sentence == "Bedriften selger produkter."
    assert sells.evidence[0].source == "nb/a.txt"
    assert sells.evidence[0].language == "nb"
    assert {e.relation for e in view.edges} == {"buys", "sells", "increases", "broader", "type"}
    assert not any(
        n.iri.startswith(vocab.STATEMENT_IRI) or n.iri.startswith(vocab.DOC_IRI) for n in view.nodes
    )


def test_render_negated_statements_are_not_drawn_but_counted() -> None:
    view = view_of(small_graph())
    ids = {n.iri: n.id for n in view.nodes}
    assert not any(
        e.source == ids[str(CRM.Customer)] and e.target == ids[str(CRM.Company)] for e in view.edges
    )
    assert view.omitted.negated == 1


def test_render_node_kinds_and_classes() -> None:
    view = view_of(small_graph())
    assert node(view, CRM.Customer).kind == "core"
    assert node(view, KGC.SatisfiedCustomer).kind == "qualified"
    assert node(view, KGC.SatisfiedCustomer).states == ("Satisfied",)
    assert node(view, KGE.Apple).kind == "entity"
    assert node(view, KGE.Apple).classes == ("Company",)
    g = small_graph()
    g.add((KGC.Loyalty, SKOS.broader, CRM.CustomerLoyalty))
    assert node(view_of(g), KGC.Loyalty).kind == "concept"


def test_render_degree_counts_drawn_edges() -> None:
    view = view_of(small_graph())
    product = node(view, CRM.Product)
    assert product.degree == sum(1 for e in view.edges if product.id in (e.source, e.target)) == 4


@pytest.mark.parametrize(
    ("lang", "customer", "apple", "happy"),
    [
        ("nb", "kunde", "Apple", "fornøyd kunde"),
        ("en", "customer", "Apple", "satisfied customer"),
        ("sv", "customer", "Apple", "satisfied customer"),  # no Swedish label: English
    ],
)
def test_render_label_language_with_fallback(
    lang: str, customer: str, apple: str, happy: str
) -> None:
    view = view_of(small_graph(), lang=lang)
    assert node(view, CRM.Customer).label == customer
    assert node(view, KGE.Apple).label == apple
    assert node(view, KGC.SatisfiedCustomer).label == happy
    assert node(view, CRM.Customer).labels == {"en": ("customer",), "nb": ("kunde",)}


def test_render_label_fallback_to_any_language_then_the_iri() -> None:
    g = small_graph()
    g.add((KGC.Kundenbindung, RDFS.label, Literal("Kundenbindung", lang="de")))
    g.add((KGC.Kundenbindung, SKOS.broader, CRM.CustomerLoyalty))
    g.add((KGC.Kundenbindung, SKOS.prefLabel, Literal("Kundentreue", lang="de")))
    view = view_of(g, lang="nb")
    assert node(view, KGC.Kundenbindung).label == "Kundentreue"  # prefLabel wins
    assert node(view, CRM.CustomerLoyalty).label == "Customer loyalty"  # no label: from the IRI


def test_render_min_confidence_hides_weak_extracted_edges_only() -> None:
    view = view_of(small_graph(), min_confidence=0.5)
    relations = [(e.relation, e.confidence) for e in view.edges]
    assert ("buys", 0.4) not in relations
    assert ("broader", None) in relations  # asserted, not extracted: kept
    assert view.omitted.below_confidence == 1


def test_render_relation_filter_and_unknown_relation() -> None:
    view = view_of(small_graph(), relations=("sells",))
    assert {e.relation for e in view.edges} == {"sells"}
    assert len(view.nodes) == 3
    with pytest.raises(RenderError) as err:
        view_of(small_graph(), relations=("bys",))
    assert "Available: broader, buys, increases, sells, type" in err.value.hint


def test_render_focus_keeps_the_neighbourhood() -> None:
    one = view_of(small_graph(), focus="kunde", depth=1)
    assert {n.iri for n in one.nodes} == {
        str(CRM.Customer),
        str(CRM.Product),
        str(KGC.SatisfiedCustomer),
    }
    assert one.focus == (node(one, CRM.Customer).id,)
    two = view_of(small_graph(), focus="crm:Customer", depth=2)
    assert str(CRM.Company) in {n.iri for n in two.nodes}
    with pytest.raises(RenderError) as err:
        view_of(small_graph(), focus="kundee")
    assert "kunde" in err.value.hint


def test_render_max_nodes_keeps_the_most_connected_and_reports_the_rest() -> None:
    g = Graph()
    hub, second = KGC.hub, KGC.second
    for i in range(10):
        g.add((hub, CRM.buys, KGC[f"leaf{i}"]))
    for i in range(3):
        g.add((second, CRM.sells, KGC[f"other{i}"]))
    g.add((hub, CRM.uses, second))
    view = view_of(g, max_nodes=4)
    kept = {n.iri for n in view.nodes}
    assert str(hub) in kept and str(second) in kept
    assert len(view.nodes) == 4
    assert view.omitted.nodes == 15 - 4
    assert view.omitted.edges == 14 - len(view.edges)
    assert view.omitted.max_nodes == 4
    page = render.to_html(view)
    assert json.loads(payload(page))["omitted"]["nodes"] == 11


def test_render_same_graph_same_bytes() -> None:
    first = render.to_html(view_of(small_graph()))
    g = Graph()
    for t in sorted(small_graph(), reverse=True):  # another insertion order
        g.add(t)
    assert render.to_html(view_of(g)) == first


@pytest.mark.parametrize("size", [120, 600])
def test_render_positions_keep_nodes_apart(size: int) -> None:
    from kgraph.render import layout

    view = view_of(synthetic_graph(size))
    xy = [(n.x, n.y) for n in view.nodes]
    assert len(set(xy)) == len(xy)
    close = sum(
        1
        for i, (x1, y1) in enumerate(xy)
        for x2, y2 in xy[i + 1 :]
        if (x1 - x2) ** 2 + (y1 - y2) ** 2 < (layout.GAP / 3) ** 2
    )
    assert close <= len(xy) // 50, f"{close} pairs of nodes nearly on top of each other"


def test_render_query_result_without_statements_draws_any_resource_edges() -> None:
    g = Graph()
    g.add((KGE.Acme, URIRef("https://schema.org/owns"), KGE.Shop1))
    g.add((KGE.Acme, RDFS.label, Literal("Acme")))
    view = view_of(g)
    assert [e.relation for e in view.edges] == ["schema:owns"]
    assert node(view, KGE.Shop1).label == "Shop1"


def test_render_5000_nodes_make_one_bounded_page() -> None:
    # How fast this is belongs to bench/ (timed unit tests flake on a loaded machine).
    g = synthetic_graph(5000)
    view = view_of(g, max_nodes=5000)
    page = render.to_html(view)
    assert len(view.nodes) >= 4500
    assert len(page) < 12_000_000


# ---------------------------------------------------------------- write() and the CLI


@pytest.fixture
def fake_store(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer render's CONSTRUCT queries from small_graph() instead of a store."""
    seen: list[str] = []

    def fetch(output: Path, sparql: str) -> Graph:
        seen.append(sparql)
        return small_graph()

    monkeypatch.setattr(source, "fetch", fetch)
    return seen


def test_render_write_is_atomic_and_reports(tmp_path: Path, fake_store: list[str]) -> None:
    out = tmp_path / "site" / "graph.html"
    report = render.write(tmp_path, out, lang="nb")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]  # no temp file left
    assert report.nodes == 6 and report.edges == 7
    assert "6 nodes, 7 relations" in report.summary()
    assert "CONSTRUCT" in fake_store[0] and "VALUES ?n" in fake_store[1]


def test_render_write_refuses_a_non_construct_query(tmp_path: Path, fake_store: list[str]) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(
        "# rows, not triples\nPREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ?p ?o }"
    )
    with pytest.raises(QueryError, match="not a CONSTRUCT"):
        render.write(tmp_path, tmp_path / "g.html", query_file=rq)
    rq.write_text("CONSTRUCT { ?s crm:buys ?o } WHERE { ?s crm:buys ?o }")
    render.write(tmp_path, tmp_path / "g.html", query_file=rq)
    assert "PREFIX crm:" in fake_store[-2] and fake_store[-2].endswith(rq.read_text())


def test_render_write_rejects_unknown_language(tmp_path: Path, fake_store: list[str]) -> None:
    with pytest.raises(RenderError, match="Unknown label language 'fr'"):
        render.write(tmp_path, tmp_path / "g.html", lang="fr")


def test_render_cli_viz_options_and_errors(tmp_path: Path, fake_store: list[str]) -> None:
    runner = CliRunner()
    out = tmp_path / "g.html"
    args = ["viz", "--output", str(tmp_path), "-o", str(out)]
    result = runner.invoke(
        app, [*args, "--relation", "buys", "--relation", "sells", "--lang", "nb"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "relations →" in result.stderr
    result = runner.invoke(app, [*args, "--focus", "nothing-like-this"])
    assert result.exit_code == 1
    assert "No concept matches --focus" in result.stderr


def test_render_write_with_the_real_store(tmp_path: Path) -> None:
    from kgraph import store

    store.replace(tmp_path, {"extracted": small_graph()})
    report = render.write(tmp_path, tmp_path / "graph.html", lang="nb", focus="kunde", depth=2)
    data = json.loads(payload((tmp_path / "graph.html").read_text(encoding="utf-8")))
    labels = {n["label"] for n in data["nodes"]}
    assert {"kunde", "produkt", "fornøyd kunde", "bedrift"} <= labels
    evidence = [ev["sentence"] for e in data["edges"] for ev in e["evidence"]]
    assert "Bedriften selger produkter." in evidence
    assert report.omitted.negated == 1
    rq = tmp_path / "sells.rq"
    rq.write_text("CONSTRUCT { ?s crm:sells ?o } WHERE { ?s crm:sells ?o }")
    report = render.write(tmp_path, tmp_path / "sells.html", query_file=rq)
    assert (report.nodes, report.edges) == (3, 2)
