"""The first question: devices, account type and region. Asked once, changeable later."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core.answers import Answers
from privacy_gui.core.model import ACCOUNTS, PLATFORMS, REGIONS
from privacy_gui.ui import labels
from privacy_gui.ui.widgets import make_primary, page_heading, text_label


class SetupView(QWidget):
    """Three short questions so we can hide what doesn't apply."""

    finished = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(12)
        heading = page_heading(self.tr("First, three quick questions"), 1.9)
        layout.addWidget(heading)
        layout.addWidget(
            text_label(
                self.tr(
                    "Your answers decide which steps we show you. They stay on this computer. "
                    "You can change them later."
                )
            )
        )

        devices = QGroupBox(self.tr("1. Which devices do you use?"))
        devices_layout = QVBoxLayout(devices)
        self.platform_boxes: dict[str, QCheckBox] = {}
        for platform in PLATFORMS:
            box = QCheckBox(labels.platform_name(platform))
            box.toggled.connect(self._update)
            devices_layout.addWidget(box)
            self.platform_boxes[platform] = box
        layout.addWidget(devices)

        account = QGroupBox(self.tr("2. What kind of account do you use?"))
        account_layout = QVBoxLayout(account)
        self.account_group = QButtonGroup(self)
        self.account_buttons: dict[str, QRadioButton] = {}
        for name in ACCOUNTS:
            radio = QRadioButton(labels.account_name(name))
            self.account_group.addButton(radio)
            account_layout.addWidget(radio)
            self.account_buttons[name] = radio
        account_layout.addWidget(
            text_label(self.tr("A work or school account is one your employer or school gave you."))
        )
        layout.addWidget(account)

        region = QGroupBox(self.tr("3. Where do you live?"))
        region_layout = QVBoxLayout(region)
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[str, QRadioButton] = {}
        for name in REGIONS:
            radio = QRadioButton(labels.region_name(name))
            self.region_group.addButton(radio)
            region_layout.addWidget(radio)
            self.region_buttons[name] = radio
        region_layout.addWidget(text_label(self.tr("Some settings start differently in some places.")))
        layout.addWidget(region)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.cancel_button)
        self.done_button = QPushButton(self.tr("Continue"))
        make_primary(self.done_button)
        self.done_button.clicked.connect(self._finish)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.hint = text_label()
        layout.addWidget(self.hint)
        self.set_answers(None)

    def set_answers(self, answers: Answers | None) -> None:
        """Fill the form; with no answers yet, start from sensible choices."""
        current = answers or Answers()
        for platform, box in self.platform_boxes.items():
            box.setChecked(platform in current.platforms)
        self.account_buttons[current.account].setChecked(True)
        self.region_buttons[current.region].setChecked(True)
        self.cancel_button.setVisible(answers is not None)
        self._update()

    def answers(self) -> Answers:
        """The answers as currently ticked."""
        platforms = frozenset(p for p, box in self.platform_boxes.items() if box.isChecked())
        account = next(a for a, b in self.account_buttons.items() if b.isChecked())
        region = next(r for r, b in self.region_buttons.items() if b.isChecked())
        return Answers(platforms, account, region)

    def _update(self) -> None:
        any_device = any(box.isChecked() for box in self.platform_boxes.values())
        self.done_button.setEnabled(any_device)
        self.hint.setText("" if any_device else self.tr("Tick at least one device to continue."))

    def _finish(self) -> None:
        self.finished.emit(self.answers())
