"""The app sends nothing: a whole journey under strace makes no internet connection."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
INET = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?")


def traced(tmp_path: Path, *command: str) -> tuple[subprocess.CompletedProcess[str], str]:
    strace = shutil.which("strace")
    assert strace, "strace is needed for this test (make deps installs it)"
    log = tmp_path / "strace.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=connect", "-o", str(log), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    return result, log.read_text()


def test_detector_sees_a_connection(tmp_path: Path) -> None:
    """The check can fail: a process that does connect is caught."""
    code = (
        "import socket; s = socket.socket(); s.settimeout(0.2)\n"
        "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass"
    )
    _, log = traced(tmp_path, sys.executable, "-c", code)
    assert INET.search(log)


def test_whole_journey_makes_no_network_connection(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result, log = traced(
        tmp_path, sys.executable, str(ROOT / "tests" / "journey.py"), str(tmp_path / "data"), str(out)
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "journey done" in result.stdout
    steps = int(result.stdout.split("journey done: ")[1].split()[0])
    assert steps >= 15
    assert (out / "checklist.pdf").stat().st_size > 1000
    connections = [line for line in log.splitlines() if INET.search(line)]
    assert connections == [], connections  # local sockets (AF_UNIX: D-Bus, X11) are allowed
