"""Progress survives SIGKILL at random moments: the file is always the old or the new state."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from privacy_gui.core.progress import migrate
from tests.helpers import soak

KILLS = 250 if soak() else 25
WRITER = Path(__file__).with_name("crash_writer.py")


def test_sigkill_never_corrupts_progress(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    corrupt = 0
    for _ in range(KILLS):
        with subprocess.Popen(
            [sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE, text=True, env=env
        ) as writer:
            assert writer.stdout is not None
            wanted = rng.randint(1, 40)
            acked = None
            for line in writer.stdout:
                assert not line.startswith("NOTICE"), line
                acked = int(line)
                if wanted == 0:
                    break
                wanted -= 1
            time.sleep(rng.random() * 0.004)
            writer.send_signal(signal.SIGKILL)
            writer.wait()
            rest = writer.stdout.read().split()
        acked = int(rest[-1]) if rest else acked
        assert acked is not None
        try:
            data = migrate(json.loads(path.read_text("utf-8")))
            revision = data["items"]["crash/counter"]["revision"]
        except (ValueError, KeyError):
            corrupt += 1
            continue
        assert revision in (acked, acked + 1), (revision, acked)
    print(f"\n{KILLS} kills, {corrupt} corrupt files")
    assert corrupt == 0
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("progress.json", "progress.json.bak")]
    assert len(leftovers) <= 1, leftovers  # each start removes temp files of killed writes
