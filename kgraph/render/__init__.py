"""The interactive graph view: the store's graph → one self-contained, offline, script-safe page.

Two layers: :func:`build_view` and :func:`to_html` are pure (an ``rdflib.Graph`` in, a view model
and an HTML string out) and :func:`write` fetches the triples from the store and writes the file.
The only module that touches pyvis is :mod:`kgraph.render.page`.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kgraph import store, vocab
from kgraph.render import source
from kgraph.render.page import to_html
from kgraph.render.view import Omitted, RenderError, View, build_view

__all__ = [
    "DEFAULT_MAX_NODES",
    "RenderError",
    "RenderReport",
    "View",
    "build_view",
    "to_html",
    "write",
]

DEFAULT_MAX_NODES = 1500
"""Past this many nodes the view keeps the most connected ones: drawn and at rest in about 2 s."""


@dataclass(frozen=True, slots=True)
class RenderReport:
    """What :func:`write` drew and left out, for the CLI's one-line summary."""

    path: Path
    nodes: int
    edges: int
    omitted: Omitted
    size: int
    seconds: float

    def summary(self) -> str:
        text = (
            f"{self.nodes:,} nodes, {self.edges:,} relations → {self.path} "
            f"({self.size / 1_000_000:.1f} MB, {self.seconds:.1f} s)"
        )
        om = self.omitted
        if om.nodes or om.edges:
            text += (
                f"; {om.nodes:,} nodes and {om.edges:,} relations left out past --max-nodes "
                f"{om.max_nodes:,} (see them with --focus CONCEPT --depth 2 or --query FILE.rq)"
            )
        return text


def write(
    output: store.Location,
    html_path: Path,
    *,
    lang: str = "en",
    min_confidence: float = 0.0,
    max_nodes: int = DEFAULT_MAX_NODES,
    focus: str | None = None,
    depth: int = 1,
    relations: Iterable[str] = (),
    query_file: Path | None = None,
) -> RenderReport:
    """Draw the graph stored under ``output`` (or a CONSTRUCT query's result) into ``html_path``.

    The file is written to a temporary name beside ``html_path`` and renamed, so a reader never
    sees half a page. Options are those of :func:`build_view`.

    Raises:
        RenderError: an unknown ``lang``, ``focus`` or relation, or ``html_path`` is not writable.
        StoreError: there is no store under ``output``: run ``kgraph build`` first.
        QueryError: ``query_file`` cannot be read, is not a CONSTRUCT query, or fails.
    """
    started = time.perf_counter()
    if lang not in vocab.LANGUAGES:
        raise RenderError(
            f"Unknown label language {lang!r}.", f"Available: {', '.join(sorted(vocab.LANGUAGES))}"
        )
    if query_file is not None:
        graph = source.fetch(output, source.read_query(query_file))
        title = f"kgraph · {query_file.name}"
    else:
        graph = source.fetch(output, source.EDGES_QUERY)
        title = "kgraph" if focus is None else f"kgraph · {focus}"
    nodes = source.resources(graph)
    context = source.fetch(output, source.context_query(nodes)) if nodes else None
    view = build_view(
        graph,
        lang=lang,
        min_confidence=min_confidence,
        max_nodes=max_nodes,
        focus=focus,
        depth=depth,
        relations=relations,
        context=context,
        title=title,
    )
    data = to_html(view).encode("utf-8")
    _write_atomically(html_path, data)
    return RenderReport(
        path=html_path,
        nodes=len(view.nodes),
        edges=len(view.edges),
        omitted=view.omitted,
        size=len(data),
        seconds=time.perf_counter() - started,
    )


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise RenderError(
            f"Cannot write {path}: {exc.strerror or exc}", "Choose another -o path."
        ) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(
            f"Cannot write {path}: {exc.strerror or exc}", "Choose another -o path."
        ) from exc
