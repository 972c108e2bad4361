"""The real window on a real X display (Xvfb): it opens, draws, and is not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Runs in its own process: this test session is fixed to the offscreen platform, and a real
# window needs the xcb platform from the start.
SHOW_AND_GRAB = """
import sys
from PySide6.QtCore import QTimer
from fallback_desktop.gui.app import create_application
from fallback_desktop.gui.fonts import setup_fonts
from fallback_desktop.gui.i18n import install_language

lang, out = sys.argv[1], sys.argv[2]
app = create_application(sys.argv[:1])
setup_fonts(app, False)
install_language(app, lang)
from fallback_desktop.gui.main_window import MainWindow

window = MainWindow()
window.resize(1280, 800)
window.show()
handle = window.windowHandle()

from PySide6.QtWidgets import QApplication, QLineEdit
subject = window.findChild(QLineEdit, "subjectEdit")

def grab_when_ready():
    ready = window.recommendation is not None and subject is not None and subject.text()
    if not ready or handle is None or not handle.isExposed():
        QTimer.singleShot(20, grab_when_ready)
        return
    # Let the layouts settle around the texts that just arrived, as a person would see them.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    window.repaint()
    if not window.grab().save(out):
        sys.exit(3)
    app.quit()

QTimer.singleShot(0, grab_when_ready)
QTimer.singleShot(30000, lambda: sys.exit(4))
sys.exit(app.exec())
"""


def distinct_colours(image: QImage, step: int = 3) -> int:
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }
    return len(colours)


@pytest.mark.xvfb_window
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb runs on Linux")
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_main_window_on_a_real_display(xvfb: object, lang: str) -> None:
    if xvfb is None or "DISPLAY" not in os.environ:
        pytest.fail("no X display: install Xvfb (pytest-xvfb starts it) to run this test")
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / f"main-window-{lang}.png"
    out.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", SHOW_AND_GRAB, lang, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1280
    assert image.height() >= 800
    # A blank or single-colour window has a handful of colours; text, card and table have many.
    assert distinct_colours(image) > 100
