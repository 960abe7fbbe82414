"""Benchmark (a): extraction throughput in words per second per process, on a generated corpus.

    python bench/bench_extract.py            # 200,000 words (about 2,200 documents)
    python bench/bench_extract.py --words 1000000
    python bench/bench_extract.py --quick    # 3,000 words: checks that the benchmark runs

Stages are timed separately in one process after a warm-up (the first document of each language
loads that language's lexicon and lemma dictionary): reading files, sentence splitting, and the
rules extractor. A second pass under cProfile lists the hot spots. The pipeline's streamed
extraction (read, split, extract, make the document's triples: ``pipeline.parts``) is then timed
with 1 and with N processes (``jobs``), each run in a fresh process, warm-up included.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

import common
import corpusgen

TARGET_WORDS_PER_S = 50_000


def corpus_dir(words: int) -> Path:
    """The generated corpus of ``words`` words, written once and reused."""
    path = common.CACHE / f"corpus-{words}w"
    done = path / ".complete"
    if not done.exists():
        corpusgen.write(path, words=words)
        done.touch()
    return path


def _stages(corpus: Path, profile_words: int) -> dict[str, object]:
    from kgraph import corpus as corpus_mod
    from kgraph import segment
    from kgraph.extractors import extractors

    plugin = extractors.get("rules")
    started = time.perf_counter()
    docs = [d for d in corpus_mod.read(corpus) if not isinstance(d, corpus_mod.Skipped)]
    read_s = time.perf_counter() - started
    seen: set[str] = set()
    for doc in docs:  # warm-up: one document per language, not timed
        if doc.lang not in seen:
            seen.add(doc.lang)
            plugin.extract(doc, segment.sentences(doc))
    words = sum(corpusgen.count_words(d.text[d.body.start :]) for d in docs)
    started = time.perf_counter()
    sentences = [segment.sentences(d) for d in docs]
    segment_s = time.perf_counter() - started
    started = time.perf_counter()
    for doc, sents in zip(docs, sentences, strict=True):
        plugin.extract(doc, sents)
    extract_s = time.perf_counter() - started
    # the hot spots, on a prefix of the corpus (cProfile slows the code down about twice)
    prefix, n = [], 0
    for doc, sents in zip(docs, sentences, strict=True):
        prefix.append((doc, sents))
        n += corpusgen.count_words(doc.text[doc.body.start :])
        if n >= profile_words:
            break
    profiler = cProfile.Profile()
    profiler.enable()
    for doc, sents in prefix:
        plugin.extract(doc, sents)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:8]  # type: ignore[attr-defined]
    root = str(common.ROOT) + os.sep
    hot = [
        (f"{Path(file).as_posix().replace(root, '')}:{line} {name}", tt / total, calls)
        for (file, line, name), (_, calls, tt, _, _) in rows
    ]
    return {
        "docs": len(docs),
        "words": words,
        "sentences": sum(len(s) for s in sentences),
        "read_s": read_s,
        "segment_s": segment_s,
        "extract_s": extract_s,
        "hot": hot,
    }


def _pipeline(corpus: Path, jobs: int) -> dict[str, object]:
    """Read, extract and make the triples of every document, in ``jobs`` processes."""
    from kgraph import pipeline

    pipeline.PARALLEL_MIN_BYTES = 0  # measure the processes even where build would use one
    started = time.perf_counter()
    docs = sum(
        1 for part in pipeline.parts(corpus, jobs=jobs) if isinstance(part, pipeline.DocumentPart)
    )
    return {"seconds": time.perf_counter() - started, "docs": docs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="3,000 words: a smoke run")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        case, path = args.child[0], Path(args.child[1])
        if case == "stages":
            common.report(_stages(path, int(args.child[2])))
        else:
            common.report(_pipeline(path, int(args.child[2])))
        return 0
    words = 3_000 if args.quick else args.words
    corpus = corpus_dir(words)
    stages = common.child("bench_extract.py", "stages", str(corpus), str(min(words, 30_000)))
    n_words, n_docs = stages["words"], stages["docs"]
    rows = []
    for stage in ("read", "segment", "extract"):
        s = stages[f"{stage}_s"]
        rows.append(
            (stage if stage != "extract" else "extract (rules)", s, n_words / s, n_docs / s)
        )
    whole = stages["read_s"] + stages["segment_s"] + stages["extract_s"]
    rows.append(("read + segment + extract", whole, n_words / whole, n_docs / whole))
    jobs_rows, per_jobs = [], {}
    for jobs in sorted({1, args.jobs}):
        result = common.child("bench_extract.py", "pipeline", str(corpus), str(jobs))
        per_jobs[jobs] = result["seconds"]
        jobs_rows.append(
            (f"pipeline.parts, jobs={jobs}", result["seconds"],
             n_words / result["seconds"], result["docs"] / result["seconds"],
             result["peak_rss_mb"])
        )  # fmt: skip
    extract_rate = n_words / stages["extract_s"]
    ratios = [
        (
            "rules extractor ÷ target (50,000 words/s per process)",
            extract_rate / TARGET_WORDS_PER_S,
        ),
        ("segment ÷ rules extractor (speed)", stages["extract_s"] / stages["segment_s"]),
    ]
    if 1 in per_jobs and args.jobs in per_jobs and args.jobs != 1:
        ratios.append((f"pipeline.parts jobs={args.jobs} ÷ jobs=1 (speed-up)",
                       per_jobs[1] / per_jobs[args.jobs]))  # fmt: skip
    print(f"# Extraction throughput: {n_docs:,} documents, {n_words:,} words, "
          f"{stages['sentences']:,} sentences ({common.machine()})\n")  # fmt: skip
    print(common.table("Ratios (same run)", ("measure", "ratio"), ratios))
    print(
        common.table("One process, after warm-up", ("stage", "seconds", "words/s", "docs/s"), rows)
    )
    if jobs_rows:
        header = ("run", "seconds", "words/s", "docs/s", "peak RSS MiB")
        print(common.table("End to end, fresh process (incl. warm-up)", header, jobs_rows))
    print(common.table("Hot spots of the rules extractor (cProfile, own time)",
                       ("function", "share", "calls"), stages["hot"]))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
