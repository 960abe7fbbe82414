"""Run every benchmark in turn (``make bench``); ``--quick`` runs each at its smoke size.

python bench/run_all.py            # the full sizes: about half an hour on 2 cores
python bench/run_all.py --quick    # a minute: checks that every benchmark still runs
"""

from __future__ import annotations

import subprocess
import sys

import common

BENCHES = ("bench_extract.py", "bench_build.py", "bench_query.py", "bench_export.py")


def main(argv: list[str]) -> int:
    failed = []
    for script in BENCHES:
        done = subprocess.run([sys.executable, str(common.BENCH / script), *argv], cwd=common.ROOT)
        if done.returncode != 0:
            failed.append(script)
        print(flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
