"""PDF output with Qt's own writer (QtGui only: no widgets, no printer dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def write_pdf(
    html: str, path: Path, *, page: str = "a4", title: str = "", images: dict[str, QImage] | None = None
) -> int:
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
    font = QFont()
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)  # the page must not depend on the app's text size setting
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    # Paginate in 96-dpi "screen" units; print_() then scales each page to the writer's dpi.
    printable = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(printable.width() * 96 / 72, printable.height() * 96 / 72))
    doc.print_(writer)
    return int(doc.pageCount())
