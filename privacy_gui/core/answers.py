"""The user's answers to the first question, and which settings they make relevant."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from privacy_gui.core.model import ACCOUNTS, PLATFORMS, REGIONS, Setting


@dataclass(frozen=True, slots=True)
class Answers:
    """Which devices, which kind of account, and where the user lives."""

    platforms: frozenset[str] = frozenset({"windows", "web"})
    account: str = "personal"
    region: str = "other"

    def to_json(self) -> dict[str, Any]:
        """Serialise in a stable order."""
        return {
            "platforms": [p for p in PLATFORMS if p in self.platforms],
            "account": self.account,
            "region": self.region,
        }

    @classmethod
    def from_json(cls, data: Any) -> Answers | None:
        """Read answers back; None if the stored value is unusable."""
        if not isinstance(data, dict):
            return None
        platforms = data.get("platforms")
        account = data.get("account")
        region = data.get("region")
        if (
            not isinstance(platforms, list)
            or not platforms
            or not all(p in PLATFORMS for p in platforms)
            or account not in ACCOUNTS
            or region not in REGIONS
        ):
            return None
        return cls(frozenset(platforms), account, region)

    def applies(self, setting: Setting) -> bool:
        """True if the setting is relevant to these answers."""
        scope = setting.applies_to
        return (
            bool(scope.platforms & self.platforms)
            and self.account in scope.accounts
            and self.region in scope.regions
        )

    def preferred_platforms(self, setting: Setting) -> list[str]:
        """The user's platforms for which the setting has a click path, in display order."""
        mine = [loc.platform for loc in setting.where if loc.platform in self.platforms]
        return mine or [loc.platform for loc in setting.where]
