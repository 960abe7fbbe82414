"""Benchmark (c): a fixed mix of SPARQL queries on a generated graph of about a million triples,
through kgraph's query path against rdflib's in-memory graph parsed from the same Turtle
(``kgraph export --format turtle``).

    python bench/bench_query.py            # ~1M triples (6,300 generated documents)
    python bench/bench_query.py --quick    # ~10k triples: checks that the benchmark runs

Each side runs in its own fresh process and is timed the same way: the graph is opened once, then
each query runs several times on it (median). kgraph is timed through the Python API
(``kgraph.open(output).query(...)``: the store stays open between queries, rows converted to
terms, as rdflib's rows are materialised), once on the on-disk store (the default) and once with
``memory=True`` (an in-memory copy of the store). "Open and first answer" is the time from nothing
loaded (modules imported) to the first query's rows: opening the store (or copying it into
memory) versus rdflib parsing the Turtle. The shell's ``kgraph query`` (a fresh process that
opens the store for one query) is timed separately, wall clock. Peak memory is each process's
peak RSS. Both sides must return the same number of rows, or the table says so.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import common

QUERIES: dict[str, str] = {
    "lookup": "SELECT ?label WHERE { crm:Customer rdfs:label ?label }",
    "3-way join": """SELECT ?s ?o ?doc WHERE {
        ?st rdf:predicate crm:buys ; rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
        ?sent nif:referenceContext ?doc }""",
    "GROUP BY": """SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st a rdf:Statement ; rdf:predicate ?p }
        GROUP BY ?p ORDER BY DESC(?n) ?p""",
    "OPTIONAL + lang filter": """SELECT ?c ?en ?nb WHERE { ?c a skos:Concept .
        OPTIONAL { ?c rdfs:label ?en FILTER(lang(?en) = "en") }
        OPTIONAL { ?c rdfs:label ?nb FILTER(lang(?nb) = "nb") } }""",
    "skos:broader* path": "SELECT ?c WHERE { ?c skos:broader* crm:Person }",
    "DISTINCT/ORDER/LIMIT": """SELECT DISTINCT ?label WHERE { ?x rdfs:label ?label }
        ORDER BY ?label LIMIT 100""",
    "provenance": """SELECT ?o ?conf ?text ?src WHERE {
        ?st rdf:subject crm:Customer ; rdf:predicate crm:buys ; rdf:object ?o ;
            crm:confidence ?conf ; prov:wasDerivedFrom ?sent .
        ?sent nif:anchorOf ?text ; nif:referenceContext ?doc . ?doc dcterms:source ?src }
        ORDER BY DESC(?conf) ?text LIMIT 50""",
}
DOCS_FULL, DOCS_QUICK = 6_300, 40


def graph(docs: int, jobs: int = 2) -> Path:
    """An output folder holding the build of ``docs`` generated documents and ``union.ttl`` (the
    Turtle export of its store), made once and reused."""
    import bench_build

    output = common.CACHE / f"graph-{docs}d"
    if not (output / ".complete").exists():
        bench_build.build(bench_build.corpus_dir(docs), output, jobs)
        subprocess.run(
            [sys.executable, "-m", "kgraph", "export", "--output", str(output), "--format",
             "turtle", "-o", str(output / "union.ttl")],
            check=True, capture_output=True, cwd=common.ROOT,
        )  # fmt: skip
        (output / ".complete").touch()
    return output


def _prefixes() -> str:
    from kgraph.vocab import PREFIXES

    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _kgraph(output: Path, repeat: int, memory: bool = False) -> dict[str, object]:
    import kgraph
    import kgraph.api  # imported before the clock starts, as rdflib is (kgraph loads it lazily)

    started = time.perf_counter()
    kg = kgraph.open(output, memory=memory)
    first = kg.query(QUERIES["lookup"])
    open_first = time.perf_counter() - started
    times, rows = {}, {}
    for name, sparql in QUERIES.items():
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            result = kg.query(sparql)
            runs.append(time.perf_counter() - t)
        assert isinstance(result, kgraph.api.Rows)
        times[name], rows[name] = statistics.median(runs), len(result)
    assert isinstance(first, kgraph.api.Rows) and len(first)
    return {"open_first": open_first, "times": times, "rows": rows}


def _rdflib(turtle: Path, repeat: int) -> dict[str, object]:
    import rdflib

    prologue = _prefixes()
    started = time.perf_counter()
    g = rdflib.Graph()
    g.parse(turtle, format="turtle")
    parsed = time.perf_counter() - started
    first = list(g.query(prologue + QUERIES["lookup"]))
    open_first = time.perf_counter() - started
    times, rows = {}, {}
    for name, sparql in QUERIES.items():
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            result = list(g.query(prologue + sparql))
            runs.append(time.perf_counter() - t)
        times[name], rows[name] = statistics.median(runs), len(result)
    assert first
    return {"parse": parsed, "open_first": open_first, "times": times, "rows": rows,
            "triples": len(g)}  # fmt: skip


def _cli_seconds(output: Path, repeat: int) -> float:
    """Wall time of ``kgraph query`` as a user runs it (Python start-up and imports included)."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "kgraph", "query", "--output", str(output), "--format", "csv",
             QUERIES["lookup"]],
            check=True, capture_output=True, cwd=common.ROOT,
        )  # fmt: skip
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="~10k triples: a smoke run")
    parser.add_argument("--docs", type=int, default=DOCS_FULL)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        side, path, repeat = args.child
        if side == "rdflib":
            common.report(_rdflib(Path(path), int(repeat)))
        else:
            common.report(_kgraph(Path(path), int(repeat), memory=side == "memory"))
        return 0
    output = graph(DOCS_QUICK if args.quick else args.docs)
    kg = common.child("bench_query.py", "kgraph", str(output), "5")
    mem = common.child("bench_query.py", "memory", str(output), "5")
    rl = common.child(
        "bench_query.py", "rdflib", str(output / "union.ttl"), "1" if args.quick else "3"
    )
    cli = _cli_seconds(output, 1 if args.quick else 3)
    rows, ratios, mem_ratios = [], [], []
    for name in QUERIES:
        k, m, r = kg["times"][name], mem["times"][name], rl["times"][name]
        same = "yes" if kg["rows"][name] == rl["rows"][name] else f"NO ({rl['rows'][name]:,})"
        rows.append((name, k * 1000, m * 1000, r * 1000, r / k, r / m, kg["rows"][name], same))
        ratios.append(r / k)
        mem_ratios.append(r / m)
    summary = [
        ("median over the mix: rdflib ÷ kgraph, store on disk (target ≥ 10)",
         statistics.median(ratios)),
        ("slowest query ratio: rdflib ÷ kgraph, store on disk (target ≥ 3)", min(ratios)),
        ("median over the mix: rdflib ÷ kgraph, memory=True",
         statistics.median(mem_ratios)),
        ("slowest query ratio: rdflib ÷ kgraph, memory=True", min(mem_ratios)),
        ("open and first answer: kgraph ÷ rdflib (target ≤ 0.01)",
         kg["open_first"] / rl["open_first"]),
        ("open and first answer: kgraph memory=True ÷ rdflib",
         mem["open_first"] / rl["open_first"]),
        ("peak memory: kgraph ÷ rdflib (target ≤ 0.5)", kg["peak_rss_mb"] / rl["peak_rss_mb"]),
        ("peak memory: kgraph memory=True ÷ rdflib", mem["peak_rss_mb"] / rl["peak_rss_mb"]),
    ]  # fmt: skip
    absolute = [
        ("triples (rdflib's count of union.ttl)", rl["triples"]),
        ("kgraph: open store + first answer, ms", kg["open_first"] * 1000),
        ("kgraph memory=True: copy into memory + first answer, s", mem["open_first"]),
        ("rdflib: parse Turtle, s", rl["parse"]),
        ("rdflib: parse + first answer, s", rl["open_first"]),
        ("kgraph query CLI, lookup, wall s (Python start-up included)", cli),
        ("kgraph: peak RSS MiB", kg["peak_rss_mb"]),
        ("kgraph memory=True: peak RSS MiB", mem["peak_rss_mb"]),
        ("rdflib: peak RSS MiB", rl["peak_rss_mb"]),
    ]
    print(f"# Query mix on {rl['triples']:,} triples ({common.machine()})\n")
    print(common.table("Ratios (same run)", ("measure", "ratio"), summary))
    header = ("query", "kgraph ms", "memory ms", "rdflib ms", "rdflib ÷ kgraph", "rdflib ÷ memory",
              "rows", "same rows")  # fmt: skip
    print(common.table("Per query (median)", header, rows))
    print(common.table("Absolute figures", ("measure", "value"), absolute))
    return 0


if __name__ == "__main__":
    sys.exit(main())
