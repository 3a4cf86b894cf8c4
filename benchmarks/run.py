"""Benchmarks: every figure against a bare PySide6 window measured in the same run.

    python benchmarks/run.py            # full run, writes docs/performance.md's table
    python benchmarks/run.py --quick    # fewer runs, smaller packs (CI: proves it works)

Times are medians after a warm-up; the machine is noisy, so the ratio to the bare
window is the figure to judge, and absolute times are shown beside it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.synthetic import write_pack  # noqa: E402


@dataclass
class Row:
    figure: str
    value: float
    unit: str
    ratio: float | None
    goal: str
    met: bool | None

    def cells(self) -> list[str]:
        shown = f"{self.value:.1f} {self.unit}" if self.unit != "x" else f"{self.value:.2f}×"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "–"
        met = {True: "yes", False: "**no**", None: "–"}[self.met]
        return [self.figure, shown, ratio, self.goal, met]


def run_process(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KiB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed")
    return elapsed, usage.ru_maxrss


def median_of(runs: int, command: list[str], env: dict[str, str]) -> tuple[float, float]:
    run_process(command, env)  # warm-up: file cache, font cache
    results = [run_process(command, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of each call."""
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="few runs, small packs; for CI")
    parser.add_argument("--out", type=Path, help="write the Markdown table here")
    opts = parser.parse_args()
    runs = 3 if opts.quick else 11
    sizes = (50, 200, 1000) if opts.quick else (100, 1000, 10_000)
    rows: list[Row] = []
    work = Path(tempfile.mkdtemp(prefix="privacy-gui-bench-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

    # 1–2. Cold start to first paint, and peak memory, against the bare window.
    bare_time, bare_rss = median_of(runs, [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], env)
    app_env = {**env, "PRIVACY_GUI_EXIT_AFTER_PAINT": "1"}
    app_cmd = [sys.executable, "-m", "privacy_gui", "--data-dir", str(work / "data")]
    (work / "data").mkdir()
    (work / "data" / "profiles" / "default").mkdir(parents=True)
    (work / "data" / "profiles" / "default" / "progress.json").write_text(
        '{"format": "privacy-gui/progress", "version": 2, "answers": '
        '{"platforms": ["windows", "web"], "account": "personal", "region": "eu"}, "items": {}}'
    )
    app_time, app_rss = median_of(runs, app_cmd, app_env)
    bare_ms = bare_time * 1000
    rows.append(Row("Bare PySide6 window: start, paint, exit", bare_ms, "ms", 1.0, "reference", None))
    rows.append(Row("Bare PySide6 window: peak memory", bare_rss / 1024, "MiB", 1.0, "reference", None))
    rows.append(
        Row(
            "App: cold start to painted home, exit",
            app_time * 1000,
            "ms",
            app_time / bare_time,
            "≤ 1.3×",
            app_time / bare_time <= 1.3,
        )
    )
    rows.append(
        Row(
            "App: peak memory (RSS)",
            app_rss / 1024,
            "MiB",
            app_rss / bare_rss,
            "≤ 1.3×",
            app_rss / bare_rss <= 1.3,
        )
    )

    # 3. Content loading and validation.
    from privacy_gui.core.loader import load_library

    load_ms: dict[int, float] = {}
    for size in sizes:
        pack = write_pack(work / f"pack-{size}", size)
        repeat = 2 if size >= 10_000 else 4
        load_library([pack])
        load_ms[size] = statistics.median(timed(lambda pack=pack: load_library([pack]), repeat))
        goal, met = ("≤ 500 ms", load_ms[size] <= 500) if size == 1000 else ("–", None)
        rows.append(
            Row(
                f"Load and validate {size:,} settings",
                load_ms[size],
                "ms",
                load_ms[size] / bare_ms,
                goal,
                met,
            )
        )
    small, large = sizes[1], sizes[2]
    growth = load_ms[large] / load_ms[small]
    rows.append(
        Row(
            f"Growth: {large:,} vs {small:,} settings",
            growth,
            "x",
            None,
            f"≤ {12 * large // small // 10}×",
            growth <= 12 * large / small / 10,
        )
    )

    # 4–7 and search, in one process with a real window.
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from privacy_gui.core import paths
    from privacy_gui.core.answers import Answers
    from privacy_gui.core.pdf import write_pdf
    from privacy_gui.core.prefs import Prefs
    from privacy_gui.core.progress import ItemState, ProgressStore
    from privacy_gui.core.search import SearchIndex
    from privacy_gui.ui.app import create_app
    from privacy_gui.ui.main_window import MainWindow
    from privacy_gui.ui.theme import apply_theme

    app = create_app()
    apply_theme(app, 100)
    paths.set_data_dir(work / "gui-data")
    store = ProgressStore(paths.progress_file())
    store.load()
    store.set_answers(Answers(frozenset({"windows", "web", "mac"})))
    pack_1000 = work / f"pack-{sizes[1]}"
    library = load_library([paths.builtin_content_dir(), pack_1000])
    window = MainWindow(library, store, Prefs(), save_prefs=False)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()

    def step() -> None:
        window.wizard.next()
        QApplication.processEvents()
        current = window.wizard.stack.currentWidget()
        assert current is not None
        current.repaint()

    def read_page() -> None:  # the user reads; meanwhile the app builds the next page
        deadline = time.perf_counter() + 0.3
        while time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)

    window.open_product("product-00")
    steps = []
    for _ in range(min(30 if opts.quick else 60, len(window.wizard.steps) - 2)):
        read_page()
        steps += timed(step, 1)
    rows.append(
        Row(
            "Wizard: Next to new page painted (median)",
            statistics.median(steps),
            "ms",
            statistics.median(steps) / bare_ms,
            "≤ 16 ms",
            statistics.median(steps) <= 16,
        )
    )
    rows.append(
        Row(
            "Wizard: Next to new page painted (95th percentile)",
            p95(steps),
            "ms",
            p95(steps) / bare_ms,
            "–",
            None,
        )
    )

    def open_checklist() -> None:
        window.show_checklist()
        QApplication.processEvents()
        window.checklist.repaint()

    opened = timed(open_checklist, 1)[0]
    items = len(library.all_settings())
    rows.append(
        Row(
            f"Checklist with {items:,} items: open", opened, "ms", opened / bare_ms, "≤ 100 ms", opened <= 100
        )
    )
    modes = ["todo", "done", "all"] * (2 if opts.quick else 5)
    filtering = timed(
        lambda: (window.checklist.set_filter(modes.pop()), window.checklist.repaint()), len(modes)
    )
    rows.append(
        Row(
            f"Checklist with {items:,} items: filter",
            statistics.median(filtering),
            "ms",
            statistics.median(filtering) / bare_ms,
            "≤ 100 ms",
            statistics.median(filtering) <= 100,
        )
    )

    # Saving: a store of its own (the window's listeners would time the UI, not the save).
    keys = [s.key for s in library.all_settings()]
    save_store = ProgressStore(work / "save-bench" / "progress.json")
    save_store.load()
    for key in keys[:1000]:
        save_store.set_state(key, ItemState.SKIPPED, 1, "h")
    counter = iter(range(10**9))
    saves = timed(
        lambda: save_store.set_state(keys[next(counter) % len(keys)], ItemState.DONE, 1, "h"),
        50 if opts.quick else 300,
    )
    store = save_store
    rows.append(
        Row(
            f"Save progress after a change ({len(store.items):,} items, atomic)",
            statistics.median(saves),
            "ms",
            statistics.median(saves) / bare_ms,
            "≤ 5 ms",
            statistics.median(saves) <= 5,
        )
    )

    builtin = load_library([paths.builtin_content_dir()])
    export_window = MainWindow(builtin, store, Prefs(), save_prefs=False)
    html = export_window._export_html()
    pdf_ms = timed(lambda: write_pdf(html, work / "handout.pdf"), 1 if opts.quick else 3)
    rows.append(
        Row(
            "Export: checklist PDF of all products",
            statistics.median(pdf_ms),
            "ms",
            statistics.median(pdf_ms) / bare_ms,
            "(no goal)",
            None,
        )
    )
    export_window.deleteLater()

    big = load_library([work / f"pack-{sizes[2]}"])
    started = time.perf_counter()
    index = SearchIndex(big)
    build_ms = (time.perf_counter() - started) * 1000
    index.search("warm up")
    typed = "advertising histroy"
    keystrokes = timed(lambda: None, 0)
    for end in range(1, len(typed) + 1):
        keystrokes += timed(lambda end=end: index.search(typed[:end]), 1)
    rows.append(
        Row(
            f"Search index for {len(big.all_settings()):,} settings: build",
            build_ms,
            "ms",
            build_ms / bare_ms,
            "(once, on first search)",
            None,
        )
    )
    rows.append(
        Row(
            f"Search per keystroke, {len(big.all_settings()):,} settings (95th percentile)",
            p95(keystrokes),
            "ms",
            p95(keystrokes) / bare_ms,
            "≤ 50 ms",
            p95(keystrokes) <= 50,
        )
    )
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    table = ["| Figure | Measured | Ratio to bare window | Goal | Met |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    header = (
        f"Run: {'quick' if opts.quick else 'full'}, median of {runs} runs after a warm-up, "
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}."
    )
    text = header + "\n\n" + "\n".join(table) + "\n"
    print(text)
    if opts.out:
        opts.out.write_text(text, encoding="utf-8")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
