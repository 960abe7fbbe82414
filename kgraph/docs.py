"""Generated documentation: ``python -m kgraph.docs`` writes it, ``--check`` fails if it is stale.

| file | generated from |
|---|---|
| docs/cli.md | every command's ``--help`` (100 columns) |
| docs/ontology.md | ontology/crm.ttl: classes, states, relations and kgraph's own properties |
| ontology/context.jsonld | :func:`kgraph.jsonld.context` |

Like datasette's ``cog --check``: a test regenerates each file and fails if it differs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph import jsonld, ontology
from kgraph.vocab import CORE_CLASSES, CRM_IRI, CRM_RELATIONS, LANGUAGES, PREFIXES, STATES

ROOT = ontology.ONTOLOGY_DIR.parent
DOCS = ROOT / "docs"
WIDTH = 100


def _commands() -> list[str]:
    from kgraph.cli import app

    return sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def cli_markdown() -> str:
    """docs/cli.md: ``kgraph --help`` and every command's ``--help``, as the terminal shows them."""
    from typer.testing import CliRunner  # noqa: TID251 - renders the CLI's own help text

    from kgraph.cli import app

    env = {"COLUMNS": str(WIDTH), "TERMINAL_WIDTH": str(WIDTH), "NO_COLOR": "1"}
    runner = CliRunner()
    parts = [
        "# CLI reference\n",
        "Generated from `--help` by `python -m kgraph.docs`; do not edit by hand "
        "(`tests/test_docs.py` checks it is current).\n",
    ]
    for name in [None, *_commands()]:
        args = ["--help"] if name is None else [name, "--help"]
        result = runner.invoke(app, args, env=env, prog_name="kgraph")
        text = "\n".join(line.rstrip() for line in result.stdout.strip("\n").splitlines())
        parts.append(f"## kgraph {name or ''}".rstrip() + "\n\n```text\n" + text + "\n```\n")
    return "\n".join(parts)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _short(node: Node) -> str:
    iri = str(node)
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _texts(g: Graph, term: URIRef, prop: URIRef, lang: str) -> str:
    return ", ".join(
        sorted(
            str(o) for o in g.objects(term, prop) if isinstance(o, Literal) and o.language == lang
        )
    )


def _shorts(g: Graph, term: URIRef, prop: URIRef) -> str:
    return ", ".join(sorted(_short(o) for o in g.objects(term, prop)))


def _table(header: Sequence[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def ontology_markdown(path: Path = ontology.ONTOLOGY_FILE) -> str:
    """docs/ontology.md: the ontology's terms as tables, labels in the five languages."""
    g = ontology.load(path)
    crm = {name: URIRef(CRM_IRI + name) for name in (*CORE_CLASSES, *STATES, *CRM_RELATIONS)}
    langs = list(LANGUAGES)
    label_cols = [f"label ({lang})" for lang in ("en", *[x for x in langs if x != "en"])]
    order = ["en", *[x for x in langs if x != "en"]]
    parts = [
        "# The CRM ontology\n",
        "Generated from `ontology/crm.ttl` by `python -m kgraph.docs`; do not edit by hand. "
        "Every term has one `rdfs:label` and an `rdfs:comment` in each of en, nb, sv, da and "
        "de; synonyms (`skos:altLabel`) and relation cues (`crm:cue`) are in the file.\n",
        f"Namespace: `crm:` = `{CRM_IRI}`.\n",
        "## Classes\n",
        _table(
            ["class", "subclass of", *label_cols, "comment"],
            [
                [
                    f"crm:{name}",
                    _shorts(g, crm[name], RDFS.subClassOf),
                    *[_texts(g, crm[name], RDFS.label, lang) for lang in order],
                    _texts(g, crm[name], RDFS.comment, "en"),
                ]
                for name in CORE_CLASSES
            ],
        ),
        "## States\n",
        "A state and a base concept make a qualified concept (`crm:SatisfiedCustomer "
        "crm:hasState crm:Satisfied ; skos:broader crm:Customer`).\n",
        _table(
            ["state", *label_cols, "comment"],
            [
                [
                    f"crm:{name}",
                    *[_texts(g, crm[name], RDFS.label, lang) for lang in order],
                    _texts(g, crm[name], RDFS.comment, "en"),
                ]
                for name in STATES
            ],
        ),
        "## Relations\n",
        "Every relation is an `owl:ObjectProperty` and a sub-property of `crm:relatedTo`; "
        "`broader` and `type` are `skos:broader` and `rdf:type`.\n",
        _table(
            ["relation", "domain", "range", "characteristics", *label_cols, "comment"],
            [
                [
                    f"crm:{name}",
                    _shorts(g, crm[name], RDFS.domain),
                    _shorts(g, crm[name], RDFS.range),
                    ", ".join(
                        sorted(
                            _short(t)
                            for t in g.objects(crm[name], RDF.type)
                            if t != OWL.ObjectProperty
                        )
                    ),
                    *[_texts(g, crm[name], RDFS.label, lang) for lang in order],
                    _texts(g, crm[name], RDFS.comment, "en"),
                ]
                for name in CRM_RELATIONS
            ],
        ),
        "## kgraph's own properties\n",
        _table(
            ["property", "kind", "range", "label (en)", "comment"],
            [
                [
                    f"crm:{name}",
                    _shorts(g, URIRef(CRM_IRI + name), RDF.type),
                    _shorts(g, URIRef(CRM_IRI + name), RDFS.range),
                    _texts(g, URIRef(CRM_IRI + name), RDFS.label, "en"),
                    _texts(g, URIRef(CRM_IRI + name), RDFS.comment, "en"),
                ]
                for name in (
                    "relatedTo",
                    "hasState",
                    "confidence",
                    "negated",
                    "extractor",
                    "cue",
                    "inverseCue",
                )
            ],
        ),
    ]
    return "\n".join(parts)


GENERATED: dict[Path, Callable[[], str]] = {
    DOCS / "cli.md": cli_markdown,
    DOCS / "ontology.md": ontology_markdown,
    ontology.CONTEXT_FILE: jsonld.context_document,
}


def stale() -> list[Path]:
    """The generated files whose content differs from what the generators give now."""
    out = []
    for path, generate in GENERATED.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != generate():
            out.append(path)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Write the generated files; with ``--check``, only report stale ones (exit 1)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--check" in args:
        paths = stale()
        for path in paths:
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            sys.stderr.write(f"stale: {shown} (run: python -m kgraph.docs)\n")
        return 1 if paths else 0
    for path, generate in GENERATED.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generate(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
