"""The checklist: every setting of every product with its state; filter, export, reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core.progress import ItemState
from privacy_gui.ui import labels
from privacy_gui.ui.checklist_model import PROGRESS_ROLE, ChecklistFilter, ChecklistModel
from privacy_gui.ui.search_box import SearchBox
from privacy_gui.ui.widgets import FlowLayout, page_heading, slim_bar, text_label


class ProgressDelegate(QStyledItemDelegate):
    """Draws a product row's state column as its text followed by a slim progress bar.

    Text and bar sit side by side so that neither covers the other at any text size.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        progress = index.data(PROGRESS_ROLE)
        if not progress:
            super().paint(painter, option, index)
            return
        done, total = progress
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        palette = option.palette
        metrics = option.fontMetrics
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(option.font)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        text_width = metrics.horizontalAdvance(text)
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        painter.drawText(rect, int(align), text)
        room = rect.width() - text_width - 12
        if room > 24:
            height = max(6, metrics.height() // 3)
            width = min(room, 12 * metrics.averageCharWidth() + 40)
            left = rect.left() + text_width + 12
            if option.direction == Qt.LayoutDirection.RightToLeft:
                left = rect.right() - text_width - 12 - width
            track = QRectF(left, rect.center().y() - height / 2, width, height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(track, height / 2, height / 2)
            if done:
                filled = QRectF(track)
                filled.setWidth(track.width() * done / max(1, total))
                if option.direction == Qt.LayoutDirection.RightToLeft:
                    filled.moveRight(track.right())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRoundedRect(filled, height / 2, height / 2)
        painter.restore()


class ChecklistView(QWidget):
    """Everything in one list, grouped by product."""

    go_home = Signal()
    open_setting = Signal(str)
    export_requested = Signal()
    print_requested = Signal()
    reset_requested = Signal()

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("‹ All products"))
        self.home_button.setAccessibleName(self.tr("Back to all products"))
        self.home_button.clicked.connect(self.go_home)
        top.addWidget(self.home_button)
        heading = page_heading(self.tr("Your checklist"), 1.7)
        top.addWidget(heading, 1)
        layout.addLayout(top)

        overall = QHBoxLayout()
        self.overall_label = QLabel()
        overall.addWidget(self.overall_label)
        self.overall_bar = slim_bar()
        self.overall_bar.setTextVisible(False)
        overall.addWidget(self.overall_bar, 1)
        layout.addLayout(overall)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        for mode, text in (
            ("all", self.tr("Everything")),
            ("todo", self.tr("To do")),
            ("done", self.tr("Done")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show: %1").replace("%1", text))
            button.clicked.connect(lambda _=False, m=mode: self.set_filter(m))
            self.filter_group.addButton(button)
            self.filter_buttons[mode] = button
            filters.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        filters.addStretch(1)
        self.search = SearchBox(model.library, show_list=False)
        self.search.results_changed.connect(self._search_changed)
        self.search.open_setting.connect(self.open_setting)
        filters.addWidget(self.search, 2)
        layout.addLayout(filters)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Checklist"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegateForColumn(1, ProgressDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the longest words: measuring every row would not scale to thousands.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self.tree.activated.connect(self._activated)
        layout.addWidget(self.tree, 1)
        layout.addWidget(text_label(self.tr("Double-click or press Enter on a setting to open it.")))

        # A flow, not a row: at 200 % text in French the three buttons need 850 px.
        action_row = QWidget()
        actions = FlowLayout(action_row)
        self.export_button = QPushButton(self.tr("Save a copy…"))
        self.export_button.setToolTip(self.tr("Save the checklist as PDF, web page or spreadsheet"))
        self.export_button.clicked.connect(self.export_requested)
        actions.addWidget(self.export_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_requested)
        actions.addWidget(self.print_button)
        self.reset_button = QPushButton(self.tr("Start again…"))
        self.reset_button.setToolTip(self.tr("Clear every tick in the checklist"))
        self.reset_button.clicked.connect(self.reset_requested)
        actions.addWidget(self.reset_button)
        layout.addWidget(action_row)
        self.refresh()

    def _fit_columns(self) -> None:
        metrics = self.tree.fontMetrics()
        longest = max(
            (labels.state_word(state) for state in ItemState),
            key=lambda text: metrics.horizontalAdvance(text),
        )
        sample = self.tr("%1 · changed since you did this: look again").replace("%1", longest)
        self.tree.header().resizeSection(1, min(metrics.horizontalAdvance(sample) + 24, 520))
        self.tree.header().resizeSection(2, metrics.horizontalAdvance("2026-12-31") + 32)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)

    def set_filter(self, mode: str) -> None:
        """Show all, to-do or done items."""
        self.proxy.set_mode(mode)
        self.filter_buttons[mode].setChecked(True)
        self.tree.expandAll()

    def refresh(self) -> None:
        """Repaint states and overall progress."""
        self.model.refresh()
        if self.proxy.mode != "all" or self.proxy.keys is not None:
            self.proxy.refilter()  # states decide what the to-do and done filters show
        self.tree.expandAll()
        handled, total = self.model.overall()
        text = self.tr("Overall: %1 of %2 done").replace("%1", str(handled)).replace("%2", str(total))
        self.overall_label.setText(text)
        self.overall_bar.setRange(0, max(1, total))
        self.overall_bar.setValue(handled)
        self.overall_bar.setAccessibleName(text)

    def _search_changed(self, keys: set[str] | None) -> None:
        self.proxy.set_keys(keys)
        self.tree.expandAll()

    def _activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        setting = self.model.setting_at(source.siblingAtColumn(0))
        if setting is not None:
            self.open_setting.emit(setting.key)
