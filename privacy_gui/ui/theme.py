"""Look and feel: Fusion style, palette colours, and the text size the user picked."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

FOCUS_RING_PX = 3
_focus_frame: QFocusFrame | None = None

MIN_BASE_POINTS = 11.0
MIN_TARGET_PX = 0


_system_font: QFont | None = None


def apply_theme(app: QApplication, zoom: int, *, kiosk: bool = False, theme: str = "system") -> None:
    """Set style, palette and the zoomed font for the whole app.

    Kiosk mode is for touch screens: text of at least 14 pt and targets of at least 44 px.
    """
    global MIN_BASE_POINTS, MIN_TARGET_PX
    MIN_BASE_POINTS, MIN_TARGET_PX = (14.0, 44) if kiosk else (11.0, 0)
    app.setPalette(palette_for(theme))
    app.setStyle(AppStyle())
    apply_zoom(app, zoom)
    _follow_focus(app)


def _follow_focus(app: QApplication) -> None:
    """One ring that moves to whatever has keyboard focus, on every kind of widget.

    Fusion marks focus with a thin tint that is easy to miss; people who use only the
    keyboard need to see at once where they are (WCAG 2.4.7 and 2.4.11). Like a browser's
    ``:focus-visible``, the ring shows once a key is pressed and hides again on a click or
    touch, so mouse users don't see a frame around every heading the app focuses.
    """
    global _input_watch
    if _input_watch is not None:
        return
    _input_watch = _InputWatch(app)
    app.installEventFilter(_input_watch)
    app.focusChanged.connect(_focus_moved)


class _InputWatch(QObject):
    """Remembers whether the keyboard or a pointer was used last."""

    keyboard = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self.keyboard:
            _InputWatch.keyboard = True
            _focus_moved(None, QApplication.focusWidget())
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin) and self.keyboard:
            _InputWatch.keyboard = False
            if _focus_frame is not None and shiboken6.isValid(_focus_frame):
                _focus_frame.hide()
        return False


_input_watch: _InputWatch | None = None


def keyboard_in_use() -> bool:
    """Whether the focus ring is on: a key was pressed since the last click or touch."""
    return _InputWatch.keyboard


def _focus_moved(_old: QWidget | None, new: QWidget | None) -> None:
    global _focus_frame
    if _focus_frame is None or not shiboken6.isValid(_focus_frame):
        _focus_frame = QFocusFrame()  # the last one went with the page it was on
    if new is None or new.isWindow() or not _InputWatch.keyboard:
        _focus_frame.hide()
        return
    _focus_frame.setWidget(new)
    _focus_frame.show()


def apply_zoom(app: QApplication, zoom: int) -> None:
    """Scale the system's font by ``zoom`` percent (never below a readable base)."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())  # what the desktop asked for, before any zoom
    font = QFont(_system_font)
    base = max(_system_font.pointSizeF(), MIN_BASE_POINTS)
    font.setPointSizeF(base * zoom / 100)
    app.setFont(font)


def _wants_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


THEMES: tuple[str, ...] = ("system", "light", "dark", "contrast")
COLOURS: dict[str, dict[str, str]] = {
    "light": {
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
    },
    "dark": {
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
    },
    "contrast": {  # black and white with yellow and cyan accents, as system high-contrast themes do
        "window": "#000000",
        "text": "#ffffff",
        "base": "#000000",
        "alt": "#1a1a1a",
        "button": "#000000",
        "highlight": "#ffff00",
        "hltext": "#000000",
        "mid": "#ffffff",
        "tip": "#000000",
        "tiptext": "#ffff00",
        "link": "#00ffff",
        "placeholder": "#d0d0d0",
    },
}


def palette_for(theme: str) -> QPalette:
    """The palette of a theme; "system" follows the desktop's light or dark setting."""
    if theme == "system":
        theme = "dark" if _wants_dark() else "light"
    return _palette(COLOURS[theme])


def _palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette()
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


class AppStyle(QProxyStyle):
    """Fusion, with roomier buttons and bigger check boxes for people who need them.

    A proxy style rather than a style sheet: style sheets make every widget slower to
    create and can't follow the text size as directly.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]  # stubs differ from QCommonStyle
        if contents == QStyle.ContentsType.CT_PushButton:
            height = max(result.height() + 8, _line_height(widget) + 16, MIN_TARGET_PX)
            return QSize(max(result.width() + 16, MIN_TARGET_PX), height)
        if contents in (
            QStyle.ContentsType.CT_CheckBox,
            QStyle.ContentsType.CT_RadioButton,
            QStyle.ContentsType.CT_LineEdit,
            QStyle.ContentsType.CT_ComboBox,
        ):
            return QSize(result.width(), max(result.height(), MIN_TARGET_PX))
        return result

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_PX)
            painter.setPen(pen)
            half = FOCUS_RING_PX / 2
            painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 4, 4)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return FOCUS_RING_PX + 1
        if metric in (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        ):
            return max(super().pixelMetric(metric, option, widget), _line_height(widget))
        return int(super().pixelMetric(metric, option, widget))


def _line_height(widget: QWidget | None) -> int:
    font = widget.font() if widget is not None else QApplication.font()
    return int(QFontMetrics(font).height())
