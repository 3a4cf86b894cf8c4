"""The content schema, in one place: the loader, the checker and the docs test use it.

Each field is declared once with its kind, whether it is required, and the choices it
allows. ``validate`` turns parsed YAML into plain checked values and reports every
problem with the dotted path of the field, which the loader maps to a line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from privacy_gui.core import model
from privacy_gui.core.links import LinkRefused, check_link

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT = 20_000


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the schema.

    ``kind`` is text, id, int, bool, date, link, choice, texts, choices, map (``fields``
    apply), maps (a list of map) or platform_map (platform → map).
    """

    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    doc: str = ""


SOURCE = (
    Field("title", "text"),
    Field("url", "link"),
    Field("publisher", "text"),
    Field("date", "date"),
    Field("note", "text", required=False),
    Field("kind", "choice", required=False, choices=model.SOURCE_KINDS),
    Field("accessed", "date", required=False),
    Field("language", "text", required=False),
)

LOCATION = (
    Field("steps", "texts", required=False),
    Field("link", "link", required=False),
    Field("link_label", "text", required=False),
    Field("note", "text", required=False),
    Field("confirmed", "bool", required=False),
    Field("not_available", "text", required=False),
    Field("same_as", "choice", required=False, choices=model.PLATFORMS),
)

PRODUCT_FIELDS = (
    Field("id", "id"),
    Field("name", "text"),
    Field("vendor", "text"),
    Field("icon", "text"),
    Field("summary", "text"),
    Field("intro", "text"),
    Field("order", "texts"),
    Field("position", "int", required=False),
)

SETTING_FIELDS = (
    Field("id", "id"),
    Field("revision", "int"),
    Field("title", "text"),
    Field("setting_name", "text"),
    Field("what_it_does", "text"),
    Field("data_involved", "text"),
    Field(
        "default",
        "map",
        fields=(
            Field("state", "choice", choices=model.DEFAULT_STATES),
            Field("text", "text"),
            Field("notes", "text", required=False),
        ),
    ),
    Field("trade_offs", "text"),
    Field(
        "recommendation",
        "map",
        fields=(
            Field("action", "choice", choices=model.ACTIONS),
            Field("reason", "text"),
        ),
    ),
    Field("where", "platform_map", fields=LOCATION),
    Field(
        "applies_to",
        "map",
        fields=(
            Field("platforms", "choices", choices=model.PLATFORMS),
            Field("accounts", "choices", required=False, choices=model.ACCOUNTS),
            Field("regions", "choices", required=False, choices=model.REGIONS),
        ),
    ),
    Field("sources", "maps", fields=SOURCE),
    Field("last_verified", "date"),
    Field("admin_note", "text", required=False),
    Field("caveat", "text", required=False),
    Field("verify", "text", required=False),
    Field("aliases", "texts", required=False),
    Field("changes", "text", required=False),
    Field("illustration", "text", required=False),
    Field("related", "texts", required=False),
)

TRANSLATION_FIELDS = (
    *SETTING_FIELDS,
    Field("translates_revision", "int"),
    Field("translated_by", "text", required=False),
    Field("reviewed_by", "text", required=False),
)

PRODUCT_TEXT_FIELDS = (
    Field("name", "text"),
    Field("summary", "text"),
    Field("intro", "text"),
    Field("translated_by", "text", required=False),
    Field("reviewed_by", "text", required=False),
)

GLOSSARY_TERM = (
    Field("term", "text"),
    Field("also", "texts", required=False),
    Field("meaning", "text"),
)

GLOSSARY_FIELDS = (
    Field("terms", "maps", fields=GLOSSARY_TERM),
    Field("jargon", "texts", required=False),
)

GLOSSARY_TRANSLATION_FIELDS = (
    Field("terms", "maps", fields=(Field("source", "text"), *GLOSSARY_TERM)),
    Field("translated_by", "text", required=False),
    Field("reviewed_by", "text", required=False),
)


Report = Callable[[str, str], None]


def validate(data: Any, fields: tuple[Field, ...], report: Report, path: str = "") -> dict[str, Any]:
    """Check ``data`` against ``fields``; call ``report(path, message)`` per problem.

    Returns the checked values (only the valid ones), keyed by field name.
    """
    if not isinstance(data, Mapping):
        report(path, f"expected a set of 'name: value' fields, found {_describe(data)}")
        return {}
    known = {f.name: f for f in fields}
    out: dict[str, Any] = {}
    for key in data:
        if not isinstance(key, str) or key not in known:
            close = _closest(str(key), known)
            hint = f" (did you mean '{close}'?)" if close else ""
            report(_join(path, str(key)), f"unknown field{hint}")
    for spec in fields:
        here = _join(path, spec.name)
        if spec.name not in data or data[spec.name] is None:
            if spec.required:
                report(here, "this field is required but missing or empty")
            continue
        value = _check_value(data[spec.name], spec, report, here)
        if value is not None:
            out[spec.name] = value
    return out


def _check_value(value: Any, spec: Field, report: Report, path: str) -> Any:
    kind = spec.kind
    if kind == "choice" and isinstance(value, bool) and "on" in spec.choices:
        value = "on" if value else "off"  # YAML reads a bare on/off as yes/no
    if kind in ("text", "id", "link", "choice"):
        if not isinstance(value, str):
            report(path, f"expected text, found {_describe(value)}")
            return None
        text = value.strip()
        if not text:
            report(path, "is empty")
            return None
        if len(text) > MAX_TEXT:
            report(path, f"is longer than {MAX_TEXT} characters")
            return None
        if kind == "id" and not ID_PATTERN.match(text):
            report(path, f"'{text}' is not a valid id (use lower-case letters, digits and dashes)")
            return None
        if kind == "link":
            try:
                check_link(text)
            except LinkRefused as exc:
                report(path, str(exc))
                return None
        if kind == "choice" and text not in spec.choices:
            report(path, f"'{text}' is not one of: {', '.join(spec.choices)}")
            return None
        return text
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            report(path, f"expected a whole number of 1 or more, found {_describe(value)}")
            return None
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            report(path, f"expected true or false, found {_describe(value)}")
            return None
        return value
    if kind == "date":
        return _check_date(value, report, path)
    if kind in ("texts", "choices"):
        return _check_texts(value, spec, report, path)
    if kind == "map":
        return validate(value, spec.fields, report, path)
    if kind == "maps":
        if not isinstance(value, list) or not value:
            report(path, f"expected a list with at least one entry, found {_describe(value)}")
            return None
        return [validate(item, spec.fields, report, f"{path}[{i}]") for i, item in enumerate(value)]
    if kind == "platform_map":
        if not isinstance(value, Mapping) or not value:
            report(path, "expected one entry per platform (windows, mac, web, ios, android)")
            return None
        out = {}
        for platform, entry in value.items():
            if platform not in model.PLATFORMS:
                report(
                    _join(path, str(platform)),
                    f"unknown platform; use one of: {', '.join(model.PLATFORMS)}",
                )
                continue
            out[platform] = _check_location(entry, spec, report, _join(path, platform))
        return out
    raise AssertionError(f"unknown field kind {kind}")  # pragma: no cover


def _check_location(entry: Any, spec: Field, report: Report, path: str) -> dict[str, Any]:
    checked = validate(entry, spec.fields, report, path)
    if isinstance(entry, Mapping):
        has_steps = bool(entry.get("steps"))
        given = [k for k in ("steps", "not_available", "same_as") if entry.get(k)]
        if len(given) > 1:
            report(path, "give only one of 'steps', 'not_available' or 'same_as'")
        elif not given and not has_steps:
            report(_join(path, "steps"), "give the click path as 'steps', or 'same_as', or 'not_available'")
    return checked


def _check_texts(value: Any, spec: Field, report: Report, path: str) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not value:
        report(path, f"expected a list with at least one entry, found {_describe(value)}")
        return None
    items: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            report(f"{path}[{index}]", f"expected text, found {_describe(item)}")
            continue
        if spec.kind == "choices" and item not in spec.choices:
            report(f"{path}[{index}]", f"'{item}' is not one of: {', '.join(spec.choices)}")
            continue
        items.append(item.strip())
    if len(set(items)) != len(items):
        report(path, "lists the same entry twice")
    return tuple(items)


def _check_date(value: Any, report: Report, path: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value.strip())
        except ValueError:
            report(path, f"'{value}' is not a date; write it as YYYY-MM-DD")
            return None
    else:
        report(path, f"expected a date as YYYY-MM-DD, found {_describe(value)}")
        return None
    if parsed > dt.date.today():
        report(path, f"{parsed.isoformat()} is in the future")
        return None
    if parsed.year < 1990:
        report(path, f"{parsed.isoformat()} is too far in the past to be right")
        return None
    return parsed


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f'\'{str(value).lower()}\' (yes/no; put quotes around "on" and "off")'
    if isinstance(value, Mapping):
        return "a set of fields"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    text = str(value)
    return f"'{text[:40]}'" if len(text) <= 40 else f"'{text[:40]}…'"


def _closest(name: str, known: Mapping[str, Field]) -> str | None:
    import difflib

    match = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return match[0] if match else None


def field_names(fields: tuple[Field, ...] = SETTING_FIELDS, prefix: str = "") -> list[str]:
    """Every documented field path, for the docs test."""
    names: list[str] = []
    for spec in fields:
        names.append(prefix + spec.name)
        if spec.kind == "platform_map":
            names.extend(field_names(spec.fields, f"{prefix}{spec.name}.*."))
        elif spec.fields:
            names.extend(field_names(spec.fields, f"{prefix}{spec.name}."))
    return names
