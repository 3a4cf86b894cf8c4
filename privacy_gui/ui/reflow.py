"""Bars of controls that go onto more rows when the window is too narrow for one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QSizePolicy, QVBoxLayout, QWidget

Row = Sequence[QWidget | None]  # None: a stretch that keeps the groups apart
Arrangement = Sequence[Row]
GAP = 24  # the least room a stretch keeps between two groups


class ReflowRows(QFrame):
    """Shows the first of its arrangements that fits the width, from one row to many.

    Why: the wizard's bars need about 1,300 px on one row at 200 % text in German. A bar
    that insists on that forces the window wider than many screens (WCAG 1.4.10, reflow).
    Reading and Tab order follow the rows, top to bottom (see ``tab_order``).
    """

    arranged = Signal()  # the rows changed: the owner re-orders Tab to match

    def __init__(
        self,
        arrangements: Sequence[Arrangement],
        margins: tuple[int, int, int, int] = (0, 0, 0, 0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.arrangements = arrangements
        self.current = -1
        self._busy = False
        for arrangement in arrangements:
            for row in arrangement:
                for widget in row:
                    if widget is not None:
                        widget.setParent(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*margins)
        # The bar states its own minimum (the narrowest arrangement); the layout must not
        # pin the widget to the minimum of whichever arrangement is showing.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._arrange(0)

    # ---------------------------------------------------------------- widths
    def _spacing(self) -> int:
        spacing = self.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        )
        return max(spacing, 6)

    def _row_width(self, row: Row) -> int:
        shown = [w for w in row if w is None or not w.isHidden()]
        widgets = [w for w in shown if w is not None]
        if not widgets:
            return 0
        gaps = sum(GAP for w in shown if w is None) if len(widgets) > 1 else 0
        return sum(w.sizeHint().width() for w in widgets) + self._spacing() * (len(widgets) - 1) + gaps

    def width_for(self, index: int) -> int:
        """The narrowest width at which arrangement ``index`` shows every control whole."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return max((self._row_width(row) for row in self.arrangements[index]), default=0) + sides

    def _choose(self, width: int) -> int:
        for index in range(len(self.arrangements)):
            if self.width_for(index) <= width:
                return index
        return len(self.arrangements) - 1

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        height = layout.minimumSize().height() if layout is not None else 0
        return QSize(min(self.width_for(i) for i in range(len(self.arrangements))), height)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        height = layout.sizeHint().height() if layout is not None else 0
        return QSize(self.width_for(0), height)

    # --------------------------------------------------------------- reflow
    def reflow(self) -> None:
        """Pick the arrangement that fits the current width; lay it out now."""
        index = self._choose(self.width()) if self.width() > 0 else 0
        if index != self.current:
            self._arrange(index)
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_width()

    def event(self, event: QEvent) -> bool:
        # A font or text change (zoom, language, "Your answer: Done") changes the widths.
        if event.type() == QEvent.Type.LayoutRequest:
            self._follow_width()
        return super().event(event)

    def _follow_width(self) -> None:
        if not self._busy and self.width() > 0:
            index = self._choose(self.width())
            if index != self.current:
                self._arrange(index)

    def _arrange(self, index: int) -> None:
        self._busy = True
        try:
            outer = self.layout()
            assert isinstance(outer, QVBoxLayout)
            while outer.count():
                item = outer.takeAt(0)
                inner = item.layout() if item is not None else None
                if inner is not None:
                    while inner.count():
                        inner.takeAt(0)
                    inner.deleteLater()
            for row in self.arrangements[index]:
                line = QHBoxLayout()
                for widget in row:
                    if widget is None:
                        line.addStretch(1)
                    else:
                        line.addWidget(widget)
                outer.addLayout(line)
            self.current = index
            # Place the widgets now: the resize that led here has already been laid out.
            outer.invalidate()
            outer.activate()
        finally:
            self._busy = False
        self.updateGeometry()  # the height changed: the parent layout must ask again
        self.arranged.emit()

    def tab_order(self) -> list[QWidget]:
        """The controls that take focus, in reading order for the rows shown now."""
        order = []
        for row in self.arrangements[max(self.current, 0)]:
            for widget in row:
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    order.append(widget)
        return order
