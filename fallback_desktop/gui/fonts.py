"""The application font: a family that covers Hangul, a size older eyes can read, large text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Families with full Hangul coverage, best first: Linux, Windows, macOS.
HANGUL_FAMILIES = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "NanumGothic",
    "NanumBarunGothic",
)
# Older eyes: never smaller than this, even where the platform default is tiny.
# The recommended channel's name, on the card and in the frame's first answer: one size, so its
# glyphs are drawn once.
TITLE_SCALE = 1.9
MIN_POINT_SIZE = 11.0
LARGE_TEXT_FACTOR = 1.25
_BASE_SIZE_PROPERTY = "fallbackBasePointSize"


def hangul_family(available: list[str]) -> str | None:
    """The first installed family that covers Hangul well, or None."""
    installed = set(available)
    return next((family for family in HANGUL_FAMILIES if family in installed), None)


def setup_fonts(app: QApplication, large_text: bool) -> None:
    """Pick a Hangul-capable family and a size older people can read."""
    font = QFont(app.font())
    family = hangul_family(QFontDatabase.families())
    if family is not None:
        font.setFamilies([family, *font.families()])
    base = max(font.pointSizeF(), MIN_POINT_SIZE)
    app.setProperty(_BASE_SIZE_PROPERTY, base)
    font.setPointSizeF(base)
    app.setFont(font)
    apply_text_size(app, large_text)


def apply_text_size(app: QApplication, large_text: bool) -> None:
    """Switch between the normal and the large text size for the whole application."""
    base = app.property(_BASE_SIZE_PROPERTY)
    if not isinstance(base, float):
        base = max(app.font().pointSizeF(), MIN_POINT_SIZE)
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(base * (LARGE_TEXT_FACTOR if large_text else 1.0))
    app.setFont(font)
