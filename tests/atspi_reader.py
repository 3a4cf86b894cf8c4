"""Read the app's accessibility tree over AT-SPI, as a screen reader does (system Python).

Run with Debian's python3 (which has ``pyatspi``), not the venv; prints the tree as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi


def find_app(timeout: float = 40) -> Any:
    """The app's root once it has windows (it registers a moment after it starts)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and "privacy" in (child.name or "").lower() and child.childCount:
                return child
        time.sleep(0.5)
    return None


def walk(node: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
    out.append({"role": node.getRoleName(), "name": node.name or "", "depth": depth, "states": states})
    for index in range(node.childCount):
        walk(node.getChildAtIndex(index), out, depth + 1)


def main() -> int:
    app = find_app()
    if app is None:
        print("the app never appeared on the accessibility bus", file=sys.stderr)
        return 1
    tree: list[dict[str, Any]] = []
    walk(app, tree)
    json.dump(tree, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
