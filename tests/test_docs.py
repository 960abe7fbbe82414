"""The docs execute: generated files are current, cookbook queries and quickstart code run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

import kgraph
from kgraph import docs, exporters

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def _blocks(path: Path, language: str) -> list[tuple[str, str]]:
    """(info string, code) of every fenced block of ``language`` in ``path``."""
    pattern = re.compile(rf"^```{language}([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
    return [(m.group(1).strip(), m.group(2)) for m in pattern.finditer(path.read_text("utf-8"))]


def test_docs_generated_files_are_current() -> None:
    stale = [str(p.relative_to(ROOT)) for p in docs.stale()]
    assert not stale, f"stale generated files {stale}: run `python -m kgraph.docs`"


def test_docs_check_reports_a_stale_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    stale_file = tmp_path / "cli.md"
    stale_file.write_text("old\n")
    monkeypatch.setattr(docs, "GENERATED", {stale_file: lambda: "new\n"})
    assert docs.main(["--check"]) == 1
    assert docs.main([]) == 0 and stale_file.read_text() == "new\n"
    assert docs.main(["--check"]) == 0


def test_docs_cli_reference_covers_every_command_and_option() -> None:
    text = (DOCS / "cli.md").read_text("utf-8")
    for command in (
        "build",
        "query",
        "export",
        "stats",
        "viz",
        "load",
        "validate",
        "plugins",
        "eval",
    ):
        assert f"## kgraph {command}\n" in text
    for option in ("--infer", "--ontology", "--no-validate", "--max-focus"):
        assert option in text


def test_docs_every_exporter_is_documented() -> None:
    text = (ROOT / "README.md").read_text("utf-8") + (DOCS / "quickstart.md").read_text("utf-8")
    missing = [n for n in exporters.exporters.names() if n not in text]
    assert not missing, f"exporters not mentioned in README.md or docs/quickstart.md: {missing}"


def test_docs_ontology_table_lists_every_class_and_relation() -> None:
    from kgraph.vocab import CORE_CLASSES, CRM_RELATIONS

    text = (DOCS / "ontology.md").read_text("utf-8")
    for name in (*CORE_CLASSES, *CRM_RELATIONS):
        assert f"| crm:{name} |" in text, name


def test_docs_readme_links_the_docs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for page in ("docs/quickstart.md", "docs/cli.md", "docs/ontology.md", "docs/cookbook.md"):
        assert f"]({page})" in readme, page


COOKBOOK = _blocks(DOCS / "cookbook.md", "sparql")


def test_docs_cookbook_has_recipes() -> None:
    assert len(COOKBOOK) >= 10


@pytest.mark.parametrize(
    ("info", "sparql"), COOKBOOK, ids=[f"recipe{i}" for i in range(len(COOKBOOK))]
)
def test_docs_cookbook_query_answers_on_the_bundled_corpus(
    corpus_output: Path, info: str, sparql: str
) -> None:
    infer = info.removeprefix("infer=") if info.startswith("infer=") else None
    result = kgraph.open(corpus_output).query(sparql, infer=infer)
    if isinstance(result, bool):
        assert result is True
    elif isinstance(result, rdflib.Graph):
        assert len(result) > 0
    else:
        assert result is not None and len(result) > 0, "the recipe returns nothing"


@pytest.mark.slow
def test_docs_quickstart_python_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    blocks = _blocks(DOCS / "quickstart.md", "python")
    assert len(blocks) >= 4
    for _, code in blocks:
        exec(compile(code, "docs/quickstart.md", "exec"), namespace)  # noqa: S102
    for made in ("graph.graphml", "neo4j.zip", "customers.html"):
        assert (tmp_path / "output" / made).is_file()
