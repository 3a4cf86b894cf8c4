"""One end-to-end run under Xvfb: a screen reader's view of the wizard, read over AT-SPI.

The app runs as its own process on a virtual X display with Qt's AT-SPI bridge on; Debian's
``python3-pyatspi`` reads the tree from outside the process, as Orca would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
NEEDED = ("Xvfb", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher", "/usr/bin/python3")


def test_screen_reader_sees_the_wizard_with_names_and_roles(tmp_path: Path) -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    assert missing == [], "install packaging/debian-test-packages.txt (make deps)"
    out = tmp_path / "tree.json"
    subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(HERE / "atspi_session.py"),
            str(tmp_path / "data"),
            str(out),
        ],
        check=True,
        timeout=180,
    )
    tree = json.loads(out.read_text())
    assert tree and tree[0]["role"] == "application" and tree[0]["name"] == "privacy-gui"
    shown = [n for n in tree if "showing" in n.get("states", ())]
    controls = {(n["role"], n["name"]) for n in shown}
    for expected in [
        ("push button", "Back"),
        ("push button", "Next"),
        ("push button", "Back to all products"),
        ("check box", "Done"),  # the answer buttons are toggles: read with their state
        ("check box", "Skip for now"),
        ("check box", "Doesn't apply to me"),
        ("push button", "Open this setting on LinkedIn"),
        ("check box", "Steps for Windows"),
        ("progress bar", "Progress through this product"),
    ]:
        assert expected in controls, expected
    heading = next(n for n in shown if n["name"] == "Should LinkedIn use your data to train its AI?")
    assert heading["role"] == "label" and "focusable" in heading["states"]  # focus starts here
    unnamed = [
        n["role"]
        for n in shown
        if "focusable" in n["states"]
        and n["role"] in ("push button", "check box", "radio button", "text")
        and not n["name"].strip()
    ]
    assert unnamed == []
