"""Small building blocks shared by the views: headings, wrapped text, chips, banners."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)


class Heading(QLabel):
    """A label whose font follows the app font at a fixed scale, so zoom reaches it."""

    def __init__(self, text: str = "", scale: float = 1.6, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # also marks the size policy height-for-width
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._apply()

    def _apply(self) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(max(1.0, font.pointSizeF() * self._scale))
        font.setBold(True)
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply()
        return super().event(event)


def text_label(text: str = "", *, rich: bool = False, selectable: bool = False) -> QLabel:
    """A wrapped body-text label; rich text only for HTML we rendered ourselves."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setOpenExternalLinks(False)
        flags = (
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        if selectable:
            flags |= Qt.TextInteractionFlag.TextSelectableByMouse
        label.setTextInteractionFlags(flags)
    elif selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FlowLayout(QLayout):
    """Lays items left to right and wraps them, like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _direction(self) -> Qt.LayoutDirection:
        owner = self.parentWidget()
        return owner.layoutDirection() if owner is not None else QApplication.layoutDirection()

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in lines; each line's items are centred on the line's height."""
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        x = rect.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), rect.width()) if rect.width() > 0 else hint.width()
            if x + width > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            lines[-1].append((item, width, max(height, item.minimumSize().height())))
            x += width + self._spacing
        y = rect.y()
        for number, line in enumerate(lines):
            tallest = max((height for _, _, height in line), default=0)
            x = rect.x()
            for item, width, height in line:
                if apply:
                    place = QRect(QPoint(x, y + (tallest - height) // 2), QSize(width, height))
                    item.setGeometry(QStyle.visualRect(self._direction(), rect, place))
                x += width + self._spacing
            y += tallest + (self._spacing if number < len(lines) - 1 else 0)
        return y - rect.y()


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps, so a long step title never widens the page.

    Qt's check box draws its label on one line. This one lets the style draw the box and
    draws the text itself, wrapped; ``text()`` (and so the accessible name) is unchanged.
    """

    PAD = 4  # above and below the text: a 24 px target at 100 % (WCAG 2.5.8)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum, QSizePolicy.ControlType.CheckBox
        )
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _shown_text(self) -> str:
        return self.text().replace("&&", "&")

    def _box_width(self) -> int:
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return indicator + gap + 2

    def _text_height(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return (
            self.fontMetrics()
            .boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, self._shown_text())
            .height()
        )

    def sizeHint(self) -> QSize:
        width = (
            self._box_width() + self.fontMetrics().horizontalAdvance(self._shown_text()) + 10
        )  # slack: rounding must not wrap
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        words = self._shown_text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        one_line = self.sizeHint().height()  # the real height comes from heightForWidth
        return QSize(self._box_width() + longest + 4, one_line)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(indicator, self._text_height(width - self._box_width() - 4)) + 2 * self.PAD

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole text is the target, not just the box

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        indicator = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        top = (self.fontMetrics().height() - indicator.height()) // 2 + self.PAD
        option.rect = QRect(0, max(top, 0), self.width(), indicator.height())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        text_rect = QStyle.visualRect(
            self.layoutDirection(),
            self.rect(),
            QRect(
                self._box_width(),
                self.PAD,
                self.width() - self._box_width() - 2,
                self.height() - 2 * self.PAD,
            ),
        )
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)
        self.style().drawItemText(
            painter,
            text_rect,
            int(align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            self.palette(),
            self.isEnabled(),
            self._shown_text(),
            QPalette.ColorRole.WindowText,
        )
        painter.end()


class ChipPath(QWidget):
    """A click path as large numbered chips: 1 File › 2 Account › ..."""

    def __init__(self, steps: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=6)
        for number, step in enumerate(steps, start=1):
            chip = Chip(f"{number}\u2002{step}")
            chip.setWordWrap(True)  # one line when there is room; wraps in a narrow window
            chip.setObjectName("chip")
            chip.setAccessibleName(self.tr("Step %1: %2").replace("%1", str(number)).replace("%2", step))
            layout.addWidget(chip)
            if number < len(steps):
                arrow = QLabel("›")
                arrow.setObjectName("chipArrow")
                arrow.setMargin(8)
                arrow.setAccessibleName("")
                layout.addWidget(arrow)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.steps = steps


class Banner(QFrame):
    """A visible message strip; ``kind`` is info or warning, and it can be dismissed."""

    dismissed = Signal()

    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        role = QPalette.ColorRole.ToolTipBase if kind == "warning" else QPalette.ColorRole.AlternateBase
        self.setBackgroundRole(role)
        self.setForegroundRole(
            QPalette.ColorRole.ToolTipText if kind == "warning" else QPalette.ColorRole.WindowText
        )
        layout = QHBoxLayout(self)
        self.label = text_label(text)
        self.label.setForegroundRole(self.foregroundRole())
        layout.addWidget(self.label, 1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(text)

    def set_text(self, text: str) -> None:
        """Change the message; a screen reader says it, wherever the user is."""
        self.label.setText(text)
        self.setAccessibleName(text)
        announce(self, text)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def section(title: str, body: QWidget | None = None, parent_layout: QVBoxLayout | None = None) -> QWidget:
    """A titled block of the setting page."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 6)
    layout.setSpacing(4)
    layout.addWidget(Heading(title, 1.12))
    if body is not None:
        layout.addWidget(body)
    if parent_layout is not None:
        parent_layout.addWidget(box)
    return box


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())  # type: ignore[arg-type]


def find_owner(obj: QObject, cls: type) -> QObject | None:
    """The nearest parent of type ``cls``."""
    parent = obj.parent()
    while parent is not None and not isinstance(parent, cls):
        parent = parent.parent()
    return parent


PAGE_WIDTH = 900


def scrolled(page: QWidget) -> QScrollArea:
    """Wrap a page so it scrolls at any zoom, centred with a readable line length."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    page.setMaximumWidth(PAGE_WIDTH)
    row.addWidget(page, 100)
    row.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(holder)
    area.setAccessibleName(QApplication.translate("Page", "Page content"))
    return area


class Panel(QFrame):
    """A rounded box painted from palette roles (no style sheet: those slow every widget down).

    ``kind`` is "card" (base colour, thin border) or "notice" (tooltip colours, thick border).
    """

    def __init__(self, kind: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(kind)
        if kind == "notice":
            self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setContentsMargins(7, 7, 7, 7)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = palette.color(
            QPalette.ColorRole.ToolTipBase if self.kind == "notice" else QPalette.ColorRole.Base
        )
        border = palette.color(QPalette.ColorRole.Mid)
        width = 2.0 if self.kind == "notice" else 1.0
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)


class Chip(QLabel):
    """Text on a rounded pill: filled with the highlight colour, or outlined."""

    def __init__(self, text: str, *, filled: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.filled = filled
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(8, 0, 8, 0)
        self.setMargin(8 if filled else 5)
        if filled:
            self.setForegroundRole(QPalette.ColorRole.HighlightedText)
            bold = QFont()
            bold.setBold(True)  # only the weight: size still follows the app's zoom
            self.setFont(bold)

    def sizeHint(self) -> QSize:
        """One line when there is room; a word-wrapped chip only wraps when squeezed."""
        hint = super().sizeHint()
        if not self.wordWrap():
            return hint
        margins = self.contentsMargins()
        extra = 2 * self.margin() + margins.left() + margins.right() + 2
        width = self.fontMetrics().horizontalAdvance(self.text()) + extra
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if not self.wordWrap():
            return super().minimumSizeHint()
        margins = self.contentsMargins()
        extra = 2 * self.margin() + margins.left() + margins.right() + 2
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(
            longest + extra, self.fontMetrics().height() + 2 * self.margin()
        )  # height: heightForWidth

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.filled:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect, 8, 8)
        painter.end()
        super().paintEvent(event)


def make_primary(button: QPushButton) -> QPushButton:
    """Mark the main action of a screen: bold, without fixing the size against zoom."""
    button.setObjectName("primary")
    bold = QFont()
    bold.setBold(True)
    button.setFont(bold)
    button.setDefault(False)
    return button


def slim_bar() -> QProgressBar:
    """A thin progress bar that can't be mistaken for a text field; its numbers are said in words."""
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.setMinimumWidth(48)  # its own hint counts the hidden "100%": too wide for narrow windows
    return bar


def page_heading(text: str, scale: float = 1.7) -> Heading:
    """The title of a screen: it takes the keyboard focus when the screen opens."""
    heading = Heading(text, scale)
    heading.setObjectName("pageHeading")
    heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return heading


def tab_targets(container: QWidget) -> list[QWidget]:
    """The controls inside ``container`` that Tab can reach, in reading order.

    Reading order is taken from where the layout put each control (rows top to bottom,
    then along the row in the reading direction), so it stays right when parts of a page
    are rebuilt later, which Qt would otherwise append at the end of the Tab order.
    """
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    rtl = container.layoutDirection() == Qt.LayoutDirection.RightToLeft
    found = []
    for widget in container.findChildren(QWidget):
        if not widget.isVisibleTo(container) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        corner = widget.mapTo(container, QPoint(widget.width() if rtl else 0, 0))
        found.append(((corner.y() // 8, -corner.x() if rtl else corner.x()), widget))
    found.sort(key=lambda item: item[0])
    return [widget for _, widget in found]


def set_tab_chain(widgets: list[QWidget]) -> None:
    """Make Tab visit ``widgets`` one after the other."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` without moving focus (WCAG 4.1.3).

    Used for results and outcomes that appear away from where the user is, such as the
    number of search results or a choice being saved.
    """
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    QAccessible.updateAccessibility(event)
