"""A SPARQL 1.1 server as kgraph's store (``--store URL``): the twin of the embedded store's
:func:`~kgraph.store.reading`, :func:`~kgraph.store.writing` and :func:`~kgraph.store.rebuilding`,
over HTTP with the standard library only.

- Queries use the SPARQL 1.1 Protocol (POST, ``application/sparql-query``). Their dataset is
  kgraph's graphs on the server, named with ``default-graph-uri`` and ``named-graph-uri``, so the
  default graph is the merge of kgraph's graphs on any server, as it is the union in the
  embedded store.
- Loads use SPARQL 1.1 Update: ``INSERT DATA`` batches into a named graph of its own per build,
  moved over the live graph (``MOVE``) only when the build succeeded; a failed build drops it.
  Graphs kgraph did not write are left alone.

``URL`` is the query endpoint. Updates go to the same URL with a final ``/query`` or ``/sparql``
replaced by ``/update`` (Oxigraph, Fuseki), or to the same URL otherwise (Virtuoso, QLever);
``URL|UPDATE_URL`` names both.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kgraph.errors import QueryError, StoreError
from kgraph.vocab import GRAPH_IRI

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
BATCH_BYTES = 4_000_000
"""Largest INSERT DATA request: servers limit request sizes (Virtuoso, Neptune), so loads go in
batches of at most this many bytes."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A SPARQL 1.1 server: its query and update URLs and the HTTP timeout in seconds."""

    query_url: str
    update_url: str
    timeout: float = 300.0

    def __str__(self) -> str:
        return self.query_url


def parse(url: str, *, timeout: float = 300.0) -> Endpoint:
    """The endpoint that ``--store URL`` names (``URL`` or ``QUERY_URL|UPDATE_URL``).

    Raises:
        StoreError: not an http(s) URL.
    """
    query_url, _, update_url = url.partition("|")
    for u in (query_url, update_url or query_url):
        if urllib.parse.urlsplit(u).scheme not in ("http", "https"):
            raise StoreError(
                f"'{u}' is not an http(s) URL of a SPARQL endpoint.",
                hint="Pass the query endpoint, e.g. --store http://127.0.0.1:7878/query",
            )
    if not update_url:
        head, _, last = query_url.rstrip("/").rpartition("/")
        update_url = f"{head}/update" if last in ("query", "sparql") and head else query_url
    return Endpoint(query_url, update_url, timeout)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def _term(value: Mapping[str, str]) -> Any:
    from kgraph.store import Term

    kind, text = value["type"], value["value"]
    if kind == "uri":
        return Term("uri", text, f"<{text}>")
    if kind == "bnode":
        return Term("bnode", text, f"_:{text}")
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        if lang:
            return Term("literal", text, f'"{_escape(text)}"@{lang}', _RDF_LANGSTRING, lang)
        datatype = value.get("datatype", _XSD_STRING)
        nt = f'"{_escape(text)}"' + ("" if datatype == _XSD_STRING else f"^^<{datatype}>")
        return Term("literal", text, nt, datatype)
    return Term("triple", json.dumps(value), json.dumps(value))


class EndpointSession:
    """The server as a store session: the methods of :class:`kgraph.store.Session`."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self._graphs: list[str] | None = None

    # -- HTTP ---------------------------------------------------------------------------------

    def _post(self, url: str, body: bytes, content_type: str, params: list[tuple[str, str]],
              accept: str = "*/*") -> tuple[bytes, str]:  # fmt: skip
        target = (
            url + ("&" if "?" in url else "?") + urllib.parse.urlencode(params) if params else url
        )
        request = urllib.request.Request(
            target, data=body, method="POST",
            headers={"Content-Type": content_type, "Accept": accept, "User-Agent": "kgraph"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=self.endpoint.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:500]
            if exc.code == 400:
                raise QueryError(
                    f"The SPARQL endpoint {url} refused the request: {detail}",
                    hint="Check the query; the server's message is above.",
                ) from exc
            raise StoreError(
                f"The SPARQL endpoint {url} answered HTTP {exc.code}: {detail}",
                hint="Check --store and the server's log.",
            ) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(
                f"Cannot reach the SPARQL endpoint {url}: {reason}",
                hint="Check the --store URL and that the server is running.",
            ) from exc

    def _dataset(self) -> list[tuple[str, str]]:
        graphs = self.graphs()
        if not graphs:
            raise StoreError(
                f"No kgraph graphs at {self.endpoint.query_url}.",
                hint=f"Run `kgraph build CORPUS --store {self.endpoint.query_url}` first.",
            )
        return [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs]

    # -- the Session interface ----------------------------------------------------------------

    def close(self) -> None:
        self._graphs = None

    def graphs(self) -> list[str]:
        """The IRIs of kgraph's named graphs on the server, sorted."""
        if self._graphs is None:
            sparql = (
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { } "
                f'FILTER(STRSTARTS(STR(?g), "{GRAPH_IRI}")) }}'
            )
            data, _ = self._post(
                self.endpoint.query_url, sparql.encode(), "application/sparql-query", [],
                accept="application/sparql-results+json",
            )  # fmt: skip
            rows = json.loads(data)["results"]["bindings"]
            self._graphs = sorted(row["g"]["value"] for row in rows if "g" in row)
        return list(self._graphs)

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> Any:
        """Run a query over the merge of kgraph's graphs; an :class:`~kgraph.store.Outcome`.

        Raises:
            QueryError: the server refused the query (its message names the problem).
            StoreError: the server cannot be reached, or holds no kgraph graphs.
        """
        from kgraph.store import Outcome, sorted_lines

        data, content_type = self._post(
            self.endpoint.query_url, _with_prefixes(sparql, prefixes).encode("utf-8"),
            "application/sparql-query", self._dataset(), accept=_ACCEPT,
        )  # fmt: skip
        if "json" not in content_type:
            return Outcome("graph", ntriples=sorted_lines(data)[0])
        result = json.loads(data)
        if "boolean" in result:
            return Outcome("ask", boolean=bool(result["boolean"]))
        variables = tuple(result["head"]["vars"])
        rows = tuple(
            tuple(_term(b[v]) if v in b else None for v in variables)
            for b in result["results"]["bindings"]
        )
        return Outcome("select", variables=variables, rows=rows)

    def update(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> None:
        """Run a SPARQL Update on the server.

        Raises:
            QueryError: the server refused it.
            StoreError: the server cannot be reached.
        """
        self._post(
            self.endpoint.update_url, _with_prefixes(sparql, prefixes).encode("utf-8"),
            "application/sparql-update", [],
        )  # fmt: skip
        self._graphs = None

    def ntriples(self, graph: str) -> bytes:
        """One graph of the server as N-Triples."""
        data, _ = self._post(
            self.endpoint.query_url,
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}".encode(),
            "application/sparql-query", [], accept="application/n-triples",
        )  # fmt: skip
        return data

    def __len__(self) -> int:
        outcome = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        term = outcome.rows[0][0] if outcome.rows else None
        return int(term.value) if term is not None else 0

    def dump(
        self, fmt: str, *, union: bool, prefixes: Mapping[str, str] | None = None
    ) -> tuple[bytes, int]:
        """Serialise kgraph's graphs: copied into an in-memory store, dumped as the embedded
        store dumps (:meth:`kgraph.store.Session.dump`).

        Raises:
            ExportError: unknown format, or a graph the format cannot express.
            StoreError: the server cannot be reached, or holds no kgraph graphs.
        """
        from kgraph import store

        self._dataset()  # no graphs: the build hint
        copy = store.in_memory({g: self.ntriples(g) for g in self.graphs()})
        return copy.dump(fmt, union=union, prefixes=prefixes)


def _with_prefixes(sparql: str, prefixes: Mapping[str, str] | None) -> str:
    """The query with PREFIX lines for the predeclared prefixes it does not declare itself."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in (prefixes or {}).items() if p not in declared]
    return "\n".join(lines) + ("\n" if lines else "") + sparql


@contextmanager
def session(endpoint: Endpoint) -> Iterator[EndpointSession]:
    """A session on the server for the ``with`` block (HTTP is stateless: nothing to lock)."""
    s = EndpointSession(endpoint)
    try:
        yield s
    finally:
        s.close()


class EndpointLoader:
    """The twin of :class:`kgraph.store.Loader`: batches of ``INSERT DATA`` into this build's own
    named graphs (``GRAPH_IRI + "builds/<id>/" + name``)."""

    def __init__(self, endpoint: Endpoint, build_id: str) -> None:
        self._session = EndpointSession(endpoint)
        self._prefix = f"{GRAPH_IRI}builds/{build_id}/"
        self.names: list[str] = []

    def staging_iri(self, name: str) -> str:
        return self._prefix + name

    def add(self, name: str, ntriples: bytes) -> None:
        """Add N-Triples to the build's graph ``name``, in requests of at most BATCH_BYTES.

        Raises:
            StoreError: the server cannot be reached or refuses the data.
        """
        if name not in self.names:
            self.names.append(name)
        graph = self.staging_iri(name)
        for chunk in _chunks(ntriples, BATCH_BYTES):
            body = b"INSERT DATA { GRAPH <" + graph.encode() + b"> {\n" + chunk + b"} }"
            try:
                self._session._post(
                    self._session.endpoint.update_url, body, "application/sparql-update", []
                )
            except QueryError as exc:
                raise StoreError(
                    f"The SPARQL endpoint refused the '{name}' graph: {exc.message}",
                    hint="This is a bug in the graph builder or a server limit; see the message.",
                ) from exc

    def finish(self) -> None:
        """Move each staged graph over the live graph of its name (one update, in order)."""
        moves = " ;\n".join(
            f"MOVE SILENT GRAPH <{self.staging_iri(n)}> TO GRAPH <{GRAPH_IRI}{n}>"
            for n in self.names
        )
        if moves:
            self._session.update(moves)

    def abandon(self) -> None:
        """Drop the staged graphs (a failed build leaves the live graphs as they were)."""
        drops = " ;\n".join(f"DROP SILENT GRAPH <{self.staging_iri(n)}>" for n in self.names)
        if drops:
            self._session.update(drops)


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    """``data`` cut at line ends into pieces of at most ``size`` bytes (a longer line alone)."""
    start, n = 0, len(data)
    while start < n:
        if start + size >= n:
            end = n
        else:
            cut = data.rfind(b"\n", start, start + size)
            if cut < start:  # one line longer than size: it goes alone
                cut = data.find(b"\n", start + size)
            end = n if cut < 0 else cut + 1
        yield data[start:end]
        start = end


@contextmanager
def rebuilding(endpoint: Endpoint) -> Iterator[EndpointLoader]:
    """Load a build into the server: staged graphs, moved over the live ones on success.

    Raises:
        StoreError: the server cannot be reached or refuses the data.
    """
    loader = EndpointLoader(endpoint, f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}")
    try:
        yield loader
        loader.finish()
    except BaseException:
        # the first error is the one to report; staged graphs left behind are only litter
        with contextlib.suppress(StoreError):
            loader.abandon()
        raise
