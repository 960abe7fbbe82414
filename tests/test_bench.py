"""The benchmarks still run (bench/, `make bench`): each at its --quick size, checking the tables'
shape, never the timings."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.slow
def test_bench_quick_runs_print_ratio_and_figure_tables(tmp_path: Path) -> None:
    env = {**os.environ, "KGRAPH_BENCH_CACHE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(BENCH / "run_all.py"), "--quick"],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    reports = [r for r in done.stdout.split("\n# ") if r.strip()]
    titles = [r.lstrip("# ").splitlines()[0] for r in reports]
    assert [t.split(":")[0].split(" ")[0] for t in titles] == [
        "Extraction",
        "Build",
        "Query",
        "Export",
    ]
    for report in reports:
        tables = re.findall(r"^## (.+)\n(.+)\n(-[- ]+)\n((?:.+\n?)+)", report, re.M)
        assert tables and tables[0][0] == "Ratios (same run)"
        for _title, header, rule, body in tables:
            columns = len(rule.split())
            assert len(re.split(r"\s{2,}", header.strip())) == columns
            for row in body.strip().splitlines():
                assert re.search(r"\d", row), row  # every row carries a figure
    ratios = re.findall(r"target ≥ 10\)\s+([\d.,]+)", done.stdout)
    assert len(ratios) == 1  # the query mix's median ratio is printed
