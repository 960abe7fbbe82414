"""Sorted N-Triples → pretty, deterministic Turtle, fast: the writer of ``graph.ttl`` and of
``kgraph export --format turtle``.

The layout is rdflib's ``longturtle``: ``PREFIX`` lines for the prefixes the graph uses, one block
per subject, ``a`` first, one predicate per line, several objects of a predicate one per line.
Subjects, predicates and objects come in code-point order of their N-Triples form (``a`` aside),
so the same triples always give the same bytes. It runs at about a microsecond per triple, where
rdflib's serialisers take 40-75 µs, because it only rewrites the text of sorted N-Triples lines
(which the store writes in Rust) instead of building a graph of Python objects.

What it leaves out compared with ``longturtle, canon=True``: blank nodes keep the ids they have in
the store (no canonical relabelling, no ``[ ]`` nesting), and collections are not written as
``( ... )``.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kgraph.errors import ExportError

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# Typed literals Turtle can write bare, and the lexical forms its grammar accepts for them.
_BARE = {
    _XSD + "boolean": re.compile(r"true|false"),
    _XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
}
_ASCII_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
# Ranges of PN_CHARS_BASE (Turtle 1.1) above U+00BF, as (first, last) code points.
_PN_RANGES = (
    (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2FF), (0x300, 0x36F), (0x370, 0x37D), (0x37F, 0x1FFF),
    (0x200C, 0x200D), (0x203F, 0x2040), (0x2070, 0x218F), (0x2C00, 0x2FEF), (0x3001, 0xD7FF),
    (0xF900, 0xFDCF), (0xFDF0, 0xFFFD), (0x10000, 0xEFFFF),
)  # fmt: skip


def _local_char(ch: str) -> bool:
    if ch in _ASCII_LOCAL:
        return True
    code = ord(ch)
    return code == 0xB7 or any(first <= code <= last for first, last in _PN_RANGES)


def is_local_name(local: str) -> bool:
    """Whether ``local`` can follow ``prefix:`` in Turtle as it is (no backslash escapes).

    A conservative PN_LOCAL: letters, digits, ``_``, ``-``, ``%XX``, and ``.`` inside the name.
    """
    if not local:
        return True
    if local[0] in "-." or local[-1] == ".":
        return False
    rest = _PERCENT.sub("_", local)
    return all(ch == "." or _local_char(ch) for ch in rest)


class _Terms:
    """N-Triples terms → Turtle terms, with the kgraph prefixes the document declares."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so the most specific prefix wins
        self._prefixes = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self._cache: dict[str, str] = {}

    def iri(self, term: str) -> str:
        """``<iri>`` → ``prefix:local`` when a prefix fits, else unchanged."""
        iri = term[1:-1]
        for prefix, namespace in self._prefixes:
            if iri.startswith(namespace) and is_local_name(iri[len(namespace) :]):
                return f"{prefix}:{iri[len(namespace) :]}"
        return term

    def term(self, term: str) -> str:
        cached = self._cache.get(term)
        if cached is not None:
            return cached
        first = term[0]
        if first == "<":
            out = self.iri(term)
        elif first == '"' and term[-1] == ">":  # a typed literal: "lexical"^^<datatype>
            lexical, datatype = term.rsplit('"^^<', 1)
            datatype = datatype[:-1]
            bare = _BARE.get(datatype)
            if bare is not None and bare.fullmatch(lexical[1:]):
                out = lexical[1:]
            else:
                out = f'{lexical}"^^{self.iri("<" + datatype + ">")}'
        else:
            return term  # plain and language-tagged literals, blank nodes: as they are
        if len(self._cache) < 1_000_000:
            self._cache[term] = out
        return out

    def predicate(self, term: str) -> str:
        if term == _RDF_TYPE:
            return "a"
        return self.term(term)


def chunks(lines: Iterable[str], prefixes: Mapping[str, str]) -> Iterator[str]:
    """Turtle text, in pieces, for N-Triples lines that are sorted and unique.

    Args:
        lines: N-Triples lines as pyoxigraph and :mod:`kgraph.triples` write them
            (``S P O .``, single spaces, with or without the newline), sorted, no duplicates.
        prefixes: the prefixes to declare and use, in the order to declare them.

    Raises:
        ValueError: a line is not a triple in that layout.
    """
    terms = _Terms(prefixes)
    yield "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
    out: list[str] = []
    subject: str | None = None
    objects: dict[str, list[str]] = {}
    for line in lines:
        try:
            s, p, rest = line.split(" ", 2)
        except ValueError:
            raise ValueError(f"not an N-Triples line: {line[:200]!r}") from None
        if s != subject:
            if subject is not None:
                _block(out, terms, subject, objects)
                if len(out) > 10_000:
                    yield "".join(out)
                    out = []
            subject, objects = s, {}
        value = rest[:-3] if rest.endswith("\n") else rest[:-2]  # drop " ." (and the newline)
        bucket = objects.get(p)
        if bucket is None:
            objects[p] = [value]
        else:
            bucket.append(value)
    if subject is not None:
        _block(out, terms, subject, objects)
    yield "".join(out)


def used_prefixes(text: str, prefixes: Mapping[str, str]) -> dict[str, str]:
    """The prefixes whose namespace occurs in N-Triples ``text``, sorted by prefix."""
    return {p: ns for p, ns in sorted(prefixes.items()) if "<" + ns in text}


def from_ntriples(ntriples: bytes, prefixes: Mapping[str, str]) -> bytes:
    """Turtle for N-Triples that are sorted and unique (as ``store.dump`` writes them); only the
    prefixes the triples use are declared.

    Raises:
        ValueError: a line is not a triple in pyoxigraph's N-Triples layout.
    """
    text = ntriples.decode("utf-8")
    lines = text.split("\n")  # not splitlines(): U+2028 and friends may occur inside literals
    if lines and not lines[-1]:
        lines.pop()
    return "".join(chunks(lines, used_prefixes(text, prefixes))).encode("utf-8")


def sorted_unique(text: str) -> list[str]:
    """The lines of N-Triples text in any order, with repeats (as ``store.union_text`` gives it),
    sorted and deduplicated, without newlines: the input :func:`chunks` wants. Sorting ``str``
    gives the order of sorting the UTF-8 bytes (code point order), so the Turtle is the same as
    :func:`from_ntriples` on the store's sorted dump, without sorting bytes and decoding again."""
    unique = set(text.split("\n"))  # not splitlines(): U+2028 may occur inside literals
    unique.discard("")
    return sorted(unique)


def _block(out: list[str], terms: _Terms, subject: str, objects: dict[str, list[str]]) -> None:
    out.append(f"\n{terms.term(subject)}\n")
    ordered = list(objects.items())
    typed = objects.get(_RDF_TYPE)
    if typed is not None and ordered[0][0] != _RDF_TYPE:
        ordered.remove((_RDF_TYPE, typed))
        ordered.insert(0, (_RDF_TYPE, typed))
    for predicate, values in ordered:
        if len(values) == 1:
            out.append(f"    {terms.predicate(predicate)} {terms.term(values[0])} ;\n")
        else:
            listed = " ,\n        ".join(terms.term(v) for v in values)
            out.append(f"    {terms.predicate(predicate)}\n        {listed} ;\n")
    out.append(".\n")


def remove_stale_runs(folder: Path) -> int:
    """Delete the run folders a killed build left in ``folder``; call only while holding the
    build's lock, so no running build's runs are touched. Returns how many were removed."""
    stale = [p for p in folder.glob(".graph-lines-*") if p.is_dir()]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return len(stale)


class SortedLines:
    """An external sort of N-Triples lines: :meth:`add` batches (each is sorted and spilled to a
    temporary file), then :meth:`merged` streams all lines sorted and deduplicated. Memory holds
    one batch, whatever the graph's size.

    Args:
        folder: where the temporary run files go (they are deleted by :meth:`close`).
        prefixes: the prefixes to look for; :attr:`used` collects those the lines use.
    """

    def __init__(self, folder: Path, prefixes: Mapping[str, str]) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix=".graph-lines-", dir=folder))
        self._runs: list[Path] = []
        self._prefixes = dict(prefixes)
        self._seen: set[str] = set()

    @property
    def used(self) -> dict[str, str]:
        """The prefixes whose namespaces occur in the lines added so far, sorted by prefix."""
        return {p: ns for p, ns in sorted(self._prefixes.items()) if p in self._seen}

    def add(self, lines: list[str], text: str) -> None:
        """Spill a batch: ``lines`` (each ending in a newline) and their concatenation ``text``.

        Raises:
            OSError: the run file cannot be written.
        """
        self._seen.update(
            p for p, ns in self._prefixes.items() if p not in self._seen and "<" + ns in text
        )
        run = self._dir / f"{len(self._runs):06d}.nt"
        with open(run, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(sorted(set(lines)))
        self._runs.append(run)

    def merged(self) -> Iterator[str]:
        """Every line added, sorted, each once (with its newline)."""
        with contextlib.ExitStack() as stack:
            files = [
                stack.enter_context(open(run, encoding="utf-8", newline="\n")) for run in self._runs
            ]
            previous = None
            for line in heapq.merge(*files):
                if line != previous:
                    yield line
                    previous = line

    def close(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)


def write(path: Path, lines: Iterable[str], prefixes: Mapping[str, str]) -> int:
    """Write the Turtle of sorted, unique N-Triples ``lines`` to ``path`` atomically (temp file
    and rename); return the number of triples.

    Raises:
        ExportError: the file cannot be written.
    """
    counted = _Counted(lines)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as out:
            for chunk in chunks(counted, prefixes):
                out.write(chunk)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"Cannot write '{path}': {exc.strerror or exc}",
            hint="Check that the folder is writable and the disk has space.",
        ) from exc
    return counted.n


class _Counted:
    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = lines
        self.n = 0

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.n += 1
            yield line
