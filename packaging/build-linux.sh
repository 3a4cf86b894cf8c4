#!/usr/bin/env bash
# Build the standalone Linux bundle (one folder) with PyInstaller: dist/privacy-gui/.
#
#   packaging/build-linux.sh              # use the current venv (.venv, or $VIRTUAL_ENV)
#   packaging/build-linux.sh --fresh      # build in a new venv (build/bundle-venv): release builds
#   packaging/build-linux.sh --dist DIR --work DIR --python PY --archive
#
# The current venv is fastest (PyInstaller is installed into it if missing); --fresh installs
# the app and packaging/build-requirements.txt into a clean venv, so nothing else that happens
# to be installed in your venv can sneak into the bundle. Both read the app from this
# repository (the spec puts the repository first on the module path).
#
# --archive also writes dist/privacy-gui-<version>-linux-<arch>.tar.gz.
# Works offline once the Python packages are installed (PyInstaller's bootloader is in its wheel).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
PY=""
FRESH=0
ARCHIVE=0

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --fresh) FRESH=1 ;;
        --archive) ARCHIVE=1 ;;
        --dist) DIST=$(realpath -m "$2"); shift ;;
        --work) WORK=$(realpath -m "$2"); shift ;;
        --python) PY="$2"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build-linux.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

if [ "$FRESH" = 1 ]; then
    VENV="$ROOT/build/bundle-venv"
    rm -rf "$VENV"
    "${PY:-python3}" -m venv "$VENV"
    PY="$VENV/bin/python"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q "$ROOT" -r "$ROOT/packaging/build-requirements.txt"
elif [ -z "$PY" ]; then
    if [ -n "${VIRTUAL_ENV:-}" ]; then PY="$VIRTUAL_ENV/bin/python"; else PY="$ROOT/.venv/bin/python"; fi
fi
[ -x "$PY" ] || { echo "build-linux.sh: no Python at $PY (run 'make setup' or pass --python)" >&2; exit 2; }

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    "$PY" -m pip install -q -r "$ROOT/packaging/build-requirements.txt"
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/privacy_gui/__init__.py")
echo "build-linux.sh: privacy-gui $VERSION with $("$PY" -m PyInstaller --version) ($PY)"

# Our translations: .qm files are built from the .ts sources and never committed.
QM_DIR="$WORK/qm"
rm -rf "$QM_DIR"
mkdir -p "$QM_DIR"
shopt -s nullglob
ts_files=("$ROOT"/resources/translations/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    LRELEASE="$(dirname "$PY")/pyside6-lrelease"
    for ts in "${ts_files[@]}"; do
        "$LRELEASE" -silent "$ts" -qm "$QM_DIR/$(basename "${ts%.ts}").qm"
    done
fi
export PRIVACY_GUI_QM_DIR="$QM_DIR"

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/privacy-gui.spec"

BUNDLE="$DIST/privacy-gui"
# Desktop integration next to the program, for packaging/linux/install.sh (copied in too).
APP_ID=io.github.privacy_gui
install -Dm644 "$ROOT/packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
for s in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$ROOT/resources/icons/privacy-gui-$s.png" "$BUNDLE/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
install -Dm644 "$ROOT/resources/icons/privacy-gui.svg" "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m755 "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"

# A bundle that cannot even print its version must not count as built.
got=$(QT_QPA_PLATFORM=offscreen "$BUNDLE/privacy-gui" --version)
[ "$got" = "privacy-gui $VERSION" ] || { echo "build-linux.sh: bundle says '$got'" >&2; exit 1; }

echo "build-linux.sh: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
if [ "$ARCHIVE" = 1 ]; then
    TARBALL="$DIST/privacy-gui-$VERSION-linux-$(uname -m).tar.gz"
    tar -C "$DIST" -czf "$TARBALL" privacy-gui
    echo "build-linux.sh: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
fi
