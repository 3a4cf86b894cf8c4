"""``check-content``: the loader's errors plus the rules only authors need.

Errors: anything the loader rejects, duplicate titles, references to settings that
don't exist, explanations above the reading grade. Warnings: stale ``last_verified``,
long sentences, jargon with no glossary entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from privacy_gui.core.errors import ContentProblem, Severity
from privacy_gui.core.links import LinkRefused, check_link
from privacy_gui.core.loader import _SETTING_LINK, load_library, text_links
from privacy_gui.core.model import Library, Setting
from privacy_gui.core.plans import PlanError, load_plan, plans_in
from privacy_gui.core.readability import MIN_WORDS_FOR_GRADE, measure, split_sentences, words
from privacy_gui.core.summary import REVIEW_AGE_DAYS

DEFAULT_MAX_AGE_DAYS = REVIEW_AGE_DAYS
MAX_GRADE = 9.0
MAX_SENTENCE_WORDS = 25


def check(
    roots: Sequence[Path],
    *,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    today: dt.date | None = None,
    base: Path | None = None,
) -> list[ContentProblem]:
    """Every problem in ``roots``: errors first, then warnings, each in file order."""
    plan_files = [r for r in roots if r.is_file() and r.suffix in (".yaml", ".yml")]
    roots = [r for r in roots if r not in plan_files]
    if plan_files and not roots:
        from privacy_gui.core.paths import builtin_content_dir

        roots = [builtin_content_dir()]  # a plan on its own is checked against the built-in content
    library = load_library(roots, base=base)
    problems = list(library.problems)
    for plan in plan_files + [p for root in roots for p in plans_in(root)]:
        plan_shown = str(plan)
        if base is not None:
            with contextlib.suppress(ValueError):
                plan_shown = str(plan.resolve().relative_to(base.resolve()))
        try:
            load_plan(plan, library, plan_shown)
        except PlanError as exc:
            problems.extend(exc.problems)
    today = today or dt.date.today()

    def shown(setting: Setting | Path) -> str:
        path = setting if isinstance(setting, Path) else setting.path
        if base is not None:
            with contextlib.suppress(ValueError):
                return str(path.resolve().relative_to(base.resolve()))
        return str(path)

    lines: dict[Path, list[str]] = {}

    def line_of(setting: Setting | Path, field: str | None) -> int | None:
        """The line where ``field`` (its top-level key) starts, so an author can jump to it."""
        if field is None:
            return None
        path = setting if isinstance(setting, Path) else setting.path
        if path not in lines:
            try:
                lines[path] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines[path] = []
        key = field.split(".", 1)[0].split("[", 1)[0] + ":"
        return next((n for n, text in enumerate(lines[path], 1) if text.startswith(key)), None)

    def add(
        setting: Setting | Path, field: str | None, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        problems.append(ContentProblem(shown(setting), line_of(setting, field), field, message, severity))

    try:
        import pyphen  # noqa: F401  (the reading-level rules need it)
    except ImportError:
        reading = False
        problems.append(
            ContentProblem(
                "check-content",
                None,
                None,
                "reading level not checked: install 'privacy-gui[authoring]' (pyphen)",
                Severity.WARNING,
            )
        )
    else:
        reading = True
    titles: dict[str, Setting] = {}
    for setting in library.all_settings():
        age = (today - setting.last_verified).days
        if age > max_age_days:
            add(
                setting,
                "last_verified",
                f"last checked {age} days ago; check it against its sources again",
                Severity.WARNING,
            )
        earlier = titles.setdefault(setting.title.strip().lower(), setting)
        if earlier is not setting:
            add(setting, "title", f"the same title is used by {earlier.key}")
        _check_references(library, setting, add)
        if reading:
            _check_reading(library, setting, add)
    _check_translations(library, add, roots[0] / "glossary.yaml" if roots else Path("glossary.yaml"))
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    problems.sort(key=lambda p: (order[p.severity], p.path, p.line or 0))
    return problems


def _check_translations(library: Library, add: _Add, glossary_path: Path) -> None:
    """Outdated translations are warnings; missing ones are only listed (work in progress)."""
    languages = sorted(
        {t.language for s in library.all_settings() for t in s.translations}
        | {t.language for p in library.products for t in p.texts}
        | {language for language, _ in library.glossaries}
    )
    for setting in library.all_settings():
        for language in languages:
            _, status = setting.localized(language)
            translation = next((t for t in setting.translations if t.language == language), None)
            if status == "outdated" and translation is not None:
                add(
                    setting,
                    "translates_revision",
                    f"the '{language}' translation is of revision "
                    f"{translation.translates_revision}; the English page is revision {setting.revision}",
                    Severity.WARNING,
                )
            elif status == "missing":
                add(setting, None, f"no '{language}' translation yet", Severity.INFO)
        for translation in setting.translations:
            _check_references(library, translation, add)
            if translation.revision != setting.revision:
                add(
                    translation,
                    "revision",
                    f"must stay the English page's revision ({setting.revision}), "
                    f"not {translation.revision}: the translated revision goes in translates_revision",
                    Severity.WARNING,
                )
    for product in library.products:
        have = {t.language for t in product.texts}
        for language in languages:
            if language not in have:
                add(
                    product.directory / "product.yaml",
                    None,
                    f"no product.{language}.yaml yet: the name, summary and intro of "
                    f"'{product.id}' are shown in English",
                    Severity.INFO,
                )
    glossaries = dict(library.glossaries)
    for language in languages:
        translated = glossaries.get(language)
        done = {t.source for t in translated.terms} if translated else set()
        missing = [t.term for t in library.glossary.terms if t.term not in done]
        if missing:
            add(
                glossary_path,
                None,
                f"glossary.{language}.yaml has no entry for: {', '.join(missing[:12])}"
                + (f" and {len(missing) - 12} more" if len(missing) > 12 else ""),
                Severity.INFO,
            )


def explanations(setting: Setting) -> Iterator[tuple[str, str]]:
    """The fields written for the user, which must be easy to read."""
    yield "what_it_does", setting.what_it_does
    yield "data_involved", setting.data_involved
    yield "default.text", setting.default.text
    if setting.default.notes:
        yield "default.notes", setting.default.notes
    yield "trade_offs", setting.trade_offs
    yield "recommendation.reason", setting.recommendation.reason
    for name in ("caveat", "verify", "changes"):
        value = getattr(setting, name)
        if value:
            yield name, value
    if setting.body:
        yield "body", setting.body


def _check_references(library: Library, setting: Setting, add: _Add) -> None:
    targets = [("related", key) for key in setting.related]
    for field, text in explanations(setting):
        targets += [
            (field, link.removeprefix("setting:")) for link in text_links(text) if _SETTING_LINK.match(link)
        ]
    for field, key in targets:
        if library.setting(key) is None:
            add(setting, field, f"refers to '{key}', which does not exist")
    extra = [("admin_note", setting.admin_note or "")] + [
        (f"where.{loc.platform}.note", f"{loc.note or ''} {loc.not_available or ''}") for loc in setting.where
    ]
    for field, text in [*explanations(setting), *extra]:
        for target in text_links(text):
            if target.startswith("setting:"):
                if not _SETTING_LINK.match(target):
                    add(setting, field, f"'{target}' should look like setting:product/setting-id")
                continue
            try:
                check_link(target)
            except LinkRefused as exc:
                add(setting, field, f"link '{target[:60]}': {exc}")


def _check_reading(library: Library, setting: Setting, add: _Add) -> None:
    for field, text in explanations(setting):
        reading = measure(text)
        if reading.words >= MIN_WORDS_FOR_GRADE and reading.grade > MAX_GRADE:
            add(
                setting,
                field,
                f"reads at grade {reading.grade:.1f}; keep it at {MAX_GRADE:.0f} or below "
                "(shorter sentences, shorter words)",
            )
        for sentence in split_sentences(text):
            count = len(words(sentence))
            if count > MAX_SENTENCE_WORDS:
                add(
                    setting,
                    field,
                    f"a sentence has {count} words (keep to {MAX_SENTENCE_WORDS}): '{sentence[:50]}…'",
                    Severity.WARNING,
                )
        for word in library.glossary.missing_jargon(text):
            add(setting, field, f"uses '{word}', which has no entry in glossary.yaml", Severity.WARNING)


class _Add(Protocol):  # the shape of ``add`` above
    def __call__(
        self, setting: Setting | Path, field: str | None, message: str, severity: Severity = ...
    ) -> None: ...
