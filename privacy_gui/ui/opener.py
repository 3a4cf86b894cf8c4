"""Opening links: checked against the allowlist right before anything is opened."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from privacy_gui.core.links import LinkRefused, check_link, openable_here


class LinkOpener:
    """Opens allowed links with the system; tests and kiosk mode swap ``open_url``."""

    def __init__(self, platform: str | None = None) -> None:
        self.platform = platform
        self.opened: list[str] = []

    def open(
        self, url: str, parent: QWidget | None = None, *, title: str = "", steps: tuple[str, ...] = ()
    ) -> bool:
        """Open ``url`` if allowed; otherwise explain why not. Returns True if opened.

        ``title`` and ``steps`` describe the setting; kiosk mode shows them with the QR code.
        """
        try:
            check_link(url)
        except LinkRefused as exc:
            QMessageBox.warning(
                parent,
                _tr("This link can't be opened"),
                _tr("For your safety this link was not opened: %1.").replace("%1", str(exc)),
            )
            return False
        if not openable_here(url, self.platform):
            QMessageBox.information(
                parent,
                _tr("Open this on a Windows PC"),
                _tr(
                    "This link opens the Settings app on a Windows PC. On this computer, "
                    "follow the steps shown instead."
                ),
            )
            return False
        self.opened.append(url)
        return self.open_url(url)

    def open_url(self, url: str) -> bool:
        """Hand the (already checked) link to the system."""
        return bool(QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)))


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("LinkOpener", text)
