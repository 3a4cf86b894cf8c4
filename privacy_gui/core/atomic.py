"""Atomic file writes: a reader sees the old file or the new one, never half of each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through QSaveFile (temp file, flush, rename).

    Raises:
        OSError: the folder can't be created or the file can't be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    save = QSaveFile(str(path))
    if not save.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {save.errorString()}")
    written = save.write(data)
    if written != len(data):
        message = save.errorString()
        save.cancelWriting()
        save.commit()
        raise OSError(f"cannot write {path}: {message}")
    if not save.commit():
        raise OSError(f"cannot save {path}: {save.errorString()}")
