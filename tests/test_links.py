"""The link allowlist: what may be shown and opened."""

from __future__ import annotations

import pytest

from privacy_gui.core.links import LinkRefused, check_link, openable_here


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
        "https://support.microsoft.com/en-us/office/account-privacy-settings-3e7bc183",
        "ms-settings:privacy-general",
        "https://learn.microsoft.com:443/en-us/",
    ],
)
def test_allowed_links(url: str) -> None:
    assert check_link(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://example.com",
        "mailto:someone@example.com",
        "myapp://do-something",
        "https://user:pass@example.com/",
        "https://evil.com@example.com/",
        "https://127.0.0.1/",
        "https://localhost/",
        "https://example.com:8080/",
        "https://exa mple.com/",
        " https://example.com",
        "https:/example.com",
        "ms-settings:../../etc",
        "",
    ],
)
def test_refused_links(url: str) -> None:
    with pytest.raises(LinkRefused):
        check_link(url)


def test_ms_settings_opens_only_on_windows() -> None:
    assert openable_here("ms-settings:privacy", "win32")
    assert not openable_here("ms-settings:privacy", "linux")
    assert openable_here("https://example.com/", "linux")
