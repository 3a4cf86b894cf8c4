"""Changed since you checked: revision flags, re-check reminders, stale notices, 'checked' marks."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from privacy_gui.core import paths
from privacy_gui.core.answers import Answers
from privacy_gui.core.export import checklist_rows, to_csv
from privacy_gui.core.loader import load_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import VERSION, ItemState, ProgressStore
from privacy_gui.core.summary import changed_since_done, tally
from privacy_gui.ui.app import create_app
from privacy_gui.ui.main_window import MainWindow
from privacy_gui.ui.theme import apply_theme
from tests.helpers import setting_fields, setting_text

DATA = Path(__file__).parent / "data"


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def window_for(qtbot: QtBot, pack: Path, clock: Clock) -> MainWindow:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file(), now=clock)
    store.load()
    if store.answers is None:
        store.set_answers(Answers())
    window = MainWindow(load_library([pack]), store, Prefs())
    qtbot.addWidget(window)
    window.show()
    return window


def bump(pack: Path, setting_id: str, revision: int, **changes: object) -> None:
    (pack / "demo" / "settings" / f"{setting_id}.md").write_text(
        setting_text(setting_fields(setting_id, revision=revision, **changes))
    )


def texts(widget: object) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_revision_bump_flags_done_items_until_reconfirmed(qtbot: QtBot, pack: Path) -> None:
    clock = Clock(dt.datetime(2026, 3, 3, 9, tzinfo=dt.timezone.utc))
    first = window_for(qtbot, pack, clock)
    first.store.set_state("demo/first", ItemState.DONE, 1, "h")
    first.store.set_state("demo/second", ItemState.SKIPPED, 1, "h")
    first.close()

    bump(pack, "first", 2, changes="Microsoft moved the switch to a new page.")
    bump(pack, "second", 2)
    window = window_for(qtbot, pack, clock)
    setting = window.library.setting("demo/first")
    assert setting is not None and changed_since_done(setting, window.store)
    assert not changed_since_done(window.library.setting("demo/second"), window.store)  # type: ignore[arg-type]
    window.show_home()
    card = window.home.cards["demo"]
    assert card.changed_label.isVisible() and "look again" in card.changed_label.text()
    assert card.button.text() == "Look again"
    window.show_checklist()
    model = window.checklist.model
    product = model.index(0, 0)
    assert "changed since you did this" in model.index(0, 1, product).data()

    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None and page.changed_notice is not None
    assert "Microsoft moved the switch" in texts(page.changed_notice)
    page.reconfirm()
    assert not changed_since_done(setting, window.store)
    assert json.loads(paths.progress_file().read_text())["items"]["demo/first"]["revision"] == 2
    assert tally(window.library.product("demo").settings, window.store).changed == 0  # type: ignore[union-attr]


def test_recheck_falls_due_with_the_clock(qtbot: QtBot, pack: Path) -> None:
    clock = Clock(dt.datetime(2026, 1, 10, 12, tzinfo=dt.timezone.utc))
    window = window_for(qtbot, pack, clock)
    window.open_product("demo", "summary")
    box = window.wizard.recheck_box
    box.setCurrentIndex(box.findData(91))
    assert window.store.rechecks["demo"].every_days == 91
    assert window.store.due_rechecks() == {}
    window.close()

    clock.now = dt.datetime(2026, 4, 10, 12, tzinfo=dt.timezone.utc)  # 90 days later: not yet
    early = window_for(qtbot, pack, clock)
    early.show_home()
    assert not early.home.recheck_frame.isVisible()
    early.close()

    clock.now = dt.datetime(2026, 4, 12, 12, tzinfo=dt.timezone.utc)  # 92 days later: due
    late = window_for(qtbot, pack, clock)
    late.show_home()
    assert late.home.recheck_frame.isVisible()
    assert "Demo Product: you last went through it on" in texts(late.home.recheck_frame)
    late.open_product("demo", "summary")  # going through it again resets the reminder
    assert late.store.due_rechecks() == {}
    assert late.store.rechecks["demo"].since == dt.date(2026, 4, 12)


def test_stale_and_unconfirmed_notices(qtbot: QtBot, pack: Path) -> None:
    fields = setting_fields("first", last_verified="2025-03-03")
    fields["where"]["web"]["confirmed"] = False  # type: ignore[index]
    (pack / "demo" / "settings" / "first.md").write_text(setting_text(fields))
    clock = Clock(dt.datetime(2026, 3, 4, tzinfo=dt.timezone.utc))
    window = window_for(qtbot, pack, clock)
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None
    page.show_platform("web")
    shown = texts(page)
    assert "We last checked this on 3 March 2025. Example Corp may have changed it since." in shown
    assert "We could not confirm these steps" in shown
    window.open_product("demo", "second")
    page = window.wizard.current_page()
    assert page is not None and "may have changed it" not in texts(page)


def test_checked_mark_is_stored_and_exported(qtbot: QtBot, pack: Path) -> None:
    bump(pack, "first", 1, verify="The switch shows Off.")
    clock = Clock(dt.datetime(2026, 5, 5, 8, tzinfo=dt.timezone.utc))
    window = window_for(qtbot, pack, clock)
    window.open_product("demo", "first")
    page = window.wizard.current_page()
    assert page is not None and page.verify_button is not None
    page.verify_button.click()
    record = window.store.items["demo/first"]
    assert record.state is ItemState.DONE and record.verified == clock.now
    assert page.verify_button.text().startswith("Checked on")
    csv = to_csv(checklist_rows(window.library, window.store, window.store.answers))
    assert "2026-05-05T08:00+00:00" in csv.splitlines()[1]
    page.verify_button.click()
    assert window.store.items["demo/first"].verified is None


def test_version_1_file_loads_after_the_format_change(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    shutil.copy(DATA / "progress-v1.json", path)
    store = ProgressStore(path)
    store.load()
    assert store.notices == []
    assert store.state("linkedin/gen-ai-training") is ItemState.DONE
    assert store.state("office/analyze-content") is ItemState.SKIPPED
    assert store.answers == Answers(frozenset({"windows", "web"}), "personal", "eu")
    assert store.positions == {"linkedin": "gen-ai-training"}
    assert store.rechecks == {}
    store.set_recheck("linkedin", 30)
    data = json.loads(path.read_text())
    assert data["version"] == VERSION == 2
    assert data["rechecks"]["linkedin"]["every_days"] == 30


@pytest.mark.parametrize("bad", [{"every_days": 0, "since": "2026-01-01"}, {"every_days": 3}, "x"])
def test_bad_recheck_entry_is_a_bad_file(tmp_path: Path, bad: object) -> None:
    path = tmp_path / "progress.json"
    path.write_text(
        json.dumps({"format": "privacy-gui/progress", "version": 2, "items": {}, "rechecks": {"a": bad}})
    )
    store = ProgressStore(path)
    store.load()
    assert store.notices and "could not be read" in store.notices[0]
