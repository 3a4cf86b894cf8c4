"""Workshop plans, handouts and take-away records."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest
import yaml

from privacy_gui.cli import main
from privacy_gui.core import paths
from privacy_gui.core.checker import check
from privacy_gui.core.loader import load_library
from privacy_gui.core.plans import PlanError, load_plan, plan_library
from privacy_gui.core.progress import ItemState, ProgressStore

LIBRARY = load_library([paths.builtin_content_dir()])
PLANS = paths.builtin_content_dir() / "plans"


def write_plan(tmp_path: Path, **changes: object) -> Path:
    plan: dict[str, object] = {
        "title": "Test plan",
        "assume": {"platforms": ["web"], "account": "personal"},
        "blocks": [
            {
                "title": "One",
                "minutes": 5,
                "steps": [{"setting": "linkedin/gen-ai-training", "notes": "Say hi."}],
            },
            {
                "title": "Two",
                "minutes": 7,
                "steps": [
                    {"setting": "office/analyze-content"},
                    {"setting": "windows/optional-diagnostic-data"},
                ],
            },
        ],
    }
    plan.update(changes)
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(plan, sort_keys=False))
    return path


def test_example_plans_load_with_their_timing() -> None:
    long = load_plan(PLANS / "microsoft-ai-training.yaml", LIBRARY)
    short = load_plan(PLANS / "linkedin-only.yaml", LIBRARY)
    assert long.minutes == 45 and short.minutes == 20
    assert all(step.key.startswith("linkedin/") for step in short.steps())


def test_plan_library_keeps_plan_order_and_keys(tmp_path: Path) -> None:
    plan = load_plan(write_plan(tmp_path), LIBRARY)
    groups = plan_library(plan, LIBRARY)
    assert [g.name for g in groups.products] == ["One", "Two"]
    assert [s.key for s in groups.all_settings()] == [
        "linkedin/gen-ai-training",
        "office/analyze-content",
        "windows/optional-diagnostic-data",
    ]
    assert groups.setting("office/analyze-content") is not None
    assert plan.note_for("linkedin/gen-ai-training") == "Say hi."


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        (
            {"blocks": [{"title": "X", "minutes": 5, "steps": [{"setting": "linkedin/nope"}]}]},
            "'linkedin/nope' is not",
        ),
        (
            {
                "blocks": [
                    {
                        "title": "X",
                        "minutes": 5,
                        "steps": [
                            {"setting": "linkedin/gen-ai-training"},
                            {"setting": "linkedin/gen-ai-training"},
                        ],
                    }
                ]
            },
            "twice",
        ),
        ({"assume": {"platforms": ["amiga"], "account": "personal"}}, "'amiga' is not one of"),
        (
            {"blocks": [{"title": "X", "steps": [{"setting": "linkedin/gen-ai-training"}]}]},
            "'blocks[0].minutes'",
        ),
        ({"durations": 4}, "unknown field"),
    ],
)
def test_broken_plans_are_rejected_with_file_line_field(
    tmp_path: Path, changes: dict[str, object], needle: str
) -> None:
    path = write_plan(tmp_path, **changes)
    with pytest.raises(PlanError) as caught:
        load_plan(path, LIBRARY)
    assert needle in str(caught.value)
    assert all(p.line for p in caught.value.problems)


def test_checker_validates_plan_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check([PLANS.parent]) == [] or all(p.severity.value == "warning" for p in check([PLANS.parent]))
    bad = write_plan(tmp_path, blocks=[{"title": "X", "minutes": 5, "steps": [{"setting": "no/such"}]}])
    assert main(["check-content", str(bad)]) == 1
    assert "plan.yaml:" in capsys.readouterr().out


def test_handout_exports(tmp_path: Path) -> None:
    pdf = tmp_path / "h.pdf"
    assert (
        main(["export", "handout", "--plan", str(PLANS / "microsoft-ai-training.yaml"), "-o", str(pdf)]) == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Microsoft & AI training: take back control" in text
    assert "Should LinkedIn use your data to train its AI?" in text
    assert "Read the quote aloud" in text  # trainer notes from the plan
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:" in pages and int(pages.split("Pages:")[1].split()[0]) >= 2
    assert "A4" in pages or "595" in pages
    letter = tmp_path / "l.pdf"
    assert main(["export", "handout", "--product", "linkedin", "--page", "letter", "-o", str(letter)]) == 0
    assert "612 x 792" in subprocess.run(["pdfinfo", str(letter)], capture_output=True, text=True).stdout
    html = tmp_path / "h.html"
    assert main(["export", "handout", "--product", "linkedin", "--format", "html", "-o", str(html)]) == 0
    body = html.read_text()
    assert body.count("☐") == len(LIBRARY.product("linkedin").settings)  # type: ignore[union-attr]
    assert "data:image/png;base64," in body  # QR codes inside the file: it works offline
    out_csv = tmp_path / "h.csv"
    assert main(["export", "handout", "--product", "office", "--format", "csv", "-o", str(out_csv)]) == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text())))
    assert [r["setting_id"] for r in rows] == [s.key for s in LIBRARY.product("office").settings]  # type: ignore[union-attr]


def test_record_exports_states_dates_and_versions_only(tmp_path: Path, data_dir: Path) -> None:
    store = ProgressStore(paths.progress_file())
    store.load()
    store.set_state("linkedin/gen-ai-training", ItemState.DONE, 1, "h")
    store.set_state("linkedin/ml-objection", ItemState.SKIPPED, 1, "h")
    store.set_state("linkedin/research-data", ItemState.NOT_FOR_ME, 1, "h")
    out = tmp_path / "r.csv"
    assert main(["export", "record", "--product", "linkedin", "--format", "csv", "-o", str(out)]) == 0
    rows = {r["setting_id"]: r for r in csv.DictReader(io.StringIO(out.read_text()))}
    assert rows["linkedin/gen-ai-training"]["state"] == "done"
    assert rows["linkedin/ml-objection"]["state"] == "skipped"
    assert rows["linkedin/research-data"]["state"] == "not_for_me"
    assert set(next(iter(rows.values()))) == {
        "product",
        "setting_id",
        "question",
        "setting_name",
        "state",
        "changed",
        "revision",
        "checked",
    }
    pdf = tmp_path / "r.pdf"
    assert main(["export", "record", "--product", "linkedin", "-o", str(pdf)]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Take-away record" in text and "Skipped for now" in text and "Doesn't apply to me" in text
