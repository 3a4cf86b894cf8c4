"""Guards against binding bugs that would crash a long session.

PySide6 6.12.0 drops one reference to ``True`` on every ``Signal.emit()``; after a few
thousand clicks the interpreter aborts ("bool_dealloc"). pyproject.toml excludes that
release; this test fails if a future release brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class Emitter(QObject):
    plain = Signal()
    text = Signal(str)


def test_signal_emit_keeps_reference_counts(qtbot: QtBot) -> None:
    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.plain.emit()
        emitter.text.emit("x")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before
