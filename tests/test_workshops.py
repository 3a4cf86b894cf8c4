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
    assert all(p.severity.value in ("warning", "info") for p in check([PLANS.parent]))
    bad = write_plan(tmp_path, blocks=[{"title": "X", "minutes": 5, "steps": [{"setting": "no/such"}]}])
    assert main(["check-content", str(bad)]) == 1
    assert "plan.yaml:" in capsys.readouterr().out


def test_handout_exports(qapp: object, tmp_path: Path) -> None:
    pdf = tmp_path / "h.pdf"
    assert (
        main(["export", "handout", "--plan", str(PLANS / "microsoft-ai-training.yaml"), "-o", str(pdf)]) == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
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


def test_record_exports_states_dates_and_versions_only(qapp: object, tmp_path: Path, data_dir: Path) -> None:
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
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Take-away record" in text and "Skipped for now" in text and "Doesn't apply to me" in text


# ----------------------------------------------------------------- in the app
import zipfile  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from privacy_gui.core.answers import Answers  # noqa: E402
from privacy_gui.core.prefs import Prefs  # noqa: E402
from privacy_gui.ui.app import create_app  # noqa: E402
from privacy_gui.ui.main_window import MainWindow  # noqa: E402
from privacy_gui.ui.theme import apply_theme  # noqa: E402
from tests.helpers import write_pack  # noqa: E402


def app_window(qtbot: QtBot, library: object, plan: object = None) -> MainWindow:
    app = create_app()
    apply_theme(app, 100)
    store = ProgressStore(paths.progress_file())
    store.load()
    if plan is not None:
        store.answers = plan.assume  # type: ignore[attr-defined]
    elif store.answers is None:
        store.set_answers(Answers())
    window = MainWindow(library, store, Prefs(), plan=plan)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_plan_mode_shows_only_the_plan_in_order(qtbot: QtBot) -> None:
    plan = load_plan(PLANS / "linkedin-only.yaml", LIBRARY)
    window = app_window(qtbot, plan_library(plan, LIBRARY), plan)
    assert list(window.home.cards) == ["block-1", "block-2", "block-3"]
    assert "LinkedIn only" in window.windowTitle()
    window.open_product("block-1")
    assert window.wizard.steps[1:-1] == ["linkedin/gen-ai-training", "linkedin/research-data"]
    window.show_checklist()
    model = window.checklist.model
    assert model.rowCount() == 3 and model.index(0, 0).data() == "AI and research"


def test_presenter_navigation_by_clicker_keys(qtbot: QtBot) -> None:
    plan = load_plan(PLANS / "microsoft-ai-training.yaml", LIBRARY)
    window = app_window(qtbot, plan_library(plan, LIBRARY), plan)
    presenter = window.open_presenter()
    qtbot.addWidget(presenter)
    qtbot.addWidget(presenter.notes)
    assert presenter.current().key == "office/ai-training-statement"  # type: ignore[union-attr]
    assert "Read the quote aloud" in presenter.notes.body.text()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.current().key == "linkedin/ml-objection"  # type: ignore[union-attr]
    assert presenter.qr is not None  # the step has a link: participants scan it
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.current().key == "linkedin/gen-ai-training"  # type: ignore[union-attr]
    assert "Most people find this switch on" in presenter.notes.body.text()
    base = presenter.font().pointSizeF()
    presenter.set_zoom(2.5)
    assert presenter.font().pointSizeF() > base
    for _ in range(40):
        presenter.next()
    assert presenter.index == len(presenter.items) - 1 and not presenter.next_button.isEnabled()
    presenter.close()


def test_profiles_create_switch_rename_delete(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = app_window(qtbot, LIBRARY)
    window.store.set_state("linkedin/gen-ai-training", ItemState.DONE, 1, "h")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Room 2 laptop", True))
    window.new_profile()
    assert window.profile == "room-2-laptop"
    assert window.store.items == {}  # states isolated
    window.store.set_answers(Answers())
    window.store.set_state("office/analyze-content", ItemState.SKIPPED, 1, "h")
    names = [window.profile_box.itemText(i) for i in range(window.profile_box.count())]
    assert "Room 2 laptop" in names
    window.switch_profile("default")
    assert set(window.store.items) == {"linkedin/gen-ai-training"}
    window.switch_profile("room-2-laptop")
    assert set(window.store.items) == {"office/analyze-content"}
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Room 3", True))
    window.rename_current_profile()
    assert window.profile == "room-3" and set(window.store.items) == {"office/analyze-content"}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.delete_current_profile()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.delete_current_profile()
    assert not (paths.data_dir() / "profiles" / "room-3").exists()
    assert window.profile == "default" and set(window.store.items) == {"linkedin/gen-ai-training"}


def test_reset_for_next_person_saves_a_record_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app_window(qtbot, LIBRARY)
    window.store.set_state("linkedin/gen-ai-training", ItemState.DONE, 1, "h")

    def choose(label: str) -> object:
        def exec_(box: QMessageBox) -> int:
            button = next(b for b in box.buttons() if b.text().startswith(label))
            button.click()
            return 0

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", choose("Cancel"))
    assert not window.reset_for_next_person()
    record = tmp_path / "record.pdf"
    monkeypatch.setattr(QMessageBox, "exec", choose("Save a PDF record first"))
    assert window.reset_for_next_person(record)
    assert record.read_bytes().startswith(b"%PDF")
    assert window.store.items == {} and window.store.answers is None
    saved = ProgressStore(paths.progress_file())
    saved.load()
    assert saved.items == {} and saved.answers is None


def test_content_packs_from_folder_and_zip(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_pack(tmp_path / "packs", product_id="our-library", name="Our library's Wi-Fi")
    window = app_window(qtbot, LIBRARY)
    assert window.add_content_pack(folder)
    assert "our-library" in window.home.cards and window.library.product("our-library").pack == "packs"  # type: ignore[union-attr]

    zipped = tmp_path / "pack.zip"
    other = write_pack(tmp_path / "zipsrc", product_id="club", name="Club")
    with zipfile.ZipFile(zipped, "w") as archive:
        for file in other.rglob("*"):
            archive.write(file, file.relative_to(other.parent))
    assert window.add_content_pack(zipped)
    assert "club" in window.home.cards

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    broken = write_pack(tmp_path / "broken", product_id="office", name="Fake Office")  # tries to replace
    window.add_content_pack(broken)
    assert warned and "never replace built-in" in warned[-1]
    assert window.library.product("office").name == "Microsoft Office / 365"  # type: ignore[union-attr]

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.txt", "x")
    assert not window.add_content_pack(evil)
    assert "outside the pack" in warned[-1]
    assert not (tmp_path / "outside.txt").exists()
