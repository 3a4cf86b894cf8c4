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
    fields = setting_fields(setting_id, title=f"Soll die App {setting_id} tun?", revision=revision, **changes)
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
    assert {p.path.rsplit("/", 1)[-1] for p in missing} == {"second.md", "third.md", "product.yaml"}
    assert main(["check-content", "--strict", str(pack)]) == 1  # outdated fails strict
    translate(pack, "first", revision=2)
    assert main(["check-content", "--strict", str(pack)]) == 0  # missing ones are only listed
    assert "info: no 'de' translation yet" in capsys.readouterr().out


def test_translation_keeps_the_english_revision(pack: Path) -> None:
    path = translate(pack, "first", revision=2)
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(setting_fields("first", revision=2)))
    assert main(["check-content", "--strict", str(pack)]) == 0
    path.write_text(path.read_text().replace("revision: 2\n", "revision: 1\n", 1))
    problems = [p for p in check([pack]) if p.field == "revision"]
    assert len(problems) == 1 and problems[0].path.endswith("first.de.md") and problems[0].line
    assert "English page's revision (2)" in problems[0].message
    assert main(["check-content", "--strict", str(pack)]) == 1


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
        assert page.english_steps_note is not None  # the click path is still the English labels
        window.open_key("demo/second")
        page = window.wizard.current_page()
        assert page is not None and page.translation_status == "missing"
        title = QCoreApplication.translate("SettingPage", "Shown in English")  # in the current language
        assert any(label.text() == title for label in page.findChildren(QLabel))
    finally:
        install_language(app, "en")


def write_product_text(pack: Path, language: str = "de", **fields: str) -> Path:
    path = pack / "demo" / f"product.{language}.yaml"
    values = {"name": "Demo auf Deutsch", "summary": "Kurz gesagt.", "intro": "Hallo.", **fields}
    path.write_text("".join(f"{key}: {value}\n" for key, value in values.items()))
    return path


def test_product_texts_are_translated_and_progress_identity_stays(pack: Path) -> None:
    translate(pack, "first")
    write_product_text(pack)
    english = load_library([pack])
    german = english.for_language("de")
    product = german.product("demo")
    assert product is not None and (product.name, product.summary, product.intro) == (
        "Demo auf Deutsch",
        "Kurz gesagt.",
        "Hallo.",
    )
    shown = german.setting("demo/first")
    original = english.setting("demo/first")
    assert shown is not None and original is not None
    assert shown.title == "Soll die App first tun?" and shown.english is original
    # what counts as done must not depend on the language shown
    assert (shown.key, shown.revision, shown.content_hash) == (
        original.key,
        original.revision,
        original.content_hash,
    )
    assert german.setting("demo/second") is english.setting("demo/second")  # not translated: English
    assert german.for_language("en") is english and german.for_language("de") is german
    assert english.for_language("fr").product("demo") == english.product("demo")


def test_broken_product_text_is_reported_and_the_product_stays(pack: Path) -> None:
    write_product_text(pack, colour="blue")
    (pack / "demo" / "product.deutsch.yaml").write_text("name: x\n")
    library = load_library([pack])
    assert library.product("demo") is not None
    problems = {(p.path.rsplit("/", 1)[-1], p.field, p.line) for p in library.problems}
    assert ("product.de.yaml", "colour", 4) in problems
    assert any(
        p.path.endswith("product.deutsch.yaml") and "language code" in p.message for p in library.problems
    )


def test_translated_glossary_links_german_words_and_keeps_english_forms(pack: Path) -> None:
    (pack / "glossary.yaml").write_text(
        "terms:\n  - term: diagnostic data\n    meaning: Data about your device.\n"
        "  - term: cookie\n    meaning: A small file.\n"
    )
    (pack / "glossary.de.yaml").write_text(
        "translated_by: test\nterms:\n  - source: diagnostic data\n    term: Diagnosedaten\n"
        "    meaning: Daten über Ihr Gerät.\n"
    )
    library = load_library([pack])
    assert not library.problems
    german = library.for_language("de").glossary
    term = german.lookup("diagnosedaten")
    assert term is not None and term.meaning == "Daten über Ihr Gerät."
    assert german.lookup("diagnostic data") is term  # quoted English labels explain in German
    cookie = german.lookup("cookie")
    assert cookie is not None and cookie.meaning == "A small file."  # not translated: English
    assert library.glossary.lookup("diagnosedaten") is None
    infos = [p.message for p in check([pack]) if p.severity is Severity.INFO]
    assert any("glossary.de.yaml has no entry for: cookie" in m for m in infos), infos


def test_translated_glossary_with_unknown_source_names_its_line(pack: Path) -> None:
    (pack / "glossary.yaml").write_text("terms:\n  - term: cookie\n    meaning: A small file.\n")
    (pack / "glossary.de.yaml").write_text(
        "terms:\n  - source: cookie\n    term: Cookie\n    meaning: Eine kleine Datei.\n"
        "  - source: biscuit\n    term: Keks\n    meaning: Lecker.\n"
    )
    library = load_library([pack])
    [problem] = library.problems
    assert problem.path.endswith("glossary.de.yaml") and problem.field == "terms[1].source"
    assert problem.line == 5 and "biscuit" in problem.message
    assert library.for_language("de").glossary.lookup("Cookie") is not None


def test_translated_page_finds_german_and_english_words(pack: Path) -> None:
    from privacy_gui.core.search import index_for

    translate(pack, "first", aliases=["Werbung", "Datenschutz"])
    german = load_library([pack]).for_language("de")
    [hit, *_] = index_for(german).search("werbung")
    assert hit.setting.key == "demo/first"
    english_title = load_library([pack]).setting("demo/first")
    assert english_title is not None
    [hit, *_] = index_for(german).search(english_title.title)
    assert hit.setting.key == "demo/first"


def test_single_english_words_do_not_link_in_other_languages(pack: Path) -> None:
    (pack / "glossary.yaml").write_text(
        "terms:\n  - term: model training\n    also: [train, AI training]\n    meaning: Teaching a program.\n"
    )
    (pack / "glossary.fr.yaml").write_text(
        "terms:\n  - source: model training\n    term: entraînement\n    meaning: Apprendre à un programme.\n"
    )
    french = load_library([pack]).for_language("fr").glossary
    assert french.lookup("AI training") is french.lookup("entraînement") is not None  # quoted English label
    assert french.lookup("train") is None  # "en train de" is ordinary French
    assert french.pattern is not None and not french.pattern.search("Microsoft est en train d’ajouter")


def test_app_reads_only_the_language_it_shows_and_adds_others_on_switch(qtbot: QtBot, pack: Path) -> None:
    from privacy_gui.core.loader import with_language

    translate(pack, "first")
    french = pack / "demo" / "settings" / "first.fr.md"
    french.write_text(
        translate(pack, "first").read_text().replace("Soll die App first tun?", "L'app doit-elle ?")
    )
    translate(pack, "first")  # the German file again
    library = load_library([pack], languages={"de"})
    setting = library.setting("demo/first")
    assert setting is not None and [t.language for t in setting.translations] == ["de"]
    both = with_language(library, "fr")
    again = both.setting("demo/first")
    assert again is not None and sorted(t.language for t in again.translations) == ["de", "fr"]
    assert with_language(both, "fr") is both and with_language(both, "en") is both
    assert both.loaded_languages == frozenset({"de", "fr"})

    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(None)
    store.answers = Answers()
    window = MainWindow(library, store, Prefs(), save_prefs=False)
    qtbot.addWidget(window)
    window.show()
    try:
        window.set_language("fr")
        window.open_key("demo/first")
        page = window.wizard.current_page()
        assert page is not None and page.heading.text() == "L'app doit-elle ?"
    finally:
        install_language(app, "en")
