"""The build's ready Turtle export (issue 5): streamed only while it is what the store gives."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph import exporters, pipeline, query, snapshot, store
from kgraph.exporters import TurtleExporter

FIVE = Path(__file__).parent / "data" / "five-languages"

# A tab, a form feed and quotes in a cited sentence: the store's writer escapes them otherwise
# than the build's lines do, and its decimals and offsets are typed otherwise (0.7, xsd:integer).
_AWKWARD = 'Kundene\tkjøper "varer" og \\tjenester\\ fra\x0cFirma AS.\n'


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIVE, corpus)
    (corpus / "awkward.txt").write_text(_AWKWARD, encoding="utf-8")
    output = tmp_path / "out"
    pipeline.build(corpus, output, jobs=1)
    return output


def _ready(output: Path) -> bool:
    return snapshot.is_ready(output, store.store_path(output))


def _export(output: Path) -> tuple[bytes, int]:
    out = io.BytesIO()
    count = exporters.export(output, "turtle", out)
    return out.getvalue(), count


def _full(output: Path) -> tuple[bytes, int]:
    out = io.BytesIO()
    count = TurtleExporter().write_from_store(output, out)
    return out.getvalue(), count


def test_snapshot_export_after_build_is_the_full_export(built: Path) -> None:
    assert _ready(built)
    data, count = _export(built)
    assert (data, count) == _full(built)
    assert data == (built / snapshot.EXPORT_FILE).read_bytes()
    assert b"\\t" in data  # the store's escaping, not the build's raw tab
    assert b"owl:Class" in data  # the ontology graph, which graph.ttl leaves out


def test_snapshot_load_invalidates_and_export_includes_the_new_triples(
    built: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.nt"
    extra.write_text('<urn:x:a> <urn:x:b> "loaded after the build" .\n', encoding="utf-8")
    store.add_files(built, [extra])
    assert not _ready(built)
    assert not (built / snapshot.EXPORT_FILE).exists()
    data, count = _export(built)
    assert b"loaded after the build" in data
    assert (data, count) == _full(built)


def test_snapshot_update_invalidates(built: Path) -> None:
    query.run(built, 'INSERT DATA { <urn:x:a> <urn:x:b> "updated" }', allow_update=True)
    assert not _ready(built)
    data, _ = _export(built)
    assert b'"updated"' in data


def test_snapshot_rebuild_keeps_loaded_files_in_the_ready_export(
    built: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text('<urn:x:a> <urn:x:b> [ <urn:x:c> "blank" ], 0.50 .\n', encoding="utf-8")
    store.add_files(built, [extra])
    pipeline.build(tmp_path / "corpus", built, jobs=1)
    assert _ready(built)
    data, count = _export(built)
    assert b'"blank"' in data
    assert (data, count) == _full(built)


def test_snapshot_a_write_by_another_program_invalidates(built: Path) -> None:
    writer = ox.Store(str(store.store_path(built)))  # not through kgraph: no lock, no stamp
    writer.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("foreign")))
    writer.flush()
    del writer
    assert not _ready(built)
    assert b'"foreign"' in _export(built)[0]


def test_snapshot_a_stamp_for_another_file_is_refused(built: Path) -> None:
    ready = built / snapshot.EXPORT_FILE
    ready.write_bytes(ready.read_bytes() + b"\n")  # same name, another file
    assert not _ready(built)
    assert _export(built) == _full(built)
