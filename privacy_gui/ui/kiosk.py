"""Kiosk mode: fullscreen, no way out but the admin PIN, nothing kept after a visitor.

Everything a visitor does lives in memory; the only folder the app may write to is a
throwaway one, emptied at every reset and deleted at exit. Links are never opened on
the kiosk: they are handed to the visitor's phone as QR codes.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core import paths
from privacy_gui.core.kiosk_config import KioskConfig
from privacy_gui.ui.opener import LinkOpener
from privacy_gui.ui.qr_dialog import QrDialog
from privacy_gui.ui.widgets import Heading, make_primary, text_label

ADMIN_CHORD = "Ctrl+Alt+Shift+Q"
CORNER_PX = 60
LONG_PRESS_MS = 3000
WRONG_PIN_DELAY_MS = 2000
MAX_TRIES = 5
LOCK_SECONDS = 60
IDLE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class QrOpener(LinkOpener):
    """Never starts a browser: every link becomes a QR code for the visitor's phone."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._parent = parent
        self.shown: list[str] = []
        self.dialog: QrDialog | None = None

    def open(
        self, url: str, parent: QWidget | None = None, *, title: str = "", steps: tuple[str, ...] = ()
    ) -> bool:
        from privacy_gui.core.links import LinkRefused, check_link

        try:
            check_link(url)
        except LinkRefused:
            return super().open(url, parent)  # shows the refusal; opens nothing
        self.shown.append(url)
        self.dialog = QrDialog(url, title, steps, parent or self._parent())
        self.dialog.exec()
        self.dialog.deleteLater()
        self.dialog = None
        return True

    def open_url(self, url: str) -> bool:  # pragma: no cover - guarded: never reached in kiosk mode
        raise RuntimeError("kiosk mode never opens links on this computer")


class StillThereDialog(QDialog):
    """Asks "Are you still there?" with a visible countdown; silence means reset."""

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.remaining = seconds
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(Heading(self.tr("Are you still there?"), 1.6))
        self.label = text_label()
        layout.addWidget(self.label)
        here = make_primary(QPushButton(self.tr("Yes, I'm still here")))
        here.clicked.connect(self.accept)
        layout.addWidget(here)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._show_remaining()
        self.timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        self._show_remaining()
        if self.remaining <= 0:
            self.timer.stop()
            self.reject()

    def _show_remaining(self) -> None:
        self.label.setText(
            self.tr(
                "To keep your answers private, this screen starts over in %n second(s).", "", self.remaining
            )
        )


class PinDialog(QDialog):
    """Asks for the admin PIN; the controller decides and enforces delays and lockouts."""

    def __init__(self, gate: PinGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.setWindowTitle(self.tr("Staff only"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Enter the staff PIN to leave kiosk mode"), 1.3))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.returnPressed.connect(self.try_pin)
        layout.addWidget(self.field)
        self.message = text_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.ok = make_primary(QPushButton(self.tr("Unlock")))
        self.ok.clicked.connect(self.try_pin)
        row.addWidget(self.ok)
        layout.addLayout(row)
        self._refresh_lock()

    def try_pin(self) -> None:
        """Check the typed PIN; wrong ones are refused after a delay."""
        if not self.ok.isEnabled():
            return
        result = self.gate.attempt(self.field.text())
        self.field.clear()
        if result == "ok":
            self.accept()
            return
        self.ok.setEnabled(False)
        self.field.setEnabled(False)
        if result == "locked":
            self._refresh_lock()
            return
        self.message.setText(self.tr("That PIN is not right."))
        QTimer.singleShot(WRONG_PIN_DELAY_MS, self._refresh_lock)

    def _refresh_lock(self) -> None:
        left = self.gate.locked_for()
        if left > 0:
            self.message.setText(self.tr("Too many wrong tries. Wait %n second(s).", "", left))
            self.ok.setEnabled(False)
            self.field.setEnabled(False)
            QTimer.singleShot(1000, self._refresh_lock)
        else:
            self.ok.setEnabled(True)
            self.field.setEnabled(True)
            self.field.setFocus()


class PinGate:
    """Counts wrong PINs and locks the prompt for a minute after too many."""

    def __init__(self, config: KioskConfig, clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.clock = clock
        self.failures = 0
        self.locked_until = 0.0

    def locked_for(self) -> int:
        """Seconds until the prompt unlocks (0 if it is open)."""
        return max(0, int(self.locked_until - self.clock() + 0.999))

    def attempt(self, pin: str) -> str:
        """'ok', 'wrong' or 'locked'."""
        if self.locked_for():
            return "locked"
        if self.config.pin_ok(pin):
            self.failures = 0
            return "ok"
        self.failures += 1
        if self.failures >= MAX_TRIES:
            self.failures = 0
            self.locked_until = self.clock() + LOCK_SECONDS
            return "locked"
        return "wrong"


class KioskController(QObject):
    """Locks the main window down and wipes every trace of a visitor on reset."""

    reset_done = Signal()

    def __init__(self, window: QWidget, config: KioskConfig, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        from privacy_gui.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.config = config
        self.unlocked = False
        self.scratch = Path(tempfile.mkdtemp(prefix="privacy-gui-kiosk-"))
        paths.set_data_dir(self.scratch)  # anything that must touch disk goes here, and is wiped
        self.gate = PinGate(config)
        self.still_there: StillThereDialog | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms if idle_ms is not None else config.idle_timeout * 1000)
        self.idle.timeout.connect(self.ask_still_there)
        self.corner = QTimer(self)
        self.corner.setSingleShot(True)
        self.corner.setInterval(LONG_PRESS_MS)
        self.corner.timeout.connect(self.ask_pin)
        chord = QShortcut(QKeySequence(ADMIN_CHORD), window)
        chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
        chord.activated.connect(self.ask_pin)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        app.aboutToQuit.connect(self.shutdown)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.idle.start()

    # ------------------------------------------------------------------ idle
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in IDLE_EVENTS and self.still_there is None:
            self.idle.start()
        if kind == QEvent.Type.KeyPress and watched is self.window.windowHandle():
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
                return True  # no way out of full screen
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            local = self.window.mapFromGlobal(event.globalPosition().toPoint())
            if QPoint(0, 0).x() <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX:
                self.corner.start()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.corner.stop()
        return False

    def ask_still_there(self) -> None:
        """Show the countdown; reset if nobody answers."""
        if self.still_there is not None:
            return
        self.still_there = StillThereDialog(self.config.countdown, self.window)
        answered = self.still_there.exec()
        self.still_there = None
        if answered == QDialog.DialogCode.Accepted:
            self.idle.start()
        else:
            self.reset()

    def confirm_start_over(self) -> bool:
        """The Start over button: reset at once, after a confirmation."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Start over?"),
            self.tr("This clears everything on this screen for the next person."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.reset()
        return True

    def reset(self) -> None:
        """Forget the visitor: progress, answers, open dialogs, typed text, scratch files."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.forget_visitor()
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()  # a copied link is the visitor's too
        self._wipe_scratch()
        self.idle.start()
        self.reset_done.emit()

    def _wipe_scratch(self) -> None:
        if self.scratch.exists():
            for item in self.scratch.iterdir():
                if item.is_dir():
                    shutil.rmtree(item, ignore_errors=True)
                else:
                    item.unlink(missing_ok=True)

    # ----------------------------------------------------------------- admin
    def ask_pin(self) -> bool:
        """Staff exit: PIN prompt with delay and lockout. Returns True when unlocked."""
        dialog = PinDialog(self.gate, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.unlocked = True
            self.idle.stop()
            self.window.close()
            return True
        return False

    def may_close(self) -> bool:
        """Closing is allowed only after the PIN."""
        return self.unlocked

    def shutdown(self) -> None:
        """At exit: stop the timers and delete the scratch folder."""
        self.idle.stop()
        self.corner.stop()
        shutil.rmtree(self.scratch, ignore_errors=True)
