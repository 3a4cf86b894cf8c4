"""Command line: the GUI's options and the ``check-content`` tool."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from privacy_gui import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``privacy-gui`` and ``python -m privacy_gui``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check-content":
        return check_content_command(args[1:])
    if args and args[0] == "search":
        return search_command(args[1:])
    if args and args[0] == "kiosk-pin":
        return kiosk_pin_command(args[1:])
    if args and args[0] == "export":
        return export_command(args[1:])
    return gui_command(args)


def check_content_command(argv: Sequence[str]) -> int:
    """Validate content folders; exit 1 on any error (or warning with --strict)."""
    from privacy_gui.core import paths
    from privacy_gui.core.checker import DEFAULT_MAX_AGE_DAYS, check
    from privacy_gui.core.errors import Severity

    parser = argparse.ArgumentParser(
        prog="privacy-gui check-content",
        description="Check content files and print every problem as file:line: message.",
    )
    parser.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        help="content folders or workshop plan files (default: built-in content)",
    )
    parser.add_argument(
        "--max-age",
        type=int,
        default=DEFAULT_MAX_AGE_DAYS,
        metavar="DAYS",
        help="warn when last_verified is older than this (default: %(default)s)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    opts = parser.parse_args(argv)
    roots = opts.dirs or [paths.builtin_content_dir()]
    problems = check(roots, max_age_days=opts.max_age, base=Path.cwd())
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = sum(p.severity is Severity.WARNING for p in problems)
    if not errors and not warnings:
        print(f"Content OK: {', '.join(str(r) for r in roots)}")
    else:
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors or (opts.strict and warnings) else 0


def search_command(argv: Sequence[str]) -> int:
    """Print the best matches as ``product/setting-id<TAB>title``, one per line."""
    from privacy_gui.core import paths
    from privacy_gui.core.loader import load_library
    from privacy_gui.core.search import SearchIndex

    parser = argparse.ArgumentParser(prog="privacy-gui search", description="Find settings by words.")
    parser.add_argument("query", help='what to look for, e.g. "AI training"')
    parser.add_argument("--lang", default="en", help="language of the content to search (default: en)")
    parser.add_argument("--limit", type=int, default=10, help="how many results (default: %(default)s)")
    parser.add_argument("--content", type=Path, action="append", default=[], metavar="DIR")
    opts = parser.parse_args(argv)
    library = load_library([paths.builtin_content_dir(), *opts.content])
    if opts.lang != "en":
        print(f"privacy-gui: no content in '{opts.lang}' yet; searching the English text", file=sys.stderr)
    hits = SearchIndex(library).search(opts.query, limit=opts.limit)
    for hit in hits:
        print(f"{hit.setting.key}\t{hit.setting.title}")
    return 0 if hits else 1


def export_command(argv: Sequence[str]) -> int:
    """Handouts and take-away records from the command line, for batch use."""
    parser = argparse.ArgumentParser(
        prog="privacy-gui export",
        description="Write a blank handout or a take-away record as PDF, HTML or CSV.",
    )
    parser.add_argument("kind", choices=["handout", "record"])
    parser.add_argument("--format", choices=["pdf", "html", "csv"], default="pdf")
    parser.add_argument(
        "--plan", type=Path, metavar="FILE", help="only this workshop plan's steps, in its order"
    )
    parser.add_argument("--product", metavar="ID", help="only this product")
    parser.add_argument("--profile", default=None, help="whose record (default: the last profile used)")
    parser.add_argument("--page", choices=["a4", "letter"], default="a4", help="PDF page size")
    parser.add_argument(
        "--platform", action="append", choices=list(PLATFORMS_FOR_CLI), help="handout click paths"
    )
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--content", type=Path, action="append", default=[], metavar="DIR")
    parser.add_argument("-o", "--output", type=Path, required=True)
    opts = parser.parse_args(argv)
    from privacy_gui.core.exporting import ExportRequest, run_export

    try:
        pages = run_export(
            ExportRequest(
                kind=opts.kind,
                fmt=opts.format,
                output=opts.output,
                plan=opts.plan,
                product=opts.product,
                profile=opts.profile,
                page=opts.page,
                platforms=tuple(opts.platform or ()),
                data_dir=opts.data_dir,
                content=tuple(opts.content),
            )
        )
    except (ValueError, OSError) as exc:
        print(f"privacy-gui: {exc}", file=sys.stderr)
        return 2
    print(f"{opts.output}" + (f" ({pages} page(s))" if pages else ""))
    return 0


PLATFORMS_FOR_CLI = ("windows", "mac", "web", "ios", "android")


def kiosk_pin_command(argv: Sequence[str]) -> int:
    """Ask for a PIN twice and print the line to put in kiosk.yaml."""
    import getpass

    from privacy_gui.core.kiosk_config import hash_pin

    argparse.ArgumentParser(
        prog="privacy-gui kiosk-pin", description="Make admin_pin_hash for kiosk.yaml."
    ).parse_args(argv)
    pin = getpass.getpass("New staff PIN (at least 6 digits): ")
    if len(pin) < 6 or not pin.isdigit():
        print("privacy-gui: the PIN must be at least 6 digits", file=sys.stderr)
        return 2
    if getpass.getpass("Type it again: ") != pin:
        print("privacy-gui: the two PINs differ", file=sys.stderr)
        return 2
    print(f'admin_pin_hash: "{hash_pin(pin)}"')
    return 0


def build_gui_parser() -> argparse.ArgumentParser:
    """The GUI's options (kept separate so tests can inspect them)."""
    parser = argparse.ArgumentParser(
        prog="privacy-gui",
        description="Walk through the privacy settings of Microsoft Office, LinkedIn and Copilot.",
        epilog="Also: 'privacy-gui check-content [DIR ...]' checks content files; "
        "'privacy-gui search \"QUERY\"' finds settings.",
    )
    parser.add_argument("--version", action="version", version=f"privacy-gui {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep progress and preferences here")
    parser.add_argument(
        "--content",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="an extra content pack, added to the built-in one (repeatable)",
    )
    parser.add_argument("--profile", help="whose checklist to open (default: the last one used)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png", help="render a screen to PNG and exit")
    parser.add_argument(
        "--open",
        metavar="PRODUCT[/SETTING]",
        help="start on a product's wizard, one of its settings, 'checklist' or 'setup' "
        "(with --screenshot also 'qr:PRODUCT/SETTING': that setting's QR dialog)",
    )
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    parser.add_argument("--zoom", type=int, help="text size in percent (100–200)")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="public terminal: full screen, locked, keeps nothing (see docs/kiosk.md)",
    )
    parser.add_argument("--kiosk-config", type=Path, metavar="FILE", help="kiosk settings (implies --kiosk)")
    parser.add_argument(
        "--plan", type=Path, metavar="FILE", help="a workshop plan: show only its steps, in its order"
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language: en, de, fr (en-XA and ar-XB: pseudo-locales for testing)",
    )
    return parser


def gui_command(argv: Sequence[str]) -> int:
    """Start the app, or render one screen with --screenshot."""
    opts = build_gui_parser().parse_args(argv)
    if opts.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _display_available():
        print(
            "privacy-gui needs a graphical desktop to run, and none was found. "
            "Start it from your desktop, or use --screenshot FILE.png to render a screen "
            "without one.",
            file=sys.stderr,
        )
        return 2
    from privacy_gui.ui.app import run

    return run(opts)


def _display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
