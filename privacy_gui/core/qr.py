"""QR codes for handouts and dialogs, made with segno (imported only when needed)."""

from __future__ import annotations

from typing import Any


def qr_matrix(data: str) -> list[list[bool]]:
    """The dark/light modules of a QR code, without the quiet zone."""
    import segno

    code: Any = segno.make(data, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_data_uri(data: str, scale: int = 4) -> str:
    """A PNG data URI, for HTML files that must work offline and on their own."""
    import segno

    code: Any = segno.make(data, error="m", micro=False)
    return str(code.png_data_uri(scale=scale, border=4))


def qr_image(data: str, scale: int = 8) -> Any:
    """A QImage of the code (QtGui only), for PDFs laid out by Qt."""
    from PySide6.QtGui import QColor, QImage, QPainter

    matrix = qr_matrix(data)
    size = (len(matrix) + 8) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale, QColor("black"))
    painter.end()
    return image
