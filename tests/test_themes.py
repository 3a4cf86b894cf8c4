"""Themes: every text/background pair meets WCAG AA in light, dark and high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from privacy_gui.ui.theme import COLOURS, palette_for

Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.PlaceholderText, Role.Base),
]
UI_PAIRS = [(Role.Mid, Role.Window), (Role.Mid, Role.Base), (Role.Highlight, Role.Window)]


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_is_right() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", sorted(COLOURS))
def test_text_pairs_meet_aa(theme: str) -> None:
    palette = palette_for(theme)
    failures = []
    for fore, back in TEXT_PAIRS:
        ratio = contrast(palette.color(fore), palette.color(back))
        if ratio < 4.5:
            failures.append(f"{fore.name}/{back.name}: {ratio:.2f}")
    for fore, back in UI_PAIRS:
        ratio = contrast(palette.color(fore), palette.color(back))
        if ratio < 3.0:
            failures.append(f"{fore.name}/{back.name}: {ratio:.2f} (UI part)")
    assert failures == []
