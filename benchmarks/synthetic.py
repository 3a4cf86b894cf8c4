"""Synthetic content packs in the documented format, for load and search benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

WORDS = tuple(
    "privacy data switch account settings share training model advertising history search diagnostic "
    "location camera microphone contacts profile email research partner cloud sync backup speech typing "
    "activity personalize browser window device phone tablet network".split(" ")
)


def sentence(rng: random.Random, words: int = 10) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def write_pack(root: Path, settings: int, products: int = 10, seed: int = 7) -> Path:
    """Write ``settings`` settings spread over ``products`` products under ``root``."""
    rng = random.Random(seed)
    per_product = max(1, settings // products)
    for p in range(products):
        folder = root / f"product-{p:02d}"
        (folder / "settings").mkdir(parents=True, exist_ok=True)
        (folder / "icon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
        ids = [f"setting-{p:02d}-{i:05d}" for i in range(per_product)]
        product = {
            "id": folder.name,
            "name": f"Product {p}",
            "vendor": "Example",
            "icon": "icon.svg",
            "summary": sentence(rng),
            "intro": sentence(rng, 20),
            "order": ids,
        }
        (folder / "product.yaml").write_text(yaml.safe_dump(product, sort_keys=False))
        for setting_id in ids:
            fields = {
                "id": setting_id,
                "revision": 1,
                "title": f"{sentence(rng, 6)[:-1]} {setting_id}?",
                "setting_name": sentence(rng, 4)[:-1],
                "what_it_does": sentence(rng, 25),
                "data_involved": sentence(rng, 15),
                "default": {"state": "on", "text": "On unless you switch it off."},
                "trade_offs": sentence(rng, 20),
                "recommendation": {"action": "turn_off", "reason": sentence(rng, 12)},
                "where": {
                    "windows": {
                        "steps": ["Settings", "Privacy", sentence(rng, 2)[:-1]],
                        "link": "ms-settings:privacy",
                    },
                    "web": {"steps": ["Me", "Settings", "Data"], "link": "https://example.com/settings"},
                    "mac": {"same_as": "web"},
                },
                "applies_to": {"platforms": ["windows", "web", "mac"]},
                "sources": [
                    {
                        "title": "Help",
                        "url": "https://example.com/help",
                        "publisher": "Example",
                        "date": "2025-01-02",
                    }
                ],
                "last_verified": "2026-01-02",
                "aliases": [sentence(rng, 2)[:-1]],
            }
            text = "---\n" + yaml.safe_dump(fields, sort_keys=False) + "---\n" + sentence(rng, 30) + "\n"
            (folder / "settings" / f"{setting_id}.md").write_text(text)
    return root
