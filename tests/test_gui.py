"""The app as a user drives it: click real widgets, then check what was saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.ui.app import create_app
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.opener import LinkOpener
from privacy_gui.ui.theme import apply_theme
from privacy_gui.ui.widgets import tab_targets
from privacy_gui.ui.wizard import INTRO, SUMMARY
from tests.helpers import setting_fields, setting_text


class RecordingOpener(LinkOpener):
    def __init__(self) -> None:
        super().__init__(platform="linux")
        self.handed_to_system: list[str] = []

    def open_url(self, url: str) -> bool:
        self.handed_to_system.append(url)
        return True


def make_window(qtbot: QtBot, roots: list[Path], answers: Answers | None = None) -> MainWindow:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    if answers is not None and store.answers is None:
        store.set_answers(answers)
    window = MainWindow(load_library(roots), store, Prefs(), opener=RecordingOpener())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def saved() -> dict[str, object]:
    return json.loads(paths.progress_file().read_text())  # type: ignore[no-any-return]


def click(qtbot: QtBot, button: QWidget) -> None:
    """Click where a person would: near the left edge, where check boxes have their box."""
    qtbot.waitUntil(button.isVisible)  # widgets added to a shown page appear on the next loop
    assert button.isEnabled(), button
    pos = QPoint(min(12, button.width() // 2), button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def test_first_start_asks_the_question_and_saves_answers(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack])
    assert window.stack.currentWidget() is window.setup_area
    setup = window.setup
    for box in setup.platform_boxes.values():
        box.setChecked(False)
    assert not setup.done_button.isEnabled()
    click(qtbot, setup.platform_boxes["mac"])
    click(qtbot, setup.account_buttons["work"])
    click(qtbot, setup.region_buttons["eu"])
    click(qtbot, setup.done_button)
    assert window.stack.currentWidget() is window.home_area
    assert saved()["answers"] == {"platforms": ["mac"], "account": "work", "region": "eu"}


def test_whole_wizard_by_mouse_saves_each_choice(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    card = window.home.cards["demo"]
    assert card.button.text() == "Start"
    click(qtbot, card.button)
    wizard = window.wizard
    assert wizard.current_step() == INTRO
    assert not wizard.answers_shown and not wizard.choice_label.isVisible()
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == "demo/first"
    assert wizard.step_label.text() == "Setting 1 of 3"
    click(qtbot, wizard.choice_buttons[ItemState.DONE])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.choice_buttons[ItemState.SKIPPED])
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.choice_buttons[ItemState.NOT_FOR_ME])
    click(qtbot, wizard.back_button)
    assert wizard.current_step() == "demo/second"
    assert wizard.choice_buttons[ItemState.SKIPPED].isChecked()
    click(qtbot, wizard.choice_buttons[ItemState.DONE])  # a choice can be changed
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == SUMMARY
    assert wizard.next_button.text() == "Finish"
    click(qtbot, wizard.next_button)
    assert window.stack.currentWidget() is window.home_area
    items = saved()["items"]
    assert isinstance(items, dict)
    assert {k: v["state"] for k, v in items.items()} == {
        "demo/first": "done",
        "demo/second": "done",
        "demo/third": "not_for_me",
    }
    assert card.count_label.text() == "3 of 3 done"
    assert card.button.text() == "Review"


def test_whole_wizard_by_keyboard(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.open_product("demo")
    wizard = window.wizard
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "demo/first"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "demo/second"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == "demo/first"
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == INTRO
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_step() == SUMMARY
    items = saved()["items"]
    assert isinstance(items, dict)
    assert items["demo/first"]["state"] == "done"
    assert items["demo/second"]["state"] == "skipped"


def test_focus_moves_to_the_heading_on_each_step(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.open_product("demo", "second")
    focused = window.focusWidget()
    assert isinstance(focused, QLabel) and focused.objectName() == "pageHeading"
    assert focused.text() == "Should the app do second?"


def test_new_instance_shows_exactly_what_was_left(qtbot: QtBot, pack: Path) -> None:
    first = make_window(qtbot, [pack], Answers())
    first.open_product("demo")
    first.wizard.next()
    first.wizard.choose(ItemState.DONE)
    first.wizard.next()
    first.close()

    second = make_window(qtbot, [pack])
    assert second.stack.currentWidget() is second.home_area  # answers remembered: no setup
    assert second.home.cards["demo"].button.text() == "Continue"
    assert second.home.cards["demo"].count_label.text() == "1 of 3 done"
    click(qtbot, second.home.cards["demo"].button)
    assert second.wizard.current_step() == "demo/second"
    second.wizard.back()
    assert second.wizard.choice_buttons[ItemState.DONE].isChecked()


def test_checklist_filters_and_reset_with_confirmation(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.store.set_state("demo/first", ItemState.DONE, 1, "h")
    click(qtbot, window.home.checklist_button)
    view = window.checklist
    assert view.proxy.rowCount() == 1
    product = view.proxy.index(0, 0)
    assert view.proxy.rowCount(product) == 3
    assert view.proxy.index(0, 1, product).data() == "Done"
    click(qtbot, view.filter_buttons["todo"])
    assert view.proxy.rowCount(view.proxy.index(0, 0)) == 2
    click(qtbot, view.filter_buttons["done"])
    assert view.proxy.rowCount(view.proxy.index(0, 0)) == 1
    assert view.overall_label.text() == "Overall: 1 of 3 done"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    click(qtbot, view.reset_button)
    assert saved()["items"] != {}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, view.reset_button)
    assert saved()["items"] == {}
    assert view.overall_label.text() == "Overall: 0 of 3 done"


def test_checklist_opens_the_wizard_at_a_setting(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.show_checklist()
    view = window.checklist
    index = view.proxy.index(2, 0, view.proxy.index(0, 0))
    view.tree.activated.emit(index)
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.current_step() == "demo/third"


def test_open_button_uses_allowlist(qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, [pack], Answers(frozenset({"web", "windows"})))
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None
    page.show_platform("web")
    assert page.open_button is not None
    click(qtbot, page.open_button)
    opener = window.opener
    assert isinstance(opener, RecordingOpener)
    assert opener.handed_to_system == ["https://example.com/settings"]

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[1]))
    page.show_platform("windows")
    click(qtbot, page.open_button)
    assert opener.handed_to_system == ["https://example.com/settings"]  # ms-settings not on Linux
    assert told == ["Open this on a Windows PC"]

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.open_link("javascript:alert(1)")
    window.open_link("file:///etc/passwd")
    assert len(warned) == 2 and "not allowed" in warned[0]
    assert opener.handed_to_system == ["https://example.com/settings"]


def test_setting_page_shows_every_part(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers(frozenset({"windows"}), "work"))
    setting_file = pack / "demo" / "settings" / "first.md"
    setting_file.write_text(
        setting_text(
            setting_fields("first", admin_note="Policy **X** controls it.", caveat="Sources disagree.")
        )
    )
    window.library = load_library([pack])
    window.wizard.open_product(window.library.product("demo"), window.store.answers, "first")  # type: ignore[arg-type]
    page = window.wizard.current_page()
    assert page is not None
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    for needle in (
        "Should the app do first?",
        "Allow first",
        "It does a thing.",
        "Your files.",
        "On unless you switch it off.",
        "You lose the thing.",
        "Switch it off",
        "You don&#x27;t need it." if "&#x27;" in texts else "You don't need it.",
        "Help page",
        "We last checked this page",
        "Sources disagree.",
        "IT admin",
        "<strong>X</strong>",
    ):
        assert needle in texts, needle
    assert page.chips.steps == ("File", "Account", "Privacy")


def test_settings_for_other_devices_are_hidden(qtbot: QtBot, pack: Path) -> None:
    fields = setting_fields("second", applies_to={"platforms": ["windows"]})
    fields["where"] = {"windows": {"steps": ["Start"]}}
    (pack / "demo" / "settings" / "second.md").write_text(setting_text(fields))
    window = make_window(qtbot, [pack], Answers(frozenset({"mac"})))
    window.open_product("demo")
    assert window.wizard.steps == [INTRO, "demo/first", "demo/third", SUMMARY]
    assert window.home.cards["demo"].count_label.text() == "0 of 2 done"


def test_broken_content_is_shown_and_the_rest_works(qtbot: QtBot, pack: Path) -> None:
    (pack / "demo" / "settings" / "second.md").write_text(setting_text(setting_fields("second", where=4)))
    window = make_window(qtbot, [pack], Answers())
    window.show_home()
    assert window.home.problems_frame.isVisible()
    text = window.home.problems_label.text()
    assert "Could not load Demo Product" in text and "second.md:" in text and "field 'where'" in text
    window.open_product("demo")
    assert window.wizard.steps == [INTRO, "demo/first", "demo/third", SUMMARY]


def test_corrupt_progress_is_explained_on_screen(qtbot: QtBot, pack: Path) -> None:
    paths.progress_file().parent.mkdir(parents=True)
    paths.progress_file().write_text("{broken")
    window = make_window(qtbot, [pack], Answers())
    assert window.banner.isVisible()
    assert "could not be read" in window.banner.label.text()


def test_text_size_changes_and_is_remembered(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.prefs.zoom == 115
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.15, rel=0.02)
    assert Prefs.load(paths.prefs_file()).zoom == 115
    window.set_zoom(100)
    assert QApplication.font().pointSizeF() == pytest.approx(base, rel=0.02)


def test_exports_contain_states(qtbot: QtBot, pack: Path, tmp_path: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.store.set_state("demo/first", ItemState.DONE, 1, "h")
    csv_path = window.export_checklist(tmp_path / "list.csv")
    assert csv_path is not None
    rows = csv_path.read_text().splitlines()
    assert rows[0].startswith("product,setting_id")
    assert any(r.startswith("Demo Product,demo/first,") and ",done," in r for r in rows)
    html = window.export_checklist(tmp_path / "list.html")
    assert html is not None and "Done" in html.read_text()
    pdf = window.export_checklist(tmp_path / "list.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_checklist_model_passes_modeltester(qtmodeltester: object, pack: Path) -> None:
    from privacy_gui.ui.checklist_model import ChecklistModel

    create_app()
    store = ProgressStore(None)
    store.set_state("demo/first", ItemState.DONE, 1, "h")
    model = ChecklistModel(load_library([pack]), store)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_glossary_words_explain_themselves(qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (pack / "glossary.yaml").write_text(
        "terms:\n  - term: diagnostic data\n    meaning: Facts about how the app runs.\n"
    )
    (pack / "demo" / "settings" / "first.md").write_text(
        setting_text(setting_fields("first", what_it_does="It sends diagnostic data. Diagnostic data again."))
    )
    window = make_window(qtbot, [pack], Answers())
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None
    labels_html = [label.text() for label in page.findChildren(QLabel) if "glossary:" in label.text()]
    assert len(labels_html) == 1 and labels_html[0].count("glossary:") == 1  # explained once per page
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: shown.append((title, text)))
    label = next(lbl for lbl in page.findChildren(QLabel) if "glossary:" in lbl.text())
    label.linkActivated.emit("glossary:diagnostic%20data")
    assert shown == [("diagnostic data", "Facts about how the app runs.")]


def test_illustration_and_source_kind_are_shown(qtbot: QtBot, pack: Path) -> None:
    (pack / "demo" / "illustrations").mkdir()
    (pack / "demo" / "illustrations" / "first.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270">'
        '<rect width="480" height="270" fill="#ff0000"/></svg>'
    )
    fields = setting_fields("first", illustration="illustrations/first.svg")
    fields["sources"].append(  # type: ignore[attr-defined]
        {
            "title": "A news story",
            "url": "https://news.example.com/a",
            "publisher": "News",
            "date": "2024-11-28",
            "kind": "news",
        }
    )
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(fields))
    window = make_window(qtbot, [pack], Answers())
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None and page.illustration is not None
    qtbot.waitUntil(page.illustration.isVisible)
    page.illustration.resize(480, 270)
    image = page.illustration.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (255, 0, 0)
    assert "[news report]" in page.sources_label.text()


def test_unexpected_error_is_logged_and_explained(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from privacy_gui.ui import errors

    window = make_window(qtbot, [pack], Answers())
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        log = errors.report_error(type(exc), exc, exc.__traceback__, window)
    assert log is not None and log.parent == data_dir / "logs"
    assert "boom in a slot" in log.read_text()
    assert len(shown) == 1 and "checklist is safe" in shown[0].text()
    assert "boom in a slot" in QApplication.clipboard().text()
    window.open_product("demo")  # still usable
    assert window.wizard.current_step() == INTRO


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": "privacy-gui/progress", "version": 1, "ite',
        b"{not json",
        b'{"format": "privacy-gui/progress", "version": 1, "items": []}',
        b'{"format": "privacy-gui/progress", "version": 99, "items": {}}',
        b'{"format": "privacy-gui/progress", "version": 1, "answers": null, "items": '
        b'{"gone/away": {"state": "done", "changed": "2025-01-01T00:00:00+00:00", '
        b'"revision": 1, "hash": ""}}}',
    ],
    ids=["empty", "truncated", "invalid", "wrong-shape", "newer", "unknown-ids"],
)
def test_app_starts_normally_with_a_bad_progress_file(qtbot: QtBot, pack: Path, content: bytes) -> None:
    paths.progress_file().parent.mkdir(parents=True)
    paths.progress_file().write_bytes(content)
    window = make_window(qtbot, [pack], Answers())
    window.show_home()
    assert window.home.cards["demo"].isVisible()
    if b"gone/away" in content:
        assert not window.banner.isVisible()
        window.store.set_state("demo/first", ItemState.DONE, 1, "h")
        assert "gone/away" in saved()["items"]  # type: ignore[operator]
    else:
        assert window.banner.isVisible()
        assert len(window.banner.label.text().split(". ")) <= 3  # a plain sentence or two


def test_full_disk_warns_and_keeps_going(qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from privacy_gui.core import progress

    window = make_window(qtbot, [pack], Answers())

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(progress, "atomic_write", full)
    window.open_product("demo", "first")
    click(qtbot, window.wizard.choice_buttons[ItemState.DONE])
    assert window.store.state("demo/first") is ItemState.DONE  # still works in memory
    assert window.banner.isVisible()
    assert "won't" in window.banner.label.text() or "forgotten" in window.banner.label.text()


def test_link_shown_is_link_opened(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers(frozenset({"web"})))
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None and page.open_button is not None
    # The shown address has invisible break points (so it wraps in a narrow window);
    # without them it must be exactly the address that is opened, and what "Copy link" copies.
    labels = [lbl for lbl in page.findChildren(QLabel) if lbl.objectName() == "linkText"]
    shown = [lbl.text().replace("\u200b", "") for lbl in labels]
    click(qtbot, page.open_button)
    opener = window.opener
    assert isinstance(opener, RecordingOpener)
    assert opener.handed_to_system == shown == [page.open_button.toolTip()]
    assert [lbl.accessibleName() for lbl in labels] == shown  # a screen reader hears no break marks
    (copy,) = labels[0].actions()
    copy.trigger()
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == shown[0]
    clipboard.clear()  # and from the keyboard: Tab reaches the address, Ctrl+C copies it
    assert labels[0] in tab_targets(page)
    labels[0].setFocus()
    qtbot.keyClick(labels[0], Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == shown[0]


def test_search_on_home_and_checklist(qtbot: QtBot, pack: Path) -> None:
    fields = setting_fields("third", aliases=["telemetry"])
    (pack / "demo" / "settings" / "third.md").write_text(setting_text(fields))
    window = make_window(qtbot, [pack], Answers())
    window.show_home()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.home.search
    assert search is not None and search.field.hasFocus()
    qtbot.keyClicks(search.field, "telemetri")  # a typo
    assert search.list.isVisible() and search.list.count() >= 1
    assert "Should the app do third?" in search.list.item(0).text()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.wizard
    assert window.wizard.current_step() == "demo/third"

    window.show_checklist()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.checklist.search.field.hasFocus()
    qtbot.keyClicks(window.checklist.search.field, "telemetry")
    proxy = window.checklist.proxy
    assert proxy.rowCount(proxy.index(0, 0)) == 1
    window.checklist.search.field.clear()
    assert proxy.rowCount(proxy.index(0, 0)) == 3


def test_theme_choice_is_applied_and_remembered(qtbot: QtBot, pack: Path) -> None:
    from PySide6.QtGui import QPalette

    window = make_window(qtbot, [pack], Answers())
    window.set_theme("contrast")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert Prefs.load(paths.prefs_file()).theme == "contrast"
    window.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#f6f7f9"


def test_choosing_a_subset_of_a_guide_is_kept(qtbot: QtBot, pack: Path) -> None:
    window = make_window(qtbot, [pack], Answers())
    window.open_product("demo")
    wizard = window.wizard
    assert wizard.choice_count.text() == "You will go through 3 of 3 settings:"
    click(qtbot, wizard.step_boxes["demo/second"])  # untick: leave it out
    assert saved()["left_out"] == ["demo/second"]
    assert wizard.choice_count.text() == "You will go through 2 of 3 settings:"
    click(qtbot, wizard.start_button)
    assert wizard.current_step() == "demo/first"
    assert wizard.step_label.text() == "Setting 1 of 2"
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == "demo/third"  # second is not gone through
    click(qtbot, wizard.next_button)
    assert wizard.current_step() == SUMMARY
    window.show_home()
    assert window.home.cards["demo"].count_label.text() == "0 of 2 done"
    window.close()

    again = make_window(qtbot, [pack])  # remembered after a restart
    again.open_product("demo", INTRO)
    boxes = again.wizard.step_boxes
    assert not boxes["demo/second"].isChecked() and boxes["demo/first"].isChecked()
    click(qtbot, boxes["demo/first"])
    click(qtbot, boxes["demo/third"])
    assert not again.wizard.start_button.isEnabled()  # nothing chosen: nothing to start
    assert saved()["left_out"] == ["demo/first", "demo/second", "demo/third"]
    click(qtbot, next(b for b in again.wizard.findChildren(QPushButton) if b.text() == "Choose all"))
    assert saved()["left_out"] == []
    assert again.wizard.steps[1:-1] == ["demo/first", "demo/second", "demo/third"]
    again.store.set_left_out("demo", ["demo/third"])
    again.store.reset()  # a reset for the next person brings every step back
    assert saved()["left_out"] == []


def test_dialogs_opened_again_and_again_are_freed(
    qtbot: QtBot, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window = make_window(qtbot, [pack], Answers())
    window.open_key("demo/first")
    page = window.wizard.current_page()
    assert page is not None
    for _ in range(3):
        window.print_checklist()
        page.send_to_phone("https://example.com/")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []  # each use made its own dialog and let it go
