"""RDFS and OWL-RL closures of the store (owlrl), cached beside it; the only module importing owlrl.

``kgraph query --infer rdfs|owlrl`` answers over the closure of everything in the store (the
extracted graph, the ontology and loaded files), so ``?x a crm:Customer`` finds the things typed
``crm:InternalCustomer`` and ``?a crm:relatedTo ?b`` every core relation.

Computing a closure takes seconds (owlrl is pure Python), so it is done once and kept in
``OUTPUT/inferred/<mode>/``: a store holding the graph ``asserted`` (the union of the store) and
the graph ``inferred`` (what the closure adds), plus a ``KEY`` file. The key is the SHA-256 of the
store's sorted N-Quads, the mode and owlrl's version, so any change to the store (a build, a load,
an update) makes the next ``--infer`` query recompute it, and nothing else does.

Entailments that RDF cannot hold (literals as subjects) and trivia (``x owl:sameAs x``) are left
out of the closure; inconsistencies owlrl reports (``err:ErrorMessage`` nodes) too, with a warning
in the log.
"""

from __future__ import annotations

import hashlib
import logging
import os
from importlib.metadata import version
from pathlib import Path

from rdflib import OWL, RDF, Graph, Literal, URIRef

from kgraph import store
from kgraph.choices import Choice

log = logging.getLogger(__name__)

CACHE_DIR = "inferred"
_ERROR_NS = "http://www.daml.org/2002/03/agents/agent-ont#"


class Entailment(Choice):
    """The closures ``--infer`` offers."""

    RDFS = "rdfs"
    OWLRL = "owlrl"

    @classmethod
    def described(cls) -> tuple[str, str]:
        return "entailment", "--infer"


def entailed(graph: Graph, mode: Entailment) -> Graph:
    """The triples the RDFS or OWL-RL closure of ``graph`` adds (``graph`` is not changed)."""
    import owlrl  # type: ignore[import-untyped]

    semantics = owlrl.RDFS_Semantics if mode is Entailment.RDFS else owlrl.OWLRL_Semantics
    closure = Graph()
    closure += graph
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(
        closure
    )
    errors = set(closure.subjects(RDF.type, URIRef(_ERROR_NS + "ErrorMessage")))
    for node in errors:
        for message in closure.objects(node, URIRef(_ERROR_NS + "error")):
            log.warning("owlrl found an inconsistency: %s", message)
    added = Graph()
    for s, p, o in closure:
        if isinstance(s, Literal) or s in errors or (s, p, o) in graph:
            continue
        if p == OWL.sameAs and s == o:
            continue
        added.add((s, p, o))
    return added


def cache_key(output: Path, mode: Entailment) -> str:
    """The SHA-256 of the store's content (sorted N-Quads), the mode and owlrl's version.

    Raises:
        StoreError: no store in ``output``, or it cannot be opened.
    """
    data, _ = store.dump(output, "nq", union=False)
    digest = hashlib.sha256(data)
    digest.update(f"\n{mode.value}\nowlrl {version('owlrl')}\n".encode())
    return digest.hexdigest()


def closure_output(output: Path, mode: Entailment) -> Path:
    """An output folder whose store holds the closure of the store in ``output``.

    Reuses the cached closure when the store has not changed since it was computed; otherwise
    computes it (seconds) and caches it.

    Raises:
        StoreError: no store in ``output``, or the cache cannot be written.
    """
    key = cache_key(output, mode)
    side = output / CACHE_DIR / mode.value
    key_file = side / "KEY"
    try:
        cached = key_file.read_text(encoding="ascii").strip()
    except OSError:
        cached = ""
    if cached == key and store.exists(side):
        return side
    graph = store.union_graph(output)
    inferred = entailed(graph, mode)
    log.info("%s closure: %d triples added to %d", mode.value, len(inferred), len(graph))
    store.replace(side, {"asserted": graph, "inferred": inferred})
    tmp = key_file.with_name(f".KEY.{os.getpid()}.tmp")
    tmp.write_text(key + "\n", encoding="ascii")
    os.replace(tmp, key_file)
    return side
