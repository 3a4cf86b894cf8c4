"""Profiles: several people keep separate checklists on one computer.

A profile is a folder under ``<data>/profiles/``; it holds no personal data but its name.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from privacy_gui.core import paths
from privacy_gui.core.progress import ProgressStore


def list_profiles() -> dict[str, str]:
    """Folder slug → the name people gave it, for every profile on this computer."""
    root = paths.data_dir() / "profiles"
    found: dict[str, str] = {}
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            if not folder.is_dir():
                continue
            name = folder.name
            try:
                stored = json.loads((folder / "progress.json").read_text("utf-8")).get("profile")
                if isinstance(stored, str) and stored:
                    name = stored
            except (OSError, ValueError, AttributeError):
                pass
            found[folder.name] = name
    return found or {"default": "default"}


def create_profile(name: str) -> str:
    """Make a new, empty profile and return its slug; raises ValueError if it exists."""
    slug = paths.profile_slug(name)
    if (paths.data_dir() / "profiles" / slug).exists():
        raise ValueError(f"a profile called '{name}' already exists")
    store = ProgressStore(paths.progress_file(slug))
    store.profile_name = name.strip()
    store.save_now()
    return slug


def rename_profile(slug: str, new_name: str) -> str:
    """Rename a profile (its folder follows the name); returns the new slug."""
    new_slug = paths.profile_slug(new_name)
    old = paths.data_dir() / "profiles" / slug
    new = paths.data_dir() / "profiles" / new_slug
    if new_slug != slug:
        if new.exists():
            raise ValueError(f"a profile called '{new_name}' already exists")
        old.rename(new)
    store = ProgressStore(paths.progress_file(new_slug))
    store.load()
    store.profile_name = new_name.strip()
    store.save_now()
    return new_slug


def delete_profile(slug: str) -> None:
    """Delete a profile and everything in it."""
    folder = paths.data_dir() / "profiles" / slug
    if folder.resolve().parent != (paths.data_dir() / "profiles").resolve():
        raise ValueError("not a profile folder")
    shutil.rmtree(folder, ignore_errors=True)


def profile_exists(slug: str) -> bool:
    """True if the profile's folder is there."""
    return Path(paths.data_dir() / "profiles" / slug).is_dir()
