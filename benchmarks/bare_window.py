"""The physical limit: a bare PySide6 window, started, painted once, closed."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
label = QLabel("Hello")
spy = QuitAfterPaint()
label.installEventFilter(spy)
label.show()
sys.exit(app.exec())
