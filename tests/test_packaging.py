"""Packaging: icons, desktop metadata, the wheel in a fresh venv, the PyInstaller bundle.

The slow tests build real artifacts (about a minute each) and need network access for pip
(PyPI) unless the pip cache already has the wheels. See docs/packaging.md.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import statistics
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
import yaml
from PySide6.QtGui import QImage, QImageReader

import privacy_gui

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.privacy_gui"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
VERSION = privacy_gui.__version__
MAX_BUNDLE_MB = 250
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False
    )


def clean_env(data_dir: Path) -> dict[str, str]:
    """Offscreen Qt, our own data folder, nothing pointing back into the repository."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PRIVACY_GUI_DATA_DIR"] = str(data_dir)
    return env


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: 'make deps' installs it (packaging/debian-test-packages.txt)")
    return path


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def assert_home_screenshot(path: Path) -> None:
    assert path.is_file(), "no screenshot was written"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 5, "the screenshot is blank"


def tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# --- icons -------------------------------------------------------------------------------


def test_icons_are_rendered_from_the_svg_master() -> None:
    done = run([sys.executable, str(PACKAGING / "make_icons.py"), "--check"], timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_sizes(size: int) -> None:
    assert png_size(ICONS / f"privacy-gui-{size}.png") == (size, size)


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("privacy-gui.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("privacy-gui.icns", [16, 32, 32, 64, 64, 128, 256, 256, 512, 512]),
    ],
)
def test_icon_containers_hold_every_size(name: str, sizes: list[int]) -> None:
    reader = QImageReader(str(ICONS / name))
    assert reader.canRead(), reader.errorString()
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        found.append(image.width())
    assert sorted(found) == sorted(sizes)


# --- Linux desktop metadata -------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    done = run([require_tool("desktop-file-validate"), str(DESKTOP_FILE)])
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), (
        done.stdout + done.stderr
    )


def test_metainfo_validates_offline() -> None:
    done = run([require_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)])
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert not re.search(r"^\s*[EW]:", report, re.M), report


def test_metadata_agrees_with_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.find("content_rating[@type='oars-1.1']") is not None
    releases = root.findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == VERSION, "add the new version to <releases> (docs/packaging.md)"
    desktop = dict(line.split("=", 1) for line in DESKTOP_FILE.read_text().splitlines() if "=" in line)
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "privacy-gui"
    sources = " ".join(p.read_text() for p in (ROOT / "privacy_gui").rglob("*.py"))
    assert f'setDesktopFileName("{APP_ID}")' in sources, "the window must name the desktop file"


# --- other platforms: files that cannot be built here, checked for what matters ---------------


def test_flatpak_manifest_has_no_network_and_pins_wheels() -> None:
    manifest = yaml.safe_load((PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text())
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] in ("org.freedesktop.Platform", "org.kde.Platform")
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert "--socket=wayland" in args
    assert "--socket=fallback-x11" in args or "--socket=x11" in args
    sources = [s for module in manifest["modules"] for s in module.get("sources", [])]
    wheels = [s for s in sources if s.get("type") == "file"]
    assert wheels, "no wheels in the manifest"
    for wheel in wheels:
        assert wheel["url"].startswith("https://files.pythonhosted.org/") and wheel["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", wheel["sha256"])
    assert not any("pyside6_essentials-6.12.0-" in w["url"] for w in wheels), "6.12.0 crashes (pyproject)"
    assert "pyside6_essentials-" in " ".join(w["url"] for w in wheels)


def test_inno_setup_script_is_per_user_with_kiosk_shortcut() -> None:
    script = (PACKAGING / "windows" / "privacy-gui.iss").read_text()
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert "--kiosk" in script
    assert "{uninstallexe}" in script
    assert "{group}" in script
    assert not re.search(r"^AppVersion=\d", script, re.M), "the version comes from the command line"


def test_macos_info_plist_is_valid_and_carries_no_version() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert re.fullmatch(r"[A-Za-z0-9.-]+", info["CFBundleIdentifier"]), "Apple allows [A-Za-z0-9.-] only"
    assert info["CFBundleExecutable"] == "privacy-gui"
    assert "CFBundleShortVersionString" not in info and "CFBundleVersion" not in info
    plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())


# --- the wheel, installed into a fresh venv outside the repository -----------------------------


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)], timeout=300)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(dist.glob(f"privacy_gui-{VERSION}-py3-none-any.whl"))
    assert len(wheels) == 1, sorted(p.name for p in dist.iterdir())
    assert list(dist.glob(f"privacy_gui-{VERSION}.tar.gz")), "no sdist"

    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    installed = run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", str(wheels[0])], timeout=600
    )
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = clean_env(tmp_path / "data")
    probe = "import privacy_gui.core.paths as p; print(p.__file__); print(p.builtin_content_dir())"
    where = run([str(python), "-c", probe], env=env, cwd=work)
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():  # the code and the content both come from the venv
        assert Path(line).is_relative_to(venv), f"{line} is not inside the fresh venv"

    app = str(venv / "bin" / "privacy-gui")
    version = run([app, "--version"], env=env, cwd=work)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"privacy-gui {VERSION}"

    content = run([app, "check-content"], env=env, cwd=work)
    assert content.returncode == 0, content.stdout + content.stderr
    assert "0 error(s)" in content.stderr or "Content OK" in content.stdout

    shot = tmp_path / "home.png"
    screenshot = run(
        [app, "--screenshot", str(shot), "--size", "1280x800", "--data-dir", str(tmp_path / "data")],
        env=env,
        cwd=work,
    )
    assert screenshot.returncode == 0, screenshot.stderr
    assert_home_screenshot(shot)


# --- the standalone Linux bundle (PyInstaller), built once for this module ---------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("packaging/build-linux.sh builds the Linux bundle")
    out = tmp_path_factory.mktemp("bundle")
    built = run(
        [
            "bash",
            str(PACKAGING / "build-linux.sh"),
            "--python",
            sys.executable,
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        timeout=900,
    )
    assert built.returncode == 0, built.stdout[-5000:] + built.stderr[-5000:]
    yield out / "dist" / "privacy-gui"


@pytest.mark.slow
def test_bundle_runs_offscreen(bundle: Path, tmp_path: Path) -> None:
    app = str(bundle / "privacy-gui")
    env = clean_env(tmp_path / "data")
    version = run([app, "--version"], env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"privacy-gui {VERSION}"

    content = run([app, "check-content"], env=env, cwd=tmp_path)
    assert content.returncode == 0, content.stdout + content.stderr

    shot = tmp_path / "home.png"
    screenshot = run(
        [app, "--screenshot", str(shot), "--size", "1280x800", "--data-dir", str(tmp_path / "data")],
        env=env,
        cwd=tmp_path,
    )
    assert screenshot.returncode == 0, screenshot.stderr
    assert_home_screenshot(shot)


@pytest.mark.slow
def test_bundle_size_and_contents(bundle: Path) -> None:
    size_mb = tree_size(bundle) / 1e6
    print(f"\nLinux bundle: {size_mb:.0f} MB on disk ({bundle})")
    assert size_mb < MAX_BUNDLE_MB

    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    platforms = {Path(f).name for f in files if "/plugins/platforms/" in f}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    wheel_platforms = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"
    if any(wheel_platforms.glob("libqwayland*.so")):
        assert any(re.fullmatch(r"libqwayland.*\.so", p) for p in platforms), platforms
    assert not platforms - {"libqxcb.so", "libqoffscreen.so"} - {p for p in platforms if "wayland" in p}

    unwanted = re.compile(r"Qt6?(Network|Qml|Quick|WebEngine|Designer|Pdf|Multimedia|Test|Sql)", re.I)
    assert not [f for f in files if unwanted.search(Path(f).name)], "unused Qt modules were bundled"
    assert any(re.search(r"/translations/qtbase_de\.qm$", f) for f in files), "Qt's translations are missing"
    assert any(f.endswith("privacy_gui/content/glossary.yaml") for f in files), "content is missing"
    assert any(f.endswith("privacy_gui/resources/icons/privacy-gui.svg") for f in files)
    assert f"share/applications/{APP_ID}.desktop" in files
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


@pytest.mark.slow
def test_bundle_installs_for_one_user(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(tmp_path / "data")
    env.update(HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    installed = run(["sh", str(bundle / "install.sh")], env=env)
    assert installed.returncode == 0, installed.stderr
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={home}/.local/opt/privacy-gui/privacy-gui" in desktop.read_text()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    version = run([str(home / ".local" / "bin" / "privacy-gui"), "--version"], env=env)
    assert version.stdout.strip() == f"privacy-gui {VERSION}"
    removed = run(["sh", str(home / ".local" / "opt" / "privacy-gui" / "install.sh"), "--uninstall"], env=env)
    assert removed.returncode == 0, removed.stderr
    assert not desktop.exists()
    assert not (home / ".local" / "opt" / "privacy-gui").exists()


@pytest.mark.slow
def test_bundle_starts_about_as_fast_as_the_venv(bundle: Path, tmp_path: Path) -> None:
    """Reported, not enforced: CI machines are too noisy for a timing assertion."""
    env = clean_env(tmp_path / "data")
    env["PRIVACY_GUI_EXIT_AFTER_PAINT"] = "1"
    commands = {"bundle": [str(bundle / "privacy-gui")], "venv": [sys.executable, "-m", "privacy_gui"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        assert run(command, env=env, cwd=tmp_path, timeout=60).returncode == 0  # warm-up
    for _ in range(5):
        for name, command in commands.items():
            started = time.perf_counter()
            done = run(command, env=env, cwd=tmp_path, timeout=60)
            times[name].append(time.perf_counter() - started)
            assert done.returncode == 0, done.stderr
    bundle_s, venv_s = statistics.median(times["bundle"]), statistics.median(times["venv"])
    print(
        f"\nstart (median of 5): bundle {bundle_s * 1000:.0f} ms, venv {venv_s * 1000:.0f} ms, "
        f"ratio {bundle_s / venv_s:.2f}"
    )
