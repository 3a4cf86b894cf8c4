"""Send a link to your phone: a large QR code, the address in words, and the click path."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from privacy_gui.ui.widgets import ChipPath, Heading, make_primary, text_label


class QrCode(QWidget):
    """Draws a QR code as vector squares, so it is sharp at any size (made with segno)."""

    def __init__(self, data: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import segno  # imported here: start-up never pays for it

        code = segno.make(data, error="m", micro=False)
        self.matrix = [list(row) for row in code.matrix]
        self.data = data
        self.setMinimumSize(QSize(260, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code for %1").replace("%1", data))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        modules = len(self.matrix) + 8  # a quiet zone of four modules on each side
        side = min(self.width(), self.height())
        unit = side / modules
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))  # QR needs dark on light
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(left + (x + 4) * unit, top + (y + 4) * unit, unit + 0.3, unit + 0.3)
                    )


class QrDialog(QDialog):
    """Shown instead of opening a browser in kiosk mode, and on request as 'Send to my phone'."""

    def __init__(
        self, url: str, title: str = "", steps: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("Open this on your phone"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(Heading(title or self.tr("Open this on your phone"), 1.5))
        layout.addWidget(
            text_label(
                self.tr("Point your phone's camera at the square. Your phone will offer to open the page.")
            )
        )
        self.code = QrCode(url)
        layout.addWidget(self.code, 1, Qt.AlignmentFlag.AlignHCenter)
        address = QLabel(url)
        address.setWordWrap(True)
        address.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        address.setAccessibleName(self.tr("Address: %1").replace("%1", url))
        layout.addWidget(address)
        self.address = address
        if steps:
            layout.addWidget(text_label(self.tr("Then follow these steps on your phone:")))
            layout.addWidget(ChipPath(steps))
        close = make_primary(QPushButton(self.tr("Close")))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 760)
