"""Checklist exports as CSV and HTML (the PDF is the HTML laid out by Qt).

An export holds only checklist states and dates: nothing else about the user.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from privacy_gui import __version__
from privacy_gui.core.answers import Answers
from privacy_gui.core.model import Library
from privacy_gui.core.progress import ItemState, ProgressStore
from privacy_gui.core.summary import relevant_settings

DEFAULT_STATE_WORDS: Mapping[ItemState, str] = {
    ItemState.TODO: "To do",
    ItemState.DONE: "Done",
    ItemState.SKIPPED: "Skipped for now",
    ItemState.NOT_FOR_ME: "Doesn't apply to me",
}


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One checklist line as exported."""

    product: str
    key: str
    title: str
    setting_name: str
    state: ItemState
    state_word: str
    changed: dt.datetime | None
    revision: int
    verified: dt.datetime | None = None


def checklist_rows(
    library: Library,
    store: ProgressStore,
    answers: Answers | None,
    words: Mapping[ItemState, str] = DEFAULT_STATE_WORDS,
) -> list[ExportRow]:
    """The rows of the checklist as the user sees it (settings relevant to them)."""
    rows = []
    for product in library.products:
        for setting in relevant_settings(product, answers, store.left_out):
            record = store.items.get(setting.key)
            state = record.state if record else ItemState.TODO
            rows.append(
                ExportRow(
                    product=product.name,
                    key=setting.key,
                    title=setting.title,
                    setting_name=setting.setting_name,
                    state=state,
                    state_word=words[state],
                    changed=record.changed if record else None,
                    revision=record.revision if record else setting.revision,
                    verified=record.verified if record else None,
                )
            )
    return rows


def to_csv(rows: list[ExportRow]) -> str:
    """A spreadsheet-friendly export."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["product", "setting_id", "question", "setting_name", "state", "changed", "revision", "checked"]
    )
    for row in rows:
        writer.writerow(
            [
                row.product,
                row.key,
                row.title,
                row.setting_name,
                row.state.value,
                row.changed.isoformat(timespec="minutes") if row.changed else "",
                row.revision,
                row.verified.isoformat(timespec="minutes") if row.verified else "",
            ]
        )
    return out.getvalue()


def to_html(rows: list[ExportRow], *, title: str, created: dt.datetime | None = None) -> str:
    """A printable page: one table per product, with the state as a word and a box."""
    created = created or dt.datetime.now().astimezone()
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title>",
        "<style>body{font-family:sans-serif;font-size:11pt} table{border-collapse:collapse;width:100%}"
        " th,td{border:1px solid #555;padding:4px 6px;text-align:left;vertical-align:top}"
        " h2{margin-top:18px}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>Made on {escape(created.strftime('%Y-%m-%d %H:%M'))} "
        f"with privacy-gui {escape(__version__)}. It lists what was done, skipped or marked as not "
        "for you, when, and which version of our advice was followed, so you can do it again on "
        "another device or check it later.</p>",
    ]
    current = None
    for row in rows:
        if row.product != current:
            if current is not None:
                parts.append("</table>")
            current = row.product
            parts.append(f"<h2>{escape(row.product)}</h2>")
            parts.append(
                "<table><tr><th></th><th>Setting</th><th>State</th><th>When</th><th>Advice version</th></tr>"
            )
        box = "☑" if row.state in (ItemState.DONE, ItemState.NOT_FOR_ME) else "☐"
        when = row.changed.astimezone().strftime("%Y-%m-%d") if row.changed else ""
        if row.verified:
            when += " (checked " + row.verified.astimezone().strftime("%Y-%m-%d") + ")"
        parts.append(
            f"<tr><td>{box}</td><td><b>{escape(row.title)}</b><br>{escape(row.setting_name)}</td>"
            f"<td>{escape(row.state_word)}</td><td>{escape(when)}</td><td>{row.revision}</td></tr>"
        )
    if current is not None:
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
