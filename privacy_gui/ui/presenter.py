"""Presenter view for workshops: big type for the projector, trainer notes on a second window.

It steps through the plan (or all products) on its own. Participants' windows are not
linked to it: the plan file keeps everyone on the same steps, and the app stays offline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from privacy_gui.core.answers import Answers
from privacy_gui.core.markup import to_html
from privacy_gui.core.model import Library, Setting
from privacy_gui.core.plans import Plan
from privacy_gui.ui import labels
from privacy_gui.ui.qr_dialog import QrCode
from privacy_gui.ui.widgets import ChipPath, Heading, clear_layout, make_primary, text_label

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
BACK_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}


class NotesWindow(QWidget):
    """The trainer's own screen: notes from the plan and the content, and what comes next."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Trainer notes"))
        layout = QVBoxLayout(self)
        self.heading = Heading("", 1.3)
        layout.addWidget(self.heading)
        self.body = text_label(rich=True)
        layout.addWidget(self.body, 1)
        self.resize(640, 520)

    def show_step(
        self, setting: Setting, plan_note: str | None, block: str, upcoming: Setting | None
    ) -> None:
        """Fill in the notes for ``setting``."""
        self.heading.setText(setting.title)
        # Plain tr() calls (not inside f-strings) so that pyside6-lupdate finds the texts.
        block_word = self.tr("Block:")
        plan_word = self.tr("Plan notes:")
        note_word = self.tr("Please note:")
        work_word = self.tr("Work or school accounts:")
        suggest_word = self.tr("We suggest:")
        next_word = self.tr("Next:")
        parts = [f"<p><b>{block_word}</b> {block}</p>"]
        if plan_note:
            parts.append(f"<p><b>{plan_word}</b> {to_html(plan_note, inline=True)}</p>")
        if setting.caveat:
            parts.append(f"<p><b>{note_word}</b> {to_html(setting.caveat, inline=True)}</p>")
        if setting.admin_note:
            parts.append(f"<p><b>{work_word}</b> {to_html(setting.admin_note, inline=True)}</p>")
        parts.append(
            f"<p><b>{suggest_word}</b> {labels.action_words(setting.recommendation.action)}. "
            f"{to_html(setting.recommendation.reason, inline=True)}</p>"
        )
        if upcoming is not None:
            parts.append(f"<p><b>{next_word}</b> {upcoming.title}</p>")
        self.body.setText("".join(parts))


class PresenterWindow(QWidget):
    """The projector's screen: the step's question, its click path as big chips, a QR code."""

    closed = Signal()

    def __init__(
        self, library: Library, plan: Plan | None, answers: Answers | None, zoom: float = 2.0
    ) -> None:
        super().__init__()
        self.library = library
        self.plan = plan
        self.answers = answers or (plan.assume if plan else Answers())
        self.zoom = zoom
        self.items: list[tuple[str, Setting]] = [(g.name, s) for g in library.products for s in g.settings]
        self.index = 0
        self.notes = NotesWindow()
        self.setWindowTitle(plan.title if plan else self.tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        self.counter = QLabel()
        outer.addWidget(self.counter)
        self.content = QVBoxLayout()
        outer.addLayout(self.content, 1)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Previous"))
        self.back_button.setToolTip(self.tr("Page Up, Left arrow"))
        self.back_button.clicked.connect(self.back)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        smaller = QPushButton(self.tr("Smaller"))
        smaller.clicked.connect(lambda: self.set_zoom(self.zoom - 0.25))
        nav.addWidget(smaller)
        bigger = QPushButton(self.tr("Bigger"))
        bigger.clicked.connect(lambda: self.set_zoom(self.zoom + 0.25))
        nav.addWidget(bigger)
        nav.addStretch(1)
        self.next_button = make_primary(QPushButton(self.tr("Next")))
        self.next_button.setToolTip(self.tr("Page Down, Right arrow, Space"))
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.resize(1280, 800)
        self.set_zoom(zoom)

    def set_zoom(self, zoom: float) -> None:
        """Type size relative to the app (about 2× by default; 1.25–3×)."""
        self.zoom = max(1.25, min(3.0, zoom))
        font = QFont(self.font())
        base = QFont().pointSizeF()
        font.setPointSizeF(base * self.zoom)
        self.setFont(font)
        self.show_current()

    def current(self) -> Setting | None:
        """The setting on screen."""
        return self.items[self.index][1] if self.items else None

    def next(self) -> None:
        """Forward one step (clicker: Page Down)."""
        if self.index < len(self.items) - 1:
            self.index += 1
            self.show_current()

    def back(self) -> None:
        """Back one step (clicker: Page Up)."""
        if self.index > 0:
            self.index -= 1
            self.show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in NEXT_KEYS:
            self.next()
        elif event.key() in BACK_KEYS:
            self.back()
        else:
            super().keyPressEvent(event)

    def show_current(self) -> None:
        """Draw the current step."""
        clear_layout(self.content)
        if not self.items:
            return
        block, setting = self.items[self.index]
        self.counter.setText(
            self.tr("%1 · step %2 of %3")
            .replace("%1", block)
            .replace("%2", str(self.index + 1))
            .replace("%3", str(len(self.items)))
        )
        title = Heading(setting.title, 1.5)
        self.content.addWidget(title)
        self.content.addWidget(QLabel(self.tr("In the settings: “%1”").replace("%1", setting.setting_name)))
        row = QHBoxLayout()
        column = QVBoxLayout()
        platforms = self.answers.preferred_platforms(setting)
        link = None
        for platform in platforms[:2]:
            location = setting.location(platform)
            if location is None or not location.available:
                continue
            column.addWidget(QLabel(labels.platform_name(platform)))
            column.addWidget(ChipPath(location.steps))
            link = link or (location.link if location.link and location.link.startswith("https://") else None)
        column.addStretch(1)
        row.addLayout(column, 3)
        self.qr: QrCode | None = None
        if link:
            holder = QVBoxLayout()
            self.qr = QrCode(link)
            holder.addWidget(self.qr, 1)
            caption = QLabel(link)
            caption.setWordWrap(True)
            holder.addWidget(caption)
            row.addLayout(holder, 2)
        self.content.addLayout(row, 1)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.items) - 1)
        upcoming = self.items[self.index + 1][1] if self.index + 1 < len(self.items) else None
        self.notes.show_step(setting, self.plan.note_for(setting.key) if self.plan else None, block, upcoming)

    def closeEvent(self, event: object) -> None:
        self.notes.close()
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]
