"""A search field with a result list: type what you're looking for, press Enter to go there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from privacy_gui.core.model import Library
from privacy_gui.core.search import Hit, index_for
from privacy_gui.ui.widgets import announce

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RESULTS = 8


class SearchBox(QWidget):
    """Emits ``open_setting`` with a ``product/setting`` key; ``results_changed`` with all keys."""

    open_setting = Signal(str)
    results_changed = Signal(object)  # set[str] of matching keys, or None when the field is empty

    def __init__(self, library: Library, parent: QWidget | None = None, *, show_list: bool = True) -> None:
        super().__init__(parent)
        self.library = library
        self.hits: list[Hit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search, for example: AI training, ads, Copilot key"))
        self.field.setAccessibleName(self.tr("Search settings"))
        self.field.setToolTip(self.tr("Find a setting by its name or what it does (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)
        self.status = QLabel()
        self.status.hide()
        layout.addWidget(self.status)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.hide()
        self._show_list = show_list
        layout.addWidget(self.list)

    def search(self, text: str) -> None:
        """Update results for ``text`` (called on every keystroke)."""
        query = text.strip()
        self.hits = index_for(self.library).search(query) if query else []
        self.list.clear()
        if not query:
            self.list.hide()
            self.status.hide()
            self.results_changed.emit(None)
            return
        names = {p.id: p.name for p in self.library.products}
        for hit in self.hits[:MAX_RESULTS]:
            words = ", ".join(hit.matched)
            item = QListWidgetItem(
                f"{hit.setting.title}\n{names.get(hit.setting.product_id, '')} · "
                + self.tr("matches: %1").replace("%1", words)
            )
            item.setData(KEY_ROLE, hit.setting.key)
            self.list.addItem(item)
        self.status.setText(
            self.tr("%n setting(s) found.", "", len(self.hits))
            if self.hits
            else self.tr("Nothing found. Try other words.")
        )
        self.status.show()
        announce(self, self.status.text())
        self.list.setVisible(self._show_list and bool(self.hits))
        if self._show_list and self.hits:
            rows = min(len(self.hits), MAX_RESULTS)
            self.list.setFixedHeight(min(420, rows * (self.list.sizeHintForRow(0) + 2) + 6))
        self.results_changed.emit({hit.setting.key for hit in self.hits})

    def focus(self) -> None:
        """Put the cursor in the field, text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _open_first(self) -> None:
        if self.hits:
            self.open_setting.emit(self.hits[0].setting.key)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_setting.emit(str(item.data(KEY_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.list.isVisible() and self.list.count():
                self.list.setFocus()
                self.list.setCurrentRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)
