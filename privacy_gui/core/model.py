"""The content model: frozen dataclasses that the loader builds and the views read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.glossary import Glossary

PLATFORMS: tuple[str, ...] = ("windows", "mac", "web", "ios", "android")
ACCOUNTS: tuple[str, ...] = ("personal", "work")
REGIONS: tuple[str, ...] = ("eu", "uk", "ch", "other")
DEFAULT_STATES: tuple[str, ...] = ("on", "off", "varies", "none")
SOURCE_KINDS: tuple[str, ...] = ("vendor", "regulator", "news", "archive", "other")
ACTIONS: tuple[str, ...] = ("turn_off", "turn_on", "keep", "your_choice", "review")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from."""

    title: str
    url: str
    publisher: str
    date: dt.date
    note: str | None = None
    kind: str = "vendor"
    accessed: dt.date | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where a setting lives on one platform: a click path and maybe a link."""

    platform: str
    steps: tuple[str, ...] = ()
    link: str | None = None
    link_label: str | None = None
    note: str | None = None
    confirmed: bool = True
    not_available: str | None = None

    @property
    def available(self) -> bool:
        """False where the vendor offers no such switch on this platform."""
        return self.not_available is None


@dataclass(frozen=True, slots=True)
class Default:
    """The setting's factory state."""

    state: str
    text: str
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Recommendation:
    """What we suggest, and why."""

    action: str
    reason: str


@dataclass(frozen=True, slots=True)
class AppliesTo:
    """Who a setting is for."""

    platforms: frozenset[str]
    accounts: frozenset[str] = frozenset(ACCOUNTS)
    regions: frozenset[str] = frozenset(REGIONS)


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting page of a wizard, and one checklist item."""

    product_id: str
    id: str
    revision: int
    title: str
    setting_name: str
    what_it_does: str
    data_involved: str
    default: Default
    trade_offs: str
    recommendation: Recommendation
    where: tuple[Location, ...]
    applies_to: AppliesTo
    sources: tuple[Source, ...]
    last_verified: dt.date
    content_hash: str
    path: Path
    body: str = ""
    admin_note: str | None = None
    caveat: str | None = None
    verify: str | None = None
    aliases: tuple[str, ...] = ()
    changes: str | None = None
    illustration: Path | None = None
    related: tuple[str, ...] = ()
    language: str = "en"
    translates_revision: int | None = None
    translations: tuple[Setting, ...] = ()
    english: Setting | None = field(default=None, compare=False, repr=False)

    def localized(self, language: str) -> tuple[Setting, str]:
        """The page in ``language`` and why: "ok", "missing" or "outdated" (then English)."""
        if language in ("", "en") or language.startswith(("en-", "ar-XB")) or self.language == language:
            return self, "ok"
        for translation in self.translations:
            if translation.language == language:
                if translation.translates_revision == self.revision:
                    return translation, "ok"
                return self, "outdated"
        return self, "missing"

    @property
    def key(self) -> str:
        """The id used for progress: ``product/setting``."""
        return f"{self.product_id}/{self.id}"

    def location(self, platform: str) -> Location | None:
        """The click path for ``platform``, if the content gives one."""
        for loc in self.where:
            if loc.platform == platform:
                return loc
        return None


@dataclass(frozen=True, slots=True)
class ProductText:
    """A product's name, summary and intro in one language (``product.<lang>.yaml``)."""

    language: str
    name: str
    summary: str
    intro: str
    translated_by: str | None = None
    reviewed_by: str | None = None


def _display_setting(setting: Setting, language: str) -> Setting:
    shown, status = setting.localized(language)
    if status != "ok" or shown is setting:
        return setting
    return replace(
        shown,
        revision=setting.revision,
        content_hash=setting.content_hash,
        translations=setting.translations,
        english=setting,
    )


@dataclass(frozen=True, slots=True)
class Product:
    """A product with its ordered settings; one wizard and one home card."""

    id: str
    name: str
    vendor: str
    summary: str
    intro: str
    settings: tuple[Setting, ...]
    directory: Path
    icon: Path | None = None
    pack: str = "built-in"
    position: int = 1000
    texts: tuple[ProductText, ...] = ()

    def localized(self, language: str) -> Product:
        """This product with its name, summary and intro in ``language`` (where translated).

        Settings become their translation where one is current; a translated setting keeps
        the English revision and content hash, so progress and "changed since" notices
        don't depend on the language shown.
        """
        text = next((t for t in self.texts if t.language == language), None)
        settings = tuple(_display_setting(s, language) for s in self.settings)
        if text is None and all(a is b for a, b in zip(settings, self.settings, strict=True)):
            return self
        return replace(
            self,
            name=text.name if text else self.name,
            summary=text.summary if text else self.summary,
            intro=text.intro if text else self.intro,
            settings=settings,
        )

    def setting(self, ref: str) -> Setting | None:
        """Look a setting up by its id, or by its full ``product/setting`` key."""
        for item in self.settings:
            if item.id == ref or item.key == ref:
                return item
        return None


@dataclass(frozen=True)
class Library:
    """Everything loaded, plus every problem met on the way."""

    products: tuple[Product, ...]
    problems: tuple[ContentProblem, ...] = field(default=())
    glossary: Glossary = field(default_factory=Glossary)
    glossaries: tuple[tuple[str, Glossary], ...] = ()
    language: str = "en"
    english: Library | None = field(default=None, compare=False, repr=False)
    loaded_languages: frozenset[str] | None = None  # translated pages read (None: every language)

    def for_language(self, language: str) -> Library:
        """The library as a reader of ``language`` sees it: translated texts where current.

        Progress keys, revisions and hashes stay those of the English content, so switching
        language never changes what counts as done.
        """
        root = self.english or self
        if language in ("", root.language) or language.startswith(("en-", "ar-XB")):
            return root
        if language == self.language:
            return self
        glossary = dict(root.glossaries).get(language)
        return replace(
            root,
            products=tuple(p.localized(language) for p in root.products),
            glossary=glossary.merged_over(root.glossary) if glossary else root.glossary,
            language=language,
            english=root,
        )

    def product(self, product_id: str) -> Product | None:
        """Look a product up by id."""
        for item in self.products:
            if item.id == product_id:
                return item
        return None

    def setting(self, key: str) -> Setting | None:
        """Look a setting up by its ``product/setting`` key (in any group that holds it)."""
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Setting]:
        return {s.key: s for p in self.products for s in p.settings}

    def all_settings(self) -> tuple[Setting, ...]:
        """Every setting of every product, in display order."""
        return tuple(s for p in self.products for s in p.settings)
