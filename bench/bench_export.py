"""Benchmark (d): writing the ~1M-triple graph of bench_query as Turtle, kgraph's exporter against
rdflib's serialisers on the same graph (parsed beforehand, not timed), plus N-Triples for scale.

    python bench/bench_export.py            # ~1M triples
    python bench/bench_export.py --quick    # ~10k triples: checks that the benchmark runs

Each side runs in a fresh process. kgraph's figure is ``kgraph export --format turtle`` as the
library runs it (``exporters.export``): right after the build that is the copy of the Turtle the
build wrote (``.export.ttl``, :mod:`kgraph.snapshot`); "full path" is what it does after any
other write to the store: read the union of the store's graphs, sort, write.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import bench_query
import common


def _kgraph(output: Path, fmt: str) -> dict[str, object]:
    from kgraph import exporters

    out = io.BytesIO()
    started = time.perf_counter()
    if fmt == "turtle-full":
        count = exporters.TurtleExporter().write_from_store(output, out)
    else:
        count = exporters.export(output, fmt, out)
    return {"seconds": time.perf_counter() - started, "triples": count, "bytes": out.tell()}


def _rdflib(turtle: Path, fmt: str) -> dict[str, object]:
    import rdflib

    g = rdflib.Graph()
    g.parse(turtle, format="turtle")
    from kgraph.vocab import PREFIXES

    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    started = time.perf_counter()
    data = g.serialize(format=fmt, encoding="utf-8")
    return {"seconds": time.perf_counter() - started, "triples": len(g), "bytes": len(data)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="~10k triples: a smoke run")
    parser.add_argument("--docs", type=int, default=bench_query.DOCS_FULL)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        side, path, fmt = args.child
        run = _kgraph if side == "kgraph" else _rdflib
        common.report(run(Path(path), fmt))
        return 0
    output = bench_query.graph(bench_query.DOCS_QUICK if args.quick else args.docs)
    turtle = str(output / "union.ttl")
    runs = {
        "kgraph turtle": common.child("bench_export.py", "kgraph", str(output), "turtle"),
        "kgraph turtle, full path": common.child(
            "bench_export.py", "kgraph", str(output), "turtle-full"
        ),
        "rdflib turtle": common.child("bench_export.py", "rdflib", turtle, "turtle"),
        "rdflib longturtle": common.child("bench_export.py", "rdflib", turtle, "longturtle"),
        "kgraph nt": common.child("bench_export.py", "kgraph", str(output), "nt"),
        "rdflib nt": common.child("bench_export.py", "rdflib", turtle, "nt"),
    }
    k = runs["kgraph turtle"]["seconds"]
    ratios = [
        ("rdflib turtle ÷ kgraph turtle (target ≥ 20)", runs["rdflib turtle"]["seconds"] / k),
        ("rdflib longturtle ÷ kgraph turtle", runs["rdflib longturtle"]["seconds"] / k),
        ("rdflib turtle ÷ kgraph turtle, full path (after a load or update)",
         runs["rdflib turtle"]["seconds"] / runs["kgraph turtle, full path"]["seconds"]),
        ("rdflib nt ÷ kgraph nt", runs["rdflib nt"]["seconds"] / runs["kgraph nt"]["seconds"]),
    ]
    rows = [
        (name, r["seconds"], r["triples"] / r["seconds"], r["bytes"] / 2**20, r["peak_rss_mb"])
        for name, r in runs.items()
    ]
    triples = runs["kgraph turtle"]["triples"]
    print(f"# Export of {triples:,} triples ({common.machine()})\n")
    print(common.table("Ratios (same run)", ("measure", "ratio"), ratios))
    header = ("writer", "seconds", "triples/s", "MiB written", "peak RSS MiB")
    print(common.table("Writers (rdflib: graph parsed before timing)", header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
