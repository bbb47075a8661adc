"""Render resources/icons/classcompare.svg into the Windows icon classcompare.ico, one image per size Windows asks for.

Run after changing the SVG: `uv run python packaging/make_icon.py`; commit the .ico (the build does not make it).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

# Explorer, the taskbar and the title bar pick among these; 256 is the "extra large icons" view.
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "classcompare.svg"
ICO = ROOT / "resources" / "icons" / "classcompare.ico"


def render_png(svg: Path, size: int) -> bytes:
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
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images (read by Windows Vista and later at every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        # Width and height are one byte each; 0 means 256.
        side = size if size < 256 else 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICO.write_bytes(ico_bytes({size: render_png(SVG, size) for size in SIZES}))
    print(f"{ICO.relative_to(ROOT)}: {len(SIZES)} sizes ({', '.join(map(str, SIZES))}), {ICO.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
