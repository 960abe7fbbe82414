"""Issue 6: a build never dies on a file; skips are reported; --strict makes them exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner  # noqa: TID251 (the CLI is driven through typer)

from kgraph import pipeline
from kgraph.cli import app
from kgraph.extractors.rules import RuleExtractor
from kgraph.model import Document, Extraction, Sentence

runner = CliRunner()


def test_hostile_build_extractor_crash_on_one_document_skips_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Kundene kjøper produkter.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Kundene kjøper tjenester.\n", encoding="utf-8")
    real = RuleExtractor.extract

    def extract(self: RuleExtractor, doc: Document, sentences: tuple[Sentence, ...]) -> Extraction:
        if doc.id == "a.txt":
            raise IndexError("list index out of range\nsecond line")
        return real(self, doc, sentences)

    monkeypatch.setattr(RuleExtractor, "extract", extract)
    report = pipeline.build(corpus, tmp_path / "out")
    assert report.documents == 1
    ((path, reason),) = report.skipped
    assert path == "a.txt"
    assert reason.startswith("the rules extractor failed (IndexError: list index out of range")
    assert "\n" not in reason


def _hostile_corpus(root: Path) -> Path:
    import os

    corpus = root / "corpus"
    (corpus / "sub dir æøå").mkdir(parents=True)
    (corpus / "good.txt").write_text("Kundene kjøper produkter.\n", encoding="utf-8")
    (corpus / "sub dir æøå" / "gut.md").write_text(
        "Die Kunden kaufen Produkte.\n", encoding="utf-8"
    )
    (corpus / "quote\"s and 'apostrophes'.txt").write_text(
        "Kunden kjøper varer.\n", encoding="utf-8"
    )
    (corpus / "new\nline.txt").write_text("Kundene kjøper tjenester.\n", encoding="utf-8")
    # names that look like paths elsewhere: on Linux a backslash is an ordinary character (and a
    # name starting with "." is a hidden file, which is not read)
    (corpus / "..\\..\\evil.txt").write_text("Kundene kjøper varer.\n", encoding="utf-8")
    (corpus / "C:\\Windows\\abs.md").write_text("Kunden kjøper varer.\n", encoding="utf-8")
    (root / "outside.txt").write_text("Kundene kjøper produkter.\n", encoding="utf-8")
    (corpus / "link-out.txt").symlink_to(root / "outside.txt")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (corpus / "report.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "broken.txt").symlink_to(root / "missing.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / os.fsdecode(b"latin1-\xe6.txt")).write_bytes("Kunden kjøper varer.".encode("cp1252"))
    return corpus


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def test_hostile_build_cli_skips_each_bad_file_on_one_line_and_exits_0(tmp_path: Path) -> None:
    corpus = _hostile_corpus(tmp_path)
    before = _tree(tmp_path)
    result = runner.invoke(app, ["build", str(corpus), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert skipped == [
        "skipped broken.txt: broken symbolic link (to '" + str(tmp_path / "missing.txt") + "')",
        "skipped empty.txt: no text",
        "skipped image.txt: binary: looks like a PNG image",
        "skipped pipe.txt: not a regular file (a pipe, socket or device)",
        "skipped report.txt: binary: looks like a PDF file",
    ]
    assert "from 7 documents" in result.stderr and "5 skipped" in result.stderr
    # kgraph wrote only inside --output, whatever the documents were called
    assert {p for p in _tree(tmp_path) - before if not p.startswith("out/")} == {"out"}
    assert (tmp_path / "outside.txt").read_text(encoding="utf-8") == "Kundene kjøper produkter.\n"


def test_hostile_build_cli_strict_exits_1_after_writing_the_graph(tmp_path: Path) -> None:
    corpus = _hostile_corpus(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "--output", str(out), "--strict"])
    assert result.exit_code == 1
    assert "5 skipped" in result.stderr
    assert (out / "graph.ttl").is_file() and (out / "store").is_dir()


def test_hostile_build_odd_document_names_become_valid_iris_and_literals(tmp_path: Path) -> None:
    import pyoxigraph
    from rdflib import Graph
    from rdflib.namespace import DCTERMS

    report = pipeline.build(_hostile_corpus(tmp_path), tmp_path / "out")
    g = Graph().parse(report.graph_file, format="turtle")
    sources = {str(o): s for s, o in g.subject_objects(DCTERMS.source)}
    assert set(sources) == {
        "good.txt",
        "sub dir æøå/gut.md",
        "quote\"s and 'apostrophes'.txt",
        "new\nline.txt",
        "C:\\Windows\\abs.md",
        "link-out.txt",
        "latin1-\\xe6.txt",
    }
    for node in sources.values():
        pyoxigraph.NamedNode(str(node))  # raises on an invalid IRI
        assert "\n" not in str(node) and " " not in str(node)
