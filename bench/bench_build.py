"""Benchmark (b): building generated corpora of 1k and 10k documents (100k with --full) into a
store: time, peak memory (main process and extraction workers), and their growth exponents;
``--jobs N`` against one process; and rebuilds that reuse the extraction cache.

    python bench/bench_build.py            # 1,000 and 10,000 documents
    python bench/bench_build.py --full     # and 100,000
    python bench/bench_build.py --quick    # 10 and 30 documents: checks that the benchmark runs

Every build runs in a fresh process (``pipeline.build``, no SHACL validation: that is
``kgraph build``'s extra step and is measured by nobody here). The exponent is the slope of
log(value) over log(documents): 1.0 means linear growth.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import time
from pathlib import Path

import common
import corpusgen


def corpus_dir(docs: int) -> Path:
    """The generated corpus of ``docs`` documents, written once and reused."""
    path = common.CACHE / f"corpus-{docs}d"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        corpusgen.write(path, docs=docs)
        done.touch()
    return path


def _build(corpus: Path, output: Path, jobs: int, incremental: bool) -> dict[str, object]:
    from kgraph import pipeline

    started = time.perf_counter()
    report = pipeline.build(corpus, output, jobs=jobs, incremental=incremental)
    seconds = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": seconds,
        "docs": report.documents,
        "triples": report.triples,
        "statements": report.statements,
        "reused": report.reused,
        "workers_peak_rss_mb": round(children / 1024, 1) if children else None,
        "store_mb": round(_size(output / "store") / 2**20, 1),
        "ttl_mb": round((output / "graph.ttl").stat().st_size / 2**20, 1),
    }


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(corpus: Path, output: Path, jobs: int, *, fresh: bool = True) -> dict[str, object]:
    """Run one build in a fresh process and return its figures. The build writes the extraction
    cache, as ``kgraph build`` does by default; ``fresh`` starts from an empty output folder."""
    if fresh:
        shutil.rmtree(output, ignore_errors=True)
    return common.child("bench_build.py", "build", str(corpus), str(output), str(jobs), "1")


def touch_some(corpus: Path, share: float, seed: int = 7) -> int:
    """Append a sentence to ``share`` of the corpus's documents; return how many changed."""
    files = sorted(corpus.rglob("*.txt"))
    chosen = random.Random(seed).sample(files, max(1, int(len(files) * share)))
    for path in chosen:
        with path.open("a", encoding="utf-8") as out:
            out.write("\nKunder kjøper tjenester.\n")
    return len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 and 30 documents: a smoke run")
    parser.add_argument("--full", action="store_true", help="also 100,000 documents")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _, corpus, output, jobs, incremental = args.child
        common.report(_build(Path(corpus), Path(output), int(jobs), incremental == "1"))
        return 0
    sizes = [10, 30] if args.quick else [1_000, 10_000] + ([100_000] if args.full else [])
    work = common.CACHE / "build-out"
    rows, seconds, rss = [], [], []
    per_jobs: dict[int, float] = {}
    for docs in sizes:
        corpus = corpus_dir(docs)
        result = build(corpus, work / f"{docs}", args.jobs)
        seconds.append(result["seconds"])
        rss.append(result["peak_rss_mb"])
        rows.append(_row(f"{docs:,} docs, jobs={args.jobs}", result))
        if docs == sizes[min(1, len(sizes) - 1)] and args.jobs > 1:
            one = build(corpus, work / f"{docs}-j1", 1)
            rows.append(_row(f"{docs:,} docs, jobs=1", one))
            per_jobs = {1: one["seconds"], args.jobs: result["seconds"]}
    # rebuilds of the middle size: nothing changed, then 1% of the documents changed
    docs = sizes[min(1, len(sizes) - 1)]
    corpus, output = corpus_dir(docs), work / f"{docs}"
    same = build(corpus, output, args.jobs, fresh=False)
    rows.append(_row(f"{docs:,} docs, rebuild, nothing changed", same))
    scratch = common.CACHE / f"corpus-{docs}d-changed"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(corpus, scratch)  # the same document ids and contents: all cached
    changed = touch_some(scratch, 0.01)
    some = build(scratch, output, args.jobs, fresh=False)
    rows.append(_row(f"{docs:,} docs, rebuild, {changed} changed", some))
    shutil.rmtree(scratch, ignore_errors=True)

    ratios = [
        ("time growth exponent (1.0 = linear)", common.exponent(sizes, seconds)),
        ("peak RSS growth exponent, main process", common.exponent(sizes, rss)),
    ]
    if per_jobs:
        ratios.append(
            (
                f"jobs={args.jobs} ÷ jobs=1 at {docs:,} docs (speed-up)",
                per_jobs[1] / per_jobs[args.jobs],
            )
        )
    full = next(r for r in rows if r[0].startswith(f"{docs:,} docs, jobs={args.jobs}"))
    ratios.append(("full build ÷ rebuild with nothing changed", full[1] / same["seconds"]))
    ratios.append(("full build ÷ rebuild with 1% changed", full[1] / some["seconds"]))
    print(f"# Build: generated corpora → store and graph.ttl ({common.machine()})\n")
    print(common.table("Ratios (same run)", ("measure", "ratio"), ratios))
    header = ("build", "seconds", "docs/s", "triples", "reused", "peak RSS MiB", "workers MiB",
              "store MiB", "graph.ttl MiB")  # fmt: skip
    print(common.table("Builds (each in a fresh process)", header, rows))
    return 0


def _row(name: str, r: dict[str, object]) -> tuple[object, ...]:
    secs = float(r["seconds"])  # type: ignore[arg-type]
    docs = int(r["docs"])  # type: ignore[call-overload]
    workers = r["workers_peak_rss_mb"] if r["workers_peak_rss_mb"] is not None else "-"
    return (name, secs, docs / secs, r["triples"], r["reused"], r["peak_rss_mb"], workers,
            r["store_mb"], r["ttl_mb"])  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
