"""Interface languages: Qt translators, switched at run time, plus pseudo-locales for testing.

``en-XA`` makes every string accented and about 40 % longer, so layouts that would cut a
translation off show it in English already; ``ar-XB`` does the same right to left.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from privacy_gui.core import paths

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
PSEUDO: dict[str, str] = {"en-XA": "Pseudo (long, accented)", "ar-XB": "Pseudo (right to left)"}
_ACCENTS = str.maketrans("aceinousyACEINOUSY", "àçéîñöûšýÀÇÉÎÑÖÛŠÝ")
_KEEP = re.compile(r"(%\d|%n|&&|&|<[^>]+>|\{[^}]*\})")
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The interface language in effect (content follows it where translated)."""
    return _current


class PseudoTranslator(QTranslator):
    """Returns every string accented and padded, keeping placeholders and tags intact."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        parts = _KEEP.split(source)
        out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
        return f"⟦{out}{'·' * max(1, len(source) * 2 // 5)}⟧"

    def isEmpty(self) -> bool:
        return False


def available() -> dict[str, str]:
    """Languages the menu offers (pseudo-locales only where a developer asks for them)."""
    return dict(LANGUAGES)


def language_installed() -> bool:
    """Whether any language (English with its plural forms, at least) is in effect."""
    return bool(_installed)


def install_language(app: QApplication, code: str) -> str:
    """Replace the app's translators with ``code``'s; returns the code in effect."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    direction = Qt.LayoutDirection.RightToLeft if code == "ar-XB" else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    if code in PSEUDO:
        pseudo = PseudoTranslator()  # no parent: one that is not installed is simply freed
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        _current = code
        return code
    if code not in LANGUAGES:
        code = "en"
    _current = code
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        QLocale.setDefault(system)  # keeps the reader's regional formats (de_AT, fr_CH, en_US…)
    else:  # the content writes dates as "3 March 2025"; English dates shown by the app match
        QLocale.setDefault(QLocale("en_GB" if code == "en" else code))
    qt = QTranslator()
    if code != "en" and qt.load(
        QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator()  # English too: its file holds the plural forms of "%n setting(s)"
    if ours.load(f"privacy_gui_{code}", str(paths.resources_dir() / "translations")):
        app.installTranslator(ours)
        _installed.append(ours)
    return code


def system_language() -> str:
    """The desktop's language if we have it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def tr(context: str, text: str) -> str:
    """Translate outside a QObject."""
    return QCoreApplication.translate(context, text)
