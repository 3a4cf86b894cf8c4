"""The main window: menus, the notice bar, and a stack of views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_gui import __version__
from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.export import checklist_rows, to_csv, to_html

if TYPE_CHECKING:
    from privacy_gui.core.kiosk_config import KioskConfig
    from privacy_gui.core.plans import Plan
    from privacy_gui.ui.checklist_view import ChecklistView
    from privacy_gui.ui.kiosk import KioskController
    from privacy_gui.ui.presenter import PresenterWindow
    from privacy_gui.ui.wizard import WizardView
from privacy_gui.core.model import Library
from privacy_gui.core.prefs import Prefs, zoom_step
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui import labels
from privacy_gui.ui.home import HomeView
from privacy_gui.ui.opener import LinkOpener
from privacy_gui.ui.setup_view import SetupView
from privacy_gui.ui.theme import apply_zoom
from privacy_gui.ui.widgets import Banner, scrolled, set_tab_chain, tab_targets, text_label


class MainWindow(QMainWindow):
    """Holds the views and routes between them."""

    def __init__(
        self,
        library: Library,
        store: ProgressStore,
        prefs: Prefs,
        *,
        opener: LinkOpener | None = None,
        save_prefs: bool = True,
        kiosk: KioskConfig | None = None,
        plan: Plan | None = None,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.library = library
        self.store = store
        self.prefs = prefs
        self.kiosk_config = kiosk
        self.kiosk: KioskController | None = None
        if kiosk is not None:
            from privacy_gui.ui.kiosk import QrOpener

            opener = QrOpener(lambda: self)
        self.opener = opener or LinkOpener()
        self._save_prefs = save_prefs and kiosk is None
        self.setWindowTitle(self.tr("Privacy checklist for Microsoft products"))
        self.resize(1180, 800)

        self.presenter: PresenterWindow | None = None
        self._build_ui()
        store.add_listener(self._store_changed)
        if plan is not None:
            self.setWindowTitle(self.tr("%1 — privacy checklist").replace("%1", plan.title))
        if kiosk is not None:
            from privacy_gui.ui.kiosk import KioskController

            self.menuBar().hide()  # no menus: nothing may open files or other programs
            self.kiosk = KioskController(self, kiosk)
            self.show_home()
        elif store.answers is None:
            self.show_setup()
        else:
            self.show_home()

    def _build_ui(self) -> None:
        """Every widget with text; built again when the language changes."""
        from privacy_gui.core.loader import with_language
        from privacy_gui.ui.i18n import current_language

        language = current_language()
        self.library = with_language(self.library, language).for_language(language)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = Banner(kind="warning")
        self.banner.hide()
        layout.addWidget(self.banner)
        if self.kiosk_config is not None:
            layout.addWidget(self._kiosk_bar())
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.setup = SetupView()
        self.setup.finished.connect(self._answers_given)
        self.setup.cancelled.connect(self.show_home)
        self.home = HomeView(self.store)
        self.home.set_library(self.library, {p.id: p.name for p in self.library.products})
        self.home.open_product.connect(lambda pid: self.open_product(pid))
        self.home.open_checklist.connect(self.show_checklist)
        self.home.change_answers.connect(self.show_setup)
        self.home.open_setting.connect(self.open_key)
        self.setup_area = scrolled(self.setup)
        self.home_area = scrolled(self.home)
        for widget in (self.setup_area, self.home_area):
            self.stack.addWidget(widget)
        self._build_menus()
        self._show_notices()
        if self.kiosk_config is None:
            self._build_profile_row()
            self._build_workshop_menu()

    def set_language(self, code: str) -> str:
        """Switch the interface language now, without a restart, and remember it."""
        from privacy_gui.ui.i18n import install_language

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        code = install_language(app, code)
        where = self._where_am_i()
        for name in ("wizard", "checklist"):
            view = self.__dict__.pop(name, None)
            if view is not None:
                view.deleteLater()
        for menu in self.menuBar().findChildren(QMenu):
            menu.deleteLater()  # clear() only removes them; their actions go with them
        self.menuBar().clear()
        self._build_ui()
        if self.plan is not None:
            self.setWindowTitle(self.tr("%1 — privacy checklist").replace("%1", self.plan.title))
        if self.kiosk is not None:
            self.menuBar().hide()
        self.navigate(where) if where else self.show_home()
        self.prefs = replace(self.prefs, language=code)
        if self._save_prefs:
            self.prefs.save(paths.prefs_file())
        return code

    def _where_am_i(self) -> str:
        current = self.stack.currentWidget()
        if current is self.setup_area:
            return "setup"
        if self._showing("checklist"):
            return "checklist"
        if self._showing("wizard") and self.wizard.product is not None:
            step = self.wizard.current_step()
            return step if "/" in step else self.wizard.product.id
        return "home"

    # --------------------------------------------------------------- profiles
    def _build_profile_row(self) -> None:
        row = self.home.profile_row
        row.addWidget(QLabel(self.tr("Whose checklist:")))
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(self.tr("Whose checklist"))
        self.profile_box.setMinimumContentsLength(14)  # room for a name; the row wraps if it must
        self.profile_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile_box.activated.connect(
            lambda _i: self.switch_profile(str(self.profile_box.currentData()))
        )
        row.addWidget(self.profile_box)
        for text, slot in (
            (self.tr("New…"), self.new_profile),
            (self.tr("Rename…"), self.rename_current_profile),
            (self.tr("Delete…"), self.delete_current_profile),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.home.profile_holder.show()
        self._fill_profiles()

    def _fill_profiles(self) -> None:
        from privacy_gui.core.profiles import list_profiles

        self.profile_box.clear()
        for slug, name in list_profiles().items():
            self.profile_box.addItem(name, slug)
        index = self.profile_box.findData(self.profile)
        if index < 0:
            self.profile_box.addItem(self.profile, self.profile)
            index = self.profile_box.count() - 1
        self.profile_box.setCurrentIndex(index)

    @property
    def profile(self) -> str:
        """The slug of the profile whose checklist is open."""
        return paths.profile_slug(self.prefs.profile)

    def switch_profile(self, slug: str) -> None:
        """Open another person's checklist; nothing of one shows in the other."""
        store = ProgressStore(paths.progress_file(slug))
        store.load()
        if self.plan is not None:
            store.answers = self.plan.assume
        self._use_store(store)
        self.prefs = replace(self.prefs, profile=slug)
        if self._save_prefs:
            self.prefs.save(paths.prefs_file())
        self._fill_profiles()
        self.show_home() if store.answers is not None else self.show_setup()

    def _use_store(self, store: ProgressStore) -> None:
        self.store = store
        self.home.store = store
        for name in ("wizard", "checklist"):
            view = self.__dict__.pop(name, None)
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        store.add_listener(self._store_changed)
        self.banner.hide()
        self._show_notices()
        self.home.refresh(store.answers)

    def new_profile(self) -> None:
        """Ask for a name and start an empty checklist under it."""
        from privacy_gui.core.profiles import create_profile

        name, ok = QInputDialog.getText(
            self, self.tr("New profile"), self.tr("Name (only used on this computer):")
        )
        if not ok or not name.strip():
            return
        try:
            slug = create_profile(name)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Could not make the profile"), str(exc))
            return
        self.switch_profile(slug)

    def rename_current_profile(self) -> None:
        """Give the open profile another name."""
        from privacy_gui.core.profiles import rename_profile

        name, ok = QInputDialog.getText(
            self, self.tr("Rename profile"), self.tr("New name:"), text=self.profile_box.currentText()
        )
        if not ok or not name.strip():
            return
        self.store.save_now()
        try:
            slug = rename_profile(self.profile, name)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Could not rename the profile"), str(exc))
            return
        self.switch_profile(slug)

    def delete_current_profile(self) -> bool:
        """Delete the open profile after a confirmation, and open another."""
        from privacy_gui.core.profiles import delete_profile, list_profiles

        answer = QMessageBox.question(
            self,
            self.tr("Delete this profile?"),
            self.tr("This deletes the checklist of “%1” from this computer. It can't be undone.").replace(
                "%1", self.profile_box.currentText()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        gone = self.profile
        delete_profile(gone)
        others = [slug for slug in list_profiles() if slug != gone]
        self.switch_profile(others[0] if others else "default")
        return True

    # --------------------------------------------------------------- workshop
    def _build_workshop_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Workshop"))
        self._action(menu, self.tr("Presenter view"), self.open_presenter, "F5")
        self._action(menu, self.tr("Save a blank handout…"), self.save_handout)
        self._action(menu, self.tr("Save my take-away record…"), self.export_checklist)
        self._action(menu, self.tr("Reset for the next person…"), self.reset_for_next_person)
        menu.addSeparator()
        self._action(menu, self.tr("Add a content pack…"), self.add_content_pack)

    def open_presenter(self) -> PresenterWindow:
        """A projector window for the plan (or all products), with trainer notes beside it."""
        from privacy_gui.ui.presenter import PresenterWindow

        if self.presenter is None:
            self.presenter = PresenterWindow(self.library, self.plan, self.store.answers)
            self.presenter.closed.connect(lambda: setattr(self, "presenter", None))
        self.presenter.show()
        self.presenter.notes.show()
        self.presenter.raise_()
        return self.presenter

    def save_handout(self, path: Path | None = None) -> Path | None:
        """A blank handout of what this window shows (the plan, or all products)."""
        from privacy_gui.core.exporting import write_handout

        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a blank handout"),
                str(Path.home() / "privacy-handout.pdf"),
                self.tr("PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        fmt = {".html": "html", ".htm": "html", ".csv": "csv"}.get(path.suffix.lower(), "pdf")
        title = self.plan.title if self.plan else self.tr("Privacy checklist")
        platforms = tuple(self.store.answers.platforms) if self.store.answers else ()
        try:
            write_handout(self.library, fmt, path, title=title, platforms=platforms, plan=self.plan)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return None
        return path

    def reset_for_next_person(self, record_to: Path | None = None) -> bool:
        """Between groups: optionally save the record as PDF first, then clear everything."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Reset for the next person?"))
        box.setText(self.tr("This clears the checklist and the answers about devices for the next person."))
        save = box.addButton(
            self.tr("Save a PDF record first, then reset"), QMessageBox.ButtonRole.AcceptRole
        )
        plain = box.addButton(self.tr("Reset without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked not in (save, plain):
            return False
        if clicked is save:
            target = self.export_checklist(record_to if record_to else None)
            if target is None:
                return False
        self.store.reset()
        self.store.answers = self.plan.assume if self.plan else None
        self.store.rechecks.clear()
        self.store.save_now()
        self._use_store(self.store)
        self.show_home() if self.store.answers is not None else self.show_setup()
        return True

    def add_content_pack(self, path: Path | None = None) -> bool:
        """Check a pack (a folder or a .zip) and add it; problems are shown, nothing replaced."""
        from privacy_gui.core.packs import PackError, add_pack

        if path is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Choose a content pack folder"))
            if not name:
                return False
            path = Path(name)
        try:
            library, problems = add_pack(self.library.english or self.library, path)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("This pack can't be used"), str(exc))
            return False
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Some of this pack could not be loaded"),
                "\n".join(str(p) for p in problems[:12]),
            )
        from privacy_gui.core.loader import with_language
        from privacy_gui.ui.i18n import current_language

        language = current_language()
        self.library = with_language(library, language).for_language(language)
        self._use_store(self.store)
        self.home.set_library(self.library, {p.id: p.name for p in self.library.products})
        self.show_home()
        return True

    def _kiosk_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(
            text_label(self.tr("This is a shared computer. Nothing you do here is kept after you leave."))
        )
        row.addStretch(1)
        self.start_over_button = QPushButton(self.tr("Start over"))
        self.start_over_button.setToolTip(self.tr("Clear everything for the next person"))
        self.start_over_button.clicked.connect(
            lambda: self.kiosk.confirm_start_over() if self.kiosk else None
        )
        row.addWidget(self.start_over_button)
        return bar

    def forget_visitor(self) -> None:
        """Kiosk reset: drop progress, answers and every page built for this visitor."""
        self.store.reset()
        self.store.answers = None
        self.store.rechecks.clear()
        for name in ("wizard", "checklist"):
            view = self.__dict__.pop(name, None)
            if view is not None:
                self.stack.removeWidget(view)
                view.deleteLater()
        if self.home.search is not None:
            self.home.search.field.clear()
        self.setup.set_answers(None)
        self.banner.hide()
        self.show_home()

    # ------------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Save a copy of the checklist…"), self.export_checklist, "Ctrl+E")
        self._action(
            file_menu,
            self.tr("Print the checklist…"),
            self.print_checklist,
            QKeySequence.StandardKey.Print,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("All products"), self.show_home, "Ctrl+Home")
        self._action(view, self.tr("Checklist"), self.show_checklist, "Ctrl+L")
        self._action(view, self.tr("Find a setting…"), self.focus_search, QKeySequence.StandardKey.Find)
        view.addSeparator()
        self.zoom_in_action = self._action(
            view, self.tr("Bigger text"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self._action(view, self.tr("Smaller text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self._action(view, self.tr("Normal text size"), lambda: self.set_zoom(100), "Ctrl+0")
        themes = view.addMenu(self.tr("Colours"))
        for theme, text in (
            ("system", self.tr("Like my computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self._action(themes, text, partial(self.set_theme, theme))
        languages = view.addMenu(self.tr("Language"))
        from privacy_gui.ui.i18n import available

        for code, name in available().items():
            self._action(languages, name, partial(self.set_language, code))
        settings = bar.addMenu(self.tr("Se&ttings"))
        self._action(settings, self.tr("Change my devices, account and region…"), self.show_setup)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Where is my progress kept?"), self.show_storage_info)
        self._action(help_menu, self.tr("About this app"), self.show_about)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, menu)  # freed with its menu when the language changes
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # The wizard and the checklist are built on first use: start-up only pays for home.
    @cached_property
    def wizard(self) -> WizardView:
        """The product wizard (built on first use)."""
        from privacy_gui.ui.wizard import WizardView

        wizard = WizardView(self.store, self.open_link, glossary=self.library.glossary)
        wizard.go_home.connect(self.show_home)
        wizard.open_checklist.connect(self.show_checklist)
        self.stack.addWidget(wizard)
        return wizard

    @cached_property
    def checklist(self) -> ChecklistView:
        """The checklist view (built on first use)."""
        from privacy_gui.ui.checklist_model import ChecklistModel
        from privacy_gui.ui.checklist_view import ChecklistView

        checklist = ChecklistView(ChecklistModel(self.library, self.store, self))
        checklist.go_home.connect(self.show_home)
        checklist.open_setting.connect(self.open_key)
        checklist.export_requested.connect(self.export_checklist)
        checklist.print_requested.connect(self.print_checklist)
        if self.kiosk_config is not None:  # no file dialogs on a public terminal
            checklist.export_button.hide()
            checklist.print_button.setVisible(self.kiosk_config.allow_printing)
        checklist.reset_requested.connect(self.confirm_reset)
        self.stack.addWidget(checklist)
        return checklist

    def _showing(self, name: str) -> bool:
        """True if the lazily built view ``name`` exists and is on screen."""
        view = self.__dict__.get(name)
        return view is not None and self.stack.currentWidget() is view

    # ------------------------------------------------------------- navigation
    def show_home(self) -> None:
        """Show the product cards."""
        self.home.refresh(self.store.answers)
        self.stack.setCurrentWidget(self.home_area)
        set_tab_chain([self.home_area, *tab_targets(self.home_area)])  # profile row is added last
        self._focus_heading(self.home_area)

    def show_setup(self) -> None:
        """Ask (or re-ask) the first question."""
        self.setup.set_answers(self.store.answers)
        self.stack.setCurrentWidget(self.setup_area)
        self._focus_heading(self.setup_area)

    def show_checklist(self) -> None:
        """Show every item with its state."""
        self.checklist.model.set_answers(self.store.answers)
        self.checklist.refresh()
        self.stack.setCurrentWidget(self.checklist)
        self._focus_heading(self.checklist)

    def focus_search(self) -> None:
        """Ctrl+F: search in the checklist when it is shown, otherwise on the home screen."""
        if self._showing("checklist"):
            self.checklist.search.focus()
            return
        if self.stack.currentWidget() is not self.home_area:
            self.show_home()
        if self.home.search is not None:
            self.home.search.focus()

    def open_product(self, product_id: str, step: str | None = None) -> bool:
        """Open a product's wizard (at ``step`` if given). False if it doesn't exist."""
        product = self.library.product(product_id)
        if product is None:
            return False
        self.stack.setCurrentWidget(self.wizard)
        self.wizard.open_product(product, self.store.answers, step)
        return True

    def open_key(self, key: str) -> bool:
        """Open the wizard at a ``product/setting`` key, in whichever group holds it."""
        group = next((p for p in self.library.products if p.setting(key) is not None), None)
        if group is None:
            return False
        return self.open_product(group.id, key)

    def navigate(self, target: str) -> bool:
        """Go to 'home', 'checklist', 'setup', 'PRODUCT' or 'PRODUCT/SETTING'."""
        if target == "home":
            self.show_home()
        elif target == "checklist":
            self.show_checklist()
        elif target == "setup":
            self.show_setup()
        else:
            if "/" in target:
                return self.open_key(target)
            return self.open_product(target)
        return True

    def _focus_heading(self, root: QWidget) -> None:
        from PySide6.QtWidgets import QLabel

        heading = root.findChild(QLabel, "pageHeading")
        if heading is not None:
            heading.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- actions
    def open_link(self, url: str) -> None:
        """Open a link from content: ``setting:`` links stay in the app, others are checked."""
        if url.startswith("setting:"):
            self.open_key(url.removeprefix("setting:"))
            return
        page = self.wizard.current_page() if "wizard" in self.__dict__ else None
        location = page.current_location if page is not None else None
        if self.kiosk is not None and page is not None and location is not None and location.link == url:
            self.opener.open(url, self, title=page.setting.title, steps=location.steps)
            return
        self.opener.open(url, self)

    def _answers_given(self, answers: Answers) -> None:
        self.store.set_answers(answers)
        self.show_home()

    def _store_changed(self) -> None:
        self.home.refresh(self.store.answers)
        if self._showing("checklist"):
            self.checklist.refresh()
        self._show_notices()

    def _show_notices(self) -> None:
        if self.store.notices:
            self.banner.set_text(" ".join(dict.fromkeys(self.store.notices)))
            self.banner.show()

    def zoom(self, direction: int) -> None:
        """Make text bigger (1) or smaller (-1)."""
        self.set_zoom(zoom_step(self.prefs.zoom, direction))

    def set_zoom(self, percent: int) -> None:
        """Set the text size and remember it."""
        self.prefs = self.prefs.with_zoom(percent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_zoom(app, self.prefs.zoom)
        for _ in range(3):  # lay out again now, so the next frame already shows the new size
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if self._save_prefs:
            self.prefs.save(paths.prefs_file())

    def set_theme(self, theme: str) -> None:
        """Light, dark, high contrast, or like the computer; remembered."""
        from privacy_gui.ui.theme import palette_for

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setPalette(palette_for(theme))
        self.prefs = replace(self.prefs, theme=theme)
        if self._save_prefs:
            self.prefs.save(paths.prefs_file())

    def confirm_reset(self) -> bool:
        """Clear the checklist after the user confirms. Returns True if cleared."""
        answer = QMessageBox.question(
            self,
            self.tr("Start the checklist again?"),
            self.tr(
                "This clears every tick for every product. Your answers about your devices are kept. "
                "This can't be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.store.reset()
        if "checklist" in self.__dict__:
            self.checklist.refresh()
        return True

    def _export_html(self) -> str:
        rows = checklist_rows(self.library, self.store, self.store.answers, labels.state_labels())
        return to_html(rows, title=self.tr("My privacy checklist"))

    def export_checklist(self, path: Path | None = None) -> Path | None:
        """Save the checklist as PDF, HTML or CSV (chosen by the file name)."""
        if self.kiosk_config is not None:
            return None  # nothing is saved on a public terminal
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a copy of the checklist"),
                str(Path.home() / "privacy-checklist.pdf"),
                self.tr("PDF document (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            suffix = path.suffix.lower()
            if suffix == ".csv":
                rows = checklist_rows(self.library, self.store, self.store.answers, labels.state_labels())
                path.write_text(to_csv(rows), encoding="utf-8")
            elif suffix in (".html", ".htm"):
                path.write_text(self._export_html(), encoding="utf-8")
            else:
                from privacy_gui.core.pdf import write_pdf

                if suffix != ".pdf":
                    path = path.with_suffix(".pdf")
                write_pdf(self._export_html(), path, title=self.tr("My privacy checklist"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return None
        return path

    def print_checklist(self) -> None:
        """Print through the system's print dialog (never to a file in kiosk mode)."""
        if self.kiosk_config is not None and not self.kiosk_config.allow_printing:
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if self.kiosk_config is not None:
            dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()  # a dialog per use: without this each one stays with the window
        if not accepted:
            return
        doc = QTextDocument()
        doc.setHtml(self._export_html())
        doc.print_(printer)

    def show_storage_info(self) -> None:
        """Say plainly what is stored and where."""
        where = str(self.store.path) if self.store.path else self.tr("nowhere: it is kept in memory only")
        QMessageBox.information(
            self,
            self.tr("Where is my progress kept?"),
            self.tr(
                "Your checklist is saved on this computer only, in:\n%1\n\n"
                "It holds your ticks, when you made them, and your answers about your devices. "
                "This app never sends anything over the internet."
            ).replace("%1", where),
        )

    def show_about(self) -> None:
        """Version and purpose."""
        QMessageBox.about(
            self,
            self.tr("About this app"),
            self.tr(
                "Privacy checklist for Microsoft products, version %1.\n\n"
                "It explains the privacy settings of Microsoft Office, LinkedIn and Copilot in plain "
                "words, and keeps a checklist on this computer. It works offline and sends nothing."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None and not self.kiosk.may_close():
            event.ignore()  # the close button, Alt+F4, the window manager: all refused
            return
        event.accept()

    def current_view(self) -> QWidget:
        """The view on screen (for tests and screenshots)."""
        widget = self.stack.currentWidget()
        assert widget is not None
        content = widget.widget() if isinstance(widget, QScrollArea) else None
        if content is not None:
            return content.findChild(QWidget) or widget
        return widget
