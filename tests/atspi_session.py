"""Start Xvfb, the AT-SPI bus and the app, then read the app's tree from outside.

Run inside ``dbus-run-session`` so that nothing touches the desktop's own buses:
``dbus-run-session -- python tests/atspi_session.py DATA_DIR OUT.json``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main(data_dir: str, out: str) -> int:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    display = os.read(read_fd, 16).decode().strip()
    env = dict(
        os.environ,
        DISPLAY=f":{display}",
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    bus = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env, stderr=subprocess.DEVNULL
    )
    time.sleep(1)
    app = subprocess.Popen(
        [sys.executable, "-m", "privacy_gui", "--data-dir", data_dir, "--open", "linkedin/gen-ai-training"],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(3)
        with open(out, "w") as sink:
            reader = subprocess.run(
                ["/usr/bin/python3", str(HERE / "atspi_reader.py")], env=env, stdout=sink, timeout=90
            )
        return reader.returncode
    finally:
        for process in (app, bus, xvfb):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
