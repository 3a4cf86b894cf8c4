"""PDF output with Qt's own writer (QtGui only: no widgets, no printer dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def write_pdf(html: str, path: Path, *, page: str = "a4", title: str = "") -> int:
    """Lay ``html`` out on pages and write a PDF; returns the page count.

    Needs a QGuiApplication (fonts), which the CLI creates offscreen.
    """
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("privacy-gui")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page.lower()]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    return int(doc.pageCount())
