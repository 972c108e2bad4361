"""The start the person sees: the window frame on screen first, its workspace built right after."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.conftest import FakeClock
from tests.gui.window_helpers import workspace_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _frame(qtbot: QtBot, fake_clock: FakeClock) -> MainWindow:
    window = MainWindow(clock=fake_clock, build_later=True)
    qtbot.addWidget(window)
    return window


def _until_the_letter_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    # No start-up work may still be pending when the test lets the window go: a dropped window
    # is freed by the cycle collector at any moment, even in the middle of that work.
    qtbot.waitUntil(lambda: workspace_of(window).draft_pane.subject_text() != "")


def test_the_frame_waits_with_one_line_until_it_is_shown(
    qtbot: QtBot, fake_clock: FakeClock
) -> None:
    window = _frame(qtbot, fake_clock)
    waiting = window.findChild(QLabel, "waitingLabel")
    assert isinstance(waiting, QLabel)
    assert "ready" in waiting.text()
    assert window.workspace is None
    assert window.findChild(QComboBox, "urgencyCombo") is None
    assert window.recommendation is None
    window.refresh()  # nothing to rank yet: no error, nothing built
    assert window.workspace is None
    window.close()


def test_the_plan_and_the_best_channel_come_before_the_workspace(
    qtbot: QtBot, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def look_before_building(self: MainWindow) -> None:
        channel = self.findChild(QLabel, "recommendedChannel")
        plan = self.findChild(QLabel, "planView")
        assert isinstance(channel, QLabel)
        assert isinstance(plan, QLabel)
        seen.update(
            channel=channel.property("channelId"),
            plan=plan.accessibleName(),
            shown=plan.isVisible() and channel.isVisible(),
            combo=self.findChild(QComboBox, "urgencyCombo"),
        )
        real_build(self)

    real_build = MainWindow.build_workspace
    monkeypatch.setattr(MainWindow, "build_workspace", look_before_building)
    window = _frame(qtbot, fake_clock)
    window.show()
    qtbot.waitUntil(lambda: window.recommendation is not None)
    _until_the_letter_is_shown(qtbot, window)
    # The answer was on show in the frame before any control existed, and it is the same
    # answer the full view gives for the same situation and moment.
    assert seen["shown"] is True
    assert seen["combo"] is None
    assert seen["channel"] == window.recommendation.ranking[0].channel
    assert seen["plan"], "the plan is read out as text"
    assert window.findChildren(QLabel, "recommendedChannel") == [
        workspace_of(window).card.channel_label
    ]
    window.close()


def test_once_shown_the_workspace_replaces_the_line_and_the_first_answer_follows(
    qtbot: QtBot, fake_clock: FakeClock
) -> None:
    window = _frame(qtbot, fake_clock)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.workspace is not None)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "waitingLabel") is None)
    assert window.findChild(QComboBox, "urgencyCombo") is not None
    qtbot.waitUntil(lambda: window.recommendation is not None)
    channel = window.findChild(QLabel, "recommendedChannel")
    assert isinstance(channel, QLabel)
    assert channel.property("channelId") in CHANNEL_IDS
    # Built once, sized for the window it landed in, with the menus that came with it.
    workspace = workspace_of(window)
    window.build_workspace()
    assert window.workspace is workspace
    assert workspace.width() > window.width() // 2
    assert window.view_menu.title() == "&View"
    _until_the_letter_is_shown(qtbot, window)


def test_the_frame_speaks_korean_from_its_first_paint(qtbot: QtBot, fake_clock: FakeClock) -> None:
    app = QApplication.instance()
    assert app is not None
    install_language(app, "ko")
    window = _frame(qtbot, fake_clock)
    waiting = window.findChild(QLabel, "waitingLabel")
    assert isinstance(waiting, QLabel)
    assert "준비" in waiting.text()
    assert "고객센터" in window.windowTitle()
    window.close()


def test_closing_before_the_workspace_exists_is_fine(qtbot: QtBot, fake_clock: FakeClock) -> None:
    window = _frame(qtbot, fake_clock)
    assert window.close()
    qtbot.wait(50)  # nothing is built for a frame that never reached the screen
    assert window.workspace is None
    window.show()  # opened again: now it is built
    qtbot.waitUntil(lambda: window.recommendation is not None)
    _until_the_letter_is_shown(qtbot, window)


# Modules the first frame must not wait for: the workspace's widgets, the recommender and the
# model, and every heavy library (STYLE.md rule 11).
NOT_BEFORE_THE_FRAME = (
    "fallback_desktop.gui.advise.view",
    "fallback_desktop.gui.advise.situation_panel",
    "fallback_desktop.gui.write.pane",
    "fallback_desktop.gui.advise.channel_model",
    "fallback_desktop.core.domain.situation",
    "fallback_desktop.core.recommend.ranking",
    "fallback_desktop.cli.main",
    "holidays",
    "jinja2",
    "phonenumbers",
    "email_validator",
)

FRAME_SCRIPT = """
import os, sys
from fallback_desktop.gui import main_window

def stop_at_the_frame(self):
    loaded = [name for name in NAMES if name in sys.modules]
    print("loaded", loaded, "title", self.windowTitle(), flush=True)
    os._exit(0)

main_window.MainWindow._answer_first = stop_at_the_frame
sys.argv = ["fallback-desktop"]
from fallback_desktop.__main__ import main
main()
"""


def test_the_path_to_the_first_frame_loads_only_what_the_frame_needs(
    isolated_user_dirs: object,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    code = f"NAMES = {NOT_BEFORE_THE_FRAME!r}\n{FRAME_SCRIPT}"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("loaded [] title Fallback Desk"), result.stdout


AFTER_SCRIPT = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from fallback_desktop.gui.app import create_application
from fallback_desktop import logs

app = create_application(["fallback-desktop"])
at_start = app.windowIcon().isNull()
began = time.monotonic()

def look():
    log = logs.log_dir() / logs.LOG_NAME
    if not app.windowIcon().isNull() and log.exists() or time.monotonic() - began > 20:
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        print("icon-at-start", not at_start, "icon-later", not app.windowIcon().isNull(),
              "log", "started Fallback Desk" in text, flush=True)
        os._exit(0)
    QTimer.singleShot(20, look)

QTimer.singleShot(0, look)
sys.argv = ["fallback-desktop"]
from fallback_desktop.__main__ import main
main()
"""


def test_the_window_icon_and_the_log_come_after_the_first_paint(
    isolated_user_dirs: object,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", AFTER_SCRIPT], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "icon-at-start False icon-later True log True", result.stdout
