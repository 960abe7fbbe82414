"""The pipeline at scale (issue 5): --jobs in processes, incremental rebuilds, streamed builds."""

from __future__ import annotations

import multiprocessing
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph import cache, pipeline, store

FIVE = Path(__file__).parent / "data" / "five-languages"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIVE, corpus)
    return corpus


def test_pipeline_jobs_output_is_byte_identical_to_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contexts: list[str] = []
    real = multiprocessing.get_context

    def recording(method: str | None = None) -> Any:
        contexts.append(str(method))
        return real(method)

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)  # a pool even for five documents
    monkeypatch.setattr(pipeline.multiprocessing, "get_context", recording)
    one = pipeline.build(FIVE, tmp_path / "one", jobs=1, incremental=False)
    assert contexts == []
    progress: list[tuple[int, int, str]] = []
    two = pipeline.build(
        FIVE, tmp_path / "two", jobs=2, incremental=False,
        on_progress=lambda done, total, name: progress.append((done, total, name)),
    )  # fmt: skip
    assert contexts == [pipeline._start_method()]  # the second build ran in worker processes
    assert two.graph_file.read_bytes() == one.graph_file.read_bytes()
    assert (two.triples, two.statements, two.sentences) == (
        one.triples,
        one.statements,
        one.sentences,
    )
    assert progress == [
        (i, 5, f"{lang}.txt") for i, lang in enumerate(["da", "de", "en", "nb", "sv"], 1)
    ]
    assert store.dump(tmp_path / "one", "nq", union=False) == store.dump(
        tmp_path / "two", "nq", union=False
    )


def test_pipeline_incremental_rebuild_equals_a_clean_build(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    first = pipeline.build(corpus, tmp_path / "out")
    assert first.reused == 0
    with (corpus / "de.txt").open("a", encoding="utf-8") as changed:
        changed.write("\nZufriedene Mitarbeiter schaffen zufriedene Kunden.\n")
    (corpus / "sv.txt").unlink()
    (corpus / "extra.txt").write_text(
        "Kundene kjøper tjenester. Fornøyde kunder skaper lojalitet.\n", encoding="utf-8"
    )
    again = pipeline.build(corpus, tmp_path / "out")
    assert again.reused == 3  # da, en, nb: unchanged; de changed, extra new, sv gone
    assert "3 unchanged" in again.summary()
    clean = pipeline.build(corpus, tmp_path / "clean", incremental=False)
    assert again.graph_file.read_bytes() == clean.graph_file.read_bytes()
    assert again.languages == clean.languages == {"da": 1, "de": 1, "en": 1, "nb": 2}
    assert store.dump(tmp_path / "out", "nt", union=True) == store.dump(
        tmp_path / "clean", "nt", union=True
    )
    with cache.opened(tmp_path / "out", "any") as cached:  # another key: emptied, not reused
        assert list(cached.ids()) == []


def test_pipeline_incremental_drops_deleted_documents_from_the_cache(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    pipeline.build(corpus, tmp_path / "out")
    (corpus / "en.txt").unlink()
    report = pipeline.build(corpus, tmp_path / "out")
    assert report.reused == 4
    db = sqlite3.connect(tmp_path / "out" / cache.CACHE_FILE)
    try:
        ids = [row[0] for row in db.execute("SELECT id FROM documents ORDER BY id")]
    finally:
        db.close()
    assert ids == ["da.txt", "de.txt", "nb.txt", "sv.txt"]
    graph = Graph().parse(report.graph_file, format="turtle")
    assert not any("en.txt" in str(s) for s in graph.subjects())


def test_pipeline_graph_file_matches_the_rdflib_graph_of_the_same_extraction(
    tmp_path: Path,
) -> None:
    report = pipeline.build(FIVE, tmp_path / "out", incremental=False)
    expected = pipeline.extracted_graph(pipeline.extract(FIVE))
    written = Graph().parse(report.graph_file, format="turtle")
    assert isomorphic(written, expected)
    assert report.triples == len(expected)
