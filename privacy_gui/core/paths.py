"""The one place that decides where files live.

Order of precedence for the data folder: ``set_data_dir`` (the ``--data-dir`` option),
then the ``PRIVACY_GUI_DATA_DIR`` environment variable (tests use it), then Qt's
standard location for application data on this platform.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QStandardPaths

APP_DIR_NAME = "privacy-gui"
ENV_DATA_DIR = "PRIVACY_GUI_DATA_DIR"
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """Point all data at ``path`` (or back to the default with None)."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def data_dir() -> Path:
    """The folder for progress and preferences (it may not exist yet)."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_DIR_NAME


def profile_slug(name: str) -> str:
    """A safe folder name for a profile name."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "default"


def progress_file(profile: str = "default") -> Path:
    """The checklist file of one profile."""
    return data_dir() / "profiles" / profile_slug(profile) / "progress.json"


def prefs_file() -> Path:
    """App-wide preferences: zoom, language, theme, current profile."""
    return data_dir() / "preferences.json"


def builtin_content_dir() -> Path:
    """The bundled content: inside the installed package, or the repository's folder."""
    return _bundled("content")


def resources_dir() -> Path:
    """Icons and translations shipped with the app."""
    return _bundled("resources")


def _bundled(name: str) -> Path:
    packaged = resources.files("privacy_gui") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return _PACKAGE_ROOT.parent / name
