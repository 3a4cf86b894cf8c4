"""Every control a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme

SCREENS = ["setup", "home", "office", "office/analyze-content", "linkedin/gen-ai-training", "checklist"]


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(None)
    store.answers = Answers(frozenset({"windows", "web"}))
    main = MainWindow(load_library([paths.builtin_content_dir()]), store, Prefs(), save_prefs=False)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


@pytest.mark.parametrize("screen", SCREENS)
def test_focusable_controls_have_accessible_names(window: MainWindow, screen: str) -> None:
    assert window.navigate(screen)
    QApplication.processEvents()
    unnamed = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        checked += 1
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert checked > 3
    assert unnamed == []


def test_checklist_states_are_words(window: MainWindow) -> None:
    window.store.set_state("office/analyze-content", ItemState.DONE, 2, "h")
    window.show_checklist()
    model = window.checklist.model
    product = model.index(0, 0)
    states = {
        model.index(row, 1, product).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount(product))
    }
    assert "Done" in states and "To do" in states
