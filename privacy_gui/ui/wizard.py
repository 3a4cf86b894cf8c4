"""The wizard for one product: intro, one page per setting, summary."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_gui.core.answers import Answers
from privacy_gui.core.glossary import Glossary
from privacy_gui.core.markup import to_html
from privacy_gui.core.model import Product, Setting
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.core.summary import relevant_settings, tally
from privacy_gui.ui import labels
from privacy_gui.ui.reflow import ReflowRows
from privacy_gui.ui.setting_page import SettingPage
from privacy_gui.ui.widgets import (
    Heading,
    WrapCheckBox,
    announce,
    make_primary,
    page_heading,
    scrolled,
    set_tab_chain,
    slim_bar,
    tab_targets,
    text_label,
)

PREFETCH_DELAY_MS = 150
INTRO = "intro"
SUMMARY = "summary"


class WizardView(QWidget):
    """Walks through a product's settings; remembers where the user left off."""

    go_home = Signal()
    open_checklist = Signal()

    def __init__(
        self,
        store: ProgressStore,
        open_link: Callable[[str], None],
        parent: QWidget | None = None,
        glossary: Glossary | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.glossary = glossary
        self._open_link = open_link
        self.product: Product | None = None
        self.answers: Answers | None = None
        self.steps: list[str] = []
        self.index = 0
        self._pages: dict[str, QScrollArea] = {}
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_DELAY_MS)  # after the page has painted
        self._prefetch.timeout.connect(self._build_next_page)
        self._setting_pages: dict[str, SettingPage] = {}
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        self.home_button = QPushButton(self.tr("‹ All products"))
        self.home_button.setAccessibleName(self.tr("Back to all products"))
        self.home_button.clicked.connect(self.go_home)
        self.product_label = Heading("", 1.25)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)  # "Setting 1 of 10" may take two lines in a narrow window
        self.progress = slim_bar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(200)
        self.progress.setAccessibleName(self.tr("Progress through this product"))
        home, name, step, bar = self.home_button, self.product_label, self.step_label, self.progress
        self.header = ReflowRows(
            [
                [[home, name, None, step, bar]],
                [[home, name, None], [step, bar]],
                [[home, None], [name, None], [step, bar]],
            ],
            (16, 10, 16, 10),
        )
        self.header.setObjectName("wizardHeader")
        layout.addWidget(self.header)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B or Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.choice_label = QLabel()
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(False)
        self.choice_buttons: dict[ItemState, QPushButton] = {}
        for state, text, tip in (
            (ItemState.DONE, self.tr("Done"), self.tr("I have done this (Alt+D)")),
            (
                ItemState.SKIPPED,
                self.tr("Skip for now"),
                self.tr("Come back to this later (Alt+S)"),
            ),
            (
                ItemState.NOT_FOR_ME,
                self.tr("Doesn't apply to me"),
                self.tr("This is not for me (Alt+A)"),
            ),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, s=state: self.choose(s))
            self.choice_group.addButton(button)
            self.choice_buttons[state] = button

        self.next_button = QPushButton(self.tr("Next"))
        make_primary(self.next_button)
        self.next_button.setToolTip(self.tr("Next step (Alt+N or Alt+Right)"))
        self.next_button.clicked.connect(self.next)
        # On one row while it fits; else the answers above Back and Next, then fewer per row.
        back, label, forward = self.back_button, self.choice_label, self.next_button
        answers = list(self.choice_buttons.values())
        nav: list[QWidget | None] = [back, None, forward]
        self.footer = ReflowRows(
            [
                [[back, None, label, *answers, None, forward]],
                [[None, label, *answers, None], nav],
                [[None, label, None], [None, *answers, None], nav],
                [[label, None], *[[*answers[i : i + 2], None] for i in range(0, len(answers), 2)], nav],
                [[label, None], *[[answer, None] for answer in answers], nav],
            ],
            (16, 10, 16, 12),
        )
        self.footer.setObjectName("wizardFooter")
        self.answers_shown = True  # not on the intro and summary pages
        self.footer.arranged.connect(self._order_tabs)
        self.header.arranged.connect(self._order_tabs)
        layout.addWidget(self.footer)

        # Explicit shortcuts rather than '&' mnemonics: they work the same on every platform.
        for keys, slot in (
            ("Alt+N", self.next),
            ("Alt+Right", self.next),
            ("Alt+B", self.back),
            ("Alt+Left", self.back),
            ("Alt+D", lambda: self._shortcut_choice(ItemState.DONE)),
            ("Alt+S", lambda: self._shortcut_choice(ItemState.SKIPPED)),
            ("Alt+A", lambda: self._shortcut_choice(ItemState.NOT_FOR_ME)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # live only while shown
            shortcut.activated.connect(slot)

    # -------------------------------------------------------------- navigation
    def open_product(self, product: Product, answers: Answers | None, step: str | None = None) -> None:
        """Show ``product``, at ``step`` or where the user left it."""
        if self.product is not product or self.answers != answers:
            self._clear_pages()
        self.product = product
        self.answers = answers
        # Steps are setting keys (product/setting): a workshop block mixes products.
        self.steps = [INTRO, *self._chosen_keys(), SUMMARY]
        wanted = step or self.store.positions.get(product.id, INTRO)
        target = product.setting(wanted) if wanted not in (INTRO, SUMMARY) else None
        if target is not None:
            wanted = target.key  # positions saved as plain ids by version 1 still work
            if wanted not in self.steps:
                self.steps.insert(len(self.steps) - 1, wanted)  # opened directly, e.g. from search
        self.product_label.setText(product.name)
        self.go(self.steps.index(wanted) if wanted in self.steps else 0)

    def _chosen_keys(self) -> list[str]:
        assert self.product is not None
        return [s.key for s in relevant_settings(self.product, self.answers, self.store.left_out)]

    def choose_steps(self, keys: list[str]) -> None:
        """Go through only ``keys`` of this guide; the rest are left out (and remembered)."""
        assert self.product is not None
        offered = {s.key for s in relevant_settings(self.product, self.answers)}
        self.store.set_left_out(self.product.id, offered - set(keys))
        current = self.steps[self.index]
        self.steps = [INTRO, *self._chosen_keys(), SUMMARY]
        self.index = self.steps.index(current) if current in self.steps else 0
        self._update_chrome()
        self._update_choice_count()

    def _clear_pages(self) -> None:
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._setting_pages.clear()

    def go(self, index: int) -> None:
        """Show step ``index`` and remember it."""
        assert self.product is not None
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        area = self._page(step)
        self.stack.setCurrentWidget(area)
        self._order_tabs()
        area.verticalScrollBar().setValue(0)
        self.store.set_position(self.product.id, step)
        self._update_chrome()
        heading = area.findChild(QLabel, "pageHeading")
        if heading is not None:
            heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self._prefetch.start()

    def _order_tabs(self) -> None:
        """Header, then the page from top to bottom, then the footer: as they are shown."""
        area = self.stack.currentWidget()
        if area is None:
            return
        chain = [*self.header.tab_order(), area, *tab_targets(area), *self.footer.tab_order()]
        set_tab_chain(chain)

    def _build_next_page(self) -> None:
        """While the user reads, build the next setting page so Next shows it at once."""
        if self.product is None or self.index + 1 >= len(self.steps):
            return
        upcoming = self.steps[self.index + 1]
        if upcoming not in (INTRO, SUMMARY) and upcoming not in self._pages:
            self._page(upcoming)

    def next(self) -> None:
        """Go forward; from the summary, go home."""
        if self.index >= len(self.steps) - 1:
            self.go_home.emit()
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        """Go back one step."""
        if self.index > 0:
            self.go(self.index - 1)

    def current_step(self) -> str:
        """The id of the step shown."""
        return self.steps[self.index]

    def current_setting(self) -> Setting | None:
        """The setting shown, if a setting page is shown."""
        assert self.product is not None
        return self.product.setting(self.current_step())

    def current_page(self) -> SettingPage | None:
        """The setting page widget shown, if any."""
        return self._setting_pages.get(self.current_step())

    def choose(self, state: ItemState) -> None:
        """Record the user's choice for the current setting."""
        setting = self.current_setting()
        if setting is None:
            return
        self.store.set_state(setting.key, state, setting.revision, setting.content_hash)
        self._update_chrome()
        announce(self, self.tr("Saved: %1").replace("%1", labels.state_word(state)))
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shortcut_choice(self, state: ItemState) -> None:
        if self.answers_shown:
            self.choose(state)

    # ----------------------------------------------------------------- pages
    def _page(self, step: str) -> QScrollArea:
        if step in (INTRO, SUMMARY):
            old = self._pages.pop(step, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        if step not in self._pages:
            if step == INTRO:
                page = self._intro_page()
            elif step == SUMMARY:
                page = self._summary_page()
            else:
                assert self.product is not None
                setting = self.product.setting(step)
                assert setting is not None
                page = SettingPage(
                    setting,
                    self.answers,
                    self._open_link,
                    glossary=self.glossary,
                    store=self.store,
                    vendor=self.product.vendor,
                )
                self._setting_pages[step] = page
                page.rebuilt.connect(self._order_tabs)
            area = scrolled(page)
            self._pages[step] = area
            self.stack.addWidget(area)
        return self._pages[step]

    def _intro_page(self) -> QWidget:
        assert self.product is not None
        product = self.product
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 24)
        heading = page_heading(self.tr("%1: what we will look at").replace("%1", product.name), 1.7)
        layout.addWidget(heading)
        intro = text_label(to_html(product.intro), rich=True)
        intro.linkActivated.connect(self._open_link)
        layout.addWidget(intro)
        settings = relevant_settings(product, self.answers)
        hidden = len(product.settings) - len(settings)
        self.choice_count = QLabel()
        self.choice_count.setWordWrap(True)
        layout.addWidget(self.choice_count)
        layout.addWidget(
            text_label(
                self.tr(
                    "Untick a setting to leave it out. You can come back here and add it again at any time."
                )
            )
        )
        self.step_boxes: dict[str, WrapCheckBox] = {}
        for number, setting in enumerate(settings, 1):
            state = labels.state_word(self.store.state(setting.key))
            box = WrapCheckBox(f"{number}. {setting.title} ({state})".replace("&", "&&"))
            box.setChecked(setting.key not in self.store.left_out)
            box.setAccessibleDescription(self.tr("Go through this setting"))
            box.toggled.connect(self._step_box_toggled)
            self.step_boxes[setting.key] = box
            layout.addWidget(box)
        choose = QHBoxLayout()
        every = QPushButton(self.tr("Choose all"))
        every.clicked.connect(lambda: self._tick_all(True))
        choose.addWidget(every)
        none = QPushButton(self.tr("Choose none"))
        none.clicked.connect(lambda: self._tick_all(False))
        choose.addWidget(none)
        choose.addStretch(1)
        layout.addLayout(choose)
        if hidden:
            layout.addWidget(
                text_label(
                    self.tr(
                        "%n more setting(s) are hidden because they don't apply to your devices or account.",
                        "",
                        hidden,
                    )
                )
            )
        self.start_button = QPushButton(self.tr("Start"))
        make_primary(self.start_button)
        self.start_button.clicked.connect(self.next)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._update_choice_count()
        return page

    def _step_box_toggled(self) -> None:
        self.choose_steps([key for key, box in self.step_boxes.items() if box.isChecked()])

    def _tick_all(self, checked: bool) -> None:
        for box in self.step_boxes.values():
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self._step_box_toggled()

    def _update_choice_count(self) -> None:
        if not hasattr(self, "choice_count"):
            return
        chosen = sum(box.isChecked() for box in self.step_boxes.values())
        self.choice_count.setText(
            self.tr("You will go through %1 of %n setting(s):", "", len(self.step_boxes)).replace(
                "%1", str(chosen)
            )
        )
        self.start_button.setEnabled(chosen > 0)

    def _summary_page(self) -> QWidget:
        assert self.product is not None
        settings = relevant_settings(self.product, self.answers, self.store.left_out)
        left_out = len(relevant_settings(self.product, self.answers)) - len(settings)
        counts = tally(settings, self.store)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 24)
        heading = page_heading(self.tr("Your %1 summary").replace("%1", self.product.name), 1.7)
        layout.addWidget(heading)
        layout.addWidget(
            text_label(
                self.tr("%1 of %2 done, %3 skipped for now, %4 not for you.")
                .replace("%1", str(counts.done))
                .replace("%2", str(counts.total))
                .replace("%3", str(counts.skipped))
                .replace("%4", str(counts.not_for_me))
            )
        )
        rows = "".join(
            f"<li><b>{_esc(labels.state_word(self.store.state(s.key)))}</b>: {_esc(s.title)}</li>"
            for s in settings
        )
        layout.addWidget(text_label(f"<ul>{rows}</ul>", rich=True))
        if left_out:
            layout.addWidget(
                text_label(
                    self.tr(
                        "You left out %n setting(s). To add them, go back to the first page of this guide.",
                        "",
                        left_out,
                    )
                )
            )
        if counts.skipped:
            layout.addWidget(text_label(self.tr("You can come back to skipped steps at any time.")))
        self.store.rechecked(self.product.id)
        layout.addWidget(
            text_label(
                self.tr(
                    "Companies sometimes switch features back on in updates. "
                    "We can remind you to go through this again when you next open the app."
                )
            )
        )
        remind = QHBoxLayout()
        remind.addWidget(QLabel(self.tr("Remind me to check again:")))
        self.recheck_box = QComboBox()
        self.recheck_box.setAccessibleName(self.tr("Remind me to check again"))
        for days, text in self._recheck_choices():
            self.recheck_box.addItem(text, days)
        current = self.store.rechecks.get(self.product.id)
        index = self.recheck_box.findData(current.every_days if current else None)
        self.recheck_box.setCurrentIndex(max(0, index))
        self.recheck_box.currentIndexChanged.connect(self._recheck_chosen)
        remind.addWidget(self.recheck_box)
        remind.addStretch(1)
        layout.addLayout(remind)
        buttons = QHBoxLayout()
        checklist = QPushButton(self.tr("Open the checklist"))
        checklist.clicked.connect(self.open_checklist)
        buttons.addWidget(checklist)
        home = QPushButton(self.tr("Back to all products"))
        make_primary(home)
        home.clicked.connect(self.go_home)
        buttons.addWidget(home)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _recheck_choices(self) -> tuple[tuple[int | None, str], ...]:
        return (
            (None, self.tr("Never")),
            (30, self.tr("In a month")),
            (91, self.tr("In 3 months")),
            (182, self.tr("In 6 months")),
            (365, self.tr("In a year")),
        )

    def _recheck_chosen(self) -> None:
        assert self.product is not None
        self.store.set_recheck(self.product.id, self.recheck_box.currentData())

    def _update_chrome(self) -> None:
        total = len(self.steps) - 2
        step = self.current_step()
        if step == INTRO:
            self.step_label.setText(self.tr("Introduction"))
        elif step == SUMMARY:
            self.step_label.setText(self.tr("Summary"))
        else:
            self.step_label.setText(
                self.tr("Setting %1 of %2").replace("%1", str(self.index)).replace("%2", str(total))
            )
        self.progress.setRange(0, max(1, len(self.steps) - 1))
        self.progress.setValue(self.index)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("Finish") if step == SUMMARY else self.tr("Next"))
        setting = self.current_setting()
        page = self.current_page()
        if page is not None:
            page.refresh_state()
        self.answers_shown = setting is not None
        for widget in (self.choice_label, *self.choice_buttons.values()):
            widget.setVisible(self.answers_shown)
        if setting is not None:
            state = self.store.state(setting.key)
            for button_state, button in self.choice_buttons.items():
                button.setChecked(button_state is state)
            self.choice_label.setText(self.tr("Your answer: %1").replace("%1", labels.state_word(state)))
        # Lay the bars out now: left to the event loop, the first frame of a page could
        # show the answer buttons squeezed while the newly shown row settles.
        self.header.reflow()
        self.footer.reflow()


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
