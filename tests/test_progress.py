"""The progress store: saved on every change, atomic, and never silently lost."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from privacy_gui.core.answers import Answers
from privacy_gui.core.progress import FORMAT, VERSION, ItemState, ProgressStore

FIXED = dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.timezone.utc)


def store_at(path: Path) -> ProgressStore:
    store = ProgressStore(path, now=lambda: FIXED)
    store.load()
    return store


def test_every_change_is_saved_at_once(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    store = store_at(path)
    store.set_state("office/a", ItemState.DONE, 3, "abc")
    data = json.loads(path.read_text())
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["items"]["office/a"] == {
        "state": "done",
        "changed": "2026-03-03T12:00:00+00:00",
        "revision": 3,
        "hash": "abc",
    }


def test_state_survives_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    first = store_at(path)
    first.set_answers(Answers(frozenset({"mac"}), "work", "eu"))
    first.set_state("linkedin/x", ItemState.SKIPPED, 1, "h")
    first.set_position("linkedin", "x")
    second = store_at(path)
    assert second.state("linkedin/x") is ItemState.SKIPPED
    assert second.positions == {"linkedin": "x"}
    assert second.answers == Answers(frozenset({"mac"}), "work", "eu")
    assert second.notices == []


def test_reset_clears_states_and_positions_but_keeps_answers(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    store = store_at(path)
    store.set_answers(Answers())
    store.set_state("a/b", ItemState.DONE, 1, "h")
    store.set_position("a", "b")
    store.reset()
    again = store_at(path)
    assert again.items == {} and again.positions == {}
    assert again.answers == Answers()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": "privacy-gui/progress", "vers',
        b"not json",
        b"[1, 2, 3]",
        b'{"format": "x"}',
        b'{"format": "privacy-gui/progress", "version": 1, "items": {"a/b": {"state": "nonsense"}}}',
        b"\xff\xfe\x00",
    ],
    ids=["empty", "truncated", "invalid", "wrong-shape", "wrong-format", "bad-state", "binary"],
)
def test_bad_file_is_kept_aside_and_backup_restored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "progress.json"
    good = store_at(path)
    good.set_state("office/a", ItemState.DONE, 1, "h")
    store_at(path)  # a successful load writes the backup
    path.write_bytes(content)
    store = store_at(path)
    assert store.state("office/a") is ItemState.DONE
    assert len(store.notices) == 1 and "restored" in store.notices[0]
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == content
    assert json.loads(path.read_text())["items"]["office/a"]["state"] == "done"


def test_bad_file_without_backup_starts_empty_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text("{oops")
    store = store_at(path)
    assert store.items == {}
    assert "starts empty" in store.notices[0]
    assert any(".damaged-" in p.name for p in tmp_path.iterdir())


def test_set_aside_files_are_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    for attempt in range(3):
        path.write_text(f"broken {attempt}")
        store_at(path)
    kept = sorted(p.read_text() for p in tmp_path.iterdir() if ".damaged-" in p.name)
    assert kept == ["broken 0", "broken 1", "broken 2"]


def test_file_from_newer_version_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"format": FORMAT, "version": VERSION + 1, "items": {}}))
    store = store_at(path)
    assert "newer version" in store.notices[0]
    assert any(".newer-" in p.name for p in tmp_path.iterdir())


def test_unknown_ids_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "progress.json"
    path.write_text(
        json.dumps(
            {
                "format": FORMAT,
                "version": 1,
                "items": {"gone/setting": {"state": "done", "changed": "2025-01-01T00:00:00+00:00"}},
            }
        )
    )
    store = store_at(path)
    store.set_state("office/a", ItemState.DONE, 1, "h")
    data = json.loads(path.read_text())
    assert set(data["items"]) == {"gone/setting", "office/a"}


def test_unwritable_path_keeps_going_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = store_at(blocker / "sub" / "progress.json")
    store.set_state("a/b", ItemState.DONE, 1, "h")
    assert store.state("a/b") is ItemState.DONE
    assert not store.persistent
    assert "can't be saved" in store.notices[0]


def test_memory_only_store_writes_nothing(tmp_path: Path) -> None:
    store = ProgressStore(None)
    store.load()
    store.set_state("a/b", ItemState.DONE, 1, "h")
    assert store.state("a/b") is ItemState.DONE
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "progress.json"
    store = store_at(path)
    store.set_state("a/b", ItemState.DONE, 1, "h")
    before = path.read_bytes()

    from PySide6.QtCore import QSaveFile

    monkeypatch.setattr(QSaveFile, "commit", lambda self: False)
    store.set_state("a/c", ItemState.DONE, 1, "h")
    assert path.read_bytes() == before
    assert not store.persistent
