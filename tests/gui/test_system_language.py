"""A window made on a Korean system speaks Korean without being told to."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import re, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from fallback_desktop.gui.main_window import MainWindow
window = MainWindow()
hangul = re.compile("[가-힣]")
texts = [window.windowTitle(), window.view_menu.title(), window.help_menu.title()]
print("KO" if all(hangul.search(t) for t in texts) else "EN:" + repr(texts))
"""


@pytest.mark.parametrize(("locale", "expected"), [("ko_KR.UTF-8", "KO"), ("en_US.UTF-8", "EN")])
def test_window_follows_the_system_locale(
    locale: str, expected: str, isolated_user_dirs: object
) -> None:
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(expected), result.stdout
