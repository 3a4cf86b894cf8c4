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


def _layout_path(widget: QWidget, window: QWidget) -> list[tuple[int, int]]:
    """Where a widget sits, as positions of it and its ancestors inside their parents.

    Comparing these paths orders widgets as a reader sees the layout, even when part of a
    page is scrolled out of view: siblings compare by their place in their common parent.
    """
    path = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        path.append((current.y(), current.x()))
        current = current.parentWidget()
    return path[::-1]


def _reads_before(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """True when ``a`` comes before ``b`` in reading order (top to bottom, then left to right)."""
    for (ay, ax), (by, bx) in zip(a, b, strict=False):
        if abs(ay - by) > 6:  # a few pixels apart still count as one line
            return ay < by
        if ax != bx:
            return ax < bx
    return len(a) <= len(b)


def focus_chain(qtbot: QtBot, window: MainWindow, limit: int = 250) -> list[QWidget]:
    """Press Tab from the first control until focus comes back round; the widgets met."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    chain: list[QWidget] = []
    start = QApplication.focusWidget()
    assert start is not None
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        if chain and focused is chain[0]:
            return chain
        if focused not in chain:
            chain.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back to the start after {limit} presses")


@pytest.mark.parametrize("screen", SCREENS)
def test_tab_order_follows_the_reading_order(qtbot: QtBot, window: MainWindow, screen: str) -> None:
    assert window.navigate(screen)
    QApplication.processEvents()
    chain = focus_chain(qtbot, window)
    assert len(chain) > 3
    # every control a mouse can use can also be reached with Tab
    reachable = {
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    assert reachable - set(chain) == set()
    # the order: from the first control in reading order, each next one is further on
    paths = [_layout_path(w, window) for w in chain]
    first = min(range(len(chain)), key=lambda i: [(y // 7, x) for y, x in paths[i]])
    ordered = paths[first:] + paths[:first]
    widgets = chain[first:] + chain[:first]
    wrong = [
        f"{type(widgets[i]).__name__} {widgets[i].accessibleName() or widgets[i].objectName()!r} "
        f"before {type(widgets[i + 1]).__name__} "
        f"{widgets[i + 1].accessibleName() or widgets[i + 1].objectName()!r}"
        for i in range(len(ordered) - 1)
        if not _reads_before(ordered[i], ordered[i + 1])
    ]
    assert wrong == []


def test_keyboard_focus_is_shown_by_a_ring(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QFocusFrame

    assert window.navigate("linkedin/gen-ai-training")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.wizard.current_page()
    assert page is not None

    def rings() -> list[QFocusFrame]:
        return [f for f in window.findChildren(QFocusFrame) if f.isVisible()]

    qtbot.mouseClick(page.heading, Qt.MouseButton.LeftButton)
    assert rings() == []  # a mouse user sees no frame around the heading the app focused
    qtbot.keyClick(window.wizard.next_button, Qt.Key.Key_Shift)  # a key: the keyboard is in use
    targets: list[QWidget] = [window.wizard.next_button, page.heading]
    for target in targets:
        target.setFocus(Qt.FocusReason.TabFocusReason)

        def focused(wanted: QWidget = target) -> bool:
            return QApplication.focusWidget() is wanted

        qtbot.waitUntil(focused)
        shown = rings()
        assert [r.widget() for r in shown] == [target]
        assert shown[0].geometry().contains(target.geometry())  # drawn around it, not under it
    qtbot.mouseClick(window.wizard.back_button, Qt.MouseButton.LeftButton)
    assert rings() == []  # and it goes away again on a click


def test_results_and_saved_choices_are_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAccessibleAnnouncementEvent, QAccessibleEvent

    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window.show_home()
    search = window.home.search
    assert search is not None
    search.field.setText("telemetry")
    assert said and said[-1].endswith("found.") and said[-1][0].isdigit()
    search.field.setText("zzzzqqqq")
    assert said[-1] == "Nothing found. Try other words."
    window.open_key("linkedin/gen-ai-training")
    qtbot.mouseClick(window.wizard.choice_buttons[ItemState.DONE], Qt.MouseButton.LeftButton)
    assert said[-1] == "Saved: Done"
