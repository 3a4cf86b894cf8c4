"""Builders for test content, so each test states only what it changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

ICON = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16"/></svg>'


def setting_fields(setting_id: str, **changes: object) -> dict[str, object]:
    """A valid setting's front matter, with ``changes`` applied (None removes a field)."""
    fields: dict[str, object] = {
        "id": setting_id,
        "revision": 1,
        "title": f"Should the app do {setting_id}?",
        "setting_name": f"Allow {setting_id}",
        "what_it_does": "It does a thing.",
        "data_involved": "Your files.",
        "default": {"state": "on", "text": "On unless you switch it off."},
        "trade_offs": "You lose the thing.",
        "recommendation": {"action": "turn_off", "reason": "You don't need it."},
        "where": {
            "windows": {"steps": ["File", "Account", "Privacy"], "link": "ms-settings:privacy"},
            "web": {"steps": ["Me", "Settings"], "link": "https://example.com/settings"},
            "mac": {"not_available": "There is no such switch on a Mac."},
        },
        "applies_to": {"platforms": ["windows", "web", "mac"]},
        "sources": [
            {
                "title": "Help page",
                "url": "https://example.com/help",
                "publisher": "Example",
                "date": "2024-11-27",
            }
        ],
        "last_verified": (dt.date.today() - dt.timedelta(days=10)).isoformat(),
    }
    for key, value in changes.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    return fields


def setting_text(fields: dict[str, object], body: str = "More *detail* here.\n") -> str:
    """Front matter + body, as an author would write it."""
    return "---\n" + yaml.safe_dump(fields, sort_keys=False, allow_unicode=True) + "---\n" + body


def write_pack(
    root: Path,
    product_id: str = "demo",
    settings: tuple[str, ...] = ("first", "second", "third"),
    name: str = "Demo Product",
) -> Path:
    """Write a valid pack with one product to ``root`` and return ``root``."""
    folder = root / product_id
    (folder / "settings").mkdir(parents=True, exist_ok=True)
    (folder / "icon.svg").write_text(ICON, encoding="utf-8")
    product = {
        "id": product_id,
        "name": name,
        "vendor": "Example Corp",
        "icon": "icon.svg",
        "summary": f"Settings of {name}.",
        "intro": "This wizard covers **three** settings.",
        "order": list(settings),
    }
    (folder / "product.yaml").write_text(yaml.safe_dump(product, sort_keys=False), encoding="utf-8")
    for setting_id in settings:
        (folder / "settings" / f"{setting_id}.md").write_text(
            setting_text(setting_fields(setting_id)), encoding="utf-8"
        )
    return root


def soak() -> bool:
    """True for the long runs (``make soak``): more kills, examples and monkey actions."""
    import os

    return os.environ.get("PRIVACY_GUI_SOAK") == "1"
