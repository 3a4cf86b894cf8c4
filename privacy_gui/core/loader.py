"""Load content packs from disk into frozen model objects.

A problem in one file never stops the others: a broken ``product.yaml`` leaves that
product out, a broken setting file leaves that setting out, and every problem is
returned with its file, line and field.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from privacy_gui.core import model, schema
from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.glossary import Glossary, Term
from privacy_gui.core.yamlsafe import ParsedYaml, YamlProblem, parse_yaml

MAX_FILE_BYTES = 512 * 1024
PRODUCT_FILE = "product.yaml"
GLOSSARY_FILE = "glossary.yaml"
SETTINGS_DIR = "settings"


class _Collector:
    """Gathers problems for one file, turning field paths into line numbers."""

    def __init__(self, path: Path, shown: str, problems: list[ContentProblem]) -> None:
        self.path = path
        self.shown = shown
        self.problems = problems
        self.parsed: ParsedYaml | None = None
        self.start_line = 1
        self.count = 0

    def add(self, field: str | None, message: str, line: int | None = None) -> None:
        if line is None and self.parsed is not None and field:
            line = self.parsed.line_of(field, self.start_line)
        self.problems.append(ContentProblem(self.shown, line, field or None, message))
        self.count += 1

    def report(self, field: str, message: str) -> None:
        self.add(field, message)


def load_library(
    roots: Sequence[Path], *, base: Path | None = None, languages: Collection[str] | None = None
) -> model.Library:
    """Load every product folder under each root; later roots can't replace earlier ones.

    ``languages`` limits which translated setting pages are read (``None``: all of them,
    as ``check-content`` needs); the app reads only the language it shows and adds others
    with :func:`with_language` when the reader switches.
    """
    problems: list[ContentProblem] = []
    products: list[model.Product] = []
    seen: dict[str, Path] = {}
    for index, root in enumerate(roots):
        pack = "built-in" if index == 0 else root.name
        for folder in _product_folders(root, problems, base):
            product = load_product(folder, problems, pack=pack, base=base, languages=languages)
            if product is None:
                continue
            if product.id in seen:
                problems.append(
                    ContentProblem(
                        show_path(folder / PRODUCT_FILE, base),
                        None,
                        "id",
                        f"a product called '{product.id}' is already loaded from {seen[product.id]}; "
                        "this one was not loaded",
                    )
                )
                continue
            seen[product.id] = folder
            products.append(product)
    products.sort(key=lambda p: (p.pack != "built-in", p.position, p.name.lower()))
    glossary = load_glossary(roots, problems, base)
    glossaries = load_translated_glossaries(roots, glossary, problems, base)
    loaded = None if languages is None else frozenset(languages)
    return model.Library(tuple(products), tuple(problems), glossary, glossaries, loaded_languages=loaded)


def with_language(library: model.Library, language: str) -> model.Library:
    """``library`` with the translated setting pages of ``language`` read too, if not yet."""
    root = library.english or library
    english = language in ("", "en") or language.startswith(("en-", "ar-XB"))  # pseudo-locales too
    if english or root.loaded_languages is None or language in root.loaded_languages:
        return root
    problems = list(root.problems)
    done: dict[str, model.Setting] = {}

    def add(setting: model.Setting) -> model.Setting:
        if setting.key not in done:
            path = setting.path.with_name(f"{setting.id}.{language}.md")
            loaded = (
                load_setting(path, setting.product_id, problems, language=language)
                if path.is_file()
                else None
            )
            done[setting.key] = (
                replace(setting, translations=(*setting.translations, loaded)) if loaded else setting
            )
        return done[setting.key]

    products = tuple(replace(p, settings=tuple(add(s) for s in p.settings)) for p in root.products)
    return replace(
        root,
        products=products,
        problems=tuple(problems),
        loaded_languages=root.loaded_languages | {language},
    )


def _product_folders(root: Path, problems: list[ContentProblem], base: Path | None) -> Iterable[Path]:
    if not root.is_dir():
        problems.append(ContentProblem(show_path(root, base), None, None, "content folder not found"))
        return []
    if (root / PRODUCT_FILE).is_file():
        return [root]  # a single product folder given directly
    folders = []
    for child in sorted(root.iterdir()):
        if not child.is_dir() or child.name.startswith((".", "_")):
            continue
        if (child / PRODUCT_FILE).is_file():
            folders.append(child)
        elif (child / SETTINGS_DIR).is_dir():
            problems.append(
                ContentProblem(show_path(child, base), None, None, f"has settings but no {PRODUCT_FILE}")
            )
    return folders


def load_product(
    folder: Path,
    problems: list[ContentProblem],
    *,
    pack: str = "built-in",
    base: Path | None = None,
    languages: Collection[str] | None = None,
) -> model.Product | None:
    """Load one product folder, or return None (with problems added) if it can't be used."""
    product_path = folder / PRODUCT_FILE
    col = _Collector(product_path, show_path(product_path, base), problems)
    parsed = _read_yaml_file(product_path, col)
    if parsed is None:
        return None
    data = schema.validate(parsed.data, schema.PRODUCT_FIELDS, col.report)
    if "id" in data and data["id"] != folder.name:
        col.add("id", f"'{data['id']}' must match the folder name '{folder.name}'")
    icon: Path | None = None
    if "icon" in data:
        icon = folder / data["icon"]
        if not icon.is_file() or icon.resolve().parent != folder.resolve():
            col.add("icon", f"'{data['icon']}' is not a file in this product's folder")
            icon = None
    if col.count:
        return None

    order: tuple[str, ...] = data["order"]
    settings_dir = folder / SETTINGS_DIR
    files = {p.stem: p for p in sorted(settings_dir.glob("*.md"))} if settings_dir.is_dir() else {}
    for stem in files:
        if "." in stem:
            continue  # translations such as x.de.md are not part of the English set
        if stem not in order:
            col.add("order", f"settings/{stem}.md is not listed in 'order'")
    settings: list[model.Setting] = []
    for setting_id in order:
        file = files.get(setting_id)
        if file is None:
            col.add("order", f"lists '{setting_id}' but settings/{setting_id}.md does not exist")
            continue
        setting = load_setting(file, data["id"], problems, base=base)
        if setting is not None:
            translated = []
            for stem, other in files.items():
                base_id, _, language = stem.partition(".")
                if base_id == setting_id and language and (languages is None or language in languages):
                    loaded = load_setting(other, data["id"], problems, base=base, language=language)
                    if loaded is not None:
                        translated.append(loaded)
            settings.append(replace(setting, translations=tuple(translated)) if translated else setting)
    return model.Product(
        id=data["id"],
        name=data["name"],
        vendor=data["vendor"],
        summary=data["summary"],
        intro=data["intro"],
        settings=tuple(settings),
        directory=folder,
        icon=icon,
        pack=pack,
        position=data.get("position", 1000),
        texts=tuple(_load_product_texts(folder, problems, base)),
    )


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")


def _translated_files(
    folder: Path,
    stem: str,
    fields: tuple[schema.Field, ...],
    problems: list[ContentProblem],
    base: Path | None,
) -> Iterable[tuple[str, dict[str, Any], _Collector]]:
    """Each valid ``<stem>.<lang>.yaml`` in ``folder``: its language, checked fields and collector."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(f"{stem}.*.yaml")):
        language = path.name.removeprefix(f"{stem}.").removesuffix(".yaml")
        col = _Collector(path, show_path(path, base), problems)
        if not LANGUAGE_CODE.match(language):
            col.add(None, f"'{language}' is not a language code such as 'de' or 'pt-BR'")
            continue
        parsed = _read_yaml_file(path, col)
        if parsed is None:
            continue
        data = schema.validate(parsed.data, fields, col.report)
        if not col.count:
            yield language, data, col


def _load_product_texts(
    folder: Path, problems: list[ContentProblem], base: Path | None
) -> Iterable[model.ProductText]:
    """Translated product texts: ``product.<lang>.yaml`` beside ``product.yaml``."""
    for language, data, _ in _translated_files(folder, "product", schema.PRODUCT_TEXT_FIELDS, problems, base):
        yield model.ProductText(
            language,
            data["name"],
            data["summary"],
            data["intro"],
            data.get("translated_by"),
            data.get("reviewed_by"),
        )


def load_setting(
    path: Path,
    product_id: str,
    problems: list[ContentProblem],
    *,
    base: Path | None = None,
    language: str = "en",
) -> model.Setting | None:
    """Load one setting file (front matter + Markdown body)."""
    col = _Collector(path, show_path(path, base), problems)
    text = _read_text(path, col)
    if text is None:
        return None
    split = _split_front_matter(text, col)
    if split is None:
        return None
    front, body, first_line = split
    col.start_line = first_line
    try:
        parsed = parse_yaml(front, first_line=first_line)
    except YamlProblem as exc:
        col.add(None, exc.message, exc.line or first_line)
        return None
    col.parsed = parsed
    fields = schema.SETTING_FIELDS if language == "en" else schema.TRANSLATION_FIELDS
    data = schema.validate(parsed.data, fields, col.report)
    own_id = path.stem.partition(".")[0]
    if "id" in data and data["id"] != own_id:
        col.add("id", f"'{data['id']}' must match the file name '{path.name}'")
    _cross_check(data, col)
    illustration = _check_illustration(data, path.parent.parent, col)
    if col.count:
        return None
    setting = _build_setting(data, parsed.data, body, product_id, path, illustration)
    if language != "en":
        setting = replace(setting, language=language, translates_revision=data["translates_revision"])
    return setting


_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)")
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>")
_SETTING_LINK = re.compile(r"^setting:([a-z0-9-]+)/([a-z0-9-]+)$")
_SVG_DANGER = re.compile(
    r"<script|<!ENTITY|<!DOCTYPE|<foreignObject|javascript:|\son[a-z]+\s*=|href\s*=\s*[\"'](?!#)",
    re.IGNORECASE,
)
MAX_SVG_BYTES = 256 * 1024


def text_links(text: str) -> list[str]:
    """Every link target written in a Markdown text."""
    return _MD_LINK.findall(text) + _AUTOLINK.findall(text)


def _check_illustration(data: dict[str, Any], folder: Path, col: _Collector) -> Path | None:
    name = data.get("illustration")
    if not name:
        return None
    file: Path = (folder / name).resolve()
    if file.suffix.lower() != ".svg" or folder.resolve() not in file.parents or not file.is_file():
        col.add("illustration", f"'{name}' must be an .svg file inside the product's folder")
        return None
    raw = file.read_bytes()
    if len(raw) > MAX_SVG_BYTES:
        col.add("illustration", f"'{name}' is larger than {MAX_SVG_BYTES // 1024} KiB")
        return None
    if _SVG_DANGER.search(raw.decode("utf-8", "replace")):
        col.add(
            "illustration", f"'{name}' contains scripts, entities or outside links, which are not allowed"
        )
        return None
    return file


def _resolve_same_as(where: dict[str, dict[str, Any]], col: _Collector) -> None:
    """Copy the click path of ``same_as`` platforms, so views never see the indirection."""
    for platform, entry in where.items():
        target = entry.get("same_as")
        if not target:
            continue
        source = where.get(target)
        if source is None or source.get("same_as"):
            col.add(f"where.{platform}.same_as", f"'{target}' has no click path of its own to copy")
            continue
        entry.update({k: v for k, v in source.items() if k not in entry or k == "same_as"})
        entry.pop("same_as", None)


def _cross_check(data: dict[str, Any], col: _Collector) -> None:
    """Rules that span fields: every platform the setting is for has a click path."""
    if "where" not in data or "applies_to" not in data:
        return  # already reported; don't pile on
    where = data["where"]
    _resolve_same_as(where, col)
    platforms = (data.get("applies_to") or {}).get("platforms") or ()
    for platform in platforms:
        if platform not in where:
            col.add("where", f"applies_to lists '{platform}' but there is no 'where.{platform}' entry")


def _build_setting(
    data: dict[str, Any], raw: Any, body: str, product_id: str, path: Path, illustration: Path | None
) -> model.Setting:
    default = data["default"]
    rec = data["recommendation"]
    applies = data["applies_to"]
    where = tuple(
        model.Location(
            platform=platform,
            steps=entry.get("steps", ()),
            link=entry.get("link"),
            link_label=entry.get("link_label"),
            note=entry.get("note"),
            confirmed=entry.get("confirmed", True),
            not_available=entry.get("not_available"),
        )
        for platform, entry in data["where"].items()
    )
    sources = tuple(
        model.Source(
            s["title"],
            s["url"],
            s["publisher"],
            s["date"],
            s.get("note"),
            s.get("kind", "vendor"),
            s.get("accessed"),
            s.get("language"),
        )
        for s in data["sources"]
    )
    return model.Setting(
        product_id=product_id,
        id=data["id"],
        revision=data["revision"],
        title=data["title"],
        setting_name=data["setting_name"],
        what_it_does=data["what_it_does"],
        data_involved=data["data_involved"],
        default=model.Default(default["state"], default["text"], default.get("notes")),
        trade_offs=data["trade_offs"],
        recommendation=model.Recommendation(rec["action"], rec["reason"]),
        where=where,
        applies_to=model.AppliesTo(
            platforms=frozenset(applies["platforms"]),
            accounts=frozenset(applies.get("accounts", model.ACCOUNTS)),
            regions=frozenset(applies.get("regions", model.REGIONS)),
        ),
        sources=sources,
        last_verified=data["last_verified"],
        content_hash=guidance_hash(raw, body),
        path=path,
        body=body.strip(),
        admin_note=data.get("admin_note"),
        caveat=data.get("caveat"),
        verify=data.get("verify"),
        aliases=data.get("aliases", ()),
        changes=data.get("changes"),
        illustration=illustration,
        related=data.get("related", ()),
    )


def guidance_hash(front: Any, body: str) -> str:
    """A short hash of what the user is told, ignoring bookkeeping fields."""
    ignored = {"revision", "last_verified", "changes", "aliases"}
    guidance = {k: v for k, v in front.items() if k not in ignored} if isinstance(front, dict) else front
    blob = json.dumps([guidance, body.strip()], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def _read_text(path: Path, col: _Collector) -> str | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            col.add(
                None,
                f"file is too large ({size // 1024} KiB; the limit is {MAX_FILE_BYTES // 1024} KiB)",
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        col.add(None, f"could not be read: {exc.strerror or exc}")
        return None
    if b"\x00" in raw:
        col.add(None, "is not a text file")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col.add(None, "is not valid UTF-8 text; save it as UTF-8", line)
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def _read_yaml_file(path: Path, col: _Collector) -> ParsedYaml | None:
    text = _read_text(path, col)
    if text is None:
        return None
    try:
        parsed = parse_yaml(text)
    except YamlProblem as exc:
        col.add(None, exc.message, exc.line)
        return None
    col.parsed = parsed
    return parsed


def _split_front_matter(text: str, col: _Collector) -> tuple[str, str, int] | None:
    """Split ``---`` front matter from the body; returns (yaml, body, first yaml line)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        col.add(None, "must start with a line '---' followed by the setting's fields", 1)
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), 2
    col.add(None, "the fields at the top have no closing '---' line", 1)
    return None


def show_path(path: Path, base: Path | None) -> str:
    """A path as the user should read it: relative to ``base`` where possible."""
    if base is not None:
        try:
            return str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            pass
    return str(path)


def load_glossary(
    roots: Sequence[Path], problems: list[ContentProblem], base: Path | None = None
) -> Glossary:
    """Merge ``glossary.yaml`` from every content root that has one."""
    terms: list[Term] = []
    jargon: list[str] = []
    for root in roots:
        path = root / GLOSSARY_FILE
        if not path.is_file():
            continue
        shown = show_path(path, base)
        try:
            parsed = parse_yaml(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(ContentProblem(shown, None, None, f"could not be read: {exc}"))
            continue
        except YamlProblem as exc:
            problems.append(ContentProblem(shown, exc.line, None, exc.message))
            continue
        count = len(problems)

        def report(field: str, message: str, shown: str = shown, parsed: object = parsed) -> None:
            line = parsed.line_of(field) if hasattr(parsed, "line_of") else None
            problems.append(ContentProblem(shown, line, field, message))

        data = schema.validate(parsed.data, schema.GLOSSARY_FIELDS, report)
        if len(problems) > count:
            continue
        terms.extend(Term(t["term"], t["meaning"], tuple(t.get("also", ()))) for t in data["terms"])
        jargon.extend(data.get("jargon", ()))
    return Glossary(tuple(terms), tuple(dict.fromkeys(jargon)))


def load_translated_glossaries(
    roots: Sequence[Path], english: Glossary, problems: list[ContentProblem], base: Path | None = None
) -> tuple[tuple[str, Glossary], ...]:
    """Read ``glossary.<lang>.yaml`` files; each entry names the English term it translates."""
    known = {t.term for t in english.terms}
    found: dict[str, list[Term]] = {}
    for root in roots:
        files = _translated_files(root, "glossary", schema.GLOSSARY_TRANSLATION_FIELDS, problems, base)
        for language, data, col in files:
            terms = found.setdefault(language, [])
            for index, entry in enumerate(data["terms"]):
                if entry["source"] not in known:
                    col.add(
                        f"terms[{index}].source",
                        f"'{entry['source']}' is not a term in the English glossary",
                    )
                    continue
                also = tuple(entry.get("also", ()))
                terms.append(Term(entry["term"], entry["meaning"], also, entry["source"]))
    return tuple((language, Glossary(tuple(terms))) for language, terms in sorted(found.items()))
