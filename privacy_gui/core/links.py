"""The link allowlist: which addresses the app may show and open.

A link in content is data from a file anyone can edit, so it is checked twice: when
content loads, and again right before anything is opened.
"""

from __future__ import annotations

import re
import sys
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("https", "ms-settings")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
_MS_SETTINGS = re.compile(r"^ms-settings:[A-Za-z0-9][A-Za-z0-9\-_.]{0,80}$")


class LinkRefused(ValueError):
    """A link we will not open, with a reason a user can read."""


def check_link(url: str) -> str:
    """Return ``url`` unchanged if its form is allowed, else raise LinkRefused."""
    if not isinstance(url, str) or not url or url != url.strip():
        raise LinkRefused("the link is empty or has spaces around it")
    if _BAD_CHARS.search(url):
        raise LinkRefused("the link contains spaces or control characters")
    scheme, sep, _ = url.partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in ALLOWED_SCHEMES:
        shown = scheme if sep else url[:20]
        raise LinkRefused(f"links starting with '{shown}:' are not allowed (only https and ms-settings)")
    if scheme == "ms-settings":
        if not _MS_SETTINGS.match(url):
            raise LinkRefused("this ms-settings link is not well formed")
        return url
    parts = urlsplit(url)
    if not url.startswith("https://"):
        raise LinkRefused("an https link must start with 'https://'")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise LinkRefused("links with a user name or password in them are not allowed")
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        raise LinkRefused("the link has an invalid port") from None
    if port not in (None, 443):
        raise LinkRefused("links to unusual ports are not allowed")
    if not _HOST.match(host):
        raise LinkRefused(f"'{host or url}' is not a normal web address")
    return url


def openable_here(url: str, platform: str | None = None) -> bool:
    """True if this computer can open the link: ms-settings works only on Windows."""
    check_link(url)
    running = platform or sys.platform
    if url.lower().startswith("ms-settings:"):
        return running.startswith("win")
    return True
