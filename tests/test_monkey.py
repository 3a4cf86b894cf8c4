"""Thousands of random user actions with a fixed seed: no exception, no Qt warning, no leak."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenuBar,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.opener import LinkOpener
from privacy_gui.ui.theme import apply_theme
from tests.helpers import soak

ACTIONS = 5000 if soak() else 600
KEYS = [
    (Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
]


class QuietOpener(LinkOpener):
    def open_url(self, url: str) -> bool:
        return True


def rss_kib() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4


def test_random_actions(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(1122)
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: rng.choice([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel]),
    )
    for name in ("information", "warning", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / rng.choice(["a.pdf", "a.html", "a.csv"])), ""),
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)  # QR and other dialogs
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (rng.choice(["Ana", "Ben", ""]), rng.random() < 0.7)
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")

    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    store.set_answers(Answers())
    window = MainWindow(load_library([paths.builtin_content_dir()]), store, Prefs(), opener=QuietOpener())
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    targets = (
        ["home", "checklist", "setup"]
        + [p.id for p in window.library.products]
        + [s.key for s in window.library.all_settings()]
    )
    checkpoint = min(500, ACTIONS // 3)
    baseline = 0
    for step in range(ACTIONS):
        if not window.isVisible():
            window.show()
        roll = rng.random()
        if roll < 0.55:
            buttons = [
                b
                for b in window.findChildren(QAbstractButton)
                if b.isVisible() and b.isEnabled() and not isinstance(b.parent(), QMenuBar)  # its menu blocks
            ]
            if buttons:
                button = rng.choice(buttons)
                qtbot.mouseClick(
                    button,
                    Qt.MouseButton.LeftButton,
                    pos=QPoint(min(10, button.width() // 2), button.height() // 2),
                )
        elif roll < 0.85:
            key, modifier = rng.choice(KEYS)
            qtbot.keyClick(window, key, modifier)
        elif roll < 0.95:
            window.navigate(rng.choice(targets))
        elif roll < 0.985:
            window.set_zoom(rng.choice([100, 115, 130, 150, 175, 200]))
        else:  # the whole window is rebuilt in the other language, wherever the user is
            window.set_language(rng.choice(["en", "de", "fr"]))
        if step % 50 == 0:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
        if step == checkpoint:
            baseline = rss_kib()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    final = rss_kib()
    print(f"\n{ACTIONS} actions; RSS {baseline} KiB after {checkpoint}, {final} KiB at the end")
    assert final <= baseline * 1.2
    window.set_zoom(100)
    window.set_language("en")
