"""One entry point for handout and record exports, shared by the CLI and the app."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from privacy_gui.core import paths
from privacy_gui.core.export import checklist_rows, to_csv, to_html
from privacy_gui.core.handout import handout_csv, handout_html, handout_steps
from privacy_gui.core.loader import load_library
from privacy_gui.core.model import Library
from privacy_gui.core.plans import Plan, load_plan, plan_library
from privacy_gui.core.prefs import Prefs
from privacy_gui.core.progress import ProgressStore


@dataclass(frozen=True)
class ExportRequest:
    """What to export, and where."""

    kind: str  # "handout" or "record"
    fmt: str  # "pdf", "html" or "csv"
    output: Path
    plan: Path | None = None
    product: str | None = None
    profile: str | None = None
    page: str = "a4"
    platforms: tuple[str, ...] = ()
    data_dir: Path | None = None
    content: tuple[Path, ...] = ()


def export_library(library: Library, plan: Plan | None, product: str | None) -> Library:
    """The part of the library an export covers."""
    if plan is not None:
        library = plan_library(plan, library)
    if product is not None:
        wanted = library.product(product)
        if wanted is None:
            raise ValueError(f"there is no product called '{product}'")
        library = replace(library, products=(wanted,))
    return library


def write_handout(
    library: Library,
    fmt: str,
    output: Path,
    *,
    title: str,
    platforms: tuple[str, ...],
    page: str = "a4",
    plan: Plan | None = None,
) -> int:
    """Write a blank handout; returns the PDF's page count (0 for HTML and CSV)."""
    steps = handout_steps(library, platforms or None, plan.note_for if plan else None)
    if fmt == "csv":
        output.write_text(handout_csv(steps), encoding="utf-8")
        return 0
    if fmt == "html":
        from privacy_gui.core.qr import qr_data_uri

        output.write_text(
            handout_html(steps, title, lambda s: qr_data_uri(s.link) if s.link else None), "utf-8"
        )
        return 0
    from privacy_gui.core.pdf import write_pdf
    from privacy_gui.core.qr import qr_image

    images = {f"qr-{s.number}.png": qr_image(s.link) for s in steps if s.link}
    html = handout_html(steps, title, lambda s: f"qr-{s.number}.png" if s.link else None)
    return write_pdf(html, output, page=page, title=title, images=images)


def write_record(
    library: Library, store: ProgressStore, fmt: str, output: Path, *, title: str, page: str = "a4"
) -> int:
    """Write the take-away record: states, dates and advice versions only."""
    rows = checklist_rows(library, store, store.answers)
    if fmt == "csv":
        output.write_text(to_csv(rows), encoding="utf-8")
        return 0
    html = to_html(rows, title=title)
    if fmt == "html":
        output.write_text(html, encoding="utf-8")
        return 0
    from privacy_gui.core.pdf import write_pdf

    return write_pdf(html, output, page=page, title=title)


def run_export(request: ExportRequest) -> int:
    """Do an export without a window (PDF needs a QGuiApplication, made offscreen here)."""
    if request.data_dir:
        paths.set_data_dir(request.data_dir)
    library = load_library([paths.builtin_content_dir(), *request.content])
    plan = load_plan(request.plan, library) if request.plan else None
    covered = export_library(library, plan, request.product)
    if request.fmt == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is None:
            _app = QGuiApplication([])  # kept alive for the layout
    if request.kind == "handout":
        title = plan.title if plan else ("Privacy checklist: " + ", ".join(p.name for p in covered.products))
        platforms = request.platforms or (tuple(plan.assume.platforms) if plan else ())
        return write_handout(
            covered,
            request.fmt,
            request.output,
            title=title,
            platforms=platforms,
            page=request.page,
            plan=plan,
        )
    profile = request.profile or Prefs.load(paths.prefs_file()).profile
    store = ProgressStore(paths.progress_file(profile))
    store.load()
    if plan is not None:
        store.answers = plan.assume
    return write_record(
        covered, store, request.fmt, request.output, title="Take-away record", page=request.page
    )
