"""The checklist store: what the user has done, saved on every change, never lost.

The file is versioned JSON written atomically. A file that can't be read is moved
aside with a timestamp (never overwritten) and the last good backup is restored. Ids
that the current content doesn't know are kept untouched, so a content update that
brings a setting back also brings its state back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from privacy_gui import __version__
from privacy_gui.core.answers import Answers
from privacy_gui.core.atomic import atomic_write

FORMAT = "privacy-gui/progress"
VERSION = 2  # 2: items may carry "verified"; "rechecks" per product


class ItemState(str, Enum):
    """A checklist item's state; the value is what is stored."""

    TODO = "todo"
    DONE = "done"
    SKIPPED = "skipped"
    NOT_FOR_ME = "not_for_me"


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One stored checklist entry."""

    state: ItemState
    changed: dt.datetime
    revision: int
    content_hash: str
    verified: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """Serialise for the progress file."""
        data: dict[str, Any] = {
            "state": self.state.value,
            "changed": self.changed.isoformat(timespec="seconds"),
            "revision": self.revision,
            "hash": self.content_hash,
        }
        if self.verified is not None:
            data["verified"] = self.verified.isoformat(timespec="seconds")
        return data

    @classmethod
    def from_json(cls, data: Any) -> ItemRecord:
        """Parse a stored entry; raises ValueError on anything unexpected."""
        if not isinstance(data, dict):
            raise ValueError("item is not an object")
        changed = dt.datetime.fromisoformat(str(data["changed"]))
        revision = data.get("revision", 1)
        if isinstance(revision, bool) or not isinstance(revision, int):
            raise ValueError("revision is not a number")
        verified = data.get("verified")
        return cls(
            ItemState(data["state"]),
            changed,
            revision,
            str(data.get("hash", "")),
            dt.datetime.fromisoformat(str(verified)) if verified else None,
        )


@dataclass(frozen=True, slots=True)
class Recheck:
    """A reminder to go through a product again every so many days."""

    every_days: int
    since: dt.date

    @property
    def due(self) -> dt.date:
        """The day the re-check falls due."""
        return self.since + dt.timedelta(days=self.every_days)

    def to_json(self) -> dict[str, Any]:
        """Serialise for the progress file."""
        return {"every_days": self.every_days, "since": self.since.isoformat()}

    @classmethod
    def from_json(cls, data: Any) -> Recheck:
        """Parse; raises on anything unexpected."""
        days = data["every_days"]
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValueError("every_days must be a positive whole number")
        return cls(days, dt.date.fromisoformat(str(data["since"])))


class BadProgressFile(ValueError):
    """The progress file exists but can't be used."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ProgressStore:
    """Holds one profile's checklist; ``path=None`` keeps it in memory only (kiosk)."""

    def __init__(self, path: Path | None, *, now: Callable[[], dt.datetime] = _utc_now) -> None:
        self.path = path
        self._now = now
        self.items: dict[str, ItemRecord] = {}
        self.positions: dict[str, str] = {}
        self.answers: Answers | None = None
        self.rechecks: dict[str, Recheck] = {}
        self.profile_name: str | None = None  # the only personal thing a profile holds
        self.left_out: set[str] = set()  # steps the user chose not to go through
        self.notices: list[str] = []
        self.save_failed = False
        self._listeners: list[Callable[[], None]] = []

    # ----------------------------------------------------------------- loading
    def load(self) -> None:
        """Read the file, repairing what can be repaired and saying what happened."""
        if self.path is None:
            return
        self._remove_stale_temp_files()
        backup = self.backup_path
        if not self.path.exists():
            if backup.exists() and self._try_read(backup):
                self.notices.append(
                    "Your checklist file was missing, so we restored it from the last backup."
                )
                self._persist()
            return
        try:
            self._apply(self._read(self.path))
        except BadProgressFile as exc:
            kept = self._set_aside(self.path, "newer" if "newer version" in str(exc) else "damaged")
            if backup.exists() and self._try_read(backup):
                self.notices.append(
                    "Your checklist file could not be read, so we restored the last good copy. "
                    f"The unreadable file was kept as {kept.name}."
                )
            else:
                self.notices.append(
                    "Your checklist file could not be read, so the checklist starts empty. "
                    f"The unreadable file was kept as {kept.name}."
                )
            if "newer version" in str(exc):
                self.notices[-1] = (
                    "Your checklist was saved by a newer version of this app. It was kept as "
                    f"{kept.name}; update the app to see it again."
                )
            self._persist()
            return
        self._write_backup()

    def _remove_stale_temp_files(self) -> None:
        """Drop half-written temp files left by a save that was killed mid-way."""
        assert self.path is not None
        if not self.path.parent.is_dir():
            return
        pattern = re.compile(re.escape(self.path.name) + r"\.[A-Za-z0-9]{6}$")
        for leftover in self.path.parent.iterdir():
            if pattern.match(leftover.name):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def _try_read(self, path: Path) -> bool:
        try:
            self._apply(self._read(path))
        except BadProgressFile:
            return False
        return True

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise BadProgressFile(f"cannot read: {exc}") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadProgressFile(f"not JSON: {exc}") from exc
        return migrate(data)

    def _apply(self, data: dict[str, Any]) -> None:
        items: dict[str, ItemRecord] = {}
        for key, value in data.get("items", {}).items():
            try:
                items[str(key)] = ItemRecord.from_json(value)
            except (KeyError, ValueError, TypeError) as exc:
                raise BadProgressFile(f"item {key!r}: {exc}") from exc
        positions = data.get("positions", {})
        if not isinstance(positions, dict):
            raise BadProgressFile("positions is not an object")
        rechecks: dict[str, Recheck] = {}
        for product, value in data.get("rechecks", {}).items():
            try:
                rechecks[str(product)] = Recheck.from_json(value)
            except (KeyError, ValueError, TypeError) as exc:
                raise BadProgressFile(f"recheck {product!r}: {exc}") from exc
        left_out = data.get("left_out", [])
        if not isinstance(left_out, list) or not all(isinstance(k, str) for k in left_out):
            raise BadProgressFile("left_out is not a list of steps")
        self.items = items
        self.left_out = set(left_out)
        self.positions = {str(k): str(v) for k, v in positions.items()}
        self.answers = Answers.from_json(data.get("answers"))
        self.rechecks = rechecks
        name = data.get("profile")
        self.profile_name = name if isinstance(name, str) and name else None

    def _set_aside(self, path: Path, why: str) -> Path:
        stamp = self._now().strftime("%Y%m%dT%H%M%S")
        target = path.with_name(f"{path.name}.{why}-{stamp}")
        counter = 1
        while target.exists():
            target = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
            counter += 1
        path.rename(target)
        return target

    def _write_backup(self) -> None:
        assert self.path is not None
        with contextlib.suppress(OSError):  # a missing backup only matters if the file breaks later
            shutil.copyfile(self.path, self.backup_path)

    @property
    def backup_path(self) -> Path:
        """The last copy that was read successfully."""
        assert self.path is not None
        return self.path.with_name(self.path.name + ".bak")

    # ---------------------------------------------------------------- changing
    def now(self) -> dt.datetime:
        """The store's clock (tests set it)."""
        return self._now()

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` after every change."""
        self._listeners.append(callback)

    def state(self, key: str) -> ItemState:
        """The state of one item; TODO when never touched."""
        record = self.items.get(key)
        return record.state if record else ItemState.TODO

    def set_state(self, key: str, state: ItemState, revision: int, content_hash: str) -> None:
        """Record a choice and save at once."""
        if state is ItemState.TODO:
            self.items.pop(key, None)
        else:
            self.items[key] = ItemRecord(state, self._now(), revision, content_hash)
        self._changed()

    def set_verified(self, key: str, verified: bool) -> None:
        """Record (or withdraw) "I checked and it is off" for an item that has a state."""
        record = self.items.get(key)
        if record is None:
            return
        stamp = self._now() if verified else None
        self.items[key] = ItemRecord(
            record.state, record.changed, record.revision, record.content_hash, stamp
        )
        self._changed()

    def set_recheck(self, product_id: str, every_days: int | None) -> None:
        """Ask to be reminded to go through a product again (None: never)."""
        if every_days is None:
            self.rechecks.pop(product_id, None)
        else:
            self.rechecks[product_id] = Recheck(every_days, self._now().date())
        self._changed()

    def rechecked(self, product_id: str) -> None:
        """The user went through the product again: the next reminder counts from today."""
        current = self.rechecks.get(product_id)
        if current is not None and current.since != self._now().date():
            self.rechecks[product_id] = Recheck(current.every_days, self._now().date())
            self._changed(notify=False)

    def due_rechecks(self, today: dt.date | None = None) -> dict[str, dt.date]:
        """Products whose re-check is due, with the day it fell due."""
        day = today or self._now().date()
        return {p: r.due for p, r in sorted(self.rechecks.items()) if r.due <= day}

    def set_position(self, product_id: str, step: str) -> None:
        """Remember where the wizard of a product was left."""
        if self.positions.get(product_id) == step:
            return
        self.positions[product_id] = step
        self._changed(notify=False)

    def set_answers(self, answers: Answers) -> None:
        """Store the answers to the first question."""
        self.answers = answers
        self._changed()

    def set_left_out(self, product_id: str, keys: Iterable[str]) -> None:
        """Choose which of a guide's steps to leave out; the others are gone through."""
        prefix = f"{product_id}/"
        wanted = set(keys)
        if any(not k.startswith(prefix) for k in wanted):
            raise ValueError(f"steps of '{product_id}' must start with '{prefix}'")
        kept = {k for k in self.left_out if not k.startswith(prefix)}
        if kept | wanted == self.left_out:
            return
        self.left_out = kept | wanted
        self._changed()

    def reset(self, keys: set[str] | None = None) -> None:
        """Forget checklist states (all, or just ``keys``), left-out steps and positions."""
        if keys is None:
            self.items.clear()
            self.positions.clear()
            self.left_out.clear()
        else:
            self.left_out -= keys
            for key in keys:
                self.items.pop(key, None)
            for product in {k.split("/", 1)[0] for k in keys}:
                self.positions.pop(product, None)
        self._changed()

    def _changed(self, *, notify: bool = True) -> None:
        self._persist()
        if notify:
            for callback in list(self._listeners):
                callback()

    # ------------------------------------------------------------------ saving
    def to_json(self) -> dict[str, Any]:
        """The whole file's content."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "saved_by": __version__,
            "answers": self.answers.to_json() if self.answers else None,
            "positions": dict(sorted(self.positions.items())),
            "items": {k: v.to_json() for k, v in sorted(self.items.items())},
            "rechecks": {k: v.to_json() for k, v in sorted(self.rechecks.items())},
            "profile": self.profile_name,
            "left_out": sorted(self.left_out),
        }

    def save_now(self) -> None:
        """Write the file even without a change (a new profile appears at once)."""
        self._persist()

    def _persist(self) -> None:
        if self.path is None or self.save_failed:
            return
        blob = json.dumps(self.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        try:
            atomic_write(self.path, blob)
        except OSError:
            self.save_failed = True
            self.notices.append(
                "Your progress can't be saved on this computer (the folder is read-only or full). "
                "You can go on, but what you do now will be forgotten when you close the app."
            )
            for callback in list(self._listeners):
                callback()

    @property
    def persistent(self) -> bool:
        """True while changes reach the disk."""
        return self.path is not None and not self.save_failed


def migrate(data: Any) -> dict[str, Any]:
    """Bring any supported file version to the current shape, or raise BadProgressFile."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadProgressFile("not a privacy-gui progress file")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BadProgressFile("unknown file version")
    if version > VERSION:
        raise BadProgressFile(f"written by a newer version (format {version})")
    if not isinstance(data.get("items", {}), dict):
        raise BadProgressFile("items is not an object")
    if version < 2:  # version 1 had no re-check reminders and no "verified" marks
        data = {**data, "version": 2, "rechecks": {}}
    if not isinstance(data.get("rechecks", {}), dict):
        raise BadProgressFile("rechecks is not an object")
    return dict(data)
