"""Unexpected errors: a plain message, a local log, and the app keeps going."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from privacy_gui import __version__
from privacy_gui.core import paths

_showing = False


def write_log(details: str) -> Path | None:
    """Save the details in the data folder (never sent anywhere); None if impossible."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = paths.data_dir() / "logs" / f"error-{stamp}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"privacy-gui {__version__}\n{details}", encoding="utf-8")
    except OSError:
        return None
    return path


def report_error(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> Path | None:
    """Log the error and tell the user in plain words, with a way to copy the details."""
    global _showing
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    print(details, file=sys.stderr)
    log = write_log(details)
    if _showing or QApplication.instance() is None:
        return log
    _showing = True
    try:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Something went wrong"))
        where = _tr("The details were saved on this computer in %1.").replace("%1", str(log)) if log else ""
        box.setText(
            _tr("Something unexpected went wrong. Your checklist is safe and you can go on using the app.")
        )
        box.setInformativeText(where + " " + _tr("Nothing was sent anywhere."))
        box.setDetailedText(details)
        copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()  # stay open after copying, so the user can still read it
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.exec()
        box.deleteLater()
    finally:
        _showing = False
    return log


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions (including those in Qt slots) to ``report_error``."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_error(exc_type, exc, tb, parent())

    sys.excepthook = hook


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)
