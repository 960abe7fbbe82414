"""The extraction cache: JSON round trips, keys, damaged files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import cache, pipeline
from kgraph.errors import StoreError
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


def test_cache_merged_shards_are_not_extracted_again_and_give_the_same_graph(
    data_dir: Path, tmp_path: Path
) -> None:
    import shutil

    from typer.testing import CliRunner  # noqa: TID251 - the CLI's own runner

    from kgraph.cli import app

    corpus = tmp_path / "corpus"
    for shard, names in {"a": ("da.txt", "de.txt"), "b": ("en.txt", "nb.txt", "sv.txt")}.items():
        (corpus / shard).mkdir(parents=True)
        for name in names:
            shutil.copy(data_dir / "five-languages" / name, corpus / shard / name)
        pipeline.build(corpus / shard, tmp_path / "shards" / shard)
    merged, clean = tmp_path / "merged", tmp_path / "clean"
    result = CliRunner().invoke(app, ["merge-caches", str(tmp_path / "shards" / "a"),
                                      str(tmp_path / "shards" / "b"), "--output", str(merged)])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "5 cached documents from 2 shards" in result.stderr and result.stdout == ""
    report = pipeline.build(corpus, merged)
    assert report.documents == 5 and report.reused == 5  # nothing extracted again
    pipeline.build(corpus, clean)
    assert (merged / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    # the same shard twice holds the same documents twice: refused, naming one
    again = CliRunner().invoke(app, ["merge-caches", str(tmp_path / "shards" / "a"),
                                     str(tmp_path / "shards" / "a"), "--output", str(merged)])  # fmt: skip
    assert again.exit_code == 1 and "a/da.txt" in again.stderr and "Traceback" not in again.stderr


def test_cache_merge_without_a_shard_cache_says_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No extraction cache") as info:
        cache.merge(tmp_path / "out", [tmp_path / "missing"])
    assert "kgraph build" in info.value.hint
