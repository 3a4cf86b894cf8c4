"""Look and feel: Fusion style, palette colours, and the text size the user picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MIN_BASE_POINTS = 11.0

STYLE = """
QLabel#chip {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-radius: 8px;
    padding: 8px 14px;
    font-weight: bold;
}
QLabel#chipArrow { font-weight: bold; padding: 8px 0px; }
QLabel#settingName {
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 4px 10px;
    background: palette(alternate-base);
}
QFrame#card {
    border: 1px solid palette(mid);
    border-radius: 10px;
    background: palette(base);
}
QFrame#notice {
    border: 2px solid palette(mid);
    border-radius: 8px;
    background: palette(tool-tip-base);
}
QFrame#notice QLabel { color: palette(tool-tip-text); }
QPushButton { padding: 6px 14px; min-height: 30px; }
QPushButton#primary { font-weight: bold; }
"""

_base_font: QFont | None = None


def apply_theme(app: QApplication, zoom: int) -> None:
    """Set style, palette and the zoomed font for the whole app."""
    app.setStyle("Fusion")
    app.setPalette(_palette(_wants_dark()))
    apply_zoom(app, zoom)
    app.setStyleSheet(STYLE)


def apply_zoom(app: QApplication, zoom: int) -> None:
    """Scale the system's font by ``zoom`` percent (never below a readable base)."""
    global _base_font
    if _base_font is None:
        _base_font = QFont(app.font())
        if _base_font.pointSizeF() < MIN_BASE_POINTS:
            _base_font.setPointSizeF(MIN_BASE_POINTS)
    font = QFont(_base_font)
    font.setPointSizeF(_base_font.pointSizeF() * zoom / 100)
    app.setFont(font)


def _wants_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    colours = (
        {
            "window": "#1f2125",
            "text": "#f2f2f2",
            "base": "#2a2d32",
            "alt": "#33373d",
            "button": "#33373d",
            "highlight": "#8ab4f8",
            "hltext": "#10131a",
            "mid": "#80868b",
            "tip": "#4a3f10",
            "tiptext": "#fff6cc",
            "link": "#9cc3ff",
            "placeholder": "#b0b4b9",
        }
        if dark
        else {
            "window": "#f6f7f9",
            "text": "#16181d",
            "base": "#ffffff",
            "alt": "#eef1f5",
            "button": "#e9ecf1",
            "highlight": "#1a56b8",
            "hltext": "#ffffff",
            "mid": "#767b84",
            "tip": "#fff4c2",
            "tiptext": "#2b2100",
            "link": "#1447a0",
            "placeholder": "#5f6670",
        }
    )
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(colours["window"]))
    palette.setColor(role.WindowText, QColor(colours["text"]))
    palette.setColor(role.Base, QColor(colours["base"]))
    palette.setColor(role.AlternateBase, QColor(colours["alt"]))
    palette.setColor(role.Text, QColor(colours["text"]))
    palette.setColor(role.Button, QColor(colours["button"]))
    palette.setColor(role.ButtonText, QColor(colours["text"]))
    palette.setColor(role.Highlight, QColor(colours["highlight"]))
    palette.setColor(role.HighlightedText, QColor(colours["hltext"]))
    palette.setColor(role.Mid, QColor(colours["mid"]))
    palette.setColor(role.ToolTipBase, QColor(colours["tip"]))
    palette.setColor(role.ToolTipText, QColor(colours["tiptext"]))
    palette.setColor(role.Link, QColor(colours["link"]))
    palette.setColor(role.PlaceholderText, QColor(colours["placeholder"]))
    disabled = QPalette.ColorGroup.Disabled
    palette.setColor(disabled, role.ButtonText, QColor(colours["mid"]))
    palette.setColor(disabled, role.WindowText, QColor(colours["mid"]))
    palette.setColor(disabled, role.Text, QColor(colours["mid"]))
    return palette
