"""Markdown to safe HTML for the text views.

Markdown is parsed only when a page is first shown (the module is imported lazily),
and raw HTML in content is escaped by Python-Markdown and then cleaned by ``nh3``
with a short allowlist, so scripts, frames, forms and event attributes never reach
the view.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from privacy_gui.core.glossary import Glossary

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


_TAG = re.compile(r"(<[^>]+>)")


def link_terms(html: str, glossary: Glossary, seen: set[str] | None = None) -> str:
    """Turn the first use of each glossary term into a ``glossary:`` link.

    Only text outside tags and outside existing links is touched. ``seen`` carries the
    terms already linked on the same page, so each is explained once.
    """
    pattern = glossary.pattern
    if pattern is None:
        return html
    seen = set() if seen is None else seen
    out: list[str] = []
    in_link = 0
    for part in _TAG.split(html):
        if part.startswith("<"):
            lowered = part.lower()
            if lowered.startswith("<a"):
                in_link += 1
            elif lowered.startswith("</a"):
                in_link = max(0, in_link - 1)
            out.append(part)
            continue
        if in_link:
            out.append(part)
            continue

        def replace(match: re.Match[str]) -> str:
            term = glossary.lookup(match.group(0))
            if term is None or term.term in seen:
                return match.group(0)
            seen.add(term.term)
            return f'<a href="glossary:{quote(term.term)}">{match.group(0)}</a>'

        out.append(pattern.sub(replace, part))
    return "".join(out)
