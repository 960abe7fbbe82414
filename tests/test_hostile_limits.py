"""Issue 6: size limits that hold. Sentences are capped at segment.MAX_SENTENCE_CHARS (so tokens
per sentence too), files at corpus.MAX_BYTES, coordinated conjuncts at clauses.MAX_GROUP a side."""

from __future__ import annotations

import itertools
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kgraph import corpus, segment
from kgraph.corpus import Skipped
from kgraph.extractors import extractors
from kgraph.extractors.clauses import MAX_GROUP
from kgraph.model import Document, Span
from kgraph.tokens import tokenize


def _doc(text: str, lang: str = "nb") -> Document:
    return Document(id="x.txt", text=text, lang=lang, body=Span(0, len(text)), metadata={})


def _ten_megabytes() -> str:
    words = "kunde kjøper produkt tjeneste leverandør service kvalitet pris og med for til".split()
    cycle = itertools.cycle(words)
    parts = [
        " ".join(next(cycle) for _ in range(300_000)),  # ~2 MB line, no punctuation
        "a" * 1_000_000,  # 1 MB without a space
        "\n".join("Kunden kjøper produkter" for _ in range(100_000)),  # 2.4 MB of short lines
        "kunde kjøper. " * 100_000,  # 1.4 MB line of periods that end no sentence
        "Kunden kjøper varer, " * 150_000,  # 3.2 MB of one comma-joined list
    ]
    return "\n\n".join(parts)


def test_hostile_limits_ten_megabytes_split_into_capped_sentences_in_seconds() -> None:
    text = _ten_megabytes()
    assert len(text.encode()) >= 10_000_000
    doc = _doc(text)
    started = time.perf_counter()
    sentences = segment.sentences(doc)
    seconds = time.perf_counter() - started
    assert seconds < 30  # 3-4 s here; it took minutes while splitting was quadratic
    assert all(0 < len(s.span) <= segment.MAX_SENTENCE_CHARS for s in sentences)
    assert all(doc.text[s.span.start : s.span.end].strip() for s in sentences)
    longest = max(sentences, key=lambda s: len(s.span))
    assert len(tokenize(doc.text, longest.span, "nb")) <= segment.MAX_SENTENCE_CHARS


def test_hostile_limits_longest_sentences_extract_quickly() -> None:
    extractor = extractors.get("rules")
    cases = [
        "a, " * 700,
        "kunder og " * 220,
        "Kunder " * 300,
        "kunde-" * 330,
        "(" * 1000 + ")" * 1000,
        "a" * 2000,
        ", ".join(["kunder"] * 150) + " kjøper " + ", ".join(["varer"] * 150),
    ]
    extractor.extract(_doc("Kunden kjøper varer."), segment.sentences(_doc("Kunden kjøper varer.")))
    for text in cases:
        doc = _doc(text[: segment.MAX_SENTENCE_CHARS])
        started = time.perf_counter()
        extractor.extract(doc, segment.sentences(doc))
        assert time.perf_counter() - started < 2.0, text[:40]


@pytest.mark.parametrize("n", [3, 12, 40, 120])
def test_hostile_limits_coordination_does_not_multiply_statements(n: int) -> None:
    syllables = ["ba", "ke", "lo", "mi", "nu", "pa", "ro", "si", "te", "vu", "fy", "gø"]
    stems = ["".join(p) for p in itertools.product(syllables, repeat=2)][:n]
    subjects = [f"{s}kunder" for s in stems]
    objects = [f"{s}tjenester" for s in stems]
    text = (
        ", ".join(subjects[:-1]) + " og " + subjects[-1] + " kjøper "
        + ", ".join(objects[:-1]) + " og " + objects[-1] + "."
    )  # fmt: skip
    doc = _doc(text)
    extraction = extractors.get("rules").extract(doc, segment.sentences(doc))
    assert len(extraction.assertions) <= MAX_GROUP * MAX_GROUP
    if n <= MAX_GROUP:
        assert len(extraction.assertions) == n * n  # small lists keep every pair


def test_hostile_limits_file_over_the_size_limit_is_skipped_unread(tmp_path: Path) -> None:
    with open(tmp_path / "huge.txt", "wb") as out:
        out.truncate(corpus.MAX_BYTES + 1)  # sparse: costs no disk
    (item,) = corpus.read(tmp_path, lang="nb")
    assert isinstance(item, Skipped)
    assert "over the 20,000,000-byte limit" in item.reason


@pytest.mark.slow
def test_hostile_limits_two_megabyte_line_without_punctuation_builds(tmp_path: Path) -> None:
    words = itertools.cycle("kunde kjøper produkt tjeneste leverandør kvalitet og med for".split())
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    line = " ".join(next(words) for _ in range(300_000))
    (corpus_dir / "line.txt").write_text(line, encoding="utf-8")
    assert len(line.encode()) > 2_000_000
    kgraph = Path(sys.executable).with_name("kgraph")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [str(kgraph), "build", str(corpus_dir), "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "from 1 documents" in done.stderr
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert peak_mb < 2_000
