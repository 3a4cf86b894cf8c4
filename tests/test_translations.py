"""Translated setting pages: loaded beside the English ones, English with a notice when missing or old."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from privacy_gui.cli import main
from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.checker import check
from privacy_gui.core.errors import Severity
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.i18n import install_language
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme
from tests.helpers import setting_fields, setting_text


def translate(pack: Path, setting_id: str, revision: int = 1, **changes: object) -> Path:
    fields = setting_fields(setting_id, title=f"Soll die App {setting_id} tun?", **changes)
    fields["translates_revision"] = revision
    fields["translated_by"] = "test"
    path = pack / "demo" / "settings" / f"{setting_id}.de.md"
    path.write_text(setting_text(fields, "Mehr *Details*.\n"))
    return path


def test_translation_is_loaded_and_used_when_current(pack: Path) -> None:
    translate(pack, "first")
    setting = load_library([pack]).setting("demo/first")
    assert setting is not None and [t.language for t in setting.translations] == ["de"]
    shown, status = setting.localized("de")
    assert status == "ok" and shown.title == "Soll die App first tun?" and shown.key == "demo/first"
    assert setting.localized("fr") == (setting, "missing")
    assert setting.localized("en") == (setting, "ok")


def test_outdated_translation_falls_back_and_warns(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    translate(pack, "first", revision=1)
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(setting_fields("first", revision=2)))
    setting = load_library([pack]).setting("demo/first")
    assert setting is not None and setting.localized("de") == (setting, "outdated")
    problems = check([pack])
    assert any(p.severity is Severity.WARNING and "revision 1" in p.message for p in problems)
    missing = [p for p in problems if p.severity is Severity.INFO]
    assert {p.path.rsplit("/", 1)[-1] for p in missing} == {"second.md", "third.md"}
    assert main(["check-content", "--strict", str(pack)]) == 1  # outdated fails strict
    translate(pack, "first", revision=2)
    assert main(["check-content", "--strict", str(pack)]) == 0  # missing ones are only listed
    assert "info: no 'de' translation yet" in capsys.readouterr().out


def test_broken_translation_is_reported_with_its_line(pack: Path) -> None:
    path = translate(pack, "first")
    path.write_text(path.read_text().replace("translates_revision: 1", "translates_revision: soon"))
    problems = load_library([pack]).problems
    assert any("first.de.md" in p.path and p.field == "translates_revision" and p.line for p in problems)


def test_app_shows_translation_or_english_with_a_notice(qtbot: QtBot, pack: Path) -> None:
    translate(pack, "first")
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    store.set_answers(Answers())
    window = MainWindow(load_library([pack]), store, Prefs())
    qtbot.addWidget(window)
    window.show()
    try:
        window.set_language("de")
        window.open_key("demo/first")
        QApplication.processEvents()
        page = window.wizard.current_page()
        assert page is not None and page.heading.text() == "Soll die App first tun?"
        window.open_key("demo/second")
        page = window.wizard.current_page()
        assert page is not None and page.translation_status == "missing"
        title = QCoreApplication.translate("SettingPage", "Shown in English")  # in the current language
        assert any(label.text() == title for label in page.findChildren(QLabel))
    finally:
        install_language(app, "en")
