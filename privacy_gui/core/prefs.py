"""App-wide preferences (text size, profile), kept apart from anyone's progress."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from privacy_gui.core.atomic import atomic_write

ZOOM_STEPS: tuple[int, ...] = (100, 115, 130, 150, 175, 200)


@dataclass(frozen=True, slots=True)
class Prefs:
    """Stored preferences; unknown or broken values fall back to defaults."""

    zoom: int = 100
    profile: str = "default"
    theme: str = "system"
    language: str = ""  # empty: the computer's language

    @classmethod
    def load(cls, path: Path) -> Prefs:
        """Read preferences; a missing or broken file gives defaults (nothing depends on it)."""
        try:
            data: Any = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        zoom = data.get("zoom")
        profile = data.get("profile")
        theme = data.get("theme")
        language = data.get("language")
        return cls(
            zoom=zoom if isinstance(zoom, int) and zoom in ZOOM_STEPS else 100,
            profile=profile if isinstance(profile, str) and profile else "default",
            theme=theme if theme in ("system", "light", "dark", "contrast") else "system",
            language=language if isinstance(language, str) and len(language) <= 8 else "",
        )

    def save(self, path: Path) -> bool:
        """Write atomically; returns False if the folder can't be written."""
        try:
            atomic_write(path, json.dumps(asdict(self), indent=1).encode("utf-8"))
        except OSError:
            return False
        return True

    def with_zoom(self, zoom: int) -> Prefs:
        """A copy with the nearest allowed zoom."""
        nearest = min(ZOOM_STEPS, key=lambda step: abs(step - zoom))
        return replace(self, zoom=nearest)


def zoom_step(current: int, direction: int) -> int:
    """The next zoom step up (direction 1) or down (-1), clamped to 100–200 %."""
    index = ZOOM_STEPS.index(current) if current in ZOOM_STEPS else 0
    index = max(0, min(len(ZOOM_STEPS) - 1, index + direction))
    return ZOOM_STEPS[index]
