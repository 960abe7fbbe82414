"""Sorting a SELECT query's solutions outside the on-disk store: :func:`query`, used by
:meth:`kgraph.store.Session.query` for the store on disk.

pyoxigraph's ORDER BY compares two solutions by decoding their terms, and on the on-disk store
each long string is a RocksDB read: sorting n solutions reads about 2·n·log2(n) strings (23,000
labels: about 700,000 reads, 0.8 s, where decoding each label once takes 0.06 s). So a top-level
``SELECT ... WHERE {...} ORDER BY ...`` runs in two steps:

1. the store evaluates the same WHERE clause (with the query's dataset clauses and trailing
   VALUES) and projects the variables the SELECT and ORDER BY clauses mention, written out in
   Rust as SPARQL TSV, where each term is decoded once;
2. an empty in-memory store runs the query's own SELECT clause, ORDER BY, LIMIT and OFFSET over
   those solutions, given inline as ``VALUES``: the same engine sorts, so the order (and the
   order pyoxigraph gives terms SPARQL leaves unordered) is the one the single query gives.

This is the SPARQL algebra's own order of operations (the WHERE pattern, then the SELECT
expressions, ORDER BY, projection, DISTINCT, slice) cut after the pattern. The query runs as
written, in one step, when the cut could change its answer or is not worth it: no top-level ORDER
BY; GROUP BY, HAVING or an aggregate (they need the pattern's solutions grouped); EXISTS in the
SELECT or ORDER BY clause (it reads the graph); SERVICE; a solution holding a blank node or a
triple term (VALUES cannot carry them); more than :data:`MAX_ROWS` solutions; or any text this
module does not take apart with certainty. A query with a syntax error runs as written too, so
the error's line and column are those of the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

MAX_ROWS = 250_000
"""Above this many solutions the WHERE clause's answer is not copied into memory; the query runs
as written (the in-memory sort would hold them all as text, then as terms)."""

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<word>[^\s{}()\[\]<>"'\#?$,;=!|&*/+^]+)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_AGGREGATES = {"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"}
_TSV = ox.QueryResultsFormat.TSV


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str
    text: str
    start: int
    end: int

    def word(self) -> str:
        """The token in upper case if it is a bare word (a keyword candidate), else ""."""
        return self.text.upper() if self.kind == "word" else ""


@dataclass(frozen=True, slots=True)
class Split:
    """A SELECT query cut in two (see the module docstring).

    Attributes:
        where: the query the store runs: the prologue, ``SELECT [DISTINCT] vars``, the dataset
            clauses, the WHERE clause and the trailing VALUES clause.
        head: the prologue and the query's own SELECT clause, for the in-memory step.
        tail: the query's ORDER BY, LIMIT and OFFSET clauses, for the in-memory step.
    """

    where: str
    head: str
    tail: str


def _tokens(text: str) -> list[_Token] | None:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        if kind in ("space", "comment"):
            continue
        if kind == "punct" and match.group() in "\"'":
            return None  # an unterminated string: leave it to the parser's message
        tokens.append(_Token(kind, match.group(), match.start(), match.end()))
    return tokens


def _vars(tokens: list[_Token]) -> tuple[list[str], set[str]]:
    """The variables ``tokens`` mention, in order and each once (without ``?``/``$``), and those
    of them bound by ``AS`` (SELECT expressions)."""
    names: list[str] = []
    aliases: set[str] = set()
    for i, token in enumerate(tokens):
        if token.kind != "var":
            continue
        name = token.text[1:]
        if i > 0 and tokens[i - 1].word() == "AS":
            aliases.add(name)
        if name not in names:
            names.append(name)
    return names, aliases


def _reads_graph_or_groups(tokens: list[_Token]) -> bool:
    for i, token in enumerate(tokens):
        word = token.word()
        if word == "EXISTS" or token.text in "{}":
            return True
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if word in _AGGREGATES and nxt is not None and nxt.text == "(":
            return True
    return False


def split(text: str) -> Split | None:
    """Cut a SELECT query with a top-level ORDER BY in two, or None to run it as written (see
    the module docstring for when)."""
    if not _ORDER_BY.search(text):
        return None
    tokens = _tokens(text)
    if not tokens:
        return None
    if any(t.word() == "SERVICE" for t in tokens):
        return None
    i = 0
    while i < len(tokens) and tokens[i].word() in ("PREFIX", "BASE"):
        i += 3 if tokens[i].word() == "PREFIX" else 2
    if i >= len(tokens) or tokens[i].word() != "SELECT":
        return None
    select = tokens[i]
    i += 1
    distinct = i < len(tokens) and tokens[i].word() in ("DISTINCT", "REDUCED")
    if distinct:
        i += 1
    clause_start = i
    depth = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and (token.word() in ("FROM", "WHERE") or token.text == "{"):
            break
        i += 1
    projection = tokens[clause_start:i]
    if not projection or depth != 0 or i >= len(tokens):
        return None
    select_end = tokens[i - 1].end
    # Dataset clauses, then the WHERE clause's group, matched brace by brace.
    while i < len(tokens) and tokens[i].text != "{":
        i += 1
    if i >= len(tokens):
        return None
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].text == "{":
            depth += 1
        elif tokens[j].text == "}":
            depth -= 1
            if depth == 0:
                break
    else:
        return None
    where_end = tokens[j].end
    rest = tokens[j + 1 :]
    if len(rest) < 2 or rest[0].word() != "ORDER" or rest[1].word() != "BY":
        return None
    k = 2
    while k < len(rest) and rest[k].word() not in ("LIMIT", "OFFSET", "VALUES"):
        k += 1
    order = rest[2:k]
    while k < len(rest) and rest[k].word() in ("LIMIT", "OFFSET"):
        if k + 1 >= len(rest) or not rest[k + 1].text.isdigit():
            return None
        k += 2
    if k < len(rest) and rest[k].word() != "VALUES":
        return None
    if not order or _reads_graph_or_groups(projection) or _reads_graph_or_groups(order):
        return None
    tail_end = rest[k - 1].end
    values = text[rest[k].start :] if k < len(rest) else ""
    star = len(projection) == 1 and projection[0].text == "*"
    names, aliases = _vars(projection + order)
    needed = [n for n in names if n not in aliases]
    if star:
        variables = "*"
    elif needed:
        variables = " ".join("?" + n for n in needed)
    else:
        return None
    prologue = text[: select.start]
    keyword = "SELECT DISTINCT " if distinct else "SELECT "
    where = f"{prologue}{keyword}{variables}\n{text[select_end:where_end]}\n{values}"
    head = prologue + text[select.start : select_end]
    return Split(where, head, text[where_end:tail_end])


def query(
    store: ox.Store, sparql: str, prefixes: Mapping[str, str]
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """``store.query(sparql, prefixes=prefixes)``, with a top-level ORDER BY sorted in memory
    when :func:`split` allows it (same solutions, same order).

    Raises:
        SyntaxError: as ``store.query``, for the query as written.
        OSError, RuntimeError, ValueError: as ``store.query``.
    """
    cut = split(sparql)
    if cut is None:
        return store.query(sparql, prefixes=dict(prefixes))
    try:
        found = store.query(cut.where, prefixes=dict(prefixes))
    except SyntaxError:
        return store.query(sparql, prefixes=dict(prefixes))  # the user's own error, or a bug
    assert isinstance(found, ox.QuerySolutions)
    values = _values(found.serialize(format=_TSV) or b"")
    if values is None:
        return store.query(sparql, prefixes=dict(prefixes))
    try:
        return ox.Store().query(cut.head + values + cut.tail, prefixes=dict(prefixes))
    except SyntaxError:
        return store.query(sparql, prefixes=dict(prefixes))


def _values(tsv: bytes) -> str | None:
    """SPARQL TSV results as a WHERE clause of one VALUES block, or None if a term cannot be
    written in VALUES (a blank node, a triple term) or there are too many rows."""
    text = tsv.decode("utf-8")
    header, _, body = text.partition("\n")
    rows = body.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    if len(rows) > MAX_ROWS or "_:" in body and re.search(r"(?:^|\t)_:", body, re.MULTILINE):
        return None
    if "<<" in body and re.search(r"(?:^|\t)<<", body, re.MULTILINE):
        return None
    if not header:
        return None
    variables = header.replace("\t", " ")
    block = "".join(
        "(" + " ".join(cell or "UNDEF" for cell in row.split("\t")) + ")\n" for row in rows
    )
    return f"\nWHERE {{ VALUES ({variables}) {{\n{block}}} }}\n"
