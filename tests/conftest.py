"""Shared fixtures: offscreen Qt, data redirected into a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import QApplication

from privacy_gui.core import paths
from tests.helpers import write_pack

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own empty data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def free_windows() -> Iterator[None]:
    """Delete the windows a test leaves behind.

    pytest-qt closes the widgets a test registered and calls ``deleteLater``, but nothing
    runs an event loop afterwards, so they were never deleted; other windows were never
    closed at all. Thousands of dead widgets piled up and every later font, palette or
    language change restyled them all (the suite took 10 minutes instead of 6).
    """
    app = QCoreApplication.instance()
    before = QApplication.topLevelWidgets() if isinstance(app, QApplication) else []
    yield
    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.topLevelWidgets():
        if not any(widget is old for old in before):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A small valid content pack with one product ('demo') and three settings."""
    return write_pack(tmp_path / "pack")
