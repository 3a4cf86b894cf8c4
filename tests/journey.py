"""A whole user journey, run as its own process (for the network test under strace).

Usage: python tests/journey.py DATA_DIR OUT_DIR
Answers the first question, walks every wizard of every product marking each step,
opens the checklist, filters it, and exports PDF, HTML and CSV.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from privacy_gui.core import paths
    from privacy_gui.core.answers import Answers
    from privacy_gui.core.loader import load_library
    from privacy_gui.core.model import PLATFORMS
    from privacy_gui.core.prefs import Prefs
    from privacy_gui.core.progress import ItemState, ProgressStore
    from privacy_gui.ui.app import create_app
    from privacy_gui.ui.main_window import MainWindow
    from privacy_gui.ui.theme import apply_theme
    from privacy_gui.ui.wizard import SUMMARY

    paths.set_data_dir(Path(sys.argv[1]))
    out = Path(sys.argv[2])
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    window = MainWindow(load_library([paths.builtin_content_dir()]), store, Prefs())
    window.show()
    window.setup.finished.emit(Answers(frozenset(PLATFORMS), "work", "eu"))
    states = [ItemState.DONE, ItemState.SKIPPED, ItemState.NOT_FOR_ME]
    steps = 0
    for product in window.library.products:
        window.open_product(product.id)
        while window.wizard.current_step() != SUMMARY:
            window.wizard.next()
            page = window.wizard.current_page()
            if page is not None:
                for platform in page.platform_buttons:
                    page.show_platform(platform)
                window.wizard.choose(states[steps % 3])
                steps += 1
            app.processEvents()
        window.wizard.next()
    window.show_checklist()
    for mode in ("todo", "done", "all"):
        window.checklist.set_filter(mode)
    for suffix in ("pdf", "html", "csv"):
        window.export_checklist(out / f"checklist.{suffix}")
    app.processEvents()
    print(f"journey done: {steps} steps")
    return 0


if __name__ == "__main__":
    sys.exit(main())
