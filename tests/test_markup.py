"""Content Markdown is shown safely: no raw HTML, no remote resources, no script links."""

from __future__ import annotations

import re

import pytest

from privacy_gui.core.markup import to_html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<iframe src="https://example.com"></iframe>',
        '<form action="https://example.com"><input name="q"></form>',
        '<a href="https://example.com" onclick="steal()">x</a>',
        '<img src="https://example.com/track.png">',
        "![tracker](https://example.com/track.png)",
        '<div style="background:url(https://example.com/x)">x</div>',
        "[click](javascript:alert(1))",
        "[file](file:///etc/passwd)",
    ],
)
def test_hostile_markup_never_reaches_the_view(hostile: str) -> None:
    html = to_html(f"Before.\n\n{hostile}\n\nAfter.")
    tags = " ".join(re.findall(r"<[^>]*>", html)).lower()  # real tags only; escaped text is harmless
    for needle in (
        "<script",
        "<iframe",
        "<form",
        "<input",
        "onclick",
        "<img",
        "javascript:",
        "file:",
        "style=",
    ):
        assert needle not in tags, (needle, html)
    assert "Before." in html and "After." in html


def test_normal_markdown_survives() -> None:
    html = to_html("Some **bold** and [a link](https://support.microsoft.com/).\n\n- one\n- two")
    assert "<strong>bold</strong>" in html
    assert 'href="https://support.microsoft.com/"' in html
    assert "<li>one</li>" in html


def test_internal_setting_links_are_kept() -> None:
    assert 'href="setting:office/analyze-content"' in to_html("[see](setting:office/analyze-content)")
