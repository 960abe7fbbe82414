"""The HTML page: a :class:`~kgraph.render.view.View` → one self-contained, script-safe HTML string.

pyvis is used for what it does well here: it ships vis-network's built files, which are inlined
(read from the installed package, never from a CDN). Its ``Network`` class and Jinja template are
not used: the template loads Bootstrap from a CDN, writes ``heading=`` and ``select_menu`` ids as
raw HTML, switches every tooltip to innerHTML once one title contains ``href``, and
``Network.add_edge`` is quadratic. Our page instead carries the data as JSON inside
``<script type="application/json">`` (``<``, ``>``, ``&``, U+2028 and U+2029 escaped), parses it
with ``JSON.parse`` and shows every corpus text through ``textContent`` or vis's canvas labels.
A Content-Security-Policy allows only the page's own inline scripts (by hash) and no network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from kgraph.render.view import KINDS, RenderError, View

VIS_VERSION = "9.1.2"
_ASSETS = Path(__file__).with_name("assets")
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
# Distinct edge colours, assigned to relation names in sorted order.
_PALETTE = (
    "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
    "#756bb1", "#636363", "#ad494a", "#8ca252",
)  # fmt: skip
_BROADER_COLOUR = "#9aa5b1"


@cache
def _vis_file(name: str) -> str:
    # find_spec locates pyvis without importing it (its import pulls in jinja2 and IPython hooks).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RenderError("pyvis is not installed.", "Reinstall kgraph: pip install -e .")
    for root in spec.submodule_search_locations:
        path = Path(root, "templates", "lib", f"vis-{VIS_VERSION}", name)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise RenderError(
        f"vis-network {VIS_VERSION} {name} is missing from pyvis.",
        "Reinstall it: pip install --force-reinstall pyvis==0.3.2",
    )


@cache
def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def script_safe(text: str) -> str:
    """Make code safe to inline in ``<script>``/``<style>``: no closing tag, no comment opener."""
    return re.sub(r"</(?=script|style)", r"<\\/", text, flags=re.IGNORECASE).replace(
        "<!--", "<\\!--"
    )


def json_payload(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` element: no character can end the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_JSON_ESCAPES)


def relation_colours(relations: list[str]) -> dict[str, str]:
    """A stable colour per relation name; ``broader``, ``subClassOf`` and ``type`` are grey."""
    out: dict[str, str] = {}
    plain = [r for r in sorted(relations) if r not in ("broader", "subClassOf", "type")]
    for i, name in enumerate(plain):
        out[name] = _PALETTE[i % len(_PALETTE)]
    for name in ("broader", "subClassOf", "type"):
        if name in relations:
            out[name] = _BROADER_COLOUR
    return out


def _data(view: View) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for e in view.edges:
        counts[e.relation] = counts.get(e.relation, 0) + 1
    colours = relation_colours(list(counts))
    kinds_present = {n.kind for n in view.nodes}
    om = view.omitted
    return {
        "title": view.title,
        "lang": view.lang,
        "focus": list(view.focus),
        "omitted": {
            "nodes": om.nodes,
            "edges": om.edges,
            "maxNodes": om.max_nodes,
            "negated": om.negated,
            "belowConfidence": om.below_confidence,
        },
        "kinds": [
            {"id": k, "name": name, "shape": shape, "color": colour}
            for k, name, shape, colour in KINDS
            if k in kinds_present or k != "other"
        ],
        "relations": [{"name": r, "color": colours[r], "count": counts[r]} for r in sorted(counts)],
        "nodes": [
            {
                "id": n.id,
                "iri": n.iri,
                "label": n.label,
                "labels": {tag: list(ts) for tag, ts in n.labels.items()},
                "kind": n.kind,
                "classes": list(n.classes),
                "states": list(n.states),
                "degree": n.degree,
                "x": n.x,
                "y": n.y,
            }
            for n in view.nodes
        ],
        "edges": [
            {
                "id": e.id,
                "from": e.source,
                "to": e.target,
                "relation": e.relation,
                "predicate": e.predicate,
                "confidence": e.confidence,
                "evidence": [
                    {
                        "sentence": ev.sentence,
                        "source": ev.source,
                        "language": ev.language,
                        "confidence": ev.confidence,
                    }
                    for ev in e.evidence
                ],
                "more": e.more_evidence,
            }
            for e in view.edges
        ],
    }


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def to_html(view: View) -> str:
    """Render ``view`` as one HTML document with vis-network, CSS, code and data inline.

    Raises:
        RenderError: vis-network's files are missing from the pyvis installation.
    """
    vis_js = script_safe(_vis_file("vis-network.min.js"))
    app_js = script_safe(_asset("view.js"))
    css = script_safe(_vis_file("vis-network.css") + "\n" + _asset("view.css"))
    policy = "; ".join(
        (
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    parts = {
        "CSP": html.escape(policy, quote=True),
        "TITLE": html.escape(view.title, quote=False),
        "LANG": html.escape(view.lang, quote=True),
        "CSS": css,
        "VIS": vis_js,
        "DATA": json_payload(_data(view)),
        "APP": app_js,
    }
    # One pass over the template only: inserted text is never scanned for markers again.
    return re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], _asset("page.html"))
