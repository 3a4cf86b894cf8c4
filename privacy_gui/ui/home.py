"""The home screen: one card per product, overall progress, the way to the checklist."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QSize, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core.answers import Answers
from privacy_gui.core.model import Library, Product
from privacy_gui.core.progress import ProgressStore
from privacy_gui.core.summary import relevant_settings, tally
from privacy_gui.ui import labels
from privacy_gui.ui.search_box import SearchBox
from privacy_gui.ui.setting_page import format_date
from privacy_gui.ui.widgets import (
    FlowLayout,
    Heading,
    Panel,
    clear_layout,
    make_primary,
    page_heading,
    slim_bar,
    text_label,
)

CARD_COLUMNS = 3
CARD_LETTERS = 22  # a card's width, in average letters of the current font


class ProductCard(Panel):
    """Icon, name, summary, progress and a Start/Continue button for one product."""

    def __init__(self, product: Product, parent: QWidget | None = None) -> None:
        super().__init__("card", parent)
        self.product = product
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        top = QHBoxLayout()
        icon = QLabel()
        if product.icon is not None:
            icon.setPixmap(QIcon(str(product.icon)).pixmap(QSize(48, 48), self.devicePixelRatioF()))
        icon.setFixedSize(52, 52)
        icon.setAccessibleName("")
        top.addWidget(icon)
        name = Heading(product.name, 1.3)
        top.addWidget(name, 1)
        layout.addLayout(top)
        summary = text_label(product.summary)
        layout.addWidget(summary)
        layout.addStretch(1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.changed_label = text_label()
        self.changed_label.setObjectName("changed")
        self.changed_label.hide()
        layout.addWidget(self.changed_label)
        self.bar = slim_bar()
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.button = QPushButton()
        make_primary(self.button)
        layout.addWidget(self.button)

    def refresh(self, store: ProgressStore, answers: Answers | None) -> None:
        """Show the current counts."""
        counts = tally(relevant_settings(self.product, answers, store.left_out), store)
        self.count_label.setText(
            self.tr("%1 of %2 done").replace("%1", str(counts.handled)).replace("%2", str(counts.total))
        )
        self.bar.setRange(0, max(1, counts.total))
        self.bar.setValue(counts.handled)
        self.bar.setAccessibleName(
            self.tr("%1 progress: %2 of %3 done")
            .replace("%1", self.product.name)
            .replace("%2", str(counts.handled))
            .replace("%3", str(counts.total))
        )
        self.changed_label.setVisible(counts.changed > 0)
        self.changed_label.setText(
            self.tr("%n step(s) changed since you did them: look again", "", counts.changed)
        )
        if counts.changed:
            text = self.tr("Look again")
        elif counts.total and counts.handled == counts.total:
            text = self.tr("Review")
        elif counts.started or store.positions.get(self.product.id):
            text = self.tr("Continue")
        else:
            text = self.tr("Start")
        self.button.setText(text)
        self.button.setAccessibleName(f"{text}: {self.product.name}")


class HomeView(QWidget):
    """The first screen after setup."""

    open_product = Signal(str)
    open_checklist = Signal()
    change_answers = Signal()
    open_setting = Signal(str)

    def __init__(self, store: ProgressStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.cards: dict[str, ProductCard] = {}
        self._columns = 0
        self.library: Library | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(12)
        title = page_heading(self.tr("Your Microsoft privacy checklist"), 1.9)
        layout.addWidget(title)
        layout.addWidget(
            text_label(
                self.tr(
                    "Pick a product. We explain each privacy setting in plain words, show you "
                    "where to find it, and keep track of what you have done."
                )
            )
        )
        # Filled by the main window; stays hidden in kiosk mode. A flow, so that it wraps
        # in a narrow window at 200 % text instead of making the page scroll sideways.
        self.profile_holder = QWidget()
        self.profile_row = FlowLayout(self.profile_holder)
        self.profile_holder.hide()
        layout.addWidget(self.profile_holder)
        self.search_holder = QVBoxLayout()
        layout.addLayout(self.search_holder)
        self.search: SearchBox | None = None
        answers_row = QHBoxLayout()
        self.answers_label = text_label()
        answers_row.addWidget(self.answers_label, 1)
        self.change_button = QPushButton(self.tr("Change my answers"))
        self.change_button.clicked.connect(self.change_answers)
        answers_row.addWidget(self.change_button)
        layout.addLayout(answers_row)

        overall = QHBoxLayout()
        self.overall_label = text_label()
        overall.addWidget(self.overall_label)
        self.overall_bar = slim_bar()
        self.overall_bar.setTextVisible(False)
        overall.addWidget(self.overall_bar, 1)
        self.checklist_button = QPushButton(self.tr("Open the checklist"))
        self.checklist_button.clicked.connect(self.open_checklist)
        overall.addWidget(self.checklist_button)
        layout.addLayout(overall)

        self.problems_label = text_label()
        self.problems_label.setObjectName("problems")
        self.problems_frame = Panel("notice")
        problems_layout = QVBoxLayout(self.problems_frame)
        problems_layout.addWidget(self.problems_label)
        self.problems_frame.hide()
        layout.addWidget(self.problems_frame)

        self.recheck_frame = Panel("notice")
        self.recheck_layout = QVBoxLayout(self.recheck_frame)
        self.recheck_frame.hide()
        layout.addWidget(self.recheck_frame)

        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def set_library(self, library: Library, product_names: dict[str, str]) -> None:
        """Build one card per product and show any loading problems."""
        self.library = library
        if self.search is not None:
            self.search.setParent(None)
        self.search = SearchBox(library)
        self.search.open_setting.connect(self.open_setting)
        self.search_holder.addWidget(self.search)
        clear_layout(self.grid)
        self.cards.clear()
        for product in library.products:
            card = ProductCard(product)
            card.button.clicked.connect(lambda _=False, pid=product.id: self.open_product.emit(pid))
            self.cards[product.id] = card
        self._columns = 0
        self._place_cards()
        if library.problems:
            lines = [self.tr("Some content could not be loaded. The rest of the app works.")]
            for problem in library.problems[:8]:
                product_id = _product_of(problem.path)
                name = product_names.get(product_id, product_id)
                lines.append(self.tr("Could not load %1: %2").replace("%1", name).replace("%2", str(problem)))
            if len(library.problems) > 8:
                lines.append(self.tr("…and %n more problem(s).", "", len(library.problems) - 8))
            self.problems_label.setText("\n".join(lines))
            self.problems_frame.show()
        else:
            self.problems_frame.hide()

    def _columns_for(self, width: int) -> int:
        """As many columns as fit cards of ``CARD_LETTERS`` letters' width, at most three.

        Why: three columns of large text don't fit a small screen at 200 %; fewer, wider
        cards keep words whole without sideways scrolling.
        """
        card = self.fontMetrics().averageCharWidth() * CARD_LETTERS
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        room = width - margins.left() - margins.right() + self.grid.spacing()
        return max(1, min(CARD_COLUMNS, room // (card + self.grid.spacing())))

    def _place_cards(self) -> None:
        columns = self._columns_for(self.width())
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(CARD_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the same width holds fewer cards
            self._place_cards()

    def refresh(self, answers: Answers | None) -> None:
        """Update counts and the answers line."""
        if self.library is None:
            return
        handled = total = 0
        for card in self.cards.values():
            card.refresh(self.store, answers)
            counts = tally(relevant_settings(card.product, answers, self.store.left_out), self.store)
            handled += counts.handled
            total += counts.total
        self.overall_label.setText(
            self.tr("Overall: %1 of %2 done").replace("%1", str(handled)).replace("%2", str(total))
        )
        self.overall_bar.setRange(0, max(1, total))
        self.overall_bar.setValue(handled)
        self.overall_bar.setAccessibleName(self.overall_label.text())
        self._show_rechecks()
        if answers is None:
            self.answers_label.setText(self.tr("You have not told us about your devices yet."))
        else:
            devices = ", ".join(labels.platform_name(p) for p in answers.to_json()["platforms"])
            self.answers_label.setText(
                self.tr("Showing steps for: %1 · %2 · %3")
                .replace("%1", devices)
                .replace("%2", labels.account_name(answers.account))
                .replace("%3", labels.region_name(answers.region))
            )

    def _show_rechecks(self) -> None:
        assert self.library is not None
        clear_layout(self.recheck_layout)
        due = {pid: day for pid, day in self.store.due_rechecks().items() if self.library.product(pid)}
        self.recheck_frame.setVisible(bool(due))
        if not due:
            return
        self.recheck_layout.addWidget(
            text_label(
                self.tr("Time to check again: companies sometimes switch settings back on in updates.")
            )
        )
        for product_id in due:
            product = self.library.product(product_id)
            assert product is not None
            row = QHBoxLayout()
            since = self.store.rechecks[product_id].since
            row.addWidget(
                text_label(
                    self.tr("%1: you last went through it on %2.")
                    .replace("%1", product.name)
                    .replace("%2", format_date(since))
                ),
                1,
            )
            button = QPushButton(self.tr("Check %1 now").replace("%1", product.name))
            button.clicked.connect(lambda _=False, pid=product_id: self.open_product.emit(pid))
            row.addWidget(button)
            self.recheck_layout.addLayout(row)


def _product_of(path: str) -> str:
    """Guess the product id from a problem's path (the folder above settings/)."""
    parts = path.replace("\\", "/").split("/")
    if "settings" in parts:
        index = parts.index("settings")
        return parts[index - 1] if index > 0 else path
    return parts[-2] if len(parts) >= 2 else path
