"""--screenshot renders the screens the docs and handouts use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from privacy_gui.cli import main
from privacy_gui.core import paths
from privacy_gui.core.loader import load_library


def distinct_colours(image: QImage) -> int:
    step = 16
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


def first_settings() -> list[str]:
    library = load_library([paths.builtin_content_dir()])
    return [f"{p.id}/{p.settings[0].id}" for p in library.products]


@pytest.mark.parametrize("target", ["home", "checklist", "setup", *first_settings()])
def test_screenshot_renders_each_screen(qtbot: QtBot, tmp_path: Path, target: str) -> None:
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--open", target, "--size", "1024x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    assert distinct_colours(image) > 5, "the picture is blank"


def test_screenshot_of_unknown_target_fails(qtbot: QtBot, tmp_path: Path) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), "--open", "nope/never"]) == 2
    assert not (tmp_path / "x.png").exists()


def test_screenshot_does_not_write_progress(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), "--open", "office"]) == 0
    assert not paths.progress_file().exists()
