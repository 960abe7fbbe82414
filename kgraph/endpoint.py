"""A SPARQL 1.1 server as kgraph's store (``--store URL``): the twin of the embedded store's
:func:`~kgraph.store.reading`, :func:`~kgraph.store.writing` and :func:`~kgraph.store.rebuilding`,
over HTTP with the standard library only.

- Queries use the SPARQL 1.1 Protocol (URL-encoded POST, see ``_post``). Their dataset is
  kgraph's graphs on the server, named with ``default-graph-uri`` and ``named-graph-uri``, so the
  default graph is the merge of kgraph's graphs on any server, as it is the union in the
  embedded store.
- Loads use SPARQL 1.1 Update: ``INSERT DATA`` batches into a named graph of its own per build,
  moved over the live graph (``MOVE``) only when the build succeeded; a failed build drops it.
  Graphs kgraph did not write are left alone.

``URL`` is the query endpoint. Updates go to the same URL with a final ``/query`` replaced by
``/update`` (Oxigraph), or a final ``/sparql`` below a dataset (``/ds/sparql``, Fuseki) likewise;
to the same URL otherwise (Virtuoso's ``/sparql`` and ``/sparql-auth``, QLever);
``URL|UPDATE_URL`` names both. ``http://USER:PASSWORD@host/...`` logs in with HTTP digest or
basic authentication, whichever the server asks for (Virtuoso's ``/sparql-auth``: digest).

Virtuoso: its ``/sparql`` runs updates only if the ``SPARQL`` user has the ``SPARQL_UPDATE`` role,
so use ``http://dba:PASSWORD@host:8890/sparql-auth``; and it cuts results at ``ResultSetMaxRows``
(10,000 by default), which a dump notices and reports instead of exporting part of a graph.
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
from dataclasses import dataclass, field
from typing import Any

from kgraph.errors import QueryError, StoreError
from kgraph.vocab import GRAPH_IRI

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_JSON = "application/sparql-results+json"
BATCH_BYTES = 4_000_000
"""Largest INSERT DATA request: servers limit request sizes (Virtuoso, Neptune), so loads go in
batches of at most this many bytes."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A SPARQL 1.1 server: its query and update URLs and the HTTP timeout in seconds."""

    query_url: str
    update_url: str
    timeout: float = 300.0
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def __str__(self) -> str:
        return self.query_url


def parse(url: str, *, timeout: float = 300.0) -> Endpoint:
    """The endpoint that ``--store URL`` names (``URL`` or ``QUERY_URL|UPDATE_URL``).

    Raises:
        StoreError: not an http(s) URL.
    """
    query_url, _, update_url = url.partition("|")
    user = password = None
    for u in (query_url, update_url or query_url):
        parts = urllib.parse.urlsplit(u)
        if parts.scheme not in ("http", "https"):
            raise StoreError(
                f"'{_without_password(u)}' is not an http(s) URL of a SPARQL endpoint.",
                hint="Pass the query endpoint, e.g. --store http://127.0.0.1:7878/query",
            )
        if parts.username is not None:
            user = urllib.parse.unquote(parts.username)
            password = urllib.parse.unquote(parts.password or "")
    query_url = _without_userinfo(query_url)
    if update_url:
        update_url = _without_userinfo(update_url)
    else:
        path = urllib.parse.urlsplit(query_url).path.rstrip("/")
        head, _, last = query_url.rstrip("/").rpartition("/")
        below_root = path.count("/") > 1  # /ds/sparql (Fuseki), not /sparql (Virtuoso)
        if last == "query" or (last == "sparql" and below_root):
            update_url = f"{head}/update"
        else:
            update_url = query_url
    return Endpoint(query_url, update_url, timeout, user, password)


def _without_userinfo(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _without_password(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


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

    def _opener(self) -> urllib.request.OpenerDirector:
        if self.endpoint.user is None:
            return urllib.request.build_opener()
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in (self.endpoint.query_url, self.endpoint.update_url):
            passwords.add_password(None, url, self.endpoint.user, self.endpoint.password or "")
        # Digest is tried first when the server offers both (Virtuoso's /sparql-auth: digest).
        return urllib.request.build_opener(_DigestAuth(passwords), _BasicAuth(passwords))

    # -- HTTP ---------------------------------------------------------------------------------

    def _post(self, url: str, operation: str, text: bytes, params: list[tuple[str, str]],
              accept: str = "*/*") -> tuple[bytes, str]:  # fmt: skip
        """POST a query or update (``operation``) URL-encoded, with the dataset ``params``.

        URL-encoded rather than as a ``application/sparql-query`` body: every SPARQL 1.1 server
        takes both, but Virtuoso 7.2 never answers the direct body (the request hangs and a server
        thread spins), which is what a ``--store`` user of Debian's Virtuoso would meet.
        """
        body = (
            operation.encode() + b"=" + urllib.parse.quote_from_bytes(text, safe="").encode()
        )
        if params:
            body += b"&" + urllib.parse.urlencode(params).encode()
        request = urllib.request.Request(
            url, data=body, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept,
                     "User-Agent": "kgraph"},
        )  # fmt: skip
        try:
            with self._opener().open(request, timeout=self.endpoint.timeout) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            with exc:  # the error holds the connection: close it
                message = exc.read().decode("utf-8", "replace")
            # Virtuoso repeats the whole request after its message: keep the message only
            detail = " ".join(message.split("SPARQL query:", 1)[0].split())[:500]
            if "SR186" in detail or "SPARQL_UPDATE" in detail:
                raise StoreError(
                    f"The SPARQL endpoint {url} does not allow this user to write: {detail}",
                    hint="On Virtuoso, write through its authenticated endpoint: "
                    "--store http://dba:PASSWORD@HOST:8890/sparql-auth (or grant SPARQL_UPDATE "
                    "to the SPARQL user).",
                ) from exc
            if exc.code in (401, 403):
                login = "refused the login" if self.endpoint.user else "asks for a login"
                raise StoreError(
                    f"The SPARQL endpoint {url} {login} (HTTP {exc.code}).",
                    hint="Give the user and password in the URL: "
                    "--store http://USER:PASSWORD@HOST:PORT/PATH",
                ) from exc
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
            # An empty GRAPH pattern lists graphs without reading them (Oxigraph, Fuseki), but
            # Virtuoso 7 answers it with no rows; it lists graphs from its graph index for a
            # triple pattern, which Oxigraph would answer by scanning every quad. So: the empty
            # pattern, then the triple pattern only if it found nothing.
            for pattern in ("", "?s ?p ?o"):
                sparql = (
                    f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {pattern} }} "
                    f'FILTER(STRSTARTS(STR(?g), "{GRAPH_IRI}")) }}'
                )
                data, _ = self._post(
                    self.endpoint.query_url, "query", sparql.encode(), [],
                    accept="application/sparql-results+json",
                )  # fmt: skip
                rows = json.loads(data)["results"]["bindings"]
                graphs = sorted(row["g"]["value"] for row in rows if "g" in row)
                if graphs:
                    break
            self._graphs = graphs
        return list(self._graphs)

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> Any:
        """Run a query over the merge of kgraph's graphs; an :class:`~kgraph.store.Outcome`.

        Raises:
            QueryError: the server refused the query (its message names the problem).
            StoreError: the server cannot be reached, or holds no kgraph graphs.
        """
        from kgraph.query import form
        from kgraph.store import Outcome, sorted_lines

        # Ask for the one right format: offered both, Virtuoso sends CONSTRUCT results as JSON.
        graph = form(sparql) in ("CONSTRUCT", "DESCRIBE")
        data, content_type = self._post(
            self.endpoint.query_url, "query", _with_prefixes(sparql, prefixes).encode("utf-8"),
            self._dataset(), accept="application/n-triples" if graph else _JSON,
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
            self.endpoint.update_url, "update", _with_prefixes(sparql, prefixes).encode("utf-8"), []
        )
        self._graphs = None

    def ntriples(self, graph: str) -> bytes:
        """One graph of the server as N-Triples.

        Raises:
            StoreError: the server sent fewer triples than the graph holds (it cuts results).
        """
        counted, _ = self._post(
            self.endpoint.query_url, "query",
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}".encode(),
            [], accept=_JSON,
        )  # fmt: skip
        bindings = json.loads(counted)["results"]["bindings"]
        expected = int(bindings[0]["n"]["value"]) if bindings and "n" in bindings[0] else 0
        data, _ = self._post(
            self.endpoint.query_url,
            "query",
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}".encode(),
            [], accept="application/n-triples",
        )  # fmt: skip
        got = len(set(data.splitlines()) - {b""})
        if got < expected:
            raise StoreError(
                f"The SPARQL endpoint sent {got:,} of the {expected:,} triples of <{graph}>: "
                "it cuts results at a maximum number of rows.",
                hint="Raise the server's limit (Virtuoso: ResultSetMaxRows in the [SPARQL] "
                "section of virtuoso.ini), then export again.",
            )
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
                self._session._post(self._session.endpoint.update_url, "update", body, [])
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


class _ClosingChallenge:
    """urllib's auth handlers answer a 401 challenge with a new request and drop the 401 response
    without closing its connection (a ResourceWarning per request); close it once answered."""

    def http_error_401(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        try:
            result = super().http_error_401(req, fp, code, msg, headers)  # type: ignore[misc]
        except BaseException:
            fp.close()  # the answered request failed in its turn (its own error is raised)
            raise
        if result is not None:
            fp.close()
        return result  # None: not answered, the caller raises an HTTPError that owns ``fp``


class _DigestAuth(_ClosingChallenge, urllib.request.HTTPDigestAuthHandler):
    pass


class _BasicAuth(_ClosingChallenge, urllib.request.HTTPBasicAuthHandler):
    pass
