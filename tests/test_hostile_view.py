"""Issue 6: the HTML view never executes text from the corpus. A corpus whose sentences and file
names carry markup goes through `kgraph build` and `kgraph viz`; the page holds it only as
escaped JSON, and a real browser (marked `browser`) shows it as text and runs none of it."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner  # noqa: TID251 - the CLI tests need typer's runner

from kgraph.cli import app

sys.path.insert(0, str(Path(__file__).parent))
from test_render import page_without_payload, payload  # noqa: E402
from test_render_browser import browser  # noqa: E402, F401 - the fixture, shared

runner = CliRunner()

SCRIPT = "</script><script>window.pwned=1;alert(1)</script>"
IMG = '<img src=x onerror="window.pwned=2;alert(2)">'
QUOTES = '"varer" og \'tjenester\' fra """Firma""" AS \\ og & &amp; &lt;b&gt;'
NAME = "<svg onload=window.pwned=3>.txt"
HOSTILE_SENTENCES = (
    f"Kundene kjøper produkter {SCRIPT} hver dag.",
    f"Kundene kjøper tjenester {IMG} fra Nordisk AS.",
    f"Kundene kjøper {QUOTES}.",
    "Kundene kjøper \u202evarer\u202c fra \u2067Nordisk\u2069 AS.",
)


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-view")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / NAME).write_text("\n\n".join(HOSTILE_SENTENCES) + "\n", encoding="utf-8")
    (corpus / "en.md").write_text(
        "# <script>alert(3)</script>\n\nCustomers buy products from <b>Acme</b> Inc.\n",
        encoding="utf-8",
    )
    built = runner.invoke(app, ["build", str(corpus), "--output", str(root / "out")])
    assert built.exit_code == 0, built.stderr
    page = root / "view.html"
    drawn = runner.invoke(app, ["viz", "--output", str(root / "out"), "-o", str(page)])
    assert drawn.exit_code == 0, drawn.stderr
    return page


def test_hostile_view_corpus_markup_is_only_escaped_json_in_the_page(hostile_page: Path) -> None:
    page = hostile_page.read_text(encoding="utf-8")
    data = payload(page)
    assert not re.search(r"[<>&\u2028\u2029]", data), "raw <, > or & in the JSON payload"
    parsed = json.loads(data)
    sentences = {ev["sentence"] for e in parsed["edges"] for ev in e["evidence"]}
    sources = {ev["source"] for e in parsed["edges"] for ev in e["evidence"]}
    for hostile in (SCRIPT, IMG, QUOTES, "<b>Acme</b>"):
        assert any(hostile in s for s in sentences), hostile  # kept exactly, as text
    assert any("\u202e" not in s and "varer" in s for s in sentences)  # bidi overrides blanked
    assert NAME in sources
    rest = page_without_payload(page)
    for hostile in (SCRIPT, IMG, QUOTES, NAME, "window.pwned"):
        assert hostile not in rest
    assert rest.count("</script>") == 3  # vis, data, app: nothing closes a script early


@pytest.mark.browser
def test_hostile_view_browser_shows_corpus_markup_as_text_and_runs_none(
    hostile_page: Path,
    browser: Any,  # noqa: F811 - the fixture imported above
) -> None:
    from test_render_browser import _hover_everything, assert_clean, open_page

    opened = open_page(browser, hostile_page)
    try:
        page = opened.page
        tips = "\n".join(_hover_everything(opened))
        assert "onerror=" in tips and "<script>" in tips  # shown literally
        page.locator("#search").fill("Acme")
        assert page.evaluate("window.pwned") is None
        tags = "document.querySelectorAll('img, svg, iframe, object, embed, b').length"
        assert page.evaluate(tags) == 0  # no markup from the corpus became elements
        assert_clean(opened)  # no dialogs (alert), no console errors, no network
    finally:
        opened.page.close()
