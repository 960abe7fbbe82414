"""The graph view in a real browser: Debian's Chromium driven by Playwright, network blocked.

Needs ``/usr/bin/chromium`` and the ``playwright`` Python package (``make browser`` installs both;
never ``playwright install``). Without them these tests fail when ``CI`` is set and skip otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kgraph import render

sys.path.insert(0, str(Path(__file__).parent))
from test_render import (  # noqa: E402
    CRM,
    HOSTILE,
    KGC,
    hostile_graph,
    small_graph,
    synthetic_graph,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("KGRAPH_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    problem = _missing()
    if problem:
        message = (
            f"{problem}: run `make browser` (apt-get install chromium; pip install playwright)"
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page opened from file:// with every other request blocked and recorded."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def kgraph(self, expression: str) -> Any:
        return self.page.evaluate(f"() => {{ const k = window.__kgraph; return {expression}; }}")


def open_page(browser: Any, path: Path, *, width: int = 1400, height: int = 900) -> Opened:
    page = browser.new_page(viewport={"width": width, "height": height})
    opened = Opened(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        opened.dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on(
        "console", lambda m: opened.console_errors.append(m.text) if m.type == "error" else None
    )
    page.on("pageerror", lambda e: opened.console_errors.append(str(e)))
    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri())
    page.wait_for_function(
        "window.__kgraph && window.__kgraph.firstDrawMs !== null", timeout=60_000
    )
    return opened


def write_page(tmp_path: Path, name: str, view: render.View) -> Path:
    path = tmp_path / name
    path.write_text(render.to_html(view), encoding="utf-8")
    return path


def assert_clean(opened: Opened) -> None:
    assert opened.blocked == [], f"the page tried to reach the network: {opened.blocked}"
    assert opened.console_errors == [], opened.console_errors
    assert opened.dialogs == []


def test_render_browser_draws_offline_with_the_expected_counts(
    browser: Any, tmp_path: Path
) -> None:
    view = render.build_view(small_graph(), lang="nb")
    opened = open_page(browser, write_page(tmp_path, "small.html", view))
    try:
        counts = opened.kgraph(
            "[k.network.body.data.nodes.length, k.network.body.data.edges.length]"
        )
        assert counts == [len(view.nodes), len(view.edges)] == [6, 7]
        labels = opened.kgraph("k.nodes.get().map(n => n.label).sort()")
        assert "kunde" in labels and "fornøyd kunde" in labels
        assert opened.page.locator("#relations li").count() == 5
        assert "negated" in opened.page.locator("#notice").inner_text()
        assert_clean(opened)
    finally:
        opened.page.close()


def test_render_browser_relation_filter_and_search(browser: Any, tmp_path: Path) -> None:
    opened = open_page(
        browser, write_page(tmp_path, "small.html", render.build_view(small_graph()))
    )
    try:
        page = opened.page
        page.locator("#relations input[value=sells]").uncheck()
        assert opened.kgraph("k.network.body.data.edges.length") == 5
        page.locator("#rel-none").click()
        assert opened.kgraph("k.network.body.data.edges.length") == 0
        page.locator("#rel-all").click()
        assert opened.kgraph("k.network.body.data.edges.length") == 7
        page.locator("#search").fill("kunde")  # a Norwegian label finds nodes drawn in English
        buttons = page.locator("#matches button")
        assert buttons.count() == 3  # kunde, fornøyd kunde, kundetilfredshet
        buttons.first.click()
        assert len(opened.kgraph("k.network.getSelectedNodes()")) == 1
        assert_clean(opened)
    finally:
        page.close()


_TEXT_AT_ORIGIN = """() => {
  // every text vis draws during one redraw, in page pixels; labels must not pile up at (0, 0)
  const k = window.__kgraph, origin = k.network.canvasToDOM({ x: 0, y: 0 }), hits = [];
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y) {
    const m = this.getTransform(), ratio = window.devicePixelRatio || 1;
    const px = (m.a * x + m.c * y + m.e) / ratio, py = (m.b * x + m.d * y + m.f) / ratio;
    if (Math.abs(px - origin.x) < 40 && Math.abs(py - origin.y) < 20) hits.push(text);
    return fill.apply(this, arguments);
  };
  try { k.network.redraw(); } finally { CanvasRenderingContext2D.prototype.fillText = fill; }
  return hits;
}"""


def test_render_browser_horizontal_edge_labels_stay_on_their_edges(
    browser: Any, tmp_path: Path
) -> None:
    # two-node parts are laid out horizontally; vis 9.1.2 drew such labels at the canvas origin
    g = Graph()
    for i in range(4):
        g.add((KGC[f"b{i}"], CRM.buys, KGC[f"a{i}"]))
    view = render.build_view(g)
    # and one pair half a pixel apart, which vis truncates to the same row
    edge = view.edges[0]

    def moved(n: render.view.ViewNode) -> render.view.ViewNode:
        if n.id == edge.source:
            return replace(n, x=200.0, y=100.5)
        return replace(n, x=120.0, y=100.0) if n.id == edge.target else n

    view = replace(view, nodes=tuple(moved(n) for n in view.nodes))
    opened = open_page(browser, write_page(tmp_path, "pairs.html", view))
    try:
        assert opened.page.evaluate(_TEXT_AT_ORIGIN) == []
        assert_clean(opened)
    finally:
        opened.page.close()


def _hover_everything(opened: Opened) -> list[str]:
    """Hover every node, then the middle of every edge; return the tooltip texts seen."""
    page = opened.page
    texts: list[str] = []
    nodes = opened.kgraph(
        "k.nodes.getIds().map(id => { const p = k.network.canvasToDOM(k.network.getPosition(id));"
        " const r = document.getElementById('graph').getBoundingClientRect();"
        " return [id, p.x + r.left, p.y + r.top]; })"
    )
    for _, x, y in nodes:
        page.mouse.move(x, y)
        page.mouse.move(x + 1, y)
        texts.append(page.locator("#tip").inner_text())
        page.mouse.move(2, 2)
    edges = opened.kgraph(
        "k.edges.getIds().map(id => { const e = k.network.body.edges[id];"
        " const m = e.edgeType.getPoint(0.5);"
        " const p = k.network.canvasToDOM(m);"
        " const r = document.getElementById('graph').getBoundingClientRect();"
        " return [id, p.x + r.left, p.y + r.top]; })"
    )
    for _, x, y in edges:
        page.mouse.move(x, y)
        page.mouse.move(x + 0.5, y)
        texts.append(page.locator("#tip").inner_text())
        page.mouse.move(2, 2)
    return texts


def test_render_browser_hostile_corpus_runs_no_script(browser: Any, tmp_path: Path) -> None:
    view = render.build_view(hostile_graph())
    opened = open_page(browser, write_page(tmp_path, "hostile.html", view))
    try:
        page = opened.page
        tags = "document.querySelectorAll('img, svg, iframe, object, embed').length"
        tips = "\n".join(_hover_everything(opened))
        for text in HOSTILE:
            shown = " ".join(text.split())  # innerText folds U+2028/2029 into spaces or breaks
            assert shown.split()[0] in tips
        assert "<img src=x onerror=" in tips  # shown literally, as text
        page.locator("#search").fill("<img")
        assert page.locator("#matches button").count() >= 1
        assert page.evaluate("window.__pwned") is None
        assert page.evaluate(tags) == 0  # no markup from the corpus became elements
        assert_clean(opened)
    finally:
        opened.page.close()


@pytest.mark.parametrize(("nodes", "limit_ms"), [(1000, 3000), (5000, 10000)])
def test_render_browser_large_graph_is_at_rest_in_time(
    browser: Any, tmp_path: Path, nodes: int, limit_ms: int
) -> None:
    view = render.build_view(synthetic_graph(nodes), max_nodes=nodes)
    assert len(view.nodes) >= nodes * 0.9
    opened = open_page(browser, write_page(tmp_path, f"big{nodes}.html", view))
    try:
        drawn = opened.kgraph("k.firstDrawMs")  # ms since navigation start, in the page's clock
        assert drawn < limit_ms, f"first full draw after {drawn:.0f} ms"
        assert opened.kgraph("k.network.physics.physicsEnabled") is False
        before = opened.kgraph("JSON.stringify(k.network.getPositions())")
        opened.page.wait_for_timeout(300)
        assert opened.kgraph("JSON.stringify(k.network.getPositions())") == before  # at rest
        assert opened.kgraph("k.network.body.data.nodes.length") == len(view.nodes)
        assert_clean(opened)
    finally:
        opened.page.close()


# ---------------------------------------------------------------- docs/graph.png

_MAIN_PART = """() => {
  const k = window.__kgraph, next = {};
  k.edges.get().forEach(e => { (next[e.from] = next[e.from] || []).push(e.to);
                               (next[e.to] = next[e.to] || []).push(e.from); });
  const start = k.data.nodes.reduce((a, b) => (b.degree > a.degree ? b : a)).id;
  const seen = new Set([start]), queue = [start];
  while (queue.length) (next[queue.shift()] || []).forEach(m => {
    if (!seen.has(m)) { seen.add(m); queue.push(m); } });
  k.network.fit({ nodes: [...seen], animation: false });
  return [...seen];
}"""

_TIP_EDGE = """(part) => {
  // the edge farthest from the busiest node, so its tooltip covers little of the graph
  const k = window.__kgraph, inside = new Set(part);
  const box = document.getElementById('graph').getBoundingClientRect();
  const hub = k.data.nodes.reduce((a, b) => (b.degree > a.degree ? b : a)).id;
  const c = k.network.canvasToDOM(k.network.getPosition(hub));
  let best = null, far = -1;
  for (const e of k.data.edges) {
    if (!inside.has(e.from) || !e.evidence.length || e.evidence[0].sentence.length > 140) continue;
    const p = k.network.canvasToDOM(k.network.body.edges[e.id].edgeType.getPoint(0.5));
    if (p.x < 40 || p.x > box.width - 460 || p.y < 40 || p.y > box.height - 180) continue;
    const d = Math.hypot(p.x - c.x, p.y - c.y);
    if (d > far) { far = d; best = [p.x + box.left, p.y + box.top]; }
  }
  return best;
}"""


def screenshot(
    browser: Any, html: Path, png: Path, *, width: int = 1400, height: int = 1000
) -> None:
    """Open ``html`` like the tests do (network blocked), zoom to its largest part, show one
    edge's sentence tooltip, and save a PNG: the README's docs/graph.png."""
    opened = open_page(browser, html, width=width, height=height)
    try:
        part = opened.page.evaluate(_MAIN_PART)
        point = opened.page.evaluate(_TIP_EDGE, part)
        if point:
            opened.page.mouse.move(point[0], point[1])
            opened.page.mouse.move(point[0] + 0.5, point[1])
        opened.page.screenshot(path=str(png))
        assert_clean(opened)
    finally:
        opened.page.close()


def test_render_browser_screenshot(browser: Any, tmp_path: Path) -> None:
    html = write_page(tmp_path, "small.html", render.build_view(small_graph()))
    png = tmp_path / "graph.png"
    screenshot(browser, html, png, width=800, height=600)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


if __name__ == "__main__":
    # python tests/test_render_browser.py output/graph.html docs/graph.png
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        screenshot(chromium, Path(sys.argv[1]), Path(sys.argv[2]))
        chromium.close()
