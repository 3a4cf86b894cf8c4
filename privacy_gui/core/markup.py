"""Markdown to safe HTML for the text views.

Markdown is parsed only when a page is first shown (the module is imported lazily),
and raw HTML in content is escaped by Python-Markdown and then cleaned by ``nh3``
with a short allowlist, so scripts, frames, forms and event attributes never reach
the view.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_TAGS = {"p", "em", "strong", "a", "ul", "ol", "li", "code", "br", "h2", "h3", "h4", "blockquote"}
_ATTRS = {"a": {"href", "title"}}


@lru_cache(maxsize=1)
def _renderer() -> Any:
    import markdown

    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


@lru_cache(maxsize=2048)
def to_html(text: str, *, inline: bool = False) -> str:
    """Render Markdown; ``inline`` drops the outer paragraph for one-line fields."""
    import nh3

    md = _renderer()
    md.reset()
    html: str = md.convert(text)
    clean: str = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRS,
        url_schemes={"https", "setting"},
        link_rel="noopener noreferrer",
    )
    for level in ("h2", "h3"):  # the page's own section titles stay the largest
        clean = clean.replace(f"<{level}>", "<h4>").replace(f"</{level}>", "</h4>")
    if inline and clean.startswith("<p>") and clean.endswith("</p>") and clean.count("<p>") == 1:
        clean = clean[3:-4]
    return clean
