"""The benchmark command runs and writes its table (quick mode; times are not judged here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_benchmarks_run_in_quick_mode(tmp_path: Path) -> None:
    out = tmp_path / "table.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=500,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    table = out.read_text()
    for figure in (
        "Bare PySide6 window: start, paint, exit",
        "App: cold start to painted home, exit",
        "App: peak memory (RSS)",
        "Load and validate 1,000 settings",
        "Wizard: Next to new page painted (median)",
        "Checklist with",
        "Save progress after a change",
        "Export: checklist PDF",
        "Search per keystroke",
    ):
        assert figure in table, figure
    assert table.count("\n| ") >= 15
