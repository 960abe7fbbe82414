"""What the benchmarks share: child processes that report their own figures, tables, and sizes.

Every measured case runs in a fresh Python process (``python bench/X.py --child CASE ...``) that
prints one JSON object on its last stdout line, including its own peak RSS: so the memory figure
of one case never includes another's, and both sides of a ratio run in the same conditions, side by
side in the same run. The parent prints a plain-text table: ratios first, then absolute figures.
"""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = Path(os.environ.get("KGRAPH_BENCH_CACHE", "/tmp/kgraph-bench"))


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def child(script: str, *args: str, timeout: float = 7200) -> dict[str, Any]:
    """Run ``bench/<script> --child ARGS`` and return the JSON object it printed last.

    Raises:
        RuntimeError: the child failed; its stderr is in the message.
    """
    cmd = [sys.executable, str(BENCH / script), "--child", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def report(result: dict[str, Any]) -> None:
    """The child's side: print the result (plus its peak RSS) as the last stdout line."""
    result.setdefault("peak_rss_mb", round(peak_rss_mb(), 1))
    print(json.dumps(result))


def timed(fn: Callable[[], object], *, repeat: int = 1) -> tuple[float, object]:
    """Median wall time of ``repeat`` calls, and the last call's value."""
    times, value = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), value


def exponent(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The least-squares slope of log(value) over log(size): 1.0 is linear growth."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(v, 1e-9)) for v in values]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain-text table: a title line, a header, a rule, right-aligned cells after the first."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        first = values[0].ljust(widths[0])
        rest = (v.rjust(w) for v, w in zip(values[1:], widths[1:], strict=True))
        return "  ".join((first, *rest)).rstrip()

    out = [f"## {title}", line(header), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out) + "\n"


def _cell(value: object) -> str:
    if isinstance(value, float):
        if value == 0 or abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:,.2f}"
        return f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def machine() -> str:
    """One line: CPU count, memory, Python, for the top of every report."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            kib = int(info.readline().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except OSError:
        memory = "? GiB"
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} cores, {memory}, Python {sys.version.split()[0]}{load}"
