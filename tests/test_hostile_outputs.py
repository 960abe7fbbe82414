"""Issue 6: nothing lost, nothing half-written. A build killed at any moment leaves the previous
graph.ttl and store usable; exports parse back in rdflib, pyoxigraph and (when installed) Jena."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kgraph import query, store

DATA = Path(__file__).parent / "data" / "five-languages"
KGRAPH = Path(sys.executable).with_name("kgraph")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement }"


def _corpus(root: Path, files: int, variant: str) -> Path:
    """``files`` documents cycling through the five languages, each a little different."""
    texts = [f.read_text("utf-8") for f in sorted(DATA.glob("*.txt"))]
    root.mkdir(parents=True)
    for i, text in zip(range(files), itertools.cycle(texts), strict=False):
        name = f"Firma{variant}{i} AS"
        extra = f"\n\n{name} er en leverandør. Kundene kjøper varer fra {name}."
        (root / f"doc{i:04d}.txt").write_text(text * 3 + extra, encoding="utf-8")
    return root


def _build(corpus: Path, output: Path, log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as err:
        return subprocess.Popen(
            [str(KGRAPH), "--quiet", "build", str(corpus), "--output", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # a kill reaches the worker processes too
        )


def _statements(output: Path) -> int:
    result = query.run(output, COUNT)
    return int(result.rows[0][0] or 0)


@pytest.mark.slow
def test_hostile_outputs_build_killed_at_any_moment_leaves_a_usable_graph(tmp_path: Path) -> None:
    output = tmp_path / "out"
    log = tmp_path / "stderr.log"
    first = _build(_corpus(tmp_path / "a", 20, "A"), output, log)
    started = time.perf_counter()
    assert first.wait(timeout=600) == 0, log.read_text()
    duration = time.perf_counter() - started
    before = _statements(output)
    assert before > 0
    corpus_b = _corpus(tmp_path / "b", 30, "B")
    outcomes = set()
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.9, 1.0):
        proc = _build(corpus_b, output, log)
        time.sleep(duration * fraction)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        # the previous (or the new) graph: whole, parseable, queryable
        g = Graph().parse(output / "graph.ttl", format="turtle")
        assert len(g) > 0
        n = _statements(output)
        assert n > 0
        outcomes.add("new" if n != before else "old")
        store.dump(output, "nt", union=True)
    # the next build recovers whatever a kill left behind and cleans up after itself
    last = _build(corpus_b, output, log)
    assert last.wait(timeout=600) == 0, log.read_text()
    assert _statements(output) != before
    assert not (output / ".store.new").exists() and not (output / ".store.old").exists()
    assert "old" in outcomes  # at least one kill landed mid-build


def test_hostile_outputs_leftovers_of_a_killed_swap_are_recovered(tmp_path: Path) -> None:
    from kgraph import pipeline

    output = tmp_path / "out"
    pipeline.build(DATA, output)
    before = _statements(output)
    # a kill between the two renames of the swap: no store/, the previous one in .store.old/,
    # a half-written .store.new/ beside it
    os.rename(output / "store", output / ".store.old")
    (output / ".store.new").mkdir()
    (output / ".store.new" / "CURRENT").write_text("garbage")
    assert _statements(output) == before  # readers find the previous store
    pipeline.build(DATA, output)
    assert _statements(output) == before
    assert sorted(p.name for p in output.iterdir() if p.name.startswith(".store")) == []


def _java_riot() -> list[str] | None:
    riot = shutil.which("riot")
    if riot:
        return [riot]
    java = shutil.which("java")
    jars = sorted(Path("/usr/share/java").glob("jena-*.jar"))
    if java and jars:
        classpath = ":".join(str(j) for j in Path("/usr/share/java").glob("*.jar"))
        return [java, "-cp", classpath, "riotcmd.riot"]
    return None


_HOSTILE_TEXT = (
    'Kundene kjøper "varer" og \\"tjenester\\" fra Firma \\\\ AS.\n\n'
    'Kunden sier """hei""" og kjøper produkter,\ntjenester og varer.\n\n'
    "Kundene kjøper <script>alert(1)</script> produkter & tjenester.\n\n"
    "Kundene kjøper <img src=x onerror=alert(1)> varer fra «Kunde\\n» AS.\n\n"
    "Kundene kjøper \u202evarer\u202c fra \u2066Nordisk\u2069 AS; ' ' ' og \\u0041.\n"
)


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kgraph import pipeline

    root = tmp_path_factory.mktemp("hostile")
    (root / "corpus").mkdir()
    (root / "corpus" / 'sitat """\\.txt').write_text(_HOSTILE_TEXT, encoding="utf-8")
    (root / "corpus" / "de.txt").write_text(
        'Die Kunden kaufen "Produkte" und \\Dienstleistungen\\.\n', encoding="utf-8"
    )
    pipeline.build(root / "corpus", root / "out")
    return root / "out"


_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
_OX_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "jsonld": "JSON_LD", "xml": "RDF_XML"}


@pytest.mark.parametrize("name", sorted(_FORMATS))
@pytest.mark.filterwarnings(
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)  # rdflib's JSON-LD parser
def test_hostile_outputs_exports_parse_back_isomorphic(
    hostile_output: Path, tmp_path: Path, name: str
) -> None:
    import pyoxigraph
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    from kgraph import exporters

    data, _ = store.dump(hostile_output, "nt", union=True)
    reference = Graph().parse(data=data, format="nt")
    path = tmp_path / f"graph.{name}"
    exporters.export_to_path(hostile_output, name, path)
    exported = Graph().parse(path, format=_FORMATS[name])
    if not isomorphic(exported, reference):
        _, only_in_export, only_in_store = graph_diff(
            to_isomorphic(exported), to_isomorphic(reference)
        )
        pytest.fail(
            f"{name} differs:\n+ {only_in_export.serialize(format='nt')}\n- "
            f"{only_in_store.serialize(format='nt')}"
        )
    quads = list(
        pyoxigraph.parse(path.read_bytes(), getattr(pyoxigraph.RdfFormat, _OX_FORMATS[name]))
    )
    assert len({q.triple for q in quads}) == len(reference)


def test_hostile_outputs_literals_keep_the_text_exactly(hostile_output: Path) -> None:
    import re

    from rdflib import Literal
    from rdflib.namespace import RDFS

    from kgraph.vocab import NIF

    g = Graph().parse(hostile_output / "graph.ttl", format="turtle")
    anchors = {str(o) for o in g.objects(None, NIF.anchorOf)}
    text = _HOSTILE_TEXT.replace("\u202e", " ").replace("\u202c", " ")
    text = text.replace("\u2066", " ").replace("\u2069", " ")
    assert anchors, "the hostile corpus gave no statements"
    for anchor in anchors:
        assert anchor in text or anchor in 'Die Kunden kaufen "Produkte" und \\Dienstleistungen\\.'
    assert any('"""hei"""' in a for a in anchors)
    assert any("\\" in a for a in anchors)
    assert any("\n" in a for a in anchors)  # a sentence over a line break
    for literal in g.objects():
        if isinstance(literal, Literal) and literal.language is not None:
            assert re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*", literal.language)
    assert len(set(g.objects(None, RDFS.label))) > 3


def _riot_command(tmp: Path) -> list[str] | None:
    """Apache Jena's riot: the `riot` launcher, or Debian's libapache-jena-java run with java."""
    import subprocess
    import zipfile

    if shutil.which("riot"):
        return ["riot"]
    java, dpkg = shutil.which("java"), shutil.which("dpkg-query")
    core = Path("/usr/share/java/jena-core.jar")
    if not (java and dpkg and core.is_file()):
        return None
    depends = subprocess.run(
        [dpkg, "-W", "-f=${Depends}", "libapache-jena-java"], capture_output=True, text=True
    ).stdout
    packages = ["libapache-jena-java"] + [
        d.split()[0] for d in depends.split(",") if d.strip() and "slf4j" not in d
    ]
    listing = subprocess.run([dpkg, "-L", *packages], capture_output=True, text=True).stdout
    jars = [
        line
        for line in listing.splitlines()
        if line.startswith("/usr/share/java/") and line.endswith(".jar")
    ]
    jars += ["/usr/share/java/slf4j-api.jar", "/usr/share/java/slf4j-nop.jar"]
    # Debian's jena-core moves Xerces's classes to xerces.* but leaves their message bundles under
    # org/apache/jena/ext/xerces/, and Xerces fails ("internal error") without them: copy them
    # where the classes look.
    prefix = "org/apache/jena/ext/xerces/"
    with zipfile.ZipFile(core) as jar:
        for entry in jar.namelist():
            if entry.startswith(prefix) and entry.endswith(".properties"):
                target = tmp / "xerces" / entry[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(entry))
    return [java, "-cp", ":".join([str(tmp), *jars]), "riotcmd.riot"]


@pytest.mark.parametrize("name", ["turtle", "nt"])
def test_hostile_outputs_jena_riot_validates_turtle_and_ntriples(
    hostile_output: Path, tmp_path: Path, name: str
) -> None:
    from kgraph import exporters

    riot = _riot_command(tmp_path / "riot")
    if riot is None:
        pytest.skip(
            "Apache Jena is not installed (apt-get install libapache-jena-java; `make test` does)"
        )
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://example.org/a> <http://example.org/b> "x"@nb-- .\n', encoding="utf-8")
    check = subprocess.run([*riot, "--validate", str(bad)], capture_output=True, text=True)
    assert check.returncode != 0, "riot accepts anything: the validation below would prove nothing"
    path = tmp_path / ("graph.ttl" if name == "turtle" else "graph.nt")
    exporters.export_to_path(hostile_output, name, path)
    for file in (path, hostile_output / "graph.ttl"):
        done = subprocess.run([*riot, "--validate", str(file)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stderr.strip(), done.stderr
