"""Workshop plans: a trainer's YAML file that picks settings, their order and timing.

A plan turns the library into one group per block, in the plan's order, so the home
screen, the wizard and the checklist show only the plan's steps. Setting keys stay the
same, so progress made in a workshop is ordinary progress.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from privacy_gui.core import model, schema
from privacy_gui.core.answers import Answers
from privacy_gui.core.errors import ContentProblem
from privacy_gui.core.yamlsafe import YamlProblem, parse_yaml

STEP_FIELDS = (
    schema.Field("setting", "text"),
    schema.Field("notes", "text", required=False),
)
BLOCK_FIELDS = (
    schema.Field("title", "text"),
    schema.Field("minutes", "int"),
    schema.Field("notes", "text", required=False),
    schema.Field("steps", "maps", fields=STEP_FIELDS),
)
PLAN_FIELDS = (
    schema.Field("title", "text"),
    schema.Field("summary", "text", required=False),
    schema.Field(
        "assume",
        "map",
        fields=(
            schema.Field("platforms", "choices", choices=model.PLATFORMS),
            schema.Field("account", "choice", choices=model.ACCOUNTS),
            schema.Field("region", "choice", choices=model.REGIONS, required=False),
        ),
    ),
    schema.Field("notes", "text", required=False),
    schema.Field("blocks", "maps", fields=BLOCK_FIELDS),
)


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One setting in a plan, with the trainer's note for it."""

    key: str
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class PlanBlock:
    """A timed part of a workshop."""

    title: str
    minutes: int
    steps: tuple[PlanStep, ...]
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A whole workshop."""

    title: str
    assume: Answers
    blocks: tuple[PlanBlock, ...]
    path: Path
    summary: str | None = None
    notes: str | None = None

    @property
    def minutes(self) -> int:
        """Total time of all blocks."""
        return sum(block.minutes for block in self.blocks)

    def steps(self) -> list[PlanStep]:
        """Every step, in order."""
        return [step for block in self.blocks for step in block.steps]

    def note_for(self, key: str) -> str | None:
        """The trainer's note for a setting, if the plan has one."""
        return next((s.notes for s in self.steps() if s.key == key), None)


class PlanError(ValueError):
    """The plan can't be used; ``problems`` say where and why."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def load_plan(path: Path, library: model.Library, shown: str | None = None) -> Plan:
    """Read and check a plan against the loaded content; raises PlanError."""
    shown = shown or str(path)
    problems: list[ContentProblem] = []
    try:
        parsed = parse_yaml(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError([ContentProblem(shown, None, None, f"could not be read: {exc}")]) from exc
    except YamlProblem as exc:
        raise PlanError([ContentProblem(shown, exc.line, None, exc.message)]) from exc

    def report(field: str, message: str) -> None:
        problems.append(ContentProblem(shown, parsed.line_of(field), field, message))

    data = schema.validate(parsed.data, PLAN_FIELDS, report)
    blocks: list[PlanBlock] = []
    seen: set[str] = set()
    for b_index, block in enumerate(data.get("blocks", [])):
        steps = []
        for s_index, step in enumerate(block.get("steps", [])):
            key = step.get("setting")
            field = f"blocks[{b_index}].steps[{s_index}].setting"
            if not key:
                continue
            if library.setting(key) is None:
                report(field, f"'{key}' is not a setting in the content (write it as product/setting-id)")
            elif key in seen:
                report(field, f"'{key}' is in the plan twice")
            seen.add(key)
            steps.append(PlanStep(key, step.get("notes")))
        if "title" in block and "minutes" in block:
            blocks.append(PlanBlock(block["title"], block["minutes"], tuple(steps), block.get("notes")))
    if problems:
        raise PlanError(problems)
    assume = data["assume"]
    return Plan(
        title=data["title"],
        assume=Answers(frozenset(assume["platforms"]), assume["account"], assume.get("region", "other")),
        blocks=tuple(blocks),
        path=path,
        summary=data.get("summary"),
        notes=data.get("notes"),
    )


def plan_library(plan: Plan, library: model.Library) -> model.Library:
    """The library as the plan shows it: one group per block, steps in plan order."""
    groups = []
    for index, block in enumerate(plan.blocks, start=1):
        settings = tuple(s for s in (library.setting(step.key) for step in block.steps) if s is not None)
        first = library.product(settings[0].product_id) if settings else None
        groups.append(
            model.Product(
                id=f"block-{index}",
                name=block.title,
                vendor=first.vendor if first else "",
                summary=f"{block.minutes} min · "
                + ", ".join(s.title for s in settings[:2])
                + ("…" if len(settings) > 2 else ""),
                intro=block.notes or plan.summary or plan.title,
                settings=settings,
                directory=plan.path.parent,
                icon=first.icon if first else None,
                pack="plan",
                position=index,
            )
        )
    return replace(library, products=tuple(groups))


def plans_in(root: Path) -> list[Path]:
    """The plan files shipped in a content folder (``plans/*.yaml``)."""
    folder = root / "plans"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []
