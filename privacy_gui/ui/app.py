"""Application start-up: QApplication, content, progress, window (or a screenshot)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from privacy_gui import __version__
from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.kiosk_config import (
    KioskConfig,
    KioskConfigError,
    default_config_path,
    load_kiosk_config,
)
from privacy_gui.core.loader import load_library
from privacy_gui.core.plans import PlanError, load_plan, plan_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui.errors import install_excepthook
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme


def create_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so the desktop finds its icon."""
    from privacy_gui.ui.i18n import install_language, language_installed

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if not language_installed():
            install_language(existing, "en")
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("privacy-gui")
    app.setApplicationDisplayName("Privacy checklist")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.privacy_gui")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "privacy-gui.svg")))
    install_language(app, "en")  # English plurals ("1 setting", "2 settings") until a choice is made
    return app


class StartError(Exception):
    """Start-up can't go on; the message says why in plain words."""


def kiosk_config_for(opts: argparse.Namespace, known: set[str]) -> KioskConfig | None:
    """The kiosk config when kiosk mode is asked for (or installed system-wide)."""
    path = opts.kiosk_config or default_config_path()
    if path is None:
        if opts.kiosk:
            raise StartError(
                "kiosk mode needs a config file with a staff PIN: see docs/kiosk.md "
                "('privacy-gui kiosk-pin' makes the PIN line)"
            )
        return None
    try:
        return load_kiosk_config(path, known)
    except KioskConfigError as exc:
        raise StartError("the kiosk config has problems:\n" + str(exc)) from exc


def build_window(opts: argparse.Namespace, *, read_only: bool = False) -> MainWindow:
    """Load everything the window needs, following the command-line options."""
    from privacy_gui.ui.i18n import install_language, system_language

    if opts.data_dir:
        paths.set_data_dir(opts.data_dir)
    prefs = Prefs.load(paths.prefs_file())
    if opts.zoom:
        prefs = prefs.with_zoom(opts.zoom)
    profile = opts.profile or prefs.profile
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from privacy_gui.core.packs import PackError, unpack

    try:
        roots = [paths.builtin_content_dir(), *[unpack(Path(p)) for p in opts.content]]
    except PackError as exc:
        raise StartError(str(exc)) from exc
    # Only the translated pages of the language likely shown are read now (start-up time);
    # another language's pages are read when the reader switches to it.
    likely = opts.lang or prefs.language or system_language()
    library = load_library(roots, base=paths.builtin_content_dir().parent, languages={likely})
    plan = None
    if opts.plan:
        try:
            plan = load_plan(opts.plan, library)
        except PlanError as exc:
            raise StartError("the workshop plan has problems:\n" + str(exc)) from exc
        library = plan_library(plan, library)
    kiosk = kiosk_config_for(opts, {p.id for p in library.products})
    language = opts.lang or (kiosk.language if kiosk else "") or prefs.language or system_language()
    install_language(app, language)
    apply_theme(app, prefs.zoom, kiosk=kiosk is not None, theme=prefs.theme)
    if kiosk is not None:
        if kiosk.products:
            wanted = [p for p in library.products if p.id in kiosk.products]
            library = replace(library, products=tuple(wanted))
        return MainWindow(library, ProgressStore(None), Prefs(), kiosk=kiosk)
    store = ProgressStore(None if read_only else paths.progress_file(profile))
    if plan is not None:
        store.answers = plan.assume  # everyone in the room sees the same steps
    if read_only:
        disk = ProgressStore(paths.progress_file(profile))
        if disk.path is not None and disk.path.exists():
            disk.load()
            store.items, store.positions, store.answers = disk.items, disk.positions, disk.answers
        if store.answers is None and opts.open not in ("setup",):
            store.answers = Answers(frozenset({"windows", "web", "ios", "android", "mac"}))
    else:
        store.load()
        if plan is not None:
            store.answers = plan.assume
    return MainWindow(library, store, prefs, save_prefs=not read_only, plan=plan)


def run(opts: argparse.Namespace) -> int:
    """Show the window, or render a screenshot and exit."""
    app = create_app()
    try:
        window = build_window(opts, read_only=bool(opts.screenshot))
    except StartError as exc:
        print(f"privacy-gui: {exc}", file=sys.stderr)
        if getattr(sys, "frozen", False) or sys.stderr is None:  # no console to read it in
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "privacy-gui", str(exc))
        return 2
    target = opts.open or ""
    qr = target.startswith("qr:")  # the "Send to my phone" dialog of a setting, for the docs
    if target and not window.navigate(target.removeprefix("qr:")):
        print(f"privacy-gui: nothing called '{opts.open}' to open", file=sys.stderr)
        return 2
    if opts.screenshot:
        return screenshot(window, opts.screenshot, opts.size, qr=qr)
    install_excepthook(lambda: window)
    if os.environ.get("PRIVACY_GUI_EXIT_AFTER_PAINT"):  # for benchmarks/: start, paint once, quit
        window.installEventFilter(_QuitAfterPaint(window))
    if window.kiosk is not None:
        window.showFullScreen()
    else:
        window.show()
    return app.exec()


class _QuitAfterPaint(QObject):
    """Quits the app right after the window's first paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def screenshot(window: MainWindow, path: Path, size: str, *, qr: bool = False) -> int:
    """Render the window (or, with ``qr``, the page's QR dialog) offscreen to a PNG."""
    try:
        width, height = (int(v) for v in size.lower().split("x"))
    except ValueError:
        print(f"privacy-gui: --size must look like 1280x800, not '{size}'", file=sys.stderr)
        return 2
    window.resize(width, height)
    window.show()
    if window.kiosk is not None:
        window.kiosk.idle.stop()
    app = QApplication.instance()
    assert app is not None
    for _ in range(10):  # let wrapped text settle its height-for-width layout
        app.processEvents()
    image = window.grab()
    page = window.wizard.current_page() if qr else None
    if qr:
        location = (
            next((loc for loc in page.setting.where if loc.link and loc.link.startswith("https://")), None)
            if page
            else None
        )
        if page is None or location is None or location.link is None:
            print("privacy-gui: that setting has no web link to show as a QR code", file=sys.stderr)
            return 2
        from privacy_gui.ui.qr_dialog import QrDialog

        dialog = QrDialog(location.link, page.setting.title, location.steps, window)
        dialog.resize(min(width, 720), min(height, 900))
        dialog.show()
        for _ in range(10):
            app.processEvents()
        image = dialog.grab()
    if not image.save(str(path)):
        print(f"privacy-gui: could not write {path}", file=sys.stderr)
        return 1
    print(path)
    return 0
