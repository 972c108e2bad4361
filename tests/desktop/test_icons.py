"""The app icon: every size a desktop asks for, drawn from the SVG, and set on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from fallback_desktop.gui.app_icon import WINDOW_ICON_SIZES, app_icon
from tools.icons import ICON_SIZES, png_path, render, svg_path


def _difference(one: QColor, other: QColor) -> int:
    return max(
        abs(one.alpha() - other.alpha()),
        abs(one.red() - other.red()),
        abs(one.green() - other.green()),
        abs(one.blue() - other.blue()),
    )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_its_size_and_matches_the_drawing(qapp: object, size: int) -> None:
    stored = QImage(str(png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
    assert (stored.width(), stored.height()) == (size, size)
    fresh = render(size)
    # Rendered again from the SVG, pixel for pixel within rounding: run `make icons` after an
    # edit of the SVG.
    worst = max(
        _difference(stored.pixelColor(x, y), fresh.pixelColor(x, y))
        for y in range(size)
        for x in range(size)
    )
    assert worst <= 6, f"fallback-desk-{size}.png no longer matches {svg_path().name}"


@pytest.mark.parametrize("size", [16, 48])
def test_the_icon_is_a_tile_with_clear_corners(qapp: object, size: int) -> None:
    image = QImage(str(png_path(size)))
    assert image.pixelColor(0, 0).alpha() == 0  # a rounded tile, not a square
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    colours = {image.pixel(x, y) for y in range(size) for x in range(size)}
    assert len(colours) > 8  # drawn, not blank


def test_the_svg_is_plain_and_titled() -> None:
    text = Path(svg_path()).read_text(encoding="utf-8")
    assert "<title>Fallback Desk</title>" in text
    assert "<image" not in text
    assert "<script" not in text


def test_the_window_icon_carries_the_small_sizes(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(WINDOW_ICON_SIZES)


def test_the_application_gets_the_icon_and_the_desktop_id(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.app import create_application
    from fallback_desktop.gui.identity import APP_ID

    app = create_application(["test"])
    assert app is QApplication.instance()
    # The test session's application was made by pytest-qt; what create_application sets on a
    # new one is checked through the same calls here.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    assert QApplication.desktopFileName() == APP_ID
    assert not QApplication.windowIcon().isNull()
