"""Progress figures shared by the home cards, the checklist and exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from privacy_gui.core.answers import Answers
from privacy_gui.core.model import Product, Setting
from privacy_gui.core.progress import ItemState, ProgressStore

REVIEW_AGE_DAYS = 183


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts for a set of settings."""

    total: int
    done: int
    skipped: int
    not_for_me: int
    changed: int = 0

    @property
    def handled(self) -> int:
        """Items the user has dealt with (done or marked not for them)."""
        return self.done + self.not_for_me

    @property
    def open(self) -> int:
        """Items still to do or skipped for now."""
        return self.total - self.handled

    @property
    def started(self) -> bool:
        """True once any item has a state."""
        return self.done + self.skipped + self.not_for_me > 0


def relevant_settings(
    product: Product, answers: Answers | None, left_out: Collection[str] = ()
) -> tuple[Setting, ...]:
    """The settings shown in the wizard for these answers (all, before answers exist).

    ``left_out`` holds the steps the user chose not to go through; they count nowhere.
    """
    return tuple(
        s for s in product.settings if (answers is None or answers.applies(s)) and s.key not in left_out
    )


def tally(settings: tuple[Setting, ...], store: ProgressStore) -> Tally:
    """Count states of ``settings``."""
    states = [store.state(s.key) for s in settings]
    return Tally(
        total=len(states),
        done=states.count(ItemState.DONE),
        skipped=states.count(ItemState.SKIPPED),
        not_for_me=states.count(ItemState.NOT_FOR_ME),
        changed=sum(changed_since_done(s, store) for s in settings),
    )


def changed_since_done(setting: Setting, store: ProgressStore) -> bool:
    """True when the user did this step against an older revision of the guidance."""
    record = store.items.get(setting.key)
    return record is not None and record.state is ItemState.DONE and record.revision < setting.revision


def is_stale(setting: Setting, today: dt.date, max_age_days: int = REVIEW_AGE_DAYS) -> bool:
    """True when our content is older than its review age."""
    return (today - setting.last_verified).days > max_age_days
