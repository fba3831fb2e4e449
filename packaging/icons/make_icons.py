"""Rasterise ``icon.svg`` into the application icons the packages need:

    backan-desktop-<N>.png   N = 16, 24, 32, 48, 64, 128, 256, 512 (Linux, window icon)
    backan-desktop.ico       16–256, PNG-compressed entries (Windows executable)
    backan-desktop.icns      16–1024 incl. @2x (macOS app bundle)

    .venv/bin/python packaging/icons/make_icons.py

Qt draws the SVG (QSvgRenderer, antialiased); the .ico and .icns containers are written here
(both just wrap PNG data), so nothing beyond PySide6 is needed. The outputs are committed; run
this again after editing icon.svg.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "backan-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x ones share the pixels of a size)
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size``×``size`` canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG-compressed image per size (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s          # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns with PNG elements for every size macOS asks for (incl. Retina @2x)."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[px])) + pngs[px] for kind, px in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  QPainter needs it
    svg = HERE / "icon.svg"
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {px for _, px in ICNS_TYPES})
    pngs = {s: render_png(svg, s) for s in sizes}
    for s in PNG_SIZES:
        (HERE / f"{NAME}-{s}.png").write_bytes(pngs[s])
    (HERE / f"{NAME}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (HERE / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    for f in sorted(HERE.glob(f"{NAME}*")):
        print(f"{f.relative_to(HERE.parents[1])}: {f.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
