"""Measure the Linux bundle: size on disk and start time against the app run from the venv.

    python packaging/measure.py [--bundle dist/privacy-gui] [--runs 9]

Both are started the same way, in the same run, alternating: offscreen Qt,
``PRIVACY_GUI_EXIT_AFTER_PAINT=1`` (the app starts, paints its window once and quits), one
throw-away warm-up each, then the median of ``--runs`` wall times. The venv run is
``python -m privacy_gui`` with the Python running this script. Prints a Markdown table for
docs/packaging.md.

``--cold`` (root only, Linux) also empties the kernel's page cache before every start
(``/proc/sys/vm/drop_caches``), so both read all their files from disk: the first start
after a reboot. Those figures are noisier; more runs help.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tree_size(folder: Path) -> int:
    """Bytes of all regular files under ``folder`` (symbolic links not followed or counted)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_time(command: list[str], env: dict[str, str]) -> float:
    """Wall time in seconds of one start-paint-quit."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return elapsed


def drop_caches() -> None:
    """Empty the page cache (root only): the next start reads everything from disk."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def measure(bundle: Path, runs: int, *, cold: bool = False) -> dict[str, float]:
    """Size (MB, MiB) and median start times (s) of the bundle and the venv."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRIVACY_GUI_EXIT_AFTER_PAINT="1")
        env["PRIVACY_GUI_DATA_DIR"] = data
        commands = {
            "bundle": [str(bundle / "privacy-gui")],
            "venv": [sys.executable, "-m", "privacy_gui"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            start_time(command, env)  # warm-up: page cache, font cache, .pyc files
        for _ in range(runs):
            for name, command in commands.items():
                if cold:
                    drop_caches()
                times[name].append(start_time(command, env))
    size = tree_size(bundle)
    bundle_s = statistics.median(times["bundle"])
    venv_s = statistics.median(times["venv"])
    return {
        "size_mb": size / 1e6,
        "size_mib": size / 2**20,
        "bundle_s": bundle_s,
        "venv_s": venv_s,
        "ratio": bundle_s / venv_s,
        "runs": runs,
    }


def main() -> int:
    """Print the figures as a Markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "privacy-gui")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each start (root)")
    opts = parser.parse_args()
    if not (opts.bundle / "privacy-gui").is_file():
        print(f"measure: no bundle at {opts.bundle}; run packaging/build-linux.sh first", file=sys.stderr)
        return 2
    m = measure(opts.bundle, opts.runs, cold=opts.cold)
    kind = "cold page cache" if opts.cold else "warm"
    size_ok = "yes" if m["size_mb"] < 150 else "**no**"
    ratio_ok = "yes" if m["ratio"] <= 1.2 else "**no**"
    print("| figure | measured | aim | met |")
    print("|---|---|---|---|")
    print(f"| bundle size on disk | {m['size_mb']:.0f} MB ({m['size_mib']:.0f} MiB) | < 150 MB | {size_ok} |")
    print(f"| start, bundle ({kind}, median of {opts.runs}) | {m['bundle_s'] * 1000:.0f} ms | – | – |")
    print(f"| start, venv ({kind}, median of {opts.runs}) | {m['venv_s'] * 1000:.0f} ms | – | – |")
    print(f"| bundle / venv ({kind}) | {m['ratio']:.2f}× | ≤ 1.20× | {ratio_ok} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
