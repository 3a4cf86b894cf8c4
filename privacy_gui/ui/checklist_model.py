"""Model/view data for the checklist: products as groups, settings as rows.

A real QAbstractItemModel (not a widget per row), so thousands of items stay fast.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from privacy_gui.core.answers import Answers
from privacy_gui.core.model import Library, Setting
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.core.summary import Tally, changed_since_done, relevant_settings, tally
from privacy_gui.ui import labels

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractItemModel):
    """Column 0: question; 1: state (or progress for a product); 2: when changed."""

    def __init__(self, library: Library, store: ProgressStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.store = store
        self.answers: Answers | None = store.answers
        self._relevant: set[str] = set()
        self._tallies: dict[str, Tally] = {}
        self._recompute()

    def set_answers(self, answers: Answers | None) -> None:
        """Change which settings count, and repaint."""
        self.answers = answers
        self.refresh()

    def refresh(self) -> None:
        """Tell views that states changed (rows stay the same, so no layout change)."""
        self._recompute()
        for row in range(self.rowCount()):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, self.index(row, self.columnCount() - 1))
            children = self.rowCount(parent)
            if children:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(children - 1, self.columnCount() - 1, parent)
                )

    def _recompute(self) -> None:
        """Per-refresh figures, so data() never loops over settings."""
        self._relevant = set()
        self._tallies = {}
        for product in self.library.products:
            settings = relevant_settings(product, self.answers, self.store.left_out)
            self._relevant.update(s.key for s in settings)
            self._tallies[product.id] = tally(settings, self.store)

    def overall(self) -> tuple[int, int]:
        """(handled, total) over all products."""
        return (
            sum(t.handled for t in self._tallies.values()),
            sum(t.total for t in self._tallies.values()),
        )

    def is_relevant(self, index: Index) -> bool:
        """True if the row's setting applies to the user's answers."""
        setting = self.setting_at(index)
        return setting is not None and setting.key in self._relevant

    def state_at(self, index: Index) -> ItemState | None:
        """The stored state of a setting row."""
        setting = self.setting_at(index)
        return None if setting is None else self.store.state(setting.key)

    def key_at(self, index: Index) -> str | None:
        """The ``product/setting`` key of a setting row."""
        setting = self.setting_at(index)
        return None if setting is None else setting.key

    # ------------------------------------------------------------- structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here in Python: hasIndex() would call back into rowCount() each time.
        products = self.library.products
        if row < 0 or not 0 <= column < 3:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(products) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        product_row = parent.row()
        if row >= len(products[product_row].settings):
            return QModelIndex()
        return self.createIndex(row, column, product_row + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        ident = child.internalId()
        if ident == 0:
            return QModelIndex()
        return self.createIndex(ident - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.library.products)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.library.products[parent.row()].settings)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Setting"), self.tr("State"), self.tr("Changed"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def setting_at(self, index: Index) -> Setting | None:
        """The setting of a row, or None for a product row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        product = self.library.products[index.internalId() - 1]
        return product.settings[index.row()]

    # ------------------------------------------------------------------ data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        setting = self.setting_at(index)
        if setting is None:
            return self._product_data(index, role)
        relevant = setting.key in self._relevant
        record = self.store.items.get(setting.key)
        state = record.state if record else ItemState.TODO
        if role == KEY_ROLE:
            return setting.key
        if role == STATE_ROLE:
            return state.value
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return setting.title
            if column == 1:
                word = labels.state_word(state)
                if changed_since_done(setting, self.store):
                    return self.tr("%1 · changed since you did this: look again").replace("%1", word)
                if record is not None and record.verified is not None:
                    word = self.tr("%1 and checked").replace("%1", word)
                return word if relevant else self.tr("%1 (not for your devices)").replace("%1", word)
            if column == 2:
                return record.changed.astimezone().strftime("%Y-%m-%d") if record else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("In the settings: %1").replace("%1", setting.setting_name)
        if role == Qt.ItemDataRole.ForegroundRole and not relevant:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _product_data(self, index: Index, role: int) -> Any:
        product = self.library.products[index.row()]
        counts = self._tallies[product.id]
        text = self.tr("%1 of %2 done").replace("%1", str(counts.handled)).replace("%2", str(counts.total))
        if role == PROGRESS_ROLE:
            return (counts.handled, counts.total)
        if role == KEY_ROLE:
            return product.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return product.name
            if index.column() == 1:
                return text
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            from PySide6.QtWidgets import QApplication

            font = QApplication.font()
            font.setBold(True)
            return font
        return None


class ChecklistFilter(QSortFilterProxyModel):
    """Shows all, only open (to do or skipped) or only finished items."""

    MODES = ("all", "todo", "done")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = "all"
        self.keys: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def set_mode(self, mode: str) -> None:
        """Switch filter mode."""
        assert mode in self.MODES
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the filter again after states changed."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_keys(self, keys: set[str] | None) -> None:
        """Show only these settings (search results), or all with None."""
        self.beginFilterChange()
        self.keys = keys
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Ask the Python model directly: no round trip through QVariant for each row.
        model = self.sourceModel()
        assert isinstance(model, ChecklistModel)
        index = model.index(source_row, 0, source_parent)
        if not source_parent.isValid():
            return self.mode == "all" and self.keys is None  # otherwise shown when a child shows
        if self.keys is not None and model.key_at(index) not in self.keys:
            return False
        if self.mode == "all":
            return True
        if not model.is_relevant(index):
            return False
        state = model.state_at(index)
        if self.mode == "todo":
            return state in (ItemState.TODO, ItemState.SKIPPED)
        return state in (ItemState.DONE, ItemState.NOT_FOR_ME)
