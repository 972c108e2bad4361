"""Render the app icon's PNGs (16–512 px) from resources/icons/fallback-desk.svg.

    .venv/bin/python -m tools.icons          # writes resources/icons/fallback-desk-<size>.png

Run it after changing the SVG; a test fails when a PNG no longer matches the drawing. Qt's own
SVG renderer (QtSvg, part of PySide6-Essentials) draws them, so no other tool is needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from fallback_desktop.paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_NAME = "fallback-desk.svg"


def svg_path() -> Path:
    return resource("icons", SVG_NAME)


def png_path(size: int) -> Path:
    return resource("icons", f"fallback-desk-{size}.png")


def render(size: int, svg: Path | None = None) -> QImage:
    """The drawing at size × size pixels, transparent around the tile."""
    renderer = QSvgRenderer(str(svg or svg_path()))
    if not renderer.isValid():
        raise ValueError(f"{svg or svg_path()} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG, at the strongest compression (the files are committed)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG", 0):
        raise OSError("Qt could not encode the PNG")
    buffer.close()
    return bytes(data.data())


def write_all(sizes: Sequence[int] = ICON_SIZES) -> list[Path]:
    """Render every size next to the SVG; returns the files written."""
    written = []
    for size in sizes:
        target = png_path(size)
        target.write_bytes(png_bytes(render(size)))
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.icons", description=__doc__)
    parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
