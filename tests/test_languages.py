"""Languages: switching at run time, pseudo-locales that reveal cut-off text, right to left."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
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


@pytest.mark.parametrize("screen", ["setup", "home", "office/analyze-content", "checklist"])
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
