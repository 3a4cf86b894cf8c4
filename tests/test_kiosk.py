"""Kiosk mode: every escape fails, idle reset, nothing kept, links as QR codes, PIN gate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.kiosk_config import (
    KioskConfig,
    KioskConfigError,
    hash_pin,
    load_kiosk_config,
    verify_pin,
)
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.ui import kiosk as kiosk_module
from privacy_gui.ui.app import create_app
from privacy_gui.ui.kiosk import PinDialog, PinGate, StillThereDialog
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.qr_dialog import QrDialog
from privacy_gui.ui.theme import apply_theme

PIN = "246810"
PIN_HASH = hash_pin(PIN, iterations=1000)


@pytest.fixture
def kiosk_window(qtbot: QtBot, pack: Path) -> Iterator[MainWindow]:
    app = create_app()
    apply_theme(app, 100, kiosk=True)
    config = KioskConfig(admin_pin_hash=PIN_HASH, idle_timeout=60, countdown=2)
    window = MainWindow(load_library([pack]), ProgressStore(None), Prefs(), kiosk=config)

    def stop_kiosk(closing: QWidget) -> None:
        # pytest-qt closes and deletes the window before fixture teardown runs; stop the idle
        # timer first, or its countdown dialog's event loop can outlive the window.
        assert isinstance(closing, MainWindow) and closing.kiosk is not None
        closing.kiosk.unlocked = True
        closing.kiosk.shutdown()

    qtbot.addWidget(window, before_close_func=stop_kiosk)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    apply_theme(app, 100, kiosk=False)


# ------------------------------------------------------------------- config
def test_pin_hash_round_trip() -> None:
    stored = hash_pin("123456", iterations=1000)
    assert stored.startswith("pbkdf2_sha256$1000$") and "123456" not in stored
    assert verify_pin("123456", stored)
    assert not verify_pin("123457", stored)
    assert not verify_pin("123456", "garbage")


def test_config_loads_and_rejects_with_file_line_field(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.yaml"
    good.write_text(f'idle_timeout: 120\ncountdown: 20\nproducts: [demo]\nadmin_pin_hash: "{PIN_HASH}"\n')
    config = load_kiosk_config(good, {"demo"})
    assert (config.idle_timeout, config.countdown, config.products) == (120, 20, ("demo",))
    bad = tmp_path / "bad.yaml"
    bad.write_text("idle_timeout: 5\nproducts: [nope]\nadmin_pin_hash: '1234'\npin: 9\n")
    with pytest.raises(KioskConfigError) as caught:
        load_kiosk_config(bad, {"demo"})
    text = str(caught.value)
    assert "bad.yaml:1: field 'idle_timeout'" in text
    assert "bad.yaml:2: field 'products'" in text and "'nope'" in text
    assert "bad.yaml:3: field 'admin_pin_hash'" in text and "never the PIN itself" in text
    assert "bad.yaml:4: field 'pin': unknown field" in text


def test_kiosk_flag_without_config_refuses_to_start(capsys: pytest.CaptureFixture[str]) -> None:
    from privacy_gui.cli import main

    assert main(["--kiosk", "--screenshot", "/tmp/never.png"]) == 2
    assert "needs a config file" in capsys.readouterr().err


# ------------------------------------------------------------------ escapes
def test_every_escape_fails(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert not window.menuBar().isVisible()
    assert window.close() is False and window.isVisible()  # close button / Alt+F4 / window manager
    handle = window.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert window.isVisible() and window.isFullScreen()
    window.show_checklist()
    assert not window.checklist.export_button.isVisible()  # no file dialogs
    assert not window.checklist.print_button.isVisible()  # printing not allowed by this config
    assert window.export_checklist(Path("/tmp/should-not-exist.pdf")) is None
    assert not Path("/tmp/should-not-exist.pdf").exists()


def test_links_become_qr_codes_and_never_reach_the_system(
    qtbot: QtBot, kiosk_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a: pytest.fail("system URL opener called"))
    seen: list[tuple[str, tuple[str, ...]]] = []

    def fake_exec(dialog: QrDialog) -> int:
        seen.append(
            (dialog.url, tuple(c.text() for c in dialog.findChildren(QLabel) if c.objectName() == "chip"))
        )
        assert dialog.code.matrix and len(dialog.code.matrix) >= 21
        return 0

    monkeypatch.setattr(QrDialog, "exec", fake_exec)
    window = kiosk_window
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None
    page.show_platform("web")
    assert page.open_button is not None
    page.open_button.click()
    assert seen and seen[0][0] == "https://example.com/settings"
    assert seen[0][1] == ("1\u2002Me", "2\u2002Settings")  # the click path goes with the code


# ---------------------------------------------------------------- idle reset
def test_idle_warning_then_reset(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    controller = window.kiosk
    assert controller is not None
    window.open_product("demo", "first")
    window.wizard.choose(ItemState.DONE)
    assert window.store.items
    clipboard = QApplication.clipboard()
    assert clipboard is not None
    clipboard.setText("https://www.linkedin.com/")  # e.g. "Copy link" on a setting page
    dialogs: list[StillThereDialog] = []
    QTimer.singleShot(50, lambda: dialogs.append(controller.still_there))  # type: ignore[arg-type]
    controller.idle.setInterval(30)
    controller.idle.start()
    with qtbot.waitSignal(controller.reset_done, timeout=5000):
        pass
    assert dialogs and dialogs[0] is not None
    assert "starts over in" in dialogs[0].label.text()
    assert window.store.items == {} and window.store.answers is None
    assert window.stack.currentWidget() is window.home_area
    assert "wizard" not in window.__dict__  # pages of the visitor are gone
    assert clipboard.text() == ""
    controller.idle.stop()  # the 30 ms test interval must not fire again after the test


def test_answering_still_here_keeps_the_session(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    controller = kiosk_window.kiosk
    assert controller is not None
    kiosk_window.store.set_state("demo/first", ItemState.DONE, 1, "h")

    def answer() -> None:
        assert controller.still_there is not None
        controller.still_there.accept()

    QTimer.singleShot(100, answer)
    controller.ask_still_there()
    assert kiosk_window.store.items


def test_start_over_needs_confirmation(kiosk_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    kiosk_window.store.set_state("demo/first", ItemState.DONE, 1, "h")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    kiosk_window.start_over_button.click()
    assert kiosk_window.store.items
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    kiosk_window.start_over_button.click()
    assert kiosk_window.store.items == {}


# ------------------------------------------------------------- nothing kept
def snapshot(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.exists() else set()


def test_nothing_is_left_on_disk(qtbot: QtBot, pack: Path, tmp_path: Path, data_dir: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    before = snapshot(home) | snapshot(data_dir)
    app = create_app()
    apply_theme(app, 100, kiosk=True)
    window = MainWindow(
        load_library([pack]), ProgressStore(None), Prefs(), kiosk=KioskConfig(admin_pin_hash=PIN_HASH)
    )
    qtbot.addWidget(window)
    window.show()
    controller = window.kiosk
    assert controller is not None
    scratch = controller.scratch
    assert paths.data_dir() == scratch
    window.open_product("demo")
    for _ in range(3):
        window.wizard.next()
        window.wizard.choose(ItemState.DONE)
    window.set_zoom(150)
    window.show_checklist()
    (scratch / "logs").mkdir()
    (scratch / "logs" / "error.log").write_text("a visitor's error")  # what an error would leave
    controller.reset()
    assert list(scratch.iterdir()) == []
    assert snapshot(home) | snapshot(data_dir) == before
    controller.unlocked = True
    window.close()
    controller.shutdown()
    assert not scratch.exists()
    apply_theme(app, 100, kiosk=False)
    window.set_zoom(100)


# -------------------------------------------------------------------- PIN
def test_pin_gate_delay_and_lockout() -> None:
    now = [1000.0]
    gate = PinGate(KioskConfig(admin_pin_hash=PIN_HASH), clock=lambda: now[0])
    assert gate.attempt("000000") == "wrong"
    for _ in range(3):
        assert gate.attempt("111111") == "wrong"
    assert gate.attempt("222222") == "locked"
    assert gate.attempt(PIN) == "locked"  # even the right PIN, while locked
    now[0] += 59
    assert gate.locked_for() == 1
    now[0] += 2
    assert gate.attempt(PIN) == "ok"


def test_pin_dialog_refuses_with_a_delay(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    dialog = PinDialog(PinGate(KioskConfig(admin_pin_hash=PIN_HASH)), kiosk_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "999999")
    dialog.try_pin()
    assert "not right" in dialog.message.text()
    assert not dialog.ok.isEnabled()  # refused with a delay
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=kiosk_module.WRONG_PIN_DELAY_MS + 2000)
    qtbot.keyClicks(dialog.field, PIN)
    dialog.try_pin()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_admin_chord_and_right_pin_close_the_kiosk(
    qtbot: QtBot, kiosk_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PinDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.keyClick(
        kiosk_window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not kiosk_window.isVisible()


def test_long_press_in_the_corner_asks_for_the_pin(
    qtbot: QtBot, kiosk_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def refuse(self: PinDialog) -> QDialog.DialogCode:
        asked.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PinDialog, "exec", refuse)
    controller = kiosk_window.kiosk
    assert controller is not None
    controller.corner.setInterval(50)
    target = kiosk_window.childAt(QPoint(10, 10)) or kiosk_window
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(kiosk_window, QPoint(10, 10)))
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(kiosk_window, QPoint(10, 10)))
    assert kiosk_window.isVisible()


# ------------------------------------------------------------------ touch
def test_targets_are_touch_sized_and_text_large(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    window = kiosk_window
    for view in ("home", "wizard"):
        if view == "wizard":
            window.open_product("demo", "first")
        QApplication.processEvents()
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        assert buttons
        small = [(b.text(), b.width(), b.height()) for b in buttons if b.width() < 44 or b.height() < 44]
        assert small == [], small
    assert QApplication.font().pointSizeF() >= 14
    labels = [w for w in window.findChildren(QWidget) if isinstance(w, QLabel) and w.isVisible()]
    assert min(QFont(label.font()).pointSizeF() for label in labels) >= 14
