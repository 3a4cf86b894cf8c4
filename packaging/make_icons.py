"""Render the icon set from the SVG master: PNGs, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py            # (re)write resources/icons/*
    python packaging/make_icons.py --check    # exit 1 if the committed files are stale

Only PySide6 (already a dependency of the app) is needed: the SVG is rendered with
``QSvgRenderer`` and both containers are written here byte by byte, so no Pillow,
ImageMagick, ``icotool`` or ``iconutil`` is involved.

- ``privacy-gui-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512.
- ``privacy-gui.ico``: 16, 24, 32, 48 as 32-bit BMP (DIB) images, which every Windows
  tool reads, and 64, 128, 256 as PNG images (allowed since Windows Vista; keeps the file
  small). ICO images cannot be larger than 256 px.
- ``privacy-gui.icns``: PNG-compressed entries (macOS 10.7+) for 16, 32, 64, 128, 256,
  512 and their @2x variants up to 512 px (no optional 'TOC ' block). There is no 1024 px
  (512@2x) entry: the App Store wants one, a Developer ID build does not.

``--check`` (run by tests/test_packaging.py) fails when the PNGs no longer look like the
SVG (someone edited it and forgot to run this script) or the .ico/.icns were not built
from the committed PNGs. It tolerates the tiny anti-aliasing changes of a new Qt version.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "privacy-gui.svg"
NAME = "privacy-gui"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_BMP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (64, 128, 256)
# OSType -> pixel size. icp4/icp5/icp6 are 16/32/64 @1x; ic11..ic14 are the @2x variants.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image (non-premultiplied ARGB)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """PNG encoding of ``image`` with no metadata chunks (so the bytes are reproducible)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    clean = QImage(image)
    for key in clean.textKeys():
        clean.setText(key, "")
    clean.setDotsPerMeterX(3780)  # 96 dpi
    clean.setDotsPerMeterY(3780)
    if not clean.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes; str works
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bgra_rows(image: QImage) -> list[bytes]:
    """Rows of 32-bit pixels, top to bottom, as little-endian B, G, R, A bytes."""
    rows = []
    for y in range(image.height()):
        rows.append(b"".join(struct.pack("<I", image.pixel(x, y)) for x in range(image.width())))
    return rows


def dib_bytes(image: QImage) -> bytes:
    """An ICO image in BMP form: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, AND mask."""
    size = image.width()
    header = struct.pack(
        "<IiiHHIIiiII",
        40,  # header size
        size,
        size * 2,  # height counts the colour bitmap and the mask
        1,  # planes
        32,  # bits per pixel
        0,  # BI_RGB
        0,  # image size (may be 0 for BI_RGB)
        0,
        0,
        0,
        0,
    )
    colour = b"".join(reversed(bgra_rows(image)))
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for y in reversed(range(size)):
        bits = bytearray(mask_stride)
        for x in range(size):
            if (image.pixel(x, y) >> 24) == 0:  # fully transparent -> mask bit set
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    return header + colour + b"".join(mask_rows)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows ICO file from the PNGs: ICONDIR, one ICONDIRENTRY per image, the images."""
    entries = [(s, dib_bytes(QImage.fromData(pngs[s]))) for s in ICO_BMP_SIZES]
    entries += [(s, pngs[s]) for s in ICO_PNG_SIZES]  # the PNG files themselves
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS ICNS file from the PNGs: 'icns' + total length, then (OSType, length, PNG).

    No 'TOC ' block: it is optional (macOS reads the entries without it) and Qt's own
    icns reader mis-parses one and warns that the file "may be corrupted".
    """
    body = b"".join(
        ostype + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(master: Path = MASTER) -> dict[int, bytes]:
    """The SVG master rendered at every size, PNG-encoded."""
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {master}")
    return {size: png_bytes(render(renderer, size)) for size in PNG_SIZES}


def containers(pngs: dict[int, bytes]) -> dict[str, bytes]:
    """The .ico and .icns files, built from the PNGs (so they always match them)."""
    return {f"{NAME}.ico": ico_bytes(pngs), f"{NAME}.icns": icns_bytes(pngs)}


def looks_the_same(a: bytes, b: bytes) -> bool:
    """Same size, and at most 1 % of pixels differ by more than 8/255 in some channel.

    Exact bytes would fail whenever a new Qt version anti-aliases an edge a little
    differently; an edited SVG changes far more than that.
    """
    one, two = QImage.fromData(a), QImage.fromData(b)
    if one.isNull() or two.isNull() or one.size() != two.size():
        return False
    differ = 0
    for y in range(one.height()):
        for x in range(one.width()):
            p, q = one.pixel(x, y), two.pixel(x, y)
            if p != q and max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16, 24)) > 8:
                differ += 1
    return differ <= one.width() * one.height() // 100


def check(folder: Path) -> list[str]:
    """Problems with the committed icon set in ``folder`` (empty when it is up to date)."""
    problems = []
    committed: dict[int, bytes] = {}
    for size, fresh in render_pngs().items():
        path = folder / f"{NAME}-{size}.png"
        if not path.is_file():
            problems.append(f"{path} is missing")
            continue
        committed[size] = path.read_bytes()
        if not looks_the_same(committed[size], fresh):
            problems.append(f"{path} does not match {MASTER.name}")
    if len(committed) == len(PNG_SIZES):
        for name, data in containers(committed).items():
            if not (folder / name).is_file() or (folder / name).read_bytes() != data:
                problems.append(f"{folder / name} is missing or not built from the PNGs")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Write the icon set, or with --check report whether it is up to date."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only compare with the files on disk")
    parser.add_argument("--out", type=Path, default=ICONS, help="output folder (default: resources/icons)")
    opts = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # image plugins
    if opts.check:
        problems = check(opts.out)
        for problem in problems:
            print(f"make_icons: {problem}", file=sys.stderr)
        if problems:
            print("make_icons: run 'python packaging/make_icons.py' and commit the result", file=sys.stderr)
        return 1 if problems else 0
    pngs = render_pngs()
    files = {f"{NAME}-{size}.png": data for size, data in pngs.items()} | containers(pngs)
    opts.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (opts.out / name).write_bytes(data)
        print(f"{opts.out / name} ({len(data):,} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
