#!/bin/sh
# Install the privacy-gui bundle this script sits in, with a menu entry and icons.
#
#   ./install.sh                       for you only: ~/.local/opt/privacy-gui, no root needed
#   sudo ./install.sh --system         for everyone: /opt/privacy-gui (the path docs/kiosk.md uses)
#   ./install.sh --uninstall [--system]
#
# Only copies files; it never downloads anything. Nothing is kept outside the folders below.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.privacy_gui
MODE=user
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --system) MODE=system ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [ "$MODE" = system ]; then
    PREFIX=/usr/local
    TARGET=/opt/privacy-gui
    SHARE=$PREFIX/share
    BIN=$PREFIX/bin
else
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
    TARGET=$HOME/.local/opt/privacy-gui
    BIN=$HOME/.local/bin
fi
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$TARGET"
    rm -f "$BIN/privacy-gui" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for s in $SIZES; do rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
    refresh
    echo "privacy-gui removed (your checklists in ~/.local/share/privacy-gui are kept)"
    exit 0
fi

[ -x "$HERE/privacy-gui" ] || { echo "install.sh: run me from the unpacked privacy-gui folder" >&2; exit 2; }
if [ "$HERE" != "$TARGET" ]; then
    rm -rf "$TARGET"
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$TARGET/privacy-gui" "$BIN/privacy-gui"
sed -e "s|^Exec=.*|Exec=$TARGET/privacy-gui|" -e "s|^TryExec=.*|TryExec=$TARGET/privacy-gui|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
for s in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${s}x${s}/apps"
    cp "$HERE/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png" "$SHARE/icons/hicolor/${s}x${s}/apps/"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/"
refresh
echo "privacy-gui installed in $TARGET; start it from your applications menu or with $BIN/privacy-gui"
