"""At 200 % text in a 1366×768 window nothing is cut off, overlaps or leaves the window.

Each screen is also rendered to a PNG (kept in the test's temporary folder) so that a
failure can be looked at; the checks work on the widgets' real geometry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme

SCREENS = ["setup", "home", "office", "office/analyze-content", "linkedin/gen-ai-training", "checklist"]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(None)
    store.answers = Answers(frozenset({"windows", "mac", "web", "ios", "android"}))
    main = MainWindow(load_library([paths.builtin_content_dir()]), store, Prefs(), save_prefs=False)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    apply_theme(app, 100)


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def visible_area(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` a person can see (scroll areas cut off the rest)."""
    area = in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = area.intersected(in_window(parent, window))
        parent = parent.parentWidget()
    return area


def controls(window: MainWindow) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QAbstractButton, QLineEdit):
        found += [w for w in window.findChildren(kind) if w.isVisible()]
    return found


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("screen", SCREENS)
def test_screens_fit_at_100_and_200_percent(
    qtbot: QtBot, window: MainWindow, screen: str, zoom: int, tmp_path: Path
) -> None:
    window.set_zoom(zoom)
    qtbot.wait(50)
    assert window.navigate(screen)
    QApplication.processEvents()  # one pass: a page's first painted frame must already fit
    assert window.size().width() == 1366 and window.size().height() == 768  # the text grew, not the window
    shot = window.grab()
    assert shot.save(str(tmp_path / f"{screen.replace('/', '-')}-{zoom}.png"))
    frame = window.rect()
    problems = []
    shown = []
    for widget in controls(window):
        rect = in_window(widget, window)
        seen = visible_area(widget, window)
        if seen.isEmpty():
            continue  # scrolled out of view: reachable by scrolling, and Tab scrolls to it
        shown.append((widget, rect))
        name = f"{type(widget).__name__} {widget.accessibleName() or getattr(widget, 'text', lambda: '')()!r}"
        if rect.left() < frame.left() or rect.right() > frame.right():
            problems.append(f"{name} sticks out of the window sideways")
        if widget.width() < widget.minimumSizeHint().width() - 1:
            problems.append(f"{name} is squeezed: {widget.width()} < {widget.minimumSizeHint().width()}")
        if widget.height() < widget.minimumSizeHint().height() - 1:
            problems.append(f"{name} is too low for its text")
    for label in window.findChildren(QLabel):
        in_view = label.isVisible() and not visible_area(label, window).isEmpty()
        if in_view and not label.wordWrap() and label.width() < label.minimumSizeHint().width() - 1:
            problems.append(f"label {label.text()[:40]!r} is cut off")
    for index, (first, a) in enumerate(shown):  # no two controls on top of each other
        for second, b in shown[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if a.intersects(b) and a.intersected(b).width() > 2 and a.intersected(b).height() > 2:
                problems.append(f"{first.accessibleName()!r} overlaps {second.accessibleName()!r}")
    assert problems == []
    if screen.count("/") == 1:  # a setting page: the wizard's own buttons are fully in view
        wizard = window.wizard
        for button in (
            wizard.back_button,
            wizard.next_button,
            wizard.home_button,
            *wizard.choice_buttons.values(),
        ):
            assert button.isVisible()
            assert frame.contains(in_window(button, window)), button.text()
            assert visible_area(button, window) == in_window(button, window), button.text()
