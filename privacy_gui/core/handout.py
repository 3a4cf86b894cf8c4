"""Blank handouts of a product or a workshop plan: each step's path, link, QR code and a box.

The same steps serve the PDF (laid out by Qt, QR codes as image resources), a stand-alone
HTML file (QR codes as data URIs) and CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from privacy_gui import __version__
from privacy_gui.core.model import PLATFORMS, Library, Setting

PLATFORM_NAMES = {
    "windows": "Windows",
    "mac": "Mac",
    "web": "Web browser",
    "ios": "iPhone or iPad",
    "android": "Android",
}


@dataclass(frozen=True, slots=True)
class HandoutStep:
    """One numbered step of a handout."""

    number: int
    group: str
    setting: Setting
    paths: tuple[tuple[str, str], ...]  # (platform name, "A › B › C") for the chosen platforms
    link: str | None
    notes: str | None = None


def handout_steps(
    library: Library, platforms: Sequence[str] | None = None, notes: Callable[[str], str | None] | None = None
) -> list[HandoutStep]:
    """Every step of the library (or plan library), numbered, with paths for ``platforms``."""
    wanted = [p for p in PLATFORMS if platforms is None or p in platforms]
    steps = []
    number = 0
    for group in library.products:
        for setting in group.settings:
            number += 1
            paths = []
            link = None
            for platform in wanted:
                location = setting.location(platform)
                if location is None:
                    continue
                if location.available and location.steps:
                    mark = "" if location.confirmed else " (not confirmed)"
                    paths.append((PLATFORM_NAMES[platform], " › ".join(location.steps) + mark))
                if link is None and location.link and location.link.startswith("https://"):
                    link = location.link
            steps.append(
                HandoutStep(
                    number, group.name, setting, tuple(paths), link, notes(setting.key) if notes else None
                )
            )
    return steps


def handout_html(steps: list[HandoutStep], title: str, qr_src: Callable[[HandoutStep], str | None]) -> str:
    """The handout as HTML; ``qr_src`` gives each step's image source (or None)."""
    made = dt.date.today().isoformat()
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title>",
        "<style>body{font-family:sans-serif;font-size:11pt} h2{margin:14px 0 4px 0}"
        " table{border-collapse:collapse;width:100%}"
        " td{vertical-align:top;padding:6px;border-top:1px solid #888}"
        " .box{font-size:20pt} .name{color:#333} .link{font-size:9pt}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>Tick each box when you have done the step. Made on {made} with privacy-gui "
        f"{escape(__version__)}; the app explains every step in plain words.</p>",
    ]
    current = None
    for step in steps:
        if step.group != current:
            if current is not None:
                parts.append("</table>")
            current = step.group
            parts.append(f"<h2>{escape(step.group)}</h2><table>")
        paths = "".join(f"<br><b>{escape(name)}:</b> {escape(path)}" for name, path in step.paths)
        link = f"<br><span class='link'>{escape(step.link)}</span>" if step.link else ""
        notes = f"<br><i>{escape(step.notes)}</i>" if step.notes else ""
        source = qr_src(step) if step.link else None
        image = f"<img src='{escape(source, quote=True)}' width='96' height='96'>" if source else ""
        parts.append(
            f"<tr><td class='box'>☐</td><td><b>{step.number}. {escape(step.setting.title)}</b>"
            f"<br><span class='name'>In the settings: “{escape(step.setting.setting_name)}”</span>"
            f"{paths}{link}{notes}</td><td>{image}</td></tr>"
        )
    if current is not None:
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def handout_csv(steps: list[HandoutStep]) -> str:
    """The handout as a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["number", "group", "setting_id", "question", "setting_name", "where", "link", "done"])
    for step in steps:
        where = "; ".join(f"{name}: {path}" for name, path in step.paths)
        writer.writerow(
            [
                step.number,
                step.group,
                step.setting.key,
                step.setting.title,
                step.setting.setting_name,
                where,
                step.link or "",
                "",
            ]
        )
    return out.getvalue()
