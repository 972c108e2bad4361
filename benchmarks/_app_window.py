"""The app child: starts Fallback Desk the way `python -m fallback_desktop` does.

The only addition is the visible-reporter filter, which needs the QApplication to exist first:
it is created with the app's own `create_application`, the function `run()` calls, so `run()`
then finds and reuses it. Everything else (command-line parsing, settings, fonts, translations,
the window) is the app's real start-up path.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from benchmarks import _visible


def _find(cls: type[QLabel] | type[QLineEdit], name: str) -> QLabel | QLineEdit | None:
    for top in QApplication.topLevelWidgets():
        found = top.findChild(cls, name)
        if found is not None:
            return found
    return None


def recommendation_and_draft_shown() -> bool:
    """True once the top channel is named and the draft subject is filled in."""
    channel = _find(QLabel, "recommendedChannel")
    subject = _find(QLineEdit, "subjectEdit")
    if not isinstance(channel, QLabel) or not isinstance(subject, QLineEdit):
        return False
    return bool(channel.property("channelId")) and bool(subject.text())


def answer_painted() -> bool:
    """Once the plan and the recommended channel are on the card: paint it now and say so."""
    channel = _find(QLabel, "recommendedChannel")
    if not isinstance(channel, QLabel) or not channel.property("channelId"):
        return False
    plan = None
    for top in QApplication.topLevelWidgets():
        plan = plan or top.findChild(QWidget, "planView")
    if plan is not None and not plan.accessibleDescription() and not plan.accessibleName():
        return False
    card = channel.parentWidget() or channel
    card.repaint()
    return True


def main() -> int:
    from fallback_desktop.__main__ import main as app_main
    from fallback_desktop.gui.app import create_application

    app = create_application(sys.argv[:1])
    reporter = _visible.install(app, ready=recommendation_and_draft_shown, answer=answer_painted)
    status = app_main()
    del reporter
    return status


if __name__ == "__main__":
    sys.exit(main())
