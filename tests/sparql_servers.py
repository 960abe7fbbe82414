"""What the --store integration tests share: a free port, and waiting for a SPARQL server."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_answering(query_url: str, proc: subprocess.Popen[bytes], log: Path, name: str,
                         seconds: float) -> None:
    """Return once ``query_url`` answers ``ASK {}``; raise with the server's log if it exits or
    does not answer within ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{query_url}?query=ASK%7B%7D", timeout=2) as response:
                response.read()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                started = log.read_text(errors="replace") if log.exists() else ""
                raise RuntimeError(f"{name} did not start: {started[-2000:]}") from None
            time.sleep(0.2)
