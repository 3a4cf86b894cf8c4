"""Languages: switching at run time, pseudo-locales that reveal cut-off text, right to left."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.i18n import install_language
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme

TRANSLATIONS = Path(__file__).parent.parent / "resources" / "translations"


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    store.set_answers(Answers(frozenset({"windows", "web"})))
    main = MainWindow(load_library([paths.builtin_content_dir()]), store, Prefs())
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    install_language(app, "en")


def visible_texts(window: MainWindow) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible()]


def test_switching_language_needs_no_restart_and_is_remembered(window: MainWindow) -> None:
    assert "Your Microsoft privacy checklist" in visible_texts(window)
    window.open_key("linkedin/gen-ai-training")
    window.set_language("en-XA")
    QApplication.processEvents()
    assert window.wizard.current_step() == "linkedin/gen-ai-training"  # still where the user was
    texts = " ".join(visible_texts(window))
    assert ("⟦" in texts and "Ŝ" in texts) or "š" in texts
    assert Prefs.load(paths.prefs_file()).language == "en-XA"
    window.set_language("en")
    QApplication.processEvents()
    assert "⟦" not in " ".join(visible_texts(window))


@pytest.mark.parametrize(
    "screen", ["setup", "home", "office", "office/analyze-content", "linkedin/gen-ai-training", "checklist"]
)
def test_nothing_is_cut_off_in_the_long_pseudo_locale(window: MainWindow, screen: str) -> None:
    window.set_language("en-XA")
    window.navigate(screen)
    QApplication.processEvents()
    frame = window.rect()
    for button in window.findChildren(QPushButton):
        if not button.isVisible():
            continue
        assert button.width() >= button.minimumSizeHint().width() - 1, button.text()
        right = button.mapTo(window, button.rect().topRight())  # below the fold is fine: it scrolls
        assert 0 <= right.x() <= frame.right(), button.text()


def test_right_to_left_mirrors_the_layout(window: MainWindow) -> None:
    window.set_language("ar-XB")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.open_key("linkedin/gen-ai-training")
    QApplication.processEvents()
    back = window.wizard.back_button.mapTo(window, window.wizard.back_button.rect().center())
    after = window.wizard.next_button.mapTo(window, window.wizard.next_button.rect().center())
    assert after.x() < back.x()  # Next is on the left when text runs right to left


@pytest.mark.parametrize("code", ["de", "fr"])
def test_translation_files_are_used_when_compiled(window: MainWindow, code: str) -> None:
    source = TRANSLATIONS / f"privacy_gui_{code}.ts"
    compiled = TRANSLATIONS / f"privacy_gui_{code}.qm"
    assert source.exists() and compiled.exists(), "run 'make translations'"
    wanted = None
    for message in ET.parse(source).getroot().iter("message"):
        if message.findtext("source") == "Your Microsoft privacy checklist":
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                wanted = translation.text
    window.set_language(code)
    window.show_home()
    QApplication.processEvents()
    texts = visible_texts(window)
    assert (wanted or "Your Microsoft privacy checklist") in texts


@pytest.mark.parametrize("code", ["de", "fr"])
def test_every_interface_string_is_translated(code: str) -> None:
    root = ET.parse(TRANSLATIONS / f"privacy_gui_{code}.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is not None
        and t.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plural and all(len(m.findall("translation/numerusform")) == 2 for m in plural)


def test_qt_own_texts_follow_the_language(window: MainWindow) -> None:
    window.set_language("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # from qtbase_de.qm
    window.set_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_plurals_read_naturally(window: MainWindow) -> None:
    one = QCoreApplication.translate("SearchBox", "%n setting(s) found.", "", 1)
    many = QCoreApplication.translate("SearchBox", "%n setting(s) found.", "", 4)
    assert (one, many) == ("1 setting found.", "4 settings found.")


def test_german_reader_gets_german_content_and_german_search(window: MainWindow) -> None:
    window.set_language("de")
    window.show_home()
    QApplication.processEvents()
    card = window.home.cards["linkedin"]
    assert "LinkedIn" in card.product.name and card.product.summary != "Choose how LinkedIn uses your data"
    assert (
        card.product.intro.startswith(("Diese", "Dieser", "In diesem", "Hier"))
        or " Sie " in card.product.intro
    )
    window.open_key("linkedin/gen-ai-training")
    QApplication.processEvents()
    page = window.wizard.current_page()
    assert page is not None and page.translation_status == "ok"
    assert page.setting.language == "de" and page.heading.text() == page.setting.title
    assert " Sie " in page.setting.what_it_does  # German, not the English text
    assert page.english_steps_note is not None and page.english_steps_note.isVisible()
    from privacy_gui.core.search import index_for

    for query, expected in [
        ("KI-Training", "linkedin/gen-ai-training"),
        ("Werbung LinkedIn", "linkedin/ad"),
        ("Diagnosedaten Windows", "windows/optional-diagnostic-data"),
        ("Suchverlauf", "search-history"),
        ("Werbe-ID", "windows/advertising-id"),
    ]:
        hits = index_for(window.library).search(query)
        assert hits and any(expected in h.setting.key for h in hits[:3]), (
            query,
            [h.setting.key for h in hits[:3]],
        )
    window.set_language("en")
    assert window.library.language == "en"


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_menu_letters_leave_the_wizard_shortcuts_free(window: MainWindow, code: str) -> None:
    window.set_language(code)
    letters = []
    for action in window.menuBar().actions():
        text = action.text().replace("&&", "")
        if "&" in text:
            letters.append(text[text.index("&") + 1].lower())
    assert len(letters) >= 4 and len(set(letters)) == len(letters)  # every menu has its own letter
    # Alt+N, Alt+B, Alt+D, Alt+S and Alt+A belong to the wizard (Next, Back, Done, Skip, Doesn't apply)
    assert set(letters) & set("nbdsa") == set(), letters


def test_switching_language_again_and_again_leaves_nothing_behind(window: MainWindow) -> None:
    from PySide6.QtCore import QEvent, QTranslator
    from PySide6.QtWidgets import QFocusFrame, QMenu

    def settle() -> tuple[int, int, int]:
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
        app = QApplication.instance()
        assert app is not None
        menus = sum(isinstance(w, QMenu) for w in QApplication.topLevelWidgets())
        translators = sum(isinstance(c, QTranslator) for c in app.children())
        widgets = QApplication.allWidgets()
        # The focus ring is one frame that goes with the page it was on and is made again at
        # the next focus change, so whether it exists right now depends on timing.
        rings = sum(isinstance(w, QFocusFrame) for w in widgets)
        assert rings <= 1
        return menus, translators, len(widgets) - rings

    window.set_language("de")
    first = settle()
    for code in ["fr", "en", "de"] * 3:
        window.set_language(code)
    assert settle() == first  # old menus, translators and widgets were all freed
