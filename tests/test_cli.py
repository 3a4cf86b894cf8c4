"""Command line: check-content output and exit codes, --version, no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from privacy_gui.cli import main
from tests.helpers import setting_fields, setting_text


def test_check_content_ok(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content", str(pack)]) == 0
    assert "Content OK" in capsys.readouterr().out


def test_check_content_reports_file_line_message_and_fails(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fields = setting_fields("second", colour="blue")
    fields["where"]["web"]["link"] = "javascript:alert(1)"  # type: ignore[index]
    (pack / "demo" / "settings" / "second.md").write_text(setting_text(fields))
    assert main(["check-content", str(pack)]) == 1
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert len(lines) == 2
    for line in lines:
        path, number, message = line.split(":", 2)
        assert path.endswith("demo/settings/second.md")
        assert number.isdigit()
        assert message.strip()
    assert "2 error(s)" in out.err


def test_check_content_warns_on_stale_content(pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pack / "demo" / "settings" / "first.md").write_text(
        setting_text(setting_fields("first", last_verified="2020-01-01"))
    )
    assert main(["check-content", str(pack)]) == 0
    assert "warning: field 'last_verified'" in capsys.readouterr().out
    assert main(["check-content", "--strict", str(pack)]) == 1
    assert main(["check-content", "--max-age", "100000", "--strict", str(pack)]) == 0


def test_check_content_without_args_checks_builtin(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check-content"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "content" in out


def test_missing_folder_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content", str(tmp_path / "nope")]) == 1
    assert "content folder not found" in capsys.readouterr().out


def test_version_and_console_entry() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "privacy_gui", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("privacy-gui ")


def test_no_display_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    out = subprocess.run(
        [sys.executable, "-m", "privacy_gui"], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "needs a graphical desktop" in out.stderr
