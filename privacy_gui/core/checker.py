"""``check-content``: the loader's errors plus warnings that only authors need."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from privacy_gui.core.errors import ContentProblem, Severity
from privacy_gui.core.loader import load_library

DEFAULT_MAX_AGE_DAYS = 183


def check(
    roots: Sequence[Path],
    *,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    today: dt.date | None = None,
    base: Path | None = None,
) -> list[ContentProblem]:
    """Every problem in ``roots``: errors first, then warnings, each in file order."""
    library = load_library(roots, base=base)
    problems = list(library.problems)
    today = today or dt.date.today()
    shown_base = base
    for setting in library.all_settings():
        age = (today - setting.last_verified).days
        if age > max_age_days:
            shown = str(setting.path)
            if shown_base is not None:
                with contextlib.suppress(ValueError):
                    shown = str(setting.path.resolve().relative_to(shown_base.resolve()))
            problems.append(
                ContentProblem(
                    shown,
                    None,
                    "last_verified",
                    f"last checked {age} days ago; check it against its sources again",
                    Severity.WARNING,
                )
            )
    problems.sort(key=lambda p: (p.severity is Severity.WARNING, p.path, p.line or 0))
    return problems
