"""The extraction cache: JSON round trips, keys, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import cache, pipeline
from kgraph.model import DocumentResult

FIVE = Path(__file__).parent / "data" / "five-languages"


@pytest.fixture(scope="module")
def results() -> list[DocumentResult]:
    out = [pipeline.extract_document(path, path.name, "rules") for path in sorted(FIVE.iterdir())]
    assert all(isinstance(r, DocumentResult) for r in out)
    return out  # type: ignore[return-value]


def test_cache_encode_decode_round_trips_every_field(results: list[DocumentResult]) -> None:
    assert any(r.extraction.assertions for r in results)
    for result in results:
        assert cache.decode(cache.encode(result)) == result


def test_cache_serves_only_the_same_digest_and_key(
    tmp_path: Path, results: list[DocumentResult]
) -> None:
    result = results[0]
    with cache.opened(tmp_path, "key-1") as cached:
        cached.put(result.doc_id, "digest-a", result)
        assert cached.get(result.doc_id, "digest-a") == result
        assert cached.get(result.doc_id, "digest-b") is None
    with cache.opened(tmp_path, "key-1") as cached:
        assert cached.has(result.doc_id, "digest-a")
    with cache.opened(tmp_path, "key-2") as cached:  # other code or extractor: start afresh
        assert not cached.has(result.doc_id, "digest-a")


def test_cache_key_names_the_extractor_and_its_version() -> None:
    assert cache.key("rules", "2") != cache.key("rules", "3")
    assert cache.key("rules", "2") != cache.key("llm", "2")
    assert cache.key("rules", "2") == cache.key("rules", "2")


def test_cache_damaged_file_starts_afresh(tmp_path: Path, results: list[DocumentResult]) -> None:
    (tmp_path / cache.CACHE_FILE).write_bytes(b"this is no sqlite database" * 100)
    with cache.opened(tmp_path, "k") as cached:
        assert list(cached.ids()) == []
        cached.put("x", "d", results[0])
    with cache.opened(tmp_path, "k") as cached:
        assert list(cached.ids()) == ["x"]


def test_cache_file_digest_is_none_for_what_is_no_regular_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    assert cache.file_digest(tmp_path / "a.txt") is not None
    assert cache.file_digest(tmp_path / "missing.txt") is None
    assert cache.file_digest(tmp_path) is None
